import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import type { NoticeStats } from './useNoticeStats';

const COLORS = ['#bfbfbf', '#1677ff', '#52c41a'];

/** Per org of the recipients: 送达, 已读 and (when asked) 已确认, as horizontal bars. */
export function BoardChart({ stats, ackRequired }: { stats: NoticeStats; ackRequired: boolean }) {
  const { t } = useTranslation();
  // The largest org on top.
  const orgs = [...stats.byOrg].sort((a, b) => a.recipients - b.recipients);
  const series = [
    { key: 'recipients' as const, name: t('notices.board.delivered') },
    { key: 'read' as const, name: t('notices.board.read') },
    ...(ackRequired ? [{ key: 'acknowledged' as const, name: t('notices.board.acknowledged') }] : []),
  ];
  return (
    <Chart
      label={t('notices.board.byOrg')}
      height={Math.max(180, orgs.length * (ackRequired ? 56 : 44) + 72)}
      option={{
        color: COLORS,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: {
          type: 'category',
          data: orgs.map((o) => o.orgName),
          axisLabel: { width: 120, overflow: 'truncate' },
        },
        series: series.map((s) => ({
          type: 'bar',
          name: s.name,
          data: orgs.map((o) => o[s.key]),
          barMaxWidth: 14,
          label: { show: true, position: 'right' },
        })),
      }}
    />
  );
}
