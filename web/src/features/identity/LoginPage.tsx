import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LogInMutation } from './operations';
import { useResetClient } from '../../api/ClientProvider';
import type { TenantChoice } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { PublicLayout } from '../../components/PublicLayout';
import { required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

interface Values {
  email: string;
  password: string;
  tenantSlug?: string;
}

const FIELDS = ['email', 'password', 'tenantSlug'] as const;

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
  const { submit, fetching, error, leftovers } = useFormMutation(LogInMutation, form, FIELDS);

  const logIn = async (values: Values, tenantSlug?: string) => {
    const slug = (tenantSlug ?? values.tenantSlug ?? '').trim();
    const { data, error: e } = await submit({
      input: { email: values.email.trim(), password: values.password, tenantSlug: slug || null },
    });
    if (e?.tenants) setTenants(e.tenants);
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
        !showChooser && <FormError error={error} extra={leftovers} />
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
        <Form.Item name="email" label={t('auth.fields.emailOrPhone')} rules={[required(t, t('auth.fields.emailOrPhone'))]}>
          <Input autoComplete="username" autoFocus inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.fields.password')} rules={[required(t, t('auth.fields.password'))]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="tenantSlug" label={t('auth.fields.tenantSlugOptional')} extra={t('auth.login.tenantSlugHelp')}>
          <Input autoComplete="organization" autoCapitalize="none" />
        </Form.Item>
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
