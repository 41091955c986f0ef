import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { NoticeResponse } from './useNoticeLists';

/** The board's recipients: who, where, when read and acknowledged, their reply, reminders sent. */
export function ResponseTable({ rows, loading, ackRequired }: { rows: NoticeResponse[]; loading: boolean; ackRequired: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<NoticeResponse>
      rowKey={(r) => r.member.id}
      size="small"
      loading={loading && rows.length === 0}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(r) => ({ 'data-testid': `response-${r.member.id}` }) as React.HTMLAttributes<HTMLElement>}
      locale={{ emptyText: t('notices.board.emptyList') }}
      columns={[
        { title: t('notices.board.cols.name'), render: (_, r) => r.member.name },
        { title: t('notices.board.cols.org'), dataIndex: 'orgName', responsive: ['sm'] },
        {
          title: t('notices.board.cols.read'),
          render: (_, r) => (r.readAt ? formatDateTime(r.readAt) : <Tag>{t('notices.board.states.UNREAD')}</Tag>),
        },
        ...(ackRequired
          ? [
              {
                title: t('notices.board.cols.acknowledged'),
                render: (_: unknown, r: NoticeResponse) =>
                  r.acknowledgedAt ? (
                    <Tag color="green">{formatDateTime(r.acknowledgedAt)}</Tag>
                  ) : (
                    <Tag color="orange">{t('notices.board.states.UNACKNOWLEDGED')}</Tag>
                  ),
              },
              {
                title: t('notices.board.cols.reply'),
                render: (_: unknown, r: NoticeResponse) =>
                  r.reply ? <span className="tx-notice-reply">{r.reply}</span> : <Typography.Text type="secondary">—</Typography.Text>,
              },
            ]
          : []),
        {
          title: t('notices.board.cols.reminded'),
          responsive: ['md'],
          render: (_, r) => (r.remindedCount > 0 ? t('notices.board.remindedTimes', { count: r.remindedCount }) : '—'),
        },
      ]}
    />
  );
}
