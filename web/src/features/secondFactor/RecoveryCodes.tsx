import { App as AntApp, Alert, Button, Space, Typography } from 'antd';
import { CopyOutlined, DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The recovery codes, shown once: a list to copy or download as a .txt file. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const text = `${t('secondFactor.codes.fileHeading')}\n\n${codes.join('\n')}\n`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      message.success(t('secondFactor.codes.copied'));
    } catch {
      message.error(t('secondFactor.codes.copyFailed'));
    }
  };

  const download = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'tongxin-recovery-codes.txt';
    a.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div data-testid="recovery-codes">
      <Alert type="warning" showIcon title={t('secondFactor.codes.once')} style={{ marginBottom: 12 }} />
      <ol className="tx-recovery-codes" aria-label={t('secondFactor.codes.title')}>
        {codes.map((c) => (
          <li key={c}>
            <Typography.Text code className="tx-mono">
              {c}
            </Typography.Text>
          </li>
        ))}
      </ol>
      <Space wrap>
        <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy()}>
          {t('secondFactor.codes.copy')}
        </Button>
        <Button icon={<DownloadOutlined aria-hidden />} onClick={download}>
          {t('secondFactor.codes.download')}
        </Button>
        {onDone && (
          <Button type="primary" onClick={onDone}>
            {t('secondFactor.codes.saved')}
          </Button>
        )}
      </Space>
    </div>
  );
}
