import { Button, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { APPLICATION_COLORS, type JoinApplication } from './joining';

/** Applications with their status and decision; 批准 / 不批准 on pending ones when `onDecide`. */
export function ApplicationList({
  items,
  empty,
  showApplicant,
  onDecide,
  testId,
}: {
  items: JoinApplication[];
  empty: string;
  showApplicant?: boolean;
  onDecide?: (a: JoinApplication, approve: boolean) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  if (items.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} data-testid={testId ? `${testId}-empty` : undefined} />;
  return (
    <List
      dataSource={items}
      data-testid={testId}
      renderItem={(a) => (
        <List.Item
          key={a.id}
          data-testid="join-application"
          actions={
            onDecide && a.status === 'PENDING'
              ? [
                  <Button key="approve" type="primary" size="small" onClick={() => onDecide(a, true)} data-testid="join-approve">
                    {t('joining.decide.approve')}
                  </Button>,
                  <Button key="refuse" danger size="small" onClick={() => onDecide(a, false)} data-testid="join-refuse">
                    {t('joining.decide.refuse')}
                  </Button>,
                ]
              : []
          }
        >
          <div>
            <Space wrap size={8}>
              {showApplicant && <Typography.Text strong>{a.memberName}</Typography.Text>}
              <Typography.Text>{t(`joining.lines.${a.line}`)}</Typography.Text>
              <Typography.Text type="secondary">{a.orgName}</Typography.Text>
              <Tag color={APPLICATION_COLORS[a.status]} data-testid="join-status">
                {t(`joining.statuses.${a.status}`)}
              </Tag>
            </Space>
            <div>
              <Typography.Text type="secondary">{t('joining.appliedAt', { at: formatDateTime(a.createdAt) })}</Typography.Text>
            </div>
            {a.note && <div>{t('joining.noteText', { note: a.note })}</div>}
            {a.decisionNote && <div>{t('joining.decisionNote', { note: a.decisionNote })}</div>}
          </div>
        </List.Item>
      )}
    />
  );
}
