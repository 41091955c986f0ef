import { useEffect, useMemo, useRef } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { App as AntApp, Button, Card, Form, Switch, Typography } from 'antd';
import { CalendarOutlined } from '@ant-design/icons';
import type dayjs from 'dayjs';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MeetingTypesQuery, ScheduleMeetingMutation } from './operations';
import { describeError } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { MemberMultiPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import type { MeetingType } from '../../gql/graphql';
import { MEETING_TYPES, frequencyText, isGeneralMeeting, meetingPath, nextFullHour } from './meetings';
import { requiredSelect } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';
import { FactFields } from './FactFields';
import { GeofenceFields } from './GeofenceFields';
import { NO_GEOFENCE, SCHEDULE_FIELDS, SCHEDULE_FIELD_MAP, scheduleInput, type ScheduleValues } from './scheduleForm';
import { TypeSelect } from './TypeSelect';

const HOURS = 2;

/**
 * 安排会议 (`/meetings/new`, prefilled by `?org=&type=` from 落实情况): the unit, the type (with
 * the rules' frequency), title (the type's name unless changed), time, place, agenda, 选举 for
 * general meetings, 定位签到, 含下级组织 and 列席人员. Server field messages land on the fields.
 */
export default function MeetingSchedulePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ScheduleValues>();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null);
  const [typesResult] = useQuery({ query: MeetingTypesQuery });
  const types = useMemo(() => typesResult.data?.meetingTypes ?? [], [typesResult.data]);
  const typesError = describeError(typesResult.error, t);
  const schedule = useFormMutation(ScheduleMeetingMutation, form, SCHEDULE_FIELDS, SCHEDULE_FIELD_MAP);

  const initial = useMemo<ScheduleValues>(() => {
    const start = nextFullHour();
    const type = params.get('type');
    return {
      orgId: params.get('org'),
      type: (MEETING_TYPES as string[]).includes(type ?? '') ? (type as MeetingType) : null,
      title: '',
      startsAt: start,
      endsAt: start.add(HOURS, 'hour'),
      location: '',
      agenda: '',
      isElection: false,
      includeSubOrgs: false,
      extraMemberIds: [],
      ...NO_GEOFENCE,
    };
    // The form starts once with what the link asked for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const lastStart = useRef<dayjs.Dayjs | null>(initial.startsAt);
  const orgId = Form.useWatch('orgId', form);
  const type = Form.useWatch('type', form);
  const orgLine = orgs.find((o) => o.id === orgId)?.line ?? null;
  const info = types.find((x) => x.type === type) ?? null;
  const general = isGeneralMeeting(info);

  // The title follows the type until it is written by hand.
  const autoTitle = useRef('');
  useEffect(() => {
    if (!info) return;
    const title = (form.getFieldValue('title') as string | undefined) ?? '';
    if (!title.trim() || title === autoTitle.current) {
      form.setFieldValue('title', info.label);
      autoTitle.current = info.label;
    }
    if (!isGeneralMeeting(info)) form.setFieldValue('isElection', false);
  }, [info, form]);

  // A type of another line than the chosen unit's is dropped.
  useEffect(() => {
    if (!orgLine || !info || info.type === 'OTHER') return;
    if ((orgLine === 'PARTY' || orgLine === 'UNION' || orgLine === 'YOUTH') && info.line !== orgLine) form.setFieldValue('type', null);
  }, [orgLine, info, form]);

  const submit = async (v: ScheduleValues) => {
    const { data } = await schedule.submit({ input: scheduleInput(v) });
    if (!data) return;
    const m = data.scheduleMeeting.meeting;
    message.success(t('meetings.schedule.done', { count: m.attendance.expected }));
    navigate(meetingPath(m.id));
  };

  const frequency = info ? frequencyText(info.frequencyMonths) : null;

  return (
    <div className="tx-meeting-compose">
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.meetingSchedule')}
      </Typography.Title>
      {typesError && <FormError error={typesError} />}
      <FormError error={schedule.error} extra={schedule.leftovers} />
      <Form<ScheduleValues>
        name="meeting"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initial}
        onFinish={submit}
        onValuesChange={(changed: Partial<ScheduleValues>, all: ScheduleValues) => {
          // Moving the start keeps the length.
          if (!changed.startsAt) return;
          const prev = lastStart.current;
          const length = prev && all.endsAt ? all.endsAt.diff(prev, 'minute') : HOURS * 60;
          form.setFieldValue('endsAt', changed.startsAt.add(length > 0 ? length : HOURS * 60, 'minute'));
          lastStart.current = changed.startsAt;
        }}
      >
        <Card title={t('meetings.schedule.what')} className="tx-meeting-card">
          <Form.Item name="orgId" label={t('meetings.fields.org')} rules={[requiredSelect(t, t('meetings.fields.org'))]}>
            <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('meetings.schedule.orgPlaceholder')} />
          </Form.Item>
          <Form.Item
            name="type"
            label={t('meetings.fields.type')}
            rules={[requiredSelect(t, t('meetings.fields.type'))]}
            extra={
              info && frequency ? (
                <span data-testid="meeting-type-rule">
                  {t(frequency.key, frequency.values)}
                  {info.ruleSource && ` · ${t('meetings.ruleSource', { source: info.ruleSource })}`}
                  {info.committeeOnly && ` · ${t('meetings.schedule.committeeOnly')}`}
                </span>
              ) : undefined
            }
          >
            <TypeSelect types={types} orgLine={orgLine} loading={typesResult.fetching} />
          </Form.Item>
          <FactFields />
          {general && (
            <Form.Item name="isElection" label={t('meetings.fields.isElection')} valuePropName="checked" extra={t('meetings.schedule.electionHelp')}>
              <Switch />
            </Form.Item>
          )}
        </Card>
        <Card title={t('meetings.schedule.who')} className="tx-meeting-card">
          <Form.Item name="includeSubOrgs" label={t('meetings.fields.includeSubOrgs')} valuePropName="checked" extra={t('meetings.schedule.includeSubOrgsHelp')}>
            <Switch />
          </Form.Item>
          <Form.Item name="extraMemberIds" label={t('meetings.fields.extraMembers')} extra={t('meetings.schedule.extraHelp')}>
            <MemberMultiPicker aria-label={t('meetings.fields.extraMembers')} />
          </Form.Item>
        </Card>
        <Card title={t('meetings.schedule.checkIn')} className="tx-meeting-card">
          <GeofenceFields />
        </Card>
        <div className="tx-notice-actions">
          {/* Not a submit button: Enter in a date picker confirms the date, it does not schedule. */}
          <Button type="primary" icon={<CalendarOutlined />} onClick={() => form.submit()} loading={schedule.fetching} data-testid="meeting-submit">
            {t('meetings.schedule.submit')}
          </Button>
          <Button onClick={() => navigate('/meetings')}>{t('common.cancel')}</Button>
        </div>
      </Form>
    </div>
  );
}
