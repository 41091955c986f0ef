import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, DatePicker, Segmented, Tabs, Typography } from 'antd';
import { CalendarOutlined, PlusOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { MeetingOrgFilter } from './MeetingOrgFilter';
import { PageHeader } from '../../components/PageHeader';
import { canScheduleMeetings, canSeeOrgMeetings } from './meetingAccess';
import { dayRange } from './meetings';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingList } from './MeetingList';
import { useQueryParams } from '../../lib/useQueryParams';

type Tab = 'mine' | 'org';
type View = 'list' | 'calendar';
const DAY = 'YYYY-MM-DD';

function parseDay(s: string | null): dayjs.Dayjs | null {
  const d = s ? dayjs(s, DAY) : null;
  return d && d.isValid() ? d : null;
}

/**
 * 组织生活 (`/meetings`): 我参加的 (every member) and — for who reads meetings somewhere —
 * 本组织的 with a unit picker; as a list (dates filter it, 加载更多) or a month calendar.
 * Tab, view, unit and dates are kept in the URL.
 */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const info = useViewer();
  const [params, update] = useQueryParams();
  const manager = canSeeOrgMeetings(info);
  const tab: Tab = manager && params.get('tab') === 'org' ? 'org' : 'mine';
  const view: View = params.get('view') === 'calendar' ? 'calendar' : 'list';
  const orgId = tab === 'org' ? params.get('org') : null;
  const fromDay = parseDay(params.get('from'));
  const toDay = parseDay(params.get('to'));
  const { orgs, loading: orgsLoading, error: orgsError } = useAllOrganizations(null, !manager || tab !== 'org');
  const orgsE = describeError(orgsError, t);

  const range = useMemo(() => dayRange(fromDay, toDay), [fromDay?.format(DAY), toDay?.format(DAY)]); // eslint-disable-line react-hooks/exhaustive-deps
  const mine = tab === 'mine';
  const scope = { mine, orgId, ...range };

  const toolbar = (
    <div className="tx-toolbar">
      <Segmented<View>
        aria-label={t('meetings.view')}
        value={view}
        onChange={(v) => update({ view: v === 'list' ? null : v })}
        options={[
          { value: 'list', label: t('meetings.views.list') },
          { value: 'calendar', label: t('meetings.views.calendar') },
        ]}
      />
      {tab === 'org' && (
        <MeetingOrgFilter orgs={orgs} loading={orgsLoading} value={orgId} onChange={(id) => update({ org: id })} />
      )}
      {view === 'list' && (
        <DatePicker.RangePicker
          aria-label={t('meetings.dateRange')}
          value={[fromDay, toDay]}
          allowEmpty={[true, true]}
          format={DAY}
          onChange={(v) => update({ from: v?.[0]?.format(DAY) ?? null, to: v?.[1]?.format(DAY) ?? null })}
          placeholder={[t('meetings.from'), t('meetings.to')]}
          className="tx-meeting-range"
        />
      )}
    </div>
  );

  const body =
    view === 'calendar' ? (
      <MeetingCalendar key={`${tab}-${orgId ?? ''}`} scope={{ mine, orgId }} mine={mine} />
    ) : (
      <MeetingList scope={scope} mine={mine} filtered={!!(fromDay || toDay)} />
    );

  return (
    <div className="tx-meetings">
      <PageHeader title={t('nav.meetings')}>
        <div className="tx-meeting-head-actions">
          {manager && (
            <Button icon={<SafetyCertificateOutlined />} onClick={() => navigate('/meetings/compliance')}>
              {t('nav.meetingCompliance')}
            </Button>
          )}
          {canScheduleMeetings(info) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/meetings/new')} data-testid="meeting-schedule">
              {t('nav.meetingSchedule')}
            </Button>
          )}
        </div>
      </PageHeader>
      {orgsE && <FormError error={orgsE} />}
      {manager ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => update({ tab: k === 'mine' ? null : k, org: null })}
          items={[
            { key: 'mine', label: t('meetings.tabs.mine') },
            { key: 'org', label: t('meetings.tabs.org') },
          ]}
        />
      ) : null}
      {toolbar}
      {body}
      <Typography.Paragraph type="secondary" className="tx-meeting-feed-hint">
        <CalendarOutlined aria-hidden /> {t('meetings.feedHint')} <Link to="/settings/notifications#calendar-feed">{t('calendarFeed.title')}</Link>
      </Typography.Paragraph>
    </div>
  );
}
