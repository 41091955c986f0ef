import { useEffect, useState } from 'react';
import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveStatus } from '../api/liveStatus';

/** A reconnect this quick goes unmentioned. */
export const LIVE_DOWN_GRACE_MS = 3_000;

/**
 * 实时连接已断开，正在重连… in the header while the live connection is down (after a short
 * grace); nothing while it is up. `compact` shows only the dot (phones).
 */
export function LiveIndicator({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const down = useLiveStatus() === 'disconnected';
  const [shown, setShown] = useState(false);

  useEffect(() => {
    if (!down) return;
    const id = window.setTimeout(() => setShown(true), LIVE_DOWN_GRACE_MS);
    return () => {
      window.clearTimeout(id);
      setShown(false);
    };
  }, [down]);

  const text = t('live.disconnected');
  const badge = (
    <span data-testid="live-disconnected">
      {compact ? (
        <>
          <Badge status="warning" />
          <span className="tx-sr-only">{text}</span>
        </>
      ) : (
        <Badge status="warning" text={text} />
      )}
    </span>
  );
  return (
    <span role="status" className="tx-live-status">
      {down && shown && (compact ? <Tooltip title={text}>{badge}</Tooltip> : badge)}
    </span>
  );
}
