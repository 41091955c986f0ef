import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { passwordRule, required, sameAs } from '../../lib/formRules';

/**
 * A new password (8–128 characters with letters and digits, said under it) named `name`, and the
 * same again (确认密码, `confirmPassword`).
 */
export function NewPasswordFields({ name, label, autoFocus }: { name: string; label: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const confirm = t('auth.fields.confirmPassword');
  return (
    <>
      <Form.Item name={name} label={label} extra={t('auth.passwordHelp')} rules={[required(t, label), passwordRule(t)]}>
        <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item name="confirmPassword" label={confirm} dependencies={[name]} rules={[required(t, confirm), sameAs(t, name)]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
