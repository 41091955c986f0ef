import { Link } from 'react-router';
import { Button, Space, Typography } from 'antd';
import { EditOutlined, HistoryOutlined, SendOutlined, TeamOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PartyPipelineQuery } from '../../gql/graphql';
import { durationText, timelinePath, today, type StageTransition } from './pipeline';
import { StatusTag } from './StageTags';

export type PipelineEntry = PartyPipelineQuery['partyPipeline']['entries'][number];

interface Props {
  entry: PipelineEntry;
  /** The member's open transition, if any (no second proposal meanwhile). */
  open: StageTransition | null;
  onRecord: (e: PipelineEntry) => void;
  onPropose: (e: PipelineEntry) => void;
  onContacts: (e: PipelineEntry) => void;
}

/**
 * One member on the board: since when (and how long), contacts, the next stage and the
 * earliest day for it, what blocks it (orange while only time is missing, else red), and
 * 提出 / 联系人 / 补录. A member without a recorded date asks for 补录 first.
 */
export function EntryCard({ entry, open, onRecord, onPropose, onContacts }: Props) {
  const { t } = useTranslation();
  const now = today();
  const d = entry.since ? durationText(entry.since, now) : null;
  const waiting = !!entry.earliestNext && entry.earliestNext > now;
  return (
    <li className="tx-pipeline-card" data-testid={`pipeline-card-${entry.memberId}`}>
      <div className="tx-pipeline-card-head">
        <Link to={timelinePath(entry.memberId)} className="tx-pipeline-name">
          {entry.name}
        </Link>
        <Typography.Text type="secondary" className="tx-pipeline-org">
          {entry.orgName}
        </Typography.Text>
      </div>
      <div className="tx-pipeline-facts">
        {entry.since && d ? (
          <div data-testid="pipeline-since">
            {t('pipeline.card.since', { date: entry.since })} · {t(d.key, d.values)}
          </div>
        ) : (
          <Typography.Text type="warning" data-testid="pipeline-since">
            {t('pipeline.card.noDate')}
          </Typography.Text>
        )}
        {entry.extendedMonths > 0 && <div>{t('pipeline.card.extended', { count: entry.extendedMonths })}</div>}
        <div>{t('pipeline.card.contacts', { contacts: entry.contacts, introducers: entry.introducers })}</div>
        {entry.nextStage && (
          <div>
            {t('pipeline.card.next', { stage: t(`pipeline.stages.${entry.nextStage}`) })}
            {entry.earliestNext && ` · ${t('pipeline.card.earliest', { date: entry.earliestNext })}`}
          </div>
        )}
        {entry.since && entry.blockedBy && !open && (
          <div className={waiting ? 'tx-pipeline-waiting' : 'tx-pipeline-blocked'} data-testid="pipeline-blocked">
            <WarningFilled aria-hidden /> {entry.blockedBy}
          </div>
        )}
      </div>
      {open && (
        <div className="tx-pipeline-open">
          <StatusTag status={open.status} />
          <span>{t('pipeline.card.proposed', { stage: t(`pipeline.stages.${open.toStage}`) })}</span>
        </div>
      )}
      <Space size={4} wrap className="tx-pipeline-actions">
        {!entry.since ? (
          <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => onRecord(entry)} data-testid="pipeline-record">
            {t('pipeline.record.button')}
          </Button>
        ) : (
          !open &&
          entry.nextStage && (
            <Button
              size="small"
              type={entry.blockedBy ? 'default' : 'primary'}
              icon={<SendOutlined />}
              onClick={() => onPropose(entry)}
              data-testid="pipeline-propose"
            >
              {t('pipeline.propose.button')}
            </Button>
          )
        )}
        <Button size="small" icon={<TeamOutlined />} onClick={() => onContacts(entry)} data-testid="pipeline-contacts">
          {t('pipeline.contacts.button')}
        </Button>
        {entry.since && (
          <Button size="small" type="text" icon={<EditOutlined />} onClick={() => onRecord(entry)} data-testid="pipeline-record">
            {t('pipeline.record.button')}
          </Button>
        )}
        <Link to={timelinePath(entry.memberId)} aria-label={t('pipeline.timeline.of', { name: entry.name })}>
          <HistoryOutlined aria-hidden /> {t('pipeline.timeline.title')}
        </Link>
      </Space>
    </li>
  );
}
