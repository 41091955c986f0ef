import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Form, Input, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResetPasswordMutation } from '../api/operations';
import { FormError } from '../components/FormError';
import { PublicLayout } from '../components/PublicLayout';
import { passwordRule, required, sameAs } from '../lib/rules';
import { useFormMutation } from '../lib/useFormMutation';

interface Values {
  newPassword: string;
  confirmPassword: string;
}

const FIELDS = ['newPassword'] as const;

export default function ResetPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const [done, setDone] = useState(false);
  const { submit, fetching, error, leftovers } = useFormMutation(ResetPasswordMutation, form, FIELDS);

  return (
    <PublicLayout title={t('auth.reset.title')} footer={<Link to="/login">{t('auth.backToLogin')}</Link>}>
      {done ? (
        <Result
          status="success"
          title={t('auth.reset.done')}
          extra={
            <Link to="/login">
              <Button type="primary">{t('auth.login.submit')}</Button>
            </Link>
          }
        />
      ) : (
        <>
          <FormError error={error} extra={leftovers} />
          <Form<Values>
            name="reset"
            form={form}
            layout="vertical"
            requiredMark={false}
            noValidate
            onFinish={async (v) => {
              const { data } = await submit({ input: { token, newPassword: v.newPassword } });
              if (data) setDone(true);
            }}
          >
            <Form.Item
              name="newPassword"
              label={t('auth.fields.newPassword')}
              extra={t('auth.passwordHelp')}
              rules={[required(t, t('auth.fields.newPassword')), passwordRule(t)]}
            >
              <Input.Password autoComplete="new-password" autoFocus />
            </Form.Item>
            <Form.Item
              name="confirmPassword"
              label={t('auth.fields.confirmPassword')}
              dependencies={['newPassword']}
              rules={[required(t, t('auth.fields.confirmPassword')), sameAs(t, 'newPassword')]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={fetching}>
              {t('auth.reset.submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicLayout>
  );
}
