import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { Alert, Button, Result, Typography } from 'antd';
import { CheckCircleFilled, EnvironmentOutlined, QrcodeOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { CheckInToMeetingMutation } from './operations';
import { describeError, errorText, type AppErrorInfo } from '../../api/errors';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { currentPosition, geoProblem, type GeoProblem } from './geolocation';
import { meetingPath, timeRange } from './meetings';
import { useMeeting } from './useMeeting';

type Step = { kind: 'ready' } | { kind: 'locating' } | { kind: 'geo'; problem: GeoProblem } | { kind: 'failed'; error: AppErrorInfo };

/** What the server said, in its own words: the field message (code, location) first. */
function failureText(e: AppErrorInfo): string {
  const own = e.fields.code ?? e.fields.location ?? Object.values(e.fields)[0];
  return own ?? e.detail ?? e.message;
}

/**
 * 扫码签到 (`/meetings/:id/checkin?code=…`, from the big screen's QR; made for phones): the
 * meeting, then 签到 — with the position when the meeting has 定位签到 — and the outcome: 签到成功
 * with the time, or the server's reason (an expired code: scan the one on the screen now).
 */
export default function MeetingCheckInPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const code = params.get('code') ?? '';
  const { meeting, error, set, load } = useMeeting(id);
  const [state, checkIn] = useMutation(CheckInToMeetingMutation);
  const [step, setStep] = useState<Step>({ kind: 'ready' });

  if (!meeting) {
    if (!error) return <PageSpinner />;
    const e = describeError(error, t);
    return (
      <Result
        className="tx-checkin"
        status="warning"
        title={e?.code === 'NOT_FOUND' ? t('meetings.checkin.notInvited') : e ? errorText(e) : t('errors.UNKNOWN')}
        extra={<Link to="/meetings">{t('meetings.back')}</Link>}
      />
    );
  }

  const me = meeting.myAttendance;
  const head = (
    <header className="tx-checkin-head">
      <Typography.Title level={2} className="tx-checkin-title">
        {meeting.title}
      </Typography.Title>
      <div className="tx-checkin-facts">
        <div>{timeRange(meeting.startsAt, meeting.endsAt, formatDateTime)}</div>
        <div>{meeting.orgName}</div>
        {meeting.location && <div>{meeting.location}</div>}
      </div>
    </header>
  );

  if (me?.state === 'PRESENT') {
    return (
      <div className="tx-checkin" data-testid="checkin-page">
        {head}
        <Result
          status="success"
          icon={<CheckCircleFilled />}
          title={<span data-testid="checkin-done">{t('meetings.checkin.done')}</span>}
          subTitle={me.checkedInAt ? t('meetings.checkin.doneAt', { time: formatDateTime(me.checkedInAt) }) : undefined}
          extra={<Link to={meetingPath(meeting.id)}>{t('meetings.checkin.viewMeeting')}</Link>}
        />
      </div>
    );
  }

  const submit = async () => {
    let position: { latitude: number; longitude: number } | null = null;
    if (meeting.geofence) {
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
      input: { meetingId: meeting.id, code, latitude: position?.latitude ?? null, longitude: position?.longitude ?? null },
    });
    if (res.error || !res.data) {
      const e = describeError(res.error, t) ?? { code: 'UNKNOWN' as const, message: t('errors.UNKNOWN'), fields: {} };
      setStep({ kind: 'failed', error: e });
      // Checked in already (another tab, an officer), cancelled, outside the window: the meeting as it is now.
      if (e.code === 'CONFLICT') void load();
      return;
    }
    set(res.data.checkInToMeeting.meeting);
  };

  const failed = step.kind === 'failed' ? step.error : null;

  return (
    <div className="tx-checkin" data-testid="checkin-page">
      {head}
      {meeting.status === 'CANCELLED' ? (
        <Alert type="warning" showIcon role="alert" title={t('meetings.cancelled')} description={meeting.cancelReason ?? undefined} />
      ) : !code ? (
        <Result icon={<QrcodeOutlined />} title={t('meetings.checkin.noCode')} subTitle={t('meetings.checkin.noCodeHelp')} />
      ) : (
        <>
          {meeting.geofence && <Alert type="info" showIcon icon={<EnvironmentOutlined />} className="tx-checkin-note" title={t('meetings.checkin.needsLocation')} />}
          {step.kind === 'geo' && (
            <Alert
              type="warning"
              showIcon
              role="alert"
              className="tx-checkin-note"
              title={t(`meetings.geo.${step.problem}`)}
              description={step.problem === 'denied' ? t('meetings.checkin.allowLocation') : undefined}
              data-testid="checkin-geo"
            />
          )}
          {failed && (
            <Alert
              type="error"
              showIcon
              role="alert"
              className="tx-checkin-note"
              title={t('meetings.checkin.failed')}
              description={
                <>
                  <div data-testid="checkin-error">{failureText(failed)}</div>
                  {failed.fields.code && <div>{t('meetings.checkin.rescan')}</div>}
                </>
              }
            />
          )}
          <Button
            type="primary"
            size="large"
            block
            className="tx-checkin-button"
            icon={meeting.geofence ? <EnvironmentOutlined /> : <QrcodeOutlined />}
            loading={state.fetching || step.kind === 'locating'}
            onClick={() => void submit()}
            data-testid="checkin-submit"
          >
            {step.kind === 'locating' ? t('meetings.checkin.locating') : meeting.geofence ? t('meetings.checkin.submitWithLocation') : t('meetings.checkin.submit')}
          </Button>
          {!me && <Typography.Paragraph type="secondary">{t('meetings.checkin.notOnList')}</Typography.Paragraph>}
        </>
      )}
    </div>
  );
}
