import { Link } from 'react-router';
import { Button, Empty, Space, Tooltip, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { sortOpen, timelinePath, type StageTransition } from './pipeline';
import { ObjectionList } from './ObjectionList';
import { StatusTag, StepText } from './StageTags';
import { WithdrawButton } from './WithdrawButton';

interface Props {
  transitions: StageTransition[];
  onDecide: (t: StageTransition, approve: boolean) => void;
  onChanged: () => void;
}

/** One open transition: its step, 公示 (with objections) or approval deadline, and the actions. */
function TransitionItem({ tr, onDecide, onChanged }: { tr: StageTransition } & Omit<Props, 'transitions'>) {
  const { t } = useTranslation();
  const decideHint = tr.awaitingDecision ? undefined : t('pipeline.open.afterPublicity');
  return (
    <li className="tx-pipeline-transition" data-testid={`pipeline-transition-${tr.memberId}`}>
      <div className="tx-pipeline-card-head">
        <Link to={timelinePath(tr.memberId)} className="tx-pipeline-name">
          {tr.memberName}
        </Link>
        <Typography.Text type="secondary">{tr.orgName}</Typography.Text>
        <StatusTag status={tr.status} />
      </div>
      <div className="tx-pipeline-facts">
        <div>
          <StepText transition={tr} /> · {t('pipeline.fields.effectiveOnValue', { date: tr.effectiveOn })}
        </div>
        {tr.status === 'PUBLICIZING' && tr.publicityUntil && (
          <div data-testid="pipeline-publicity">
            {t('pipeline.open.publicityUntil', { time: formatDateTime(tr.publicityUntil) })} ·{' '}
            {t('pipeline.objections.count', { count: tr.objectionCount })}
          </div>
        )}
        <div data-testid="pipeline-approval-due">{t('pipeline.open.approvalDue', { time: formatDateTime(tr.approvalDueAt) })}</div>
        {tr.note && <div className="tx-pipeline-note">{t('pipeline.open.note', { note: tr.note })}</div>}
      </div>
      <ObjectionList objections={tr.objections} />
      <Space size={4} wrap className="tx-pipeline-actions">
        <Tooltip title={decideHint}>
          <Button size="small" type="primary" icon={<CheckOutlined />} disabled={!tr.awaitingDecision} onClick={() => onDecide(tr, true)} data-testid="pipeline-approve">
            {t('pipeline.decide.approve')}
          </Button>
        </Tooltip>
        <Tooltip title={decideHint}>
          <Button size="small" danger icon={<CloseOutlined />} disabled={!tr.awaitingDecision} onClick={() => onDecide(tr, false)} data-testid="pipeline-refuse">
            {t('pipeline.decide.refuse')}
          </Button>
        </Tooltip>
        <WithdrawButton transition={tr} onDone={onChanged} />
      </Space>
    </li>
  );
}

/** 公示与审批: the transitions in 公示 or waiting for the upper org, those to decide now first. */
export function OpenTransitions({ transitions, onDecide, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <section className="tx-pipeline-section" aria-labelledby="pipeline-open-title" data-testid="pipeline-open">
      <Typography.Title level={4} id="pipeline-open-title" className="tx-pipeline-column-title">
        {t('pipeline.open.title')}
        <span className="tx-pipeline-count">{transitions.length}</span>
      </Typography.Title>
      {transitions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pipeline.open.empty')} />
      ) : (
        <ul className="tx-pipeline-cards tx-pipeline-transitions">
          {sortOpen(transitions).map((tr) => (
            <TransitionItem key={tr.id} tr={tr} onDecide={onDecide} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </section>
  );
}
