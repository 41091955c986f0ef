import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BOARD_STAGES, type StageTransition } from './pipeline';
import { EntryCard, type PipelineEntry } from './EntryCard';

interface Props {
  entries: PipelineEntry[];
  open: StageTransition[];
  onRecord: (e: PipelineEntry) => void;
  onPropose: (e: PipelineEntry) => void;
  onContacts: (e: PipelineEntry) => void;
}

/** The board: a column per stage (入党申请人 → 预备党员), side by side; stacked on phones. */
export function PipelineBoard({ entries, open, ...actions }: Props) {
  const { t } = useTranslation();
  const openOf = new Map(open.map((x) => [x.memberId, x]));
  return (
    <div className="tx-pipeline-board">
      {BOARD_STAGES.map((stage) => {
        const list = entries.filter((e) => e.stage === stage);
        const titleId = `pipeline-column-${stage}-title`;
        return (
          <section key={stage} className="tx-pipeline-column" aria-labelledby={titleId} data-testid={`pipeline-column-${stage}`}>
            <Typography.Title level={4} id={titleId} className="tx-pipeline-column-title">
              {t(`pipeline.stages.${stage}`)}
              <span className="tx-pipeline-count">{list.length}</span>
            </Typography.Title>
            {list.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pipeline.board.emptyColumn')} />
            ) : (
              <ul className="tx-pipeline-cards">
                {list.map((e) => (
                  <EntryCard key={e.memberId} entry={e} open={openOf.get(e.memberId) ?? null} {...actions} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
