import { Link, useParams } from 'react-router';
import { App as AntApp, Alert, Button, Card, Descriptions, Form, Input, InputNumber, Popconfirm, Radio, Result, Space, Typography } from 'antd';
import { QrcodeOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ActivityQuery, CancelActivityRegistrationMutation, RegisterForActivityMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PageHeader } from '../../components/PageHeader';
import { PageSpinner } from '../../components/PageSpinner';
import { formatDateTime } from '../../lib/format';
import { useFormMutation } from '../../lib/useFormMutation';
import type { ActivityFieldsFragment } from '../../gql/graphql';
import { ActivityAlbum } from './ActivityAlbum';
import { ActivityTags } from './ActivityTags';
import { MAX_ANSWER, formatHours, placesTaken, toAnswers } from './activities';

type Answers = Record<string, string | number | null | undefined>;

/** The registration form: the activity's custom fields, then 报名. */
function RegisterForm({ activity: a }: { activity: ActivityFieldsFragment }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Answers>();
  const register = useFormMutation(RegisterForActivityMutation, form, a.fields.map((f) => f.id));
  const full = a.capacity != null && a.registeredCount >= a.capacity;

  const submit = async (v: Answers) => {
    const res = await register.submit({ input: { activityId: a.id, answers: toAnswers(v) } });
    const status = res.data?.registerForActivity.registration.status;
    if (status) void message.success(t(`activities.registered.${status}`));
  };

  return (
    <Form<Answers> form={form} layout="vertical" onFinish={submit} data-testid="register-form">
      <FormError error={register.error} extra={register.leftovers} />
      {a.fields.map((f) => (
        <Form.Item
          key={f.id}
          name={f.id}
          label={f.label}
          rules={f.required ? [{ required: true, message: t('activities.detail.fieldRequired', { label: f.label }) }] : []}
        >
          {f.kind === 'NUMBER' ? (
            <InputNumber min={0} max={1_000_000} precision={0} style={{ width: '100%' }} aria-label={f.label} />
          ) : f.kind === 'CHOICE' ? (
            <Radio.Group options={f.options.map((o) => ({ value: o, label: o }))} aria-label={f.label} />
          ) : (
            <Input maxLength={MAX_ANSWER} aria-label={f.label} />
          )}
        </Form.Item>
      ))}
      {a.approvalRequired && <Typography.Paragraph type="secondary">{t('activities.detail.approvalHint')}</Typography.Paragraph>}
      {full && !a.approvalRequired && <Typography.Paragraph type="warning">{t('activities.detail.fullHint')}</Typography.Paragraph>}
      <Button type="primary" htmlType="submit" block size="large" loading={register.fetching} data-testid="register-button">
        {full && !a.approvalRequired ? t('activities.detail.joinWaitlist') : t('activities.detail.register')}
      </Button>
    </Form>
  );
}

/**
 * 活动详情 (`/activities/:id`, made for phones): what, when, where, places; the viewer's
 * registration (status, place on the waitlist, hours) with 取消报名, or the registration form with
 * the custom fields; for organisers links to 报名管理 and 签到二维码.
 */
export default function ActivityPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: ActivityQuery, variables: { id }, requestPolicy: 'cache-and-network' });
  const [withdrawal, withdraw] = useMutation(CancelActivityRegistrationMutation);
  const a = data?.activity.id === id ? data.activity : null;

  if (!a) {
    if (fetching || !error) return <PageSpinner />;
    const e = describeError(error, t);
    return (
      <Result
        status="warning"
        title={e?.code === 'NOT_FOUND' ? t('activities.detail.notFound') : e ? errorText(e) : t('errors.UNKNOWN')}
        extra={<Link to="/activities">{t('activities.back')}</Link>}
      />
    );
  }

  const mine = a.myRegistration;
  const active = mine && ['REGISTERED', 'WAITLISTED', 'PENDING_APPROVAL'].includes(mine.status);
  const withdrawError = describeError(withdrawal.error, t);
  const started = new Date(a.startsAt).getTime() <= Date.now();

  return (
    <div className="tx-page tx-activity">
      <PageHeader title={a.title}>
        {a.viewerIsOfficer && (
          <Space wrap>
            <Link to={`/activities/${a.id}/manage`}>
              <Button icon={<TeamOutlined />}>{t('activities.manage.title')}</Button>
            </Link>
            {a.viewerCanManage && a.status === 'PUBLISHED' && (
              <Link to={`/activities/${a.id}/qr`}>
                <Button icon={<QrcodeOutlined />}>{t('activities.qr.title')}</Button>
              </Link>
            )}
          </Space>
        )}
      </PageHeader>
      <Card>
        <ActivityTags kind={a.kind} status={a.status} mine={mine?.status} position={mine?.waitlistPosition} />
        {a.status === 'CANCELLED' && (
          <Alert type="warning" showIcon role="alert" title={t('activities.cancelled')} description={a.cancelReason || undefined} style={{ marginTop: 12 }} />
        )}
        <Descriptions column={1} size="small" style={{ marginTop: 12 }}>
          <Descriptions.Item label={t('activities.fields.time')}>
            {formatDateTime(a.startsAt)} – {formatDateTime(a.endsAt)}
          </Descriptions.Item>
          {a.place && <Descriptions.Item label={t('activities.fields.place')}>{a.place}</Descriptions.Item>}
          <Descriptions.Item label={t('activities.fields.org')}>{a.orgName}</Descriptions.Item>
          <Descriptions.Item label={t('activities.fields.deadline')}>{formatDateTime(a.registrationDeadline)}</Descriptions.Item>
          <Descriptions.Item label={t('activities.fields.places')}>
            <span data-testid="activity-places">{placesTaken(a.registeredCount, a.capacity)}</span>
            {a.waitlistedCount > 0 && ` · ${t('activities.list.waitlisted', { count: a.waitlistedCount })}`}
          </Descriptions.Item>
          {a.volunteerHours > 0 && (
            <Descriptions.Item label={t('activities.fields.volunteerHours')}>{t('activities.hoursN', { hours: formatHours(a.volunteerHours) })}</Descriptions.Item>
          )}
        </Descriptions>
        {a.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Typography.Paragraph>}
      </Card>
      <Card title={t('activities.detail.myRegistration')} style={{ marginTop: 12 }} data-testid="my-registration">
        {mine && mine.status !== 'CANCELLED' ? (
          <>
            <Typography.Paragraph>
              {t(`activities.status.${mine.status}`)}
              {mine.status === 'WAITLISTED' && mine.waitlistPosition != null && ` · ${t('activities.position', { n: mine.waitlistPosition })}`}
            </Typography.Paragraph>
            {mine.checkedInAt && (
              <Typography.Paragraph data-testid="my-checkin">
                {t('activities.detail.checkedIn', { time: formatDateTime(mine.checkedInAt) })}
                {mine.hours > 0 && ` · ${t('activities.hoursN', { hours: formatHours(mine.hours) })}`}
              </Typography.Paragraph>
            )}
            {a.myRegistration && 'answers' in a.myRegistration && a.myRegistration.answers.length > 0 && (
              <Descriptions column={1} size="small">
                {a.myRegistration.answers.map((x) => (
                  <Descriptions.Item key={x.fieldId} label={x.label}>
                    {x.value}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            )}
            {withdrawError && <Alert type="error" showIcon title={errorText(withdrawError)} />}
            {active && !mine.checkedInAt && !started && a.status === 'PUBLISHED' && (
              <Popconfirm
                title={t('activities.detail.withdrawConfirm')}
                description={mine.status === 'REGISTERED' ? t('activities.detail.withdrawHint') : undefined}
                okText={t('activities.detail.withdraw')}
                cancelText={t('common.cancel')}
                onConfirm={() => withdraw({ input: { activityId: a.id } })}
              >
                <Button danger block loading={withdrawal.fetching}>
                  {t('activities.detail.withdraw')}
                </Button>
              </Popconfirm>
            )}
          </>
        ) : a.status === 'PUBLISHED' && a.registrationOpen && a.viewerInvited ? (
          <RegisterForm activity={a} />
        ) : (
          <Typography.Paragraph type="secondary">
            {a.status === 'CANCELLED' ? t('activities.cancelled') : !a.viewerInvited ? t('activities.detail.notInvited') : t('activities.detail.closed')}
          </Typography.Paragraph>
        )}
      </Card>
      <ActivityAlbum activityId={a.id} />
    </div>
  );
}
