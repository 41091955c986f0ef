import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/Chart';
import { collectionRate, fenToYuanText, type MonthTotal } from './dues';

const COLORS = ['#fa8c16', '#c8161d', '#1677ff'];

/** 应缴 and 实缴 per month as bars (yuan), 收缴率 as a line on its own axis. */
export function RollupChart({ totals }: { totals: MonthTotal[] }) {
  const { t } = useTranslation();
  // Chart values only: the exact amounts are in the table.
  const yuan = (fen: number) => Number(fenToYuanText(fen));
  return (
    <Chart
      label={t('dues.overview.chart')}
      height={300}
      option={{
        color: COLORS,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        // Below the chart: above it, it would cover the axis names on a phone.
        legend: { bottom: 0 },
        grid: { left: 8, right: 8, top: 28, bottom: 32, containLabel: true },
        xAxis: { type: 'category', data: totals.map((m) => m.month), axisLabel: { hideOverlap: true } },
        yAxis: [
          { type: 'value', name: t('dues.yuanUnit'), minInterval: 1 },
          { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
        ],
        series: [
          {
            type: 'bar',
            name: t('dues.overview.due'),
            data: totals.map((m) => yuan(m.billedFen + m.correctedFen)),
            barMaxWidth: 16,
            tooltip: { valueFormatter: (v) => `¥${Number(v).toFixed(2)}` },
          },
          {
            type: 'bar',
            name: t('dues.overview.paid'),
            data: totals.map((m) => yuan(m.paidFen)),
            barMaxWidth: 16,
            tooltip: { valueFormatter: (v) => `¥${Number(v).toFixed(2)}` },
          },
          {
            type: 'line',
            name: t('dues.overview.rate'),
            yAxisIndex: 1,
            data: totals.map((m) => {
              const r = collectionRate(m.paidFen, m.billedFen + m.correctedFen);
              return r === null ? null : Math.min(r, 100);
            }),
            connectNulls: false,
            symbolSize: 6,
            tooltip: { valueFormatter: (v) => (v === null || v === undefined ? '—' : `${v}%`) },
          },
        ],
      }}
    />
  );
}
