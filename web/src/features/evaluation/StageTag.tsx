import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationStage } from '../../gql/graphql';

const COLORS: Record<EvaluationStage, string> = {
  SELF_ASSESSMENT: 'blue',
  PEER_REVIEW: 'purple',
  COMMITTEE: 'orange',
  DECISION: 'gold',
  CLOSED: 'default',
};

/** A campaign's stage as a coloured tag. */
export function StageTag({ stage }: { stage: EvaluationStage }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[stage]}>{t(`evaluation.stages.${stage}`)}</Tag>;
}
