import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { secondsUntil, timeLeft, timeLeftKey } from './grid';

/** 「超期 3小时」 in red, or 「剩余 5小时」 (orange within a day); nothing without a deadline. */
export function TimeLeftTag({ seconds, dueAt, now = Date.now() }: { seconds?: number | null; dueAt?: string | null; now?: number }) {
  const { t } = useTranslation();
  const s = seconds ?? secondsUntil(dueAt, now);
  if (s === null || s === undefined) return null;
  const left = timeLeft(s);
  const { key, values } = timeLeftKey(left);
  const color = left.overdue ? 'red' : s < 86400 ? 'orange' : 'default';
  return (
    <Tag color={color} data-testid="grid-time-left">
      {t(key, values)}
    </Tag>
  );
}
