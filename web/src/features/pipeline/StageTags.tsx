import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PipelineStage, TransitionStatus } from '../../gql/graphql';
import { STAGE_COLORS, STATUS_COLORS, type StageTransition } from './pipeline';

/** A stage as a coloured tag. */
export function StageTag({ stage }: { stage: PipelineStage }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{t(`pipeline.stages.${stage}`)}</Tag>;
}

/** Where a transition stands, as a coloured tag. */
export function StatusTag({ status }: { status: TransitionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="transition-status">
      {t(`pipeline.statuses.${status}`)}
    </Tag>
  );
}

/** 「入党积极分子 → 发展对象」, or 「延长预备期 6 个月」 for an extension. */
export function StepText({ transition }: { transition: Pick<StageTransition, 'fromStage' | 'toStage' | 'extensionMonths'> }) {
  const { t } = useTranslation();
  if (transition.extensionMonths) return <>{t('pipeline.extendBy', { count: transition.extensionMonths })}</>;
  return (
    <>
      {t(`pipeline.stages.${transition.fromStage}`)} → {t(`pipeline.stages.${transition.toStage}`)}
    </>
  );
}
