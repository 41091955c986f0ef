import type { TFunction } from 'i18next';

type Unit = 'days' | 'hours' | 'minutes' | 'seconds';
const UNITS: [Unit, number][] = [
  ['days', 86_400],
  ['hours', 3_600],
  ['minutes', 60],
  ['seconds', 1],
];

function unitText(unit: Unit, n: number, t: TFunction): string {
  switch (unit) {
    case 'days':
      return t('duration.days', { n });
    case 'hours':
      return t('duration.hours', { n });
    case 'minutes':
      return t('duration.minutes', { n });
    default:
      return t('duration.seconds', { n });
  }
}

/**
 * A number of seconds in the two largest units it has, for people: "3 秒", "2 分 5 秒",
 * "1 小时 2 分", "3 天 4 小时" (a zero second unit is left out: "2 分"). Fractions are dropped;
 * negative or unknown values read as 0 seconds.
 */
export function formatDuration(seconds: number, t: TFunction): string {
  let rest = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  const counts = UNITS.map(([unit, size]) => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    return [unit, n] as const;
  });
  const first = counts.findIndex(([, n]) => n > 0);
  if (first < 0) return unitText('seconds', 0, t);
  const parts = [unitText(counts[first][0], counts[first][1], t)];
  const next = counts[first + 1];
  if (next && next[1] > 0) parts.push(unitText(next[0], next[1], t));
  return parts.join(' ');
}
