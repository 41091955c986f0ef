import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { DisableTotpMutation, RegenerateRecoveryCodesMutation, SecondFactorStatusQuery } from './operations';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../lib/format';
import { required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { CodeInput, TotpEnrolment } from './TotpEnrolment';
import { RecoveryCodes } from './RecoveryCodes';

type Mode = 'view' | 'enrol' | 'disable' | 'regenerate';

const DISABLE_FIELDS = ['password', 'code'] as const;
const CODE_FIELDS = ['code'] as const;

/** 两步验证 on the security page: status, enrolment, disabling and new recovery codes. */
export function SecondFactorCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data, error }, refetch] = useQuery({ query: SecondFactorStatusQuery });
  const [mode, setMode] = useState<Mode>('view');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [disableForm] = Form.useForm<{ password: string; code: string }>();
  const [regenForm] = Form.useForm<{ code: string }>();
  const disable = useFormMutation(DisableTotpMutation, disableForm, DISABLE_FIELDS);
  const regen = useFormMutation(RegenerateRecoveryCodesMutation, regenForm, CODE_FIELDS);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const status = data?.viewer.secondFactor;

  const onDisable = async (v: { password: string; code: string }) => {
    const { data: ok } = await disable.submit({ input: { password: v.password, code: v.code.trim() } });
    if (ok) {
      disableForm.resetFields();
      message.success(t('secondFactor.disabled'));
      setMode('view');
      reload();
    }
  };

  const onRegenerate = async (v: { code: string }) => {
    const { data: ok } = await regen.submit({ input: { code: v.code.trim() } });
    if (ok) {
      regenForm.resetFields();
      setCodes(ok.regenerateRecoveryCodes);
      setMode('view');
      reload();
    }
  };

  const body = () => {
    if (!status) return error ? <FormError error={{ code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} }} /> : null;
    if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
    if (mode === 'enrol')
      return (
        <TotpEnrolment
          onDone={() => {
            setMode('view');
            reload();
          }}
          onCancel={() => setMode('view')}
        />
      );
    if (mode === 'disable')
      return (
        <>
          <FormError error={disable.error} extra={disable.leftovers} />
          <Form name="totpDisable" form={disableForm} layout="vertical" requiredMark={false} onFinish={onDisable} noValidate>
            <Form.Item name="password" label={t('auth.fields.password')} rules={[required(t, t('auth.fields.password'))]}>
              <Input.Password autoComplete="current-password" />
            </Form.Item>
            <Form.Item name="code" label={t('secondFactor.fields.code')} rules={[required(t, t('secondFactor.fields.code'))]}>
              <CodeInput style={{ maxWidth: 200 }} />
            </Form.Item>
            <Space wrap>
              <Button danger htmlType="submit" loading={disable.fetching}>
                {t('secondFactor.disable')}
              </Button>
              <Button onClick={() => setMode('view')}>{t('common.cancel')}</Button>
            </Space>
          </Form>
        </>
      );
    if (mode === 'regenerate')
      return (
        <>
          <Typography.Paragraph type="secondary">{t('secondFactor.regenerateHelp')}</Typography.Paragraph>
          <FormError error={regen.error} extra={regen.leftovers} />
          <Form name="totpRegenerate" form={regenForm} layout="vertical" requiredMark={false} onFinish={onRegenerate} noValidate>
            <Form.Item name="code" label={t('secondFactor.fields.code')} rules={[required(t, t('secondFactor.fields.code'))]}>
              <CodeInput style={{ maxWidth: 200 }} />
            </Form.Item>
            <Space wrap>
              <Button type="primary" htmlType="submit" loading={regen.fetching}>
                {t('secondFactor.regenerate')}
              </Button>
              <Button onClick={() => setMode('view')}>{t('common.cancel')}</Button>
            </Space>
          </Form>
        </>
      );
    return status.enabled ? (
      <>
        <Typography.Paragraph>
          <Tag color="green">{t('secondFactor.on')}</Tag>
          {status.enabledAt && t('secondFactor.since', { when: formatDateTime(status.enabledAt) })}
        </Typography.Paragraph>
        <Typography.Paragraph type={status.recoveryCodesLeft <= 2 ? 'warning' : 'secondary'}>
          {t('secondFactor.codesLeft', { count: status.recoveryCodesLeft })}
        </Typography.Paragraph>
        {status.required && <Alert type="info" showIcon title={t('secondFactor.requiredByPolicy')} style={{ marginBottom: 12 }} />}
        <Space wrap>
          <Button onClick={() => setMode('regenerate')}>{t('secondFactor.regenerate')}</Button>
          {!status.required && (
            <Button danger onClick={() => setMode('disable')}>
              {t('secondFactor.disable')}
            </Button>
          )}
        </Space>
      </>
    ) : (
      <>
        <Typography.Paragraph>
          <Tag>{t('secondFactor.off')}</Tag>
          {t('secondFactor.offHelp')}
        </Typography.Paragraph>
        <Button type="primary" onClick={() => setMode('enrol')}>
          {t('secondFactor.enable')}
        </Button>
      </>
    );
  };

  return (
    <Card title={t('secondFactor.title')} style={{ maxWidth: 520 }} data-testid="second-factor">
      {body()}
    </Card>
  );
}
