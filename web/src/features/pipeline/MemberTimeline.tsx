import { Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DuesEntryFieldsFragment, HonourFieldsFragment, MemberPipelineQuery } from '../../gql/graphql';
import { formatYuan } from '../dues/dues';
import { formatDate, formatDateTime } from '../../lib/format';
import { STAGE_COLORS, byDateDesc, type StageTransition } from './pipeline';
import { ObjectionList } from './ObjectionList';
import { StageTag, StatusTag, StepText } from './StageTags';

type Stage = MemberPipelineQuery['memberPipeline']['stages'][number];
type Position = MemberPipelineQuery['memberPipeline']['positions'][number];

type Event =
  | { key: string; date: string; kind: 'stage'; stage: Stage }
  | { key: string; date: string; kind: 'transition'; transition: StageTransition }
  | { key: string; date: string; kind: 'dues'; entry: DuesEntryFieldsFragment }
  | { key: string; date: string; kind: 'position'; position: Position }
  | { key: string; date: string; kind: 'honour'; honour: HonourFieldsFragment };

function StageItem({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <div data-testid="timeline-stage">
      <Typography.Text strong>{stage.startedOn}</Typography.Text>{' '}
      {stage.extensionMonths ? t('pipeline.extendBy', { count: stage.extensionMonths }) : <StageTag stage={stage.stage} />}
    </div>
  );
}

function TransitionItem({ tr }: { tr: StageTransition }) {
  const { t } = useTranslation();
  return (
    <div data-testid="timeline-transition">
      <div>
        <Typography.Text strong>{formatDate(tr.proposedAt)}</Typography.Text> {t('pipeline.timeline.proposed', { org: tr.orgName })} <StepText transition={tr} />{' '}
        <StatusTag status={tr.status} />
      </div>
      <Typography.Text type="secondary" className="tx-pipeline-facts">
        {t('pipeline.fields.effectiveOnValue', { date: tr.effectiveOn })}
        {tr.publicityUntil && ` · ${t('pipeline.open.publicityUntil', { time: formatDateTime(tr.publicityUntil) })}`}
        {tr.objectionCount > 0 && ` · ${t('pipeline.objections.count', { count: tr.objectionCount })}`}
        {tr.decidedAt && ` · ${t('pipeline.timeline.decided', { time: formatDateTime(tr.decidedAt) })}`}
      </Typography.Text>
      {tr.note && <div className="tx-pipeline-note">{t('pipeline.open.note', { note: tr.note })}</div>}
      {tr.decisionNote && <div className="tx-pipeline-note">{t('pipeline.timeline.decisionNote', { note: tr.decisionNote })}</div>}
      <ObjectionList objections={tr.objections} />
    </div>
  );
}

function DuesItem({ entry }: { entry: DuesEntryFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <div data-testid="timeline-dues">
      <Typography.Text strong>{formatDate(entry.createdAt)}</Typography.Text> {t('pipeline.timeline.duesPaid', { month: entry.month, amount: formatYuan(entry.amountFen) })}
    </div>
  );
}

function PositionItem({ position }: { position: Position }) {
  const { t } = useTranslation();
  return (
    <div data-testid="timeline-position">
      <Typography.Text strong>{position.termStart}</Typography.Text>{' '}
      {t('pipeline.timeline.position', { org: position.orgName, title: position.title })}
      {position.endedAt && (
        <Typography.Text type="secondary"> {t('pipeline.timeline.positionEnded', { date: formatDate(position.endedAt) })}</Typography.Text>
      )}
    </div>
  );
}

function HonourItem({ honour }: { honour: HonourFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <div data-testid="timeline-honour">
      <Typography.Text strong>{honour.year}</Typography.Text> {t('pipeline.timeline.honour', { title: honour.title, issuer: honour.issuer })}
    </div>
  );
}

/**
 * A member's history, newest first: stages reached (with extensions), the steps proposed for
 * them with their 公示, objections and decisions, the positions they held, their confirmed honours, and — when the viewer
 * may read them — the party dues they paid.
 */
export function MemberTimeline({
  stages,
  transitions,
  payments,
  positions = [],
  honours = [],
}: {
  stages: Stage[];
  transitions: StageTransition[];
  payments: DuesEntryFieldsFragment[];
  positions?: Position[];
  /** Confirmed honours (荣誉), dated by their 公示's end. */
  honours?: HonourFieldsFragment[];
}) {
  const { t } = useTranslation();
  const events = byDateDesc<Event>([
    ...stages.map((s, i) => ({ key: `s${i}`, date: s.startedOn, kind: 'stage' as const, stage: s })),
    ...transitions.map((tr) => ({ key: tr.id, date: tr.proposedAt, kind: 'transition' as const, transition: tr })),
    ...payments.map((p) => ({ key: p.id, date: p.createdAt, kind: 'dues' as const, entry: p })),
    ...positions.map((p, i) => ({ key: `p${i}`, date: p.termStart, kind: 'position' as const, position: p })),
    ...honours.map((h) => ({ key: h.id, date: h.publicityUntil, kind: 'honour' as const, honour: h })),
  ]);
  return (
    <Timeline
      aria-label={t('pipeline.timeline.title')}
      items={events.map((e) => ({
        key: e.key,
        color:
          e.kind === 'stage'
            ? STAGE_COLORS[e.stage.stage] === 'default'
              ? 'gray'
              : STAGE_COLORS[e.stage.stage]
            : e.kind === 'dues'
              ? 'green'
              : e.kind === 'position'
                ? 'purple'
                : e.kind === 'honour'
                  ? 'red'
                  : 'blue',
        content:
          e.kind === 'stage' ? (
            <StageItem stage={e.stage} />
          ) : e.kind === 'transition' ? (
            <TransitionItem tr={e.transition} />
          ) : e.kind === 'position' ? (
            <PositionItem position={e.position} />
          ) : e.kind === 'honour' ? (
            <HonourItem honour={e.honour} />
          ) : (
            <DuesItem entry={e.entry} />
          ),
      }))}
    />
  );
}

/** A contact's role as a tag. */
export function RoleTag({ role }: { role: string }) {
  const { t } = useTranslation();
  return <Tag color={role === 'INTRODUCER' ? 'red' : 'blue'}>{t(`pipeline.roles.${role}`, { defaultValue: role })}</Tag>;
}
