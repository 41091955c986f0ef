import { useEffect } from 'react';
import { App as AntApp, Descriptions, Form, Input, Modal, type ButtonProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { DecideJoinApplicationMutation } from '../../api/operations';
import { FormError } from '../../components/FormError';
import { MAX_JOIN_NOTE, type JoinApplication } from '../../lib/joining';
import { maxLen } from '../../lib/rules';
import { useFormMutation } from '../../lib/useFormMutation';

export interface JoinDecision {
  application: JoinApplication;
  approve: boolean;
}

/** 批准 / 不批准 an application, asked first with an optional note; approval places the member. */
export function DecideApplicationDialog({ decision, onClose, onDone }: { decision: JoinDecision | null; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const decide = useFormMutation(DecideJoinApplicationMutation, form, ['note']);
  useEffect(() => {
    if (decision) {
      decide.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decision]);

  const a = decision?.application;
  const approve = decision?.approve ?? true;
  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !a) return;
    const note = (v.note ?? '').trim();
    const { data } = await decide.submit({ input: { applicationId: a.id, approve, note: note || null } });
    if (!data) return;
    message.success(t(approve ? 'joining.decide.approved' : 'joining.decide.refused', { name: a.memberName }));
    onDone();
  };

  return (
    <Modal
      open={!!decision}
      title={a ? t(approve ? 'joining.decide.approveTitle' : 'joining.decide.refuseTitle', { name: a.memberName }) : ''}
      okText={t(approve ? 'joining.decide.approve' : 'joining.decide.refuse')}
      okButtonProps={{ danger: !approve, 'data-testid': 'join-decide-ok' } as ButtonProps}
      cancelText={t('common.cancel')}
      onOk={onOk}
      onCancel={onClose}
      confirmLoading={decide.fetching}
      forceRender
    >
      {a && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'member', label: t('joining.fields.applicant'), children: a.memberName },
            { key: 'line', label: t('joining.fields.line'), children: t(`joining.lines.${a.line}`) },
            { key: 'org', label: t('joining.fields.org'), children: a.orgName },
            ...(a.note ? [{ key: 'note', label: t('joining.fields.note'), children: a.note }] : []),
          ]}
        />
      )}
      <FormError error={decide.error} extra={decide.leftovers} />
      <Form name="join-decide" form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="note" label={t('joining.decide.note')} rules={[maxLen(t, MAX_JOIN_NOTE)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={MAX_JOIN_NOTE} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
