import { Tag, Tooltip, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { MeetingAttendanceFieldsFragment } from '../../gql/graphql';
import { sharePercent } from './meetings';

const ITEMS = ['expected', 'present', 'onLeave', 'leavePending', 'absent'] as const;

/** 应到 / 实到 / 请假 / 待审批 / 缺席, and — for the types that have one — the quorum (at least or more than a share of the voting invitees), met or not, with its rule. */
export function AttendanceSummary({ attendance, held }: { attendance: MeetingAttendanceFieldsFragment; held: boolean }) {
  const { t } = useTranslation();
  const a = attendance;
  return (
    <section className="tx-meeting-attendance" aria-labelledby="meeting-attendance-title">
      <h3 id="meeting-attendance-title" className="tx-notice-section-title">
        {t('meetings.attendance.title')}
      </h3>
      <div className="tx-meeting-counts">
        {ITEMS.map((k) => (
          <div key={k} className={`tx-meeting-count tx-meeting-count-${k}`} data-testid={`attendance-${k}`}>
            <div className="tx-meeting-count-label">{t(`meetings.attendance.${k}`)}</div>
            <div className="tx-meeting-count-value">{a[k]}</div>
          </div>
        ))}
      </div>
      {a.quorumShare != null && (
        <Typography.Paragraph className="tx-meeting-quorum" data-testid="attendance-quorum">
          {a.quorumInclusive == null
            ? t('meetings.attendance.quorum', { share: sharePercent(a.quorumShare) })
            : a.quorumInclusive
              ? t('meetings.attendance.quorumAtLeast', { share: sharePercent(a.quorumShare) })
              : t('meetings.attendance.quorumMoreThan', { share: sharePercent(a.quorumShare) })}
          {a.quorumMet != null && (
            <Tag color={a.quorumMet ? 'green' : held ? 'red' : 'orange'} style={{ marginInlineStart: 8 }}>
              {a.quorumMet ? t('meetings.attendance.quorumMet') : t('meetings.attendance.quorumNotMet')}
            </Tag>
          )}
          {a.quorumRuleSource && (
            <Tooltip title={t('meetings.ruleSource', { source: a.quorumRuleSource })}>
              <InfoCircleOutlined aria-label={t('meetings.ruleSource', { source: a.quorumRuleSource })} className="tx-meeting-rule-icon" />
            </Tooltip>
          )}
        </Typography.Paragraph>
      )}
    </section>
  );
}
