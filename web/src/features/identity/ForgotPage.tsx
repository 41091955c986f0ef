import { useState } from 'react';
import { Link } from 'react-router';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestPasswordResetMutation } from './operations';
import { FormError } from '../../components/FormError';
import { PublicLayout } from '../../components/PublicLayout';
import { emailRule, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['email'] as const;

export default function ForgotPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ email: string }>();
  const [sent, setSent] = useState(false);
  const { submit, fetching, error, leftovers } = useFormMutation(RequestPasswordResetMutation, form, FIELDS);

  return (
    <PublicLayout title={t('auth.forgot.title')} footer={<Link to="/login">{t('auth.backToLogin')}</Link>}>
      {sent ? (
        <Result status="success" title={t('auth.forgot.sentTitle')} subTitle={t('auth.forgot.sent')} />
      ) : (
        <>
          <FormError error={error} extra={leftovers} />
          <Form
            name="forgot"
            form={form}
            layout="vertical"
            requiredMark={false}
            noValidate
            onFinish={async (v) => {
              const { data } = await submit({ input: { email: v.email.trim() } });
              if (data) setSent(true);
            }}
          >
            <Form.Item
              name="email"
              label={t('auth.fields.email')}
              extra={t('auth.forgot.help')}
              rules={[required(t, t('auth.fields.email')), emailRule(t)]}
            >
              <Input autoComplete="email" inputMode="email" autoFocus />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={fetching}>
              {t('auth.forgot.submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicLayout>
  );
}
