import { useNavigate, useParams } from 'react-router';
import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AcceptInvitationMutation } from './operations';
import { useResetClient } from '../../api/ClientProvider';
import { FormError } from '../../components/FormError';
import { PublicLayout } from '../../components/PublicLayout';
import { maxLen, required, sameAs } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

interface Values {
  name?: string;
  password: string;
  confirmPassword: string;
}

const FIELDS = ['name', 'password'] as const;

export default function AcceptInvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const resetClient = useResetClient();
  const { submit, fetching, error, leftovers } = useFormMutation(AcceptInvitationMutation, form, FIELDS);

  const onFinish = async (v: Values) => {
    const { data } = await submit({
      input: { token, password: v.password, name: v.name?.trim() || null },
    });
    if (data) {
      resetClient();
      navigate('/', { replace: true });
    }
  };

  return (
    <PublicLayout title={t('auth.invite.title')}>
      <Typography.Paragraph>{t('auth.invite.intro')}</Typography.Paragraph>
      <FormError error={error} extra={leftovers} />
      <Form<Values> name="acceptInvitation" form={form} layout="vertical" onFinish={onFinish} requiredMark={false} noValidate>
        <Form.Item name="name" label={t('auth.fields.nameOptional')} extra={t('auth.invite.nameHelp')} rules={[maxLen(t, 50)]}>
          <Input autoComplete="name" autoFocus />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('auth.fields.password')}
          extra={t('auth.invite.passwordHelp')}
          rules={[required(t, t('auth.fields.password'))]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('auth.fields.confirmPassword')}
          dependencies={['password']}
          rules={[required(t, t('auth.fields.confirmPassword')), sameAs(t, 'password')]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            {t('auth.invite.submit')}
          </Button>
        </Form.Item>
      </Form>
    </PublicLayout>
  );
}
