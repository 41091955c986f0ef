import { Descriptions, Empty } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { crossingEntries } from './transfers';

/** One crossing value in words: enums translated, stages listed, missing as —. */
export function crossingValue(key: string, v: unknown, t: TFunction): string {
  if (v == null || v === '') return '—';
  if (key === 'gender' && typeof v === 'string') return t(`gender.${v}`, { defaultValue: v });
  if (key === 'politicalStatus' && typeof v === 'string') return t(`politicalStatus.${v}`, { defaultValue: v });
  if (Array.isArray(v)) {
    if (v.length === 0) return '—';
    return v
      .map((item) => {
        if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          const stage = typeof o.stage === 'string' ? t(`pipeline.stages.${o.stage}`, { defaultValue: o.stage }) : '';
          const since = typeof o.startedOn === 'string' ? `（${o.startedOn}）` : '';
          return stage ? `${stage}${since}` : JSON.stringify(o);
        }
        return String(item);
      })
      .join('；');
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Exactly what crosses to the receiving unit (the fields of `transfer.crossing`). */
export function CrossingList({ crossing }: { crossing: unknown }) {
  const { t } = useTranslation();
  const entries = crossingEntries(crossing);
  if (entries.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('transfers.crossing.none')} />;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="letter-crossing"
      items={entries.map(([k, v]) => ({
        key: k,
        label: t(`transfers.crossing.fields.${k}`, { defaultValue: k }),
        children: crossingValue(k, v, t),
      }))}
    />
  );
}
