import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Checkbox, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LogInMutation } from './operations';
import { useResetClient } from '../../api/ClientProvider';
import type { TenantChoice } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PublicLayout } from '../../components/PublicLayout';
import { required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { CodeInput } from '../secondFactor/TotpEnrolment';

interface Values {
  email: string;
  password: string;
  tenantSlug?: string;
  totpCode?: string;
  recoveryCode?: string;
  rememberDevice?: boolean;
}

const FIELDS = ['email', 'password', 'tenantSlug', 'totpCode', 'recoveryCode'] as const;

/** Which second factor the 验证码 step asks for. */
type Factor = 'totp' | 'recovery';

/** Only same-site paths are followed after login. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const resetClient = useResetClient();
  const [tenants, setTenants] = useState<TenantChoice[] | null>(null);
  // Set once the server asked for a second factor: the form then shows the 验证码 step.
  const [factor, setFactor] = useState<Factor | null>(null);
  const { submit, fetching, error, leftovers } = useFormMutation(LogInMutation, form, FIELDS);

  const logIn = async (values: Values, tenantSlug?: string) => {
    const slug = (tenantSlug ?? values.tenantSlug ?? '').trim();
    const code = (v?: string) => (v ?? '').trim() || null;
    // The second factor is sent only in the 验证码 step, once the server has asked for it.
    const second = factor
      ? {
          totpCode: factor === 'totp' ? code(values.totpCode) : null,
          recoveryCode: factor === 'recovery' ? code(values.recoveryCode) : null,
          rememberDevice: !!values.rememberDevice,
        }
      : {};
    const { data, error: e } = await submit({
      input: { email: values.email.trim(), password: values.password, tenantSlug: slug || null, ...second },
    });
    if (e?.tenants) setTenants(e.tenants);
    if (e?.code === 'SECOND_FACTOR_REQUIRED' && !factor) setFactor('totp');
    if (data) {
      resetClient();
      navigate(safeNext(params.get('next')), { replace: true });
    }
  };

  // The server asks to choose when the account belongs to several tenants.
  const choices = tenants;
  const showChooser = !!choices && choices.length > 0;

  const chooseTenant = (slug: string) => {
    form.setFieldValue('tenantSlug', slug);
    void logIn(form.getFieldsValue(true) as Values, slug);
  };

  const badCredentials = error?.code === 'UNAUTHENTICATED';
  // The first answer asking for a code is the step itself, not an error to show.
  const shownError = error?.code === 'SECOND_FACTOR_REQUIRED' && Object.keys(error.fields).length === 0 ? null : error;

  return (
    <PublicLayout
      title={t('auth.login.title')}
      footer={
        <Typography.Text>
          {t('auth.login.noAccount')} <Link to="/signup">{t('auth.login.signUpLink')}</Link>
        </Typography.Text>
      }
    >
      {badCredentials ? (
        <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={t('errors.badCredentials')} />
      ) : (
        !showChooser && <FormError error={shownError} extra={leftovers} />
      )}
      {showChooser && (
        <div style={{ marginBottom: 16 }} data-testid="tenant-chooser">
          <Alert type="info" showIcon title={t('auth.login.chooseTenant')} style={{ marginBottom: 8 }} />
          <ul className="tx-choice-list">
            {choices.map((c) => (
              <li key={c.slug}>
                <div>
                  <div>{c.name}</div>
                  <Typography.Text type="secondary" className="tx-mono">
                    {c.slug}
                  </Typography.Text>
                </div>
                <Button type="primary" size="small" loading={fetching} onClick={() => chooseTenant(c.slug)}>
                  {t('auth.login.useTenant')}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <Form<Values> name="login" form={form} layout="vertical" onFinish={(v) => logIn(v)} requiredMark={false} noValidate>
        <div hidden={!!factor}>
          <Form.Item name="email" label={t('auth.fields.emailOrPhone')} rules={[required(t, t('auth.fields.emailOrPhone'))]}>
            <Input autoComplete="username" autoFocus inputMode="email" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.fields.password')} rules={[required(t, t('auth.fields.password'))]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="tenantSlug" label={t('auth.fields.tenantSlugOptional')} extra={t('auth.login.tenantSlugHelp')}>
            <Input autoComplete="organization" autoCapitalize="none" />
          </Form.Item>
        </div>
        {factor && (
          <div data-testid="second-factor-step">
            <Typography.Paragraph>
              {factor === 'totp' ? t('secondFactor.login.totpIntro') : t('secondFactor.login.recoveryIntro')}
            </Typography.Paragraph>
            {factor === 'totp' ? (
              <Form.Item name="totpCode" label={t('secondFactor.fields.code')} rules={[required(t, t('secondFactor.fields.code'))]}>
                <CodeInput autoFocus />
              </Form.Item>
            ) : (
              <Form.Item
                name="recoveryCode"
                label={t('secondFactor.fields.recoveryCode')}
                rules={[required(t, t('secondFactor.fields.recoveryCode'))]}
              >
                <Input autoComplete="off" autoCapitalize="none" autoFocus />
              </Form.Item>
            )}
            <Form.Item name="rememberDevice" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t('secondFactor.login.remember')}</Checkbox>
            </Form.Item>
            <Button type="link" style={{ paddingLeft: 0, marginBottom: 8 }} onClick={() => setFactor(factor === 'totp' ? 'recovery' : 'totp')}>
              {factor === 'totp' ? t('secondFactor.login.useRecovery') : t('secondFactor.login.useTotp')}
            </Button>
          </div>
        )}
        <Form.Item style={{ marginBottom: 8 }}>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            {t('auth.login.submit')}
          </Button>
        </Form.Item>
        <Link to="/forgot">{t('auth.login.forgot')}</Link>
      </Form>
      <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
        <Link to="/report-followup" data-testid="login-report-followup">
          {t('reports.login.followup')}
        </Link>
      </Typography.Paragraph>
    </PublicLayout>
  );
}
