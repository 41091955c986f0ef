import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button, Form, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ResetPasswordMutation } from './operations';
import { FormError } from '../../components/FormError';
import { PublicLayout } from '../../components/PublicLayout';
import { useFormMutation } from '../../lib/useFormMutation';
import { NewPasswordFields } from './NewPasswordFields';

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
            <NewPasswordFields name="newPassword" label={t('auth.fields.newPassword')} autoFocus />
            <Button type="primary" htmlType="submit" block loading={fetching}>
              {t('auth.reset.submit')}
            </Button>
          </Form>
        </>
      )}
    </PublicLayout>
  );
}
