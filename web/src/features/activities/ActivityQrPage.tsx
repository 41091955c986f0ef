import { Link, useParams } from 'react-router';
import { QRCode, Result, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ActivityRosterQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { absoluteUrl } from '../meetings/meetings';
import { useActivityCheckInCode } from './useActivityCheckInCode';

/**
 * 签到二维码 (`/activities/:id/qr`), for the organiser's screen: the activity, a large QR of the
 * check-in link — a new code every `refreshInSeconds`, counted down — and 已签到 N / 报名 M.
 */
export default function ActivityQrPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error }] = useQuery({ query: ActivityRosterQuery, variables: { id }, requestPolicy: 'network-only' });
  const a = data?.activity.id === id ? data.activity : null;
  const code = useActivityCheckInCode(id);

  if (!a) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return <Result status="warning" title={e ? errorText(e) : t('errors.UNKNOWN')} extra={<Link to="/activities">{t('activities.back')}</Link>} />;
  }
  const url = code.code ? absoluteUrl(code.code.url) : null;
  const codeError = describeError(code.error, t);
  const size = Math.max(200, Math.min(480, Math.floor(Math.min(window.innerWidth * 0.8, window.innerHeight * 0.6))));

  return (
    <div className="tx-qr" data-testid="activity-qr-page">
      <div className="tx-qr-nav">
        <Link to={`/activities/${a.id}/manage`}>
          <ArrowLeftOutlined aria-hidden /> {t('activities.manage.title')}
        </Link>
      </div>
      <h1 className="tx-qr-title">{a.title}</h1>
      <div className="tx-qr-sub">
        {a.orgName} · {formatDateTime(a.startsAt)}
        {a.place && ` · ${a.place}`}
      </div>
      <div className="tx-qr-main">
        <div className="tx-qr-code" data-testid="checkin-qr" data-url={url ?? ''}>
          {url ? (
            <QRCode type="svg" value={url} size={size} errorLevel="M" bordered={false} aria-label={t('activities.qr.label')} />
          ) : (
            <QRCode type="svg" value="-" size={size} status={codeError ? 'expired' : 'loading'} bordered={false} />
          )}
        </div>
        <div className="tx-qr-side">
          <div className="tx-qr-count" aria-live="polite">
            <span className="tx-qr-count-label">{t('activities.qr.present')}</span>
            <span className="tx-qr-count-value">{a.statistics?.attended ?? 0}</span>
            <span className="tx-qr-count-of">/ {a.statistics?.registered ?? 0}</span>
          </div>
          <div className="tx-qr-hint">{t('activities.qr.scan')}</div>
          {code.secondsLeft != null && code.code && <div className="tx-qr-countdown">{t('activities.qr.refreshIn', { count: code.secondsLeft })}</div>}
        </div>
      </div>
      {codeError && <FormError error={codeError} />}
      {url && (
        <Typography.Text type="secondary" className="tx-qr-url" copyable={{ text: url, tooltips: [t('common.copy'), t('common.copied')] }}>
          {t('activities.qr.link')}
        </Typography.Text>
      )}
    </div>
  );
}
