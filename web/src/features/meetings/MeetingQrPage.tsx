import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, QRCode, Result, Typography } from 'antd';
import { ArrowLeftOutlined, CompressOutlined, ExpandOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MeetingScreenQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { absoluteUrl, meetingPath, timeRange } from './meetings';
import { useCheckInCode, useLiveAttendance } from './useCheckInCode';

/** The QR's size: large, yet whole on the screen it is shown on. */
function qrSize(): number {
  if (typeof window === 'undefined') return 320;
  return Math.max(200, Math.min(520, Math.floor(Math.min(window.innerWidth * 0.8, window.innerHeight * 0.6))));
}

function useFullscreen(ref: React.RefObject<HTMLElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const update = () => setOn(!!document.fullscreenElement);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen?.();
    else void ref.current?.requestFullscreen?.();
  };
  return { on, toggle, supported: typeof document !== 'undefined' && !!document.fullscreenEnabled };
}

/**
 * 签到二维码 (`/meetings/:id/qr`), for the officer's big screen: the meeting, a large QR of the
 * check-in link — a new code every `refreshInSeconds`, counted down — and 已签到 N / 应到 M, live.
 */
export default function MeetingQrPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const box = useRef<HTMLDivElement>(null);
  const fullscreen = useFullscreen(box);
  const [{ data, error }] = useQuery({ query: MeetingScreenQuery, variables: { id }, requestPolicy: 'network-only' });
  const meeting = data?.meeting.id === id ? data.meeting : null;
  const code = useCheckInCode(id);
  const attendance = useLiveAttendance(id, meeting?.attendance ?? null);
  const [size, setSize] = useState(qrSize);
  useEffect(() => {
    const resize = () => setSize(qrSize());
    window.addEventListener('resize', resize);
    return () => window.removeEventListener('resize', resize);
  }, []);

  if (!meeting) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} extra={<Link to="/meetings">{t('meetings.back')}</Link>} />;
  }
  if (meeting.status === 'CANCELLED') {
    return <Result status="warning" title={t('meetings.cancelled')} extra={<Link to={meetingPath(id)}>{t('meetings.qr.backToMeeting')}</Link>} />;
  }

  const url = code.code ? absoluteUrl(code.code.url) : null;
  const codeError = describeError(code.error, t);

  return (
    <div className={`tx-qr${fullscreen.on ? ' tx-qr-full' : ''}`} ref={box} data-testid="meeting-qr-page">
      <div className="tx-qr-nav">
        <Link to={meetingPath(id)}>
          <ArrowLeftOutlined aria-hidden /> {t('meetings.qr.backToMeeting')}
        </Link>
        <span className="tx-header-spacer" />
        {fullscreen.supported && (
          <Button icon={fullscreen.on ? <CompressOutlined /> : <ExpandOutlined />} onClick={fullscreen.toggle}>
            {fullscreen.on ? t('meetings.qr.exitFullscreen') : t('meetings.qr.fullscreen')}
          </Button>
        )}
      </div>
      <h1 className="tx-qr-title">{meeting.title}</h1>
      <div className="tx-qr-sub">
        {meeting.orgName} · {timeRange(meeting.startsAt, meeting.endsAt, formatDateTime)}
        {meeting.location && ` · ${meeting.location}`}
      </div>
      <div className="tx-qr-main">
        <div className="tx-qr-code" data-testid="checkin-qr" data-url={url ?? ''}>
          {url ? (
            <QRCode type="svg" value={url} size={size} errorLevel="M" bordered={false} aria-label={t('meetings.qr.label')} />
          ) : (
            <QRCode type="svg" value="-" size={size} status={codeError ? 'expired' : 'loading'} bordered={false} />
          )}
        </div>
        <div className="tx-qr-side">
          <div className="tx-qr-count" aria-live="polite" data-testid="qr-present">
            <span className="tx-qr-count-label">{t('meetings.qr.present')}</span>
            <span className="tx-qr-count-value">{attendance?.present ?? 0}</span>
            <span className="tx-qr-count-of">/ {attendance?.expected ?? 0}</span>
          </div>
          {attendance && attendance.onLeave > 0 && <div className="tx-qr-leave">{t('meetings.qr.onLeave', { count: attendance.onLeave })}</div>}
          <div className="tx-qr-hint">{t('meetings.qr.scan')}</div>
          {code.secondsLeft != null && code.code && (
            <div className="tx-qr-countdown" data-testid="qr-countdown">
              {t('meetings.qr.refreshIn', { count: code.secondsLeft })}
            </div>
          )}
          {!meeting.checkInOpen && <Typography.Paragraph type="warning">{t('meetings.qr.notOpen')}</Typography.Paragraph>}
        </div>
      </div>
      {codeError && <FormError error={codeError} />}
      {url && (
        <Typography.Text type="secondary" className="tx-qr-url" copyable={{ text: url, tooltips: [t('common.copy'), t('common.copied')] }} data-testid="checkin-url">
          {t('meetings.qr.link')}
        </Typography.Text>
      )}
    </div>
  );
}
