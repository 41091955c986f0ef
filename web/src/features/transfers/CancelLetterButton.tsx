import { App as AntApp, Button, Popconfirm } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { CancelTransferLetterMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import type { TransferLetter } from './transfers';

/** 撤销 a letter not yet accepted, asked first (the code stops working at once). */
export function CancelLetterButton({ letter, onDone }: { letter: TransferLetter; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, cancel] = useMutation(CancelTransferLetterMutation);
  const run = async () => {
    const res = await cancel({ input: { letterId: letter.id } });
    if (res.error || !res.data) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('transfers.cancel.done', { name: letter.memberName }));
    onDone();
  };
  return (
    <Popconfirm
      title={t('transfers.cancel.confirm', { name: letter.memberName })}
      description={t('transfers.cancel.body')}
      okText={t('transfers.cancel.button')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={run}
    >
      <Button size="small" danger icon={<StopOutlined />} loading={fetching} data-testid="letter-cancel">
        {t('transfers.cancel.button')}
      </Button>
    </Popconfirm>
  );
}
