import { Link } from 'react-router';
import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeetingComplianceQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { COMPLIANCE_COLORS, daysLeftText, frequencyText, meetingPath, schedulePath } from './meetings';

export type ComplianceRow = MeetingComplianceQuery['meetingCompliance'][number];

/**
 * 落实情况 rows: unit, type (its rule as a tooltip), the current period, 已完成 / 已安排 / 待召开 /
 * 已逾期, days left, misses in the last 12 months, the last one held; 安排会议 prefilled, or the
 * meeting already scheduled.
 */
export function ComplianceTable({ rows, canSchedule }: { rows: ComplianceRow[]; canSchedule: boolean }) {
  const { t } = useTranslation();
  return (
    <Table<ComplianceRow>
      rowKey={(r) => `${r.orgId}-${r.type}`}
      size="small"
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      aria-label={t('nav.meetingCompliance')}
      onRow={(r) => ({ 'data-testid': `compliance-${r.orgId}-${r.type}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('meetings.fields.org'), dataIndex: 'orgName' },
        {
          title: t('meetings.fields.type'),
          render: (_, r) => {
            const f = frequencyText(r.frequencyMonths);
            return (
              <span className="tx-meeting-type-cell">
                {r.typeLabel}
                <Tooltip title={`${t(f.key, f.values)} · ${t('meetings.ruleSource', { source: r.ruleSource })}`}>
                  <InfoCircleOutlined className="tx-meeting-rule-icon" aria-label={t('meetings.ruleSource', { source: r.ruleSource })} />
                </Tooltip>
              </span>
            );
          },
        },
        { title: t('meetings.compliance.period'), render: (_, r) => `${r.periodStart} ~ ${r.periodEnd}` },
        {
          title: t('common.status'),
          render: (_, r) => (
            <Space size={4}>
              <Tag color={COMPLIANCE_COLORS[r.status]} data-testid="compliance-status">
                {t(`meetings.compliance.statuses.${r.status}`)}
              </Tag>
              {r.warning && r.status !== 'OVERDUE' && (
                <Tooltip title={t('meetings.compliance.warning')}>
                  <WarningFilled className="tx-dues-warn" aria-label={t('meetings.compliance.warning')} />
                </Tooltip>
              )}
            </Space>
          ),
        },
        {
          title: t('meetings.compliance.daysLeftTitle'),
          align: 'right',
          render: (_, r) => {
            if (r.status === 'DONE') return '—';
            const d = daysLeftText(r.daysLeft);
            return <Typography.Text type={r.warning ? 'danger' : undefined}>{t(d.key, d.values)}</Typography.Text>;
          },
        },
        {
          title: t('meetings.compliance.missed'),
          align: 'right',
          render: (_, r) => (r.missedLast12Months > 0 ? <Typography.Text type="danger">{r.missedLast12Months}</Typography.Text> : 0),
        },
        { title: t('meetings.compliance.lastHeld'), render: (_, r) => (r.lastHeldAt ? formatDate(r.lastHeldAt) : t('meetings.compliance.never')) },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_, r) => (
            <Space size={8} wrap>
              {r.nextMeetingId && <Link to={meetingPath(r.nextMeetingId)}>{t('meetings.compliance.viewScheduled')}</Link>}
              {canSchedule && r.status !== 'DONE' && !r.nextMeetingId && (
                <Link to={schedulePath(r.orgId, r.type)} aria-label={t('meetings.compliance.scheduleFor', { org: r.orgName, type: r.typeLabel })}>
                  {t('nav.meetingSchedule')}
                </Link>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
