import { useState } from 'react';
import { App as AntApp, Button, Input, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { AcknowledgeNoticeMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import type { NoticeReceiptFieldsFragment } from '../../gql/graphql';
import { MAX_REPLY, charCount } from './notices';

/**
 * 确认收到 with an optional short reply (at most 200 characters, counted as typed). Calls
 * `onDone` with the receipt the server now holds.
 */
export function AcknowledgeForm({ noticeId, onDone }: { noticeId: string; onDone: (receipt: NoticeReceiptFieldsFragment) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeNoticeMutation);
  const length = charCount(reply.trim());
  const tooLong = length > MAX_REPLY;

  const submit = async () => {
    if (tooLong) return;
    setError(null);
    const res = await acknowledge({ input: { noticeId, reply: reply.trim() || null } });
    const receipt = res.data?.acknowledgeNotice.notice.myReceipt;
    if (res.error || !receipt) {
      const info = describeError(res.error, t);
      setError(info ? (Object.values(info.fields)[0] ?? errorText(info)) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('notices.ack.done'));
    onDone(receipt);
  };

  return (
    <section className="tx-notice-ack" aria-labelledby="notice-ack-title" data-testid="notice-ack">
      <Typography.Title level={4} id="notice-ack-title" className="tx-notice-section-title">
        {t('notices.ack.title')}
      </Typography.Title>
      <Input.TextArea
        value={reply}
        onChange={(e) => setReply(e.target.value)}
        autoSize={{ minRows: 2, maxRows: 5 }}
        placeholder={t('notices.ack.replyPlaceholder')}
        aria-label={t('notices.ack.reply')}
        aria-describedby="notice-ack-count"
        status={tooLong || error ? 'error' : undefined}
      />
      <div className="tx-notice-ack-foot">
        <Typography.Text type={tooLong ? 'danger' : 'secondary'} id="notice-ack-count" data-testid="ack-count">
          {t('notices.ack.count', { count: length, max: MAX_REPLY })}
        </Typography.Text>
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={submit} loading={fetching} disabled={tooLong}>
          {t('notices.ack.submit')}
        </Button>
      </div>
      {error && (
        <Typography.Text type="danger" role="alert">
          {error}
        </Typography.Text>
      )}
    </section>
  );
}
