import { Button, Empty, List, Space, Typography } from 'antd';
import { FileTextOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { readReceipt, type TransferLetter } from './transfers';
import { CancelLetterButton } from './CancelLetterButton';
import { LetterCode } from './LetterCode';
import { LetterStatusTag } from './LetterStatusTag';

/** 转出: the letters issued, open ones first, with the code, 查看/打印 and 撤销. */
export function LetterList({ letters, onView, onChanged }: { letters: TransferLetter[]; onView: (l: TransferLetter) => void; onChanged: () => void }) {
  const { t } = useTranslation();
  if (letters.length === 0) return <Empty description={t('transfers.out.empty')} data-testid="letters-empty" />;
  return (
    <List
      className="tx-letter-list"
      dataSource={letters}
      data-testid="letters"
      renderItem={(l) => {
        const receipt = l.status === 'ACCEPTED' ? readReceipt(l.receipt) : null;
        return (
          <List.Item
            key={l.id}
            data-testid="letter-item"
            actions={[
              <Button key="view" size="small" icon={<FileTextOutlined />} onClick={() => onView(l)} data-testid="letter-open">
                {t('transfers.out.view')}
              </Button>,
              ...(l.status === 'ISSUED' ? [<CancelLetterButton key="cancel" letter={l} onDone={onChanged} />] : []),
            ]}
          >
            <div className="tx-letter-item">
              <Space wrap size={8}>
                <Typography.Text strong>{l.memberName}</Typography.Text>
                <LetterStatusTag status={l.status} />
                <Typography.Text type="secondary">{t(`line.${l.line}`, { defaultValue: l.line })}</Typography.Text>
                {l.crossProvince && <Typography.Text type="secondary">{t('transfers.out.crossProvince')}</Typography.Text>}
              </Space>
              <div className="tx-letter-route">
                {l.fromOrgName} → {l.destination}
              </div>
              {l.status === 'ISSUED' && <LetterCode code={l.code} />}
              <Typography.Text type="secondary" className="tx-letter-facts">
                {t('transfers.out.issuedAt', { at: formatDateTime(l.issuedAt) })} · {t('transfers.out.validUntil', { date: formatDate(l.validUntil) })}
                {l.duesPaidThrough && ` · ${t('transfers.out.duesPaidThrough', { month: l.duesPaidThrough })}`}
              </Typography.Text>
              {receipt && (
                <div className="tx-letter-receipt" data-testid="letter-receipt">
                  {t('transfers.out.receipt', {
                    tenant: receipt.tenant ?? '—',
                    org: receipt.org ?? '—',
                    at: formatDateTime(receipt.acceptedAt ?? l.acceptedAt),
                  })}
                </div>
              )}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
