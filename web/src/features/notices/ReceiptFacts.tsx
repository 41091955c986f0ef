import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NoticeReceiptFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';

/** 我的回执: when the notice reached the viewer, was read and acknowledged, and their reply. */
export function ReceiptFacts({ receipt, ackRequired }: { receipt: NoticeReceiptFieldsFragment; ackRequired: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="tx-notice-receipt" aria-labelledby="notice-receipt-title" data-testid="notice-receipt">
      <Typography.Title level={4} id="notice-receipt-title" className="tx-notice-section-title">
        {t('notices.receipt.title')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, md: 3 }}
        items={[
          { key: 'delivered', label: t('notices.receipt.deliveredAt'), children: formatDateTime(receipt.deliveredAt) },
          { key: 'read', label: t('notices.receipt.readAt'), children: receipt.readAt ? formatDateTime(receipt.readAt) : t('notices.receipt.notRead') },
          ...(ackRequired
            ? [
                {
                  key: 'ack',
                  label: t('notices.receipt.acknowledgedAt'),
                  children: receipt.acknowledgedAt ? (
                    <span data-testid="receipt-acknowledged">{formatDateTime(receipt.acknowledgedAt)}</span>
                  ) : (
                    t('notices.receipt.notAcknowledged')
                  ),
                },
              ]
            : []),
          ...(receipt.reply ? [{ key: 'reply', label: t('notices.receipt.reply'), children: <span className="tx-notice-reply">{receipt.reply}</span> }] : []),
        ]}
      />
    </section>
  );
}
