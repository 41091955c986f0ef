import { Link, useNavigate } from 'react-router';
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SignUpMutation } from './operations';
import { useResetClient } from '../../api/ClientProvider';
import { FormError } from '../../components/FormError';
import { PublicLayout } from '../../components/PublicLayout';
import { emailRule, maxLen, required, slugRule } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { NewPasswordFields } from './NewPasswordFields';

interface Values {
  tenantName: string;
  tenantSlug: string;
  adminName: string;
  adminEmail: string;
  adminPassword: string;
  confirmPassword: string;
}

const FIELDS = ['tenantName', 'tenantSlug', 'adminName', 'adminEmail', 'adminPassword'] as const;

export default function SignUpPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const { submit, fetching, error, leftovers } = useFormMutation(SignUpMutation, form, FIELDS);

  const onFinish = async (v: Values) => {
    const { data } = await submit({
      input: {
        tenantName: v.tenantName.trim(),
        tenantSlug: v.tenantSlug.trim(),
        adminName: v.adminName.trim(),
        adminEmail: v.adminEmail.trim(),
        adminPassword: v.adminPassword,
      },
    });
    if (data) {
      resetClient();
      navigate('/', { replace: true });
    }
  };

  const L = {
    tenantName: t('auth.fields.tenantName'),
    tenantSlug: t('auth.fields.tenantSlug'),
    adminName: t('auth.fields.adminName'),
    adminEmail: t('auth.fields.adminEmail'),
    adminPassword: t('auth.fields.password'),
    confirmPassword: t('auth.fields.confirmPassword'),
  };

  return (
    <PublicLayout
      title={t('auth.signUp.title')}
      footer={
        <Typography.Text>
          {t('auth.signUp.haveAccount')} <Link to="/login">{t('auth.signUp.loginLink')}</Link>
        </Typography.Text>
      }
    >
      <FormError error={error} extra={leftovers} />
      <Form<Values> name="signUp" form={form} layout="vertical" onFinish={onFinish} requiredMark={false} noValidate>
        <Form.Item name="tenantName" label={L.tenantName} rules={[required(t, L.tenantName), maxLen(t, 100)]}>
          <Input autoComplete="organization" autoFocus />
        </Form.Item>
        <Form.Item
          name="tenantSlug"
          label={L.tenantSlug}
          extra={t('auth.signUp.slugHelp')}
          rules={[required(t, L.tenantSlug), slugRule(t)]}
        >
          <Input autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <Form.Item name="adminName" label={L.adminName} rules={[required(t, L.adminName), maxLen(t, 50)]}>
          <Input autoComplete="name" />
        </Form.Item>
        <Form.Item name="adminEmail" label={L.adminEmail} rules={[required(t, L.adminEmail), emailRule(t)]}>
          <Input autoComplete="email" inputMode="email" />
        </Form.Item>
        <NewPasswordFields name="adminPassword" label={L.adminPassword} />
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            {t('auth.signUp.submit')}
          </Button>
        </Form.Item>
      </Form>
    </PublicLayout>
  );
}
