import { useEffect, useState } from 'react';
import { Badge, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLiveStatus, type LiveStatus } from '../../api/liveStatus';
import { LIVE_DOWN_GRACE_MS } from '../../components/LiveIndicator';
import type { ChatLiveState as Shown } from './chat';

const BADGE: Record<Shown, 'success' | 'processing' | 'warning' | 'default'> = {
  connected: 'success',
  connecting: 'processing',
  disconnected: 'warning',
  ended: 'default',
};

/**
 * The live connection as the conversation header shows it: 实时 while messages arrive live,
 * 离线，正在重连… once it has been down a moment (a quick reconnect reads as 连接中…).
 */
export function ChatLiveStatus({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const status: LiveStatus = useLiveStatus();
  const down = status === 'disconnected';
  const [longDown, setLongDown] = useState(false);
  useEffect(() => {
    if (!down) return;
    const id = window.setTimeout(() => setLongDown(true), LIVE_DOWN_GRACE_MS);
    return () => {
      window.clearTimeout(id);
      setLongDown(false);
    };
  }, [down]);

  const shown: Shown =
    status === 'connected' ? 'connected' : status === 'ended' ? 'ended' : down && longDown ? 'disconnected' : 'connecting';
  const text = t(`chat.live.${shown}`);
  return (
    <span className="tx-chat-live" data-testid="chat-live-status" data-status={shown}>
      {compact ? (
        <Tooltip title={text}>
          <span>
            <Badge status={BADGE[shown]} />
            <span className="tx-sr-only">{text}</span>
          </span>
        </Tooltip>
      ) : (
        <Badge status={BADGE[shown]} text={text} />
      )}
    </span>
  );
}
