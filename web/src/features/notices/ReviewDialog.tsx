import { useEffect, useState } from 'react';
import { Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ReviewNoticeMutation } from './operations';
import { FormError } from '../../components/FormError';
import { MAX_REASON, noticePath } from './notices';
import { maxLen } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

const FIELDS = ['note'] as const;

/** 审核: approve (it goes out, or waits for its schedule) or return it to the author with a note. */
export function ReviewDialog({
  notice,
  onClose,
  onDone,
  linked = true,
}: {
  notice: { id: string; title: string; author: { name: string } } | null;
  onClose: () => void;
  onDone: (approved: boolean) => void;
  /** Links the title to the notice (not on the notice's own page). */
  linked?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note?: string }>();
  const review = useFormMutation(ReviewNoticeMutation, form, FIELDS);
  const [deciding, setDeciding] = useState<boolean | null>(null);
  useEffect(() => {
    if (notice) {
      review.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice?.id]);

  const decide = async (approve: boolean) => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !notice) return;
    const note = v.note?.trim() || null;
    if (!approve && !note) {
      form.setFields([{ name: 'note', errors: [t('notices.review.noteRequired')] }]);
      return;
    }
    setDeciding(approve);
    const { data } = await review.submit({ input: { noticeId: notice.id, approve, note } });
    setDeciding(null);
    if (data) onDone(approve);
  };

  return (
    <Modal
      open={!!notice}
      title={t('notices.review.title')}
      onCancel={onClose}
      forceRender
      footer={[
        <Button key="cancel" onClick={onClose}>
          {t('common.cancel')}
        </Button>,
        <Button key="reject" danger loading={deciding === false} disabled={deciding === true} onClick={() => decide(false)}>
          {t('notices.review.reject')}
        </Button>,
        <Button key="approve" type="primary" loading={deciding === true} disabled={deciding === false} onClick={() => decide(true)}>
          {t('notices.review.approve')}
        </Button>,
      ]}
    >
      {notice && (
        <Typography.Paragraph>
          {t('notices.review.body', { name: notice.author.name })}{' '}
          {linked ? (
            <a href={noticePath(notice.id)} target="_blank" rel="noopener noreferrer">
              {notice.title}
            </a>
          ) : (
            <strong>{notice.title}</strong>
          )}
        </Typography.Paragraph>
      )}
      <FormError error={review.error} extra={review.leftovers} />
      <Form name="review" form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="note" label={t('notices.review.note')} extra={t('notices.review.noteHelp')} rules={[maxLen(t, MAX_REASON)]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={MAX_REASON} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
