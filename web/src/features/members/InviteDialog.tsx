import { useEffect, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InviteMemberMutation } from './operations';
import { CopyField } from '../../components/CopyField';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { formatDateTime } from '../../lib/format';
import type { Org } from '../../lib/orgs';
import { emailRule, maxLen, required, requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

interface Values {
  email: string;
  name: string;
  organizationId: string;
}

const FIELDS = ['email', 'name', 'organizationId'] as const;

/** Invites a person into a unit, then shows the link to share (once). */
export function InviteDialog({ open, orgs, onClose }: { open: boolean; orgs: Org[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(InviteMemberMutation, form, FIELDS);
  const [result, setResult] = useState<{ url: string; email: string; expiresAt: string } | null>(null);

  useEffect(() => {
    if (open) {
      clear();
      setResult(null);
      form.resetFields();
    }
  }, [open, form, clear]);

  const onOk = async () => {
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await submit({
      input: { email: v.email.trim(), name: v.name.trim(), organizationId: v.organizationId },
    });
    if (data) {
      setResult({
        url: data.inviteMember.invitationUrl,
        email: data.inviteMember.invitation.email,
        expiresAt: data.inviteMember.invitation.expiresAt,
      });
    }
  };

  return (
    <Modal
      open={open}
      title={t('members.invite.title')}
      onCancel={onClose}
      forceRender
      footer={
        result
          ? [
              <Button key="done" type="primary" onClick={onClose}>
                {t('common.done')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" loading={fetching} onClick={onOk}>
                {t('members.invite.submit')}
              </Button>,
            ]
      }
    >
      {result ? (
        <div data-testid="invitation-result">
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 16 }}
            title={t('members.invite.created', { email: result.email })}
            description={t('members.invite.expires', { date: formatDateTime(result.expiresAt) })}
          />
          <Typography.Paragraph>{t('members.invite.shareLink')}</Typography.Paragraph>
          <CopyField value={result.url} label={t('members.invite.link')} testId="invitation-url" />
        </div>
      ) : (
        <>
          <FormError error={error} extra={leftovers} />
          <Form name="invite" form={form} layout="vertical" requiredMark={false}>
            <Form.Item name="name" label={t('members.fields.name')} rules={[required(t, t('members.fields.name')), maxLen(t, 50)]}>
              <Input autoFocus />
            </Form.Item>
            <Form.Item name="email" label={t('members.fields.email')} rules={[required(t, t('members.fields.email')), emailRule(t)]}>
              <Input inputMode="email" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="organizationId"
              label={t('members.invite.organization')}
              rules={[requiredSelect(t, t('members.invite.organization'))]}
            >
              <OrgTreeSelect orgs={orgs} />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
