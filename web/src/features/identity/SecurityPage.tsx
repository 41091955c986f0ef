import { useEffect } from 'react';
import { App as AntApp, Button, Card, Empty, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ChangePasswordMutation, MySessionsQuery, RevokeSessionMutation, UpdateTenantSettingsMutation } from './operations';
import { useViewer } from '../../auth/viewer';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import type { MySessionsQuery as SessionsData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { maxLen, required, requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { NewPasswordFields } from './NewPasswordFields';
import { SecondFactorCard } from '../secondFactor/SecondFactorCard';
import type { SecondFactorPolicy } from '../../gql/graphql';

type Session = SessionsData['mySessions'][number];
const PW_FIELDS = ['currentPassword', 'newPassword'] as const;
const TENANT_FIELDS = ['name', 'timeZone', 'loginAlerts', 'secondFactorPolicy'] as const;

/** The second-factor policies, in the order offered. */
export const SECOND_FACTOR_POLICIES = ['NONE', 'OFFICERS', 'EVERYONE'] as const;

/** The time zones offered for the enterprise (mainland China first). */
export const TIME_ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'UTC'] as const;

interface TenantValues {
  name: string;
  timeZone: string;
  loginAlerts: boolean;
  secondFactorPolicy: SecondFactorPolicy;
}

interface PwValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 单位设置: the enterprise's name, the time zone dates are shown in, new-device login alerts (`tenant:write`). */
function TenantSettingsCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { viewer, refetch } = useViewer();
  const [form] = Form.useForm<TenantValues>();
  const save = useFormMutation(UpdateTenantSettingsMutation, form, TENANT_FIELDS);
  const { name, timeZone, loginAlerts } = viewer.tenant;
  const secondFactorPolicy = (viewer.tenant.secondFactorPolicy ?? 'NONE') as SecondFactorPolicy;

  useEffect(() => {
    form.setFieldsValue({ name, timeZone, loginAlerts, secondFactorPolicy });
  }, [form, name, timeZone, loginAlerts, secondFactorPolicy]);

  const zones: string[] = TIME_ZONES.includes(timeZone as (typeof TIME_ZONES)[number]) ? [...TIME_ZONES] : [...TIME_ZONES, timeZone];
  const label = (z: string) =>
    (TIME_ZONES as readonly string[]).includes(z) ? t(`security.tenant.zones.${z.replace('/', '_')}`) : z;

  const onSave = async (v: TenantValues) => {
    const input = { name: v.name.trim(), timeZone: v.timeZone, loginAlerts: v.loginAlerts };
    // The policy is sent only when it changes, so that saving the other settings never touches it.
    const policy = v.secondFactorPolicy !== secondFactorPolicy ? { secondFactorPolicy: v.secondFactorPolicy } : {};
    const { data } = await save.submit({ input: { ...input, ...policy } });
    if (data) {
      message.success(t('security.tenant.saved'));
      refetch();
    }
  };

  return (
    <Card title={t('security.tenant.title')} style={{ maxWidth: 520 }} data-testid="tenant-settings">
      <Typography.Paragraph type="secondary">{t('security.tenant.help')}</Typography.Paragraph>
      <FormError error={save.error} extra={save.leftovers} />
      <Form<TenantValues>
        name="tenantSettings"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ name, timeZone, loginAlerts, secondFactorPolicy }}
        onFinish={onSave}
        noValidate
      >
        <Form.Item
          name="name"
          label={t('security.tenant.name')}
          rules={[required(t, t('security.tenant.name')), maxLen(t, 60)]}
        >
          <Input autoComplete="organization" />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t('security.tenant.timeZone')}
          extra={t('security.tenant.timeZoneHelp')}
          rules={[requiredSelect(t, t('security.tenant.timeZone'))]}
        >
          <Select options={zones.map((z) => ({ value: z, label: label(z) }))} />
        </Form.Item>
        <Form.Item
          name="loginAlerts"
          label={t('security.tenant.loginAlerts')}
          extra={t('security.tenant.loginAlertsHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item
          name="secondFactorPolicy"
          label={t('secondFactor.policy.label')}
          extra={t('secondFactor.policy.help')}
        >
          <Select
            data-testid="second-factor-policy"
            options={SECOND_FACTOR_POLICIES.map((p) => ({ value: p, label: t(`secondFactor.policy.${p}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.fetching}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}

/** A short name for a browser user agent. */
function browserName(ua: string | null | undefined): string {
  if (!ua) return '—';
  const m = /(Edg|Chrome|Chromium|Firefox|Safari|MicroMessenger)\/([\d.]+)/.exec(ua);
  const os = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/.exec(ua)?.[1];
  return m ? `${m[1]} ${m[2].split('.')[0]}${os ? ` · ${os}` : ''}` : ua.slice(0, 40);
}

export default function SecurityPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { can } = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({ query: MySessionsQuery });
  const [, revoke] = useMutation(RevokeSessionMutation);
  const [form] = Form.useForm<PwValues>();
  const pw = useFormMutation(ChangePasswordMutation, form, PW_FIELDS);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const doRevoke = async (s: Session) => {
    const res = await revoke({ input: { id: s.id } });
    if (res.error) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('security.sessionRevoked'));
    reload();
  };

  const onChangePassword = async (v: PwValues) => {
    const { data: ok } = await pw.submit({ input: { currentPassword: v.currentPassword, newPassword: v.newPassword } });
    if (ok) {
      form.resetFields();
      message.success(t('security.passwordChanged'));
      reload();
    }
  };

  const e = describeError(error, t);
  const sessions = data?.mySessions ?? [];

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.security')}
      </Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('security.sessions')}>
          {e && <FormError error={e} />}
          <Table<Session>
            rowKey="id"
            size="small"
            loading={fetching && !data}
            dataSource={sessions}
            pagination={false}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Empty description={t('security.noSessions')} /> }}
            columns={[
              {
                title: t('security.fields.client'),
                render: (_, s) => (
                  <span title={s.userAgent ?? ''}>
                    {browserName(s.userAgent)} {s.current && <Tag color="green">{t('security.current')}</Tag>}
                  </span>
                ),
              },
              { title: t('security.fields.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
              { title: t('security.fields.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
              { title: t('security.fields.expiresAt'), dataIndex: 'expiresAt', render: formatDateTime },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, s) =>
                  s.current ? (
                    <Typography.Text type="secondary">{t('security.thisDevice')}</Typography.Text>
                  ) : (
                    <Popconfirm
                      title={t('security.revokeConfirm')}
                      okText={t('security.revoke')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => doRevoke(s)}
                    >
                      <Button size="small" danger>
                        {t('security.revoke')}
                      </Button>
                    </Popconfirm>
                  ),
              },
            ]}
          />
        </Card>
        <Card title={t('security.changePassword')} style={{ maxWidth: 520 }}>
          <Typography.Paragraph type="secondary">{t('security.changePasswordHelp')}</Typography.Paragraph>
          <FormError error={pw.error} extra={pw.leftovers} />
          <Form<PwValues> name="changePassword" form={form} layout="vertical" requiredMark={false} onFinish={onChangePassword} noValidate>
            <Form.Item
              name="currentPassword"
              label={t('auth.fields.currentPassword')}
              rules={[required(t, t('auth.fields.currentPassword'))]}
            >
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <NewPasswordFields name="newPassword" label={t('auth.fields.newPassword')} />
            <Button type="primary" htmlType="submit" loading={pw.fetching}>
              {t('security.changePasswordSubmit')}
            </Button>
          </Form>
        </Card>
        <SecondFactorCard />
        {can('tenant:write') && <TenantSettingsCard />}
      </Space>
    </div>
  );
}
