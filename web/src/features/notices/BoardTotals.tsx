import { Card, Progress, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { percent } from './notices';
import type { NoticeStats } from './useNoticeStats';

/** 送达 / 已读 / 已确认 with their shares of the recipients. */
export function BoardTotals({ stats, ackRequired }: { stats: NoticeStats; ackRequired: boolean }) {
  const { t } = useTranslation();
  const read = percent(stats.read, stats.recipients);
  const acked = percent(stats.acknowledged, stats.recipients);
  return (
    <div className="tx-board-totals" role="group" aria-label={t('notices.board.totals')}>
      <Card size="small">
        <Statistic title={t('notices.board.delivered')} value={stats.recipients} suffix={t('notices.board.people')} />
      </Card>
      <Card size="small" data-testid="board-read">
        <Statistic title={t('notices.board.read')} value={stats.read} suffix={t('notices.board.ofPercent', { percent: read })} />
        <Progress percent={read} showInfo={false} size="small" aria-label={t('notices.board.readShare', { percent: read })} />
      </Card>
      {ackRequired && (
        <Card size="small" data-testid="board-acknowledged">
          <Statistic title={t('notices.board.acknowledged')} value={stats.acknowledged} suffix={t('notices.board.ofPercent', { percent: acked })} />
          <Progress
            percent={acked}
            showInfo={false}
            size="small"
            strokeColor="#52c41a"
            aria-label={t('notices.board.acknowledgedShare', { percent: acked })}
          />
        </Card>
      )}
    </div>
  );
}
