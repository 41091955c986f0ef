import { useEffect } from 'react';
import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WithdrawNoticeMutation } from './operations';
import { FormDialog } from '../../components/FormDialog';
import { MAX_REASON } from './notices';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['reason'] as const;

/**
 * 撤回, asked first. A published notice needs a reason (its recipients see it in place of the
 * notice); one scheduled or awaiting review goes back to being a draft, a reason optional.
 */
export function WithdrawDialog({
  notice,
  onClose,
  onDone,
}: {
  notice: { id: string; title: string; status: string; recipientCount: number } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const published = notice?.status === 'PUBLISHED';
  const withdraw = useFormMutation(WithdrawNoticeMutation, form, FIELDS);
  useEffect(() => {
    if (notice) {
      withdraw.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice?.id]);

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !notice) return;
    const { data } = await withdraw.submit({ input: { noticeId: notice.id, reason: (v.reason ?? '').trim() || null } });
    if (data) onDone();
  };

  return (
    <FormDialog
      open={!!notice}
      title={t('notices.withdraw.title', { title: notice?.title ?? '' })}
      okText={t('notices.withdraw.confirm')}
      okButtonProps={{ danger: true }}
      onOk={onOk}
      onClose={onClose}
      fetching={withdraw.fetching}
      intro={
        <>
          <Typography.Paragraph>
            {published ? t('notices.withdraw.body', { count: notice?.recipientCount ?? 0 }) : t('notices.withdraw.toDraft')}
          </Typography.Paragraph>
        </>
      }
      error={withdraw.error}
      leftovers={withdraw.leftovers}
      form={form}
      name="withdraw"
    >
      <Form.Item
        name="reason"
        label={published ? t('notices.withdraw.reason') : t('notices.withdraw.reasonOptional')}
        rules={published ? [required(t, t('notices.withdraw.reason')), maxLen(t, MAX_REASON)] : [maxLen(t, MAX_REASON)]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_REASON} showCount />
      </Form.Item>
    </FormDialog>
  );
}
