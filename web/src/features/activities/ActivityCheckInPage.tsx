import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert, Button, Result, Typography } from 'antd';
import { CheckCircleFilled, EnvironmentOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ActivityQuery, CheckInToActivityMutation } from './operations';
import { describeError, errorText, type AppErrorInfo } from '../../api/errors';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { currentPosition, geoProblem, type GeoProblem } from '../meetings/geolocation';
import { formatHours } from './activities';

type Step = { kind: 'ready' } | { kind: 'locating' } | { kind: 'geo'; problem: GeoProblem } | { kind: 'failed'; error: AppErrorInfo };

/** What the server said, in its own words: the field message (code, location) first. */
function failureText(e: AppErrorInfo): string {
  return e.fields.code ?? e.fields.location ?? Object.values(e.fields)[0] ?? e.detail ?? e.message;
}

/**
 * 活动签到 (`/activities/:id/checkin?code=…`, from the screen's QR; made for phones): the
 * activity, then 签到 — with the position when it has 定位签到 — and the outcome with the volunteer
 * hours credited, or the server's reason.
 */
export default function ActivityCheckInPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const [{ data, error }] = useQuery({ query: ActivityQuery, variables: { id }, requestPolicy: 'network-only' });
  const [state, checkIn] = useMutation(CheckInToActivityMutation);
  const [step, setStep] = useState<Step>({ kind: 'ready' });
  const a = state.data?.checkInToActivity.activity ?? (data?.activity.id === id ? data.activity : null);

  if (!a) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return (
      <Result
        className="tx-checkin"
        status="warning"
        title={e?.code === 'NOT_FOUND' ? t('activities.detail.notFound') : e ? errorText(e) : t('errors.UNKNOWN')}
        extra={<Link to="/activities">{t('activities.back')}</Link>}
      />
    );
  }
  const mine = a.myRegistration;
  const head = (
    <header className="tx-checkin-head">
      <Typography.Title level={2} className="tx-checkin-title">
        {a.title}
      </Typography.Title>
      <div className="tx-checkin-facts">
        <div>{formatDateTime(a.startsAt)}</div>
        {a.place && <div>{a.place}</div>}
      </div>
    </header>
  );
  if (mine?.checkedInAt) {
    return (
      <div className="tx-checkin" data-testid="checkin-page">
        {head}
        <Result
          status="success"
          icon={<CheckCircleFilled />}
          title={<span data-testid="checkin-done">{t('activities.checkin.done')}</span>}
          subTitle={
            t('activities.detail.checkedIn', { time: formatDateTime(mine.checkedInAt) }) +
            (mine.hours > 0 ? ` · ${t('activities.hoursN', { hours: formatHours(mine.hours) })}` : '')
          }
          extra={<Link to={`/activities/${a.id}`}>{t('activities.checkin.view')}</Link>}
        />
      </div>
    );
  }

  const submit = async () => {
    let position: { latitude: number; longitude: number } | null = null;
    if (a.geofence) {
      setStep({ kind: 'locating' });
      try {
        position = await currentPosition();
      } catch (e) {
        setStep({ kind: 'geo', problem: geoProblem(e) });
        return;
      }
    }
    setStep({ kind: 'ready' });
    const res = await checkIn({
      input: { activityId: a.id, code, latitude: position?.latitude ?? null, longitude: position?.longitude ?? null },
    });
    if (res.error || !res.data) {
      setStep({ kind: 'failed', error: describeError(res.error, t) ?? { code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} } });
    }
  };
  const failed = step.kind === 'failed' ? step.error : null;

  return (
    <div className="tx-checkin" data-testid="checkin-page">
      {head}
      {a.status === 'CANCELLED' ? (
        <Alert type="warning" showIcon role="alert" title={t('activities.cancelled')} />
      ) : !code ? (
        <Result icon={<QrcodeOutlined />} title={t('activities.checkin.noCode')} />
      ) : (
        <>
          {a.geofence && <Alert type="info" showIcon icon={<EnvironmentOutlined />} title={t('activities.checkin.needsLocation')} />}
          {step.kind === 'geo' && <Alert type="warning" showIcon role="alert" title={t(`meetings.geo.${step.problem}`)} />}
          {failed && <Alert type="error" showIcon role="alert" data-testid="checkin-error" title={failureText(failed)} />}
          <Button type="primary" size="large" block onClick={submit} loading={state.fetching || step.kind === 'locating'} style={{ marginTop: 16 }}>
            {t('activities.checkin.submit')}
          </Button>
        </>
      )}
    </div>
  );
}
