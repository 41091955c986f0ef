import { useState, type ComponentProps } from 'react';
import { Button, Form, Input, QRCode, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BeginTotpEnrolmentMutation, ConfirmTotpEnrolmentMutation } from './operations';
import { FormError } from '../../components/FormError';
import { required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import { RecoveryCodes } from './RecoveryCodes';

const CODE_FIELDS = ['code'] as const;

/** A TOTP code input: six digits, the phone's keypad, one-time-code autofill. */
export function CodeInput(props: ComponentProps<typeof Input>) {
  return <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} {...props} />;
}

/**
 * Setting up an authenticator: begin (a secret, shown as a QR code and as text), confirm with
 * a code, then the ten recovery codes once. `onDone` runs after the codes are put away.
 */
export function TotpEnrolment({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const begin = useFormMutation(BeginTotpEnrolmentMutation, null, []);
  const confirm = useFormMutation(ConfirmTotpEnrolmentMutation, form, CODE_FIELDS);
  const [secret, setSecret] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);

  const start = async () => {
    const { data } = await begin.submit({});
    if (data) setSecret(data.beginTotpEnrolment);
  };

  const onConfirm = async (v: { code: string }) => {
    const { data } = await confirm.submit({ input: { code: v.code.trim() } });
    if (data) setCodes(data.confirmTotpEnrolment);
  };

  if (codes) return <RecoveryCodes codes={codes} onDone={onDone} />;

  if (!secret) {
    return (
      <div data-testid="totp-start">
        <FormError error={begin.error} />
        <Typography.Paragraph type="secondary">{t('secondFactor.enrol.intro')}</Typography.Paragraph>
        <Space wrap>
          <Button type="primary" loading={begin.fetching} onClick={() => void start()}>
            {t('secondFactor.enrol.start')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        </Space>
      </div>
    );
  }

  return (
    <div data-testid="totp-enrol">
      <Typography.Paragraph>{t('secondFactor.enrol.scan')}</Typography.Paragraph>
      <QRCode value={secret.otpauthUri} size={176} bordered={false} aria-label={t('secondFactor.enrol.qr')} />
      <Typography.Paragraph style={{ marginTop: 12 }}>
        {t('secondFactor.enrol.manual')}
        <br />
        <Typography.Text code copyable className="tx-mono" data-testid="totp-secret" style={{ wordBreak: 'break-all' }}>
          {secret.secret}
        </Typography.Text>
      </Typography.Paragraph>
      <FormError error={confirm.error} extra={confirm.leftovers} />
      <Form<{ code: string }> name="totpConfirm" form={form} layout="vertical" requiredMark={false} onFinish={onConfirm} noValidate>
        <Form.Item name="code" label={t('secondFactor.fields.code')} rules={[required(t, t('secondFactor.fields.code'))]}>
          <CodeInput style={{ maxWidth: 200 }} />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit" loading={confirm.fetching}>
            {t('secondFactor.enrol.confirm')}
          </Button>
          {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
        </Space>
      </Form>
    </div>
  );
}
