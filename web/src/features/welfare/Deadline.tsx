import { useEffect, useState } from 'react';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { formatDuration } from '../../lib/duration';
import { secondsLeft } from './welfare';

/** The deadline, and while the campaign is open the time left (updated every minute) or 已截止. */
export function Deadline({ deadline, open }: { deadline: string; open: boolean }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!open) return;
    const h = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(h);
  }, [open]);
  const left = secondsLeft(deadline, now);
  return (
    <span data-testid="welfare-deadline">
      {t('welfare.deadline', { time: formatDateTime(deadline) })}
      {open && (
        <Typography.Text type={left > 0 ? 'danger' : 'secondary'} className="tx-welfare-countdown">
          {left > 0 ? t('welfare.timeLeft', { left: formatDuration(left, t) }) : t('welfare.closed')}
        </Typography.Text>
      )}
    </span>
  );
}
