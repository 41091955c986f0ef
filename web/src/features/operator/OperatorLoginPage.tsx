import { useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { OperatorLogInMutation } from './operations';
import { applyFieldErrors, describeError, serverErrorText } from '../../api/errors';
import { useOperatorSession } from './OperatorSession';
import { PublicLayout } from '../../components/PublicLayout';
import { emailRule, required } from '../../lib/formRules';
import { CodeInput } from '../secondFactor/TotpEnrolment';

interface Values {
  email: string;
  password: string;
  totpCode: string;
}

const FIELDS = ['email', 'password', 'totpCode'] as const;

/** /operator/login: platform operators only (not tenant members); the token goes to the operator session. */
export default function OperatorLoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const { token, logIn } = useOperatorSession();
  const [{ fetching }, exec] = useMutation(OperatorLogInMutation);
  const [problem, setProblem] = useState<string | null>(null);

  if (token) return <Navigate to="/operator" replace />;

  const submit = async (v: Values) => {
    setProblem(null);
    const res = await exec({ input: { email: v.email.trim(), password: v.password, totpCode: v.totpCode.trim() } });
    const newToken = res.data?.operatorLogIn;
    if (newToken) {
      logIn(newToken);
      navigate('/operator', { replace: true });
      return;
    }
    const info = describeError(res.error, t);
    const left = info ? applyFieldErrors(form, info.fields, FIELDS) : {};
    const placedAll =
      (info?.code === 'VALIDATION' || info?.code === 'SECOND_FACTOR_REQUIRED') &&
      Object.keys(info.fields).length > 0 &&
      Object.keys(left).length === 0;
    if (!placedAll) setProblem(serverErrorText(res.error, t) ?? t('errors.UNKNOWN'));
  };

  return (
    <PublicLayout
      title={t('operator.login.title')}
      footer={<Link to="/login">{t('operator.login.tenantLogin')}</Link>}
    >
      <Typography.Paragraph type="secondary">{t('operator.login.intro')}</Typography.Paragraph>
      {problem && <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} title={problem} />}
      <Form<Values> name="operatorLogin" form={form} layout="vertical" onFinish={submit} requiredMark={false} noValidate>
        <Form.Item
          name="email"
          label={t('auth.fields.email')}
          rules={[required(t, t('auth.fields.email')), emailRule(t)]}
        >
          <Input autoComplete="username" autoFocus inputMode="email" />
        </Form.Item>
        <Form.Item name="password" label={t('auth.fields.password')} rules={[required(t, t('auth.fields.password'))]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="totpCode"
          label={t('secondFactor.fields.code')}
          extra={t('secondFactor.login.operatorHelp')}
          rules={[required(t, t('secondFactor.fields.code'))]}
        >
          <CodeInput />
        </Form.Item>
        <Form.Item style={{ marginBottom: 0 }}>
          <Button type="primary" htmlType="submit" block loading={fetching}>
            {t('operator.login.submit')}
          </Button>
        </Form.Item>
      </Form>
    </PublicLayout>
  );
}
