import { useState, type ReactNode } from 'react';
import { Button, Empty, Form, Input, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportMessageFieldsFragment } from '../../gql/graphql';
import type { AppErrorInfo } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../lib/format';
import { maxLen, required } from '../../lib/formRules';
import { MAX_MESSAGE } from './reports';

/**
 * The messages between the reporter and the handlers, oldest first. `side` is who reads: the
 * reporter sees 纪检人员 and 我; a handler sees each handler's name and 检举控告人 (the name, for a
 * real-name report).
 */
export function Conversation({
  messages,
  side,
  reporterName,
}: {
  messages: ReportMessageFieldsFragment[];
  side: 'reporter' | 'handler';
  reporterName?: string | null;
}) {
  const { t } = useTranslation();
  if (messages.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.conversation.empty')} />;
  const who = (m: ReportMessageFieldsFragment) => {
    if (side === 'reporter') return m.author === 'HANDLER' ? t('reports.conversation.handler') : t('reports.conversation.me');
    if (m.author === 'HANDLER') return m.handlerName ?? t('reports.conversation.handler');
    return reporterName ?? t('reports.conversation.reporter');
  };
  const mine = (m: ReportMessageFieldsFragment) => (side === 'reporter' ? m.author === 'REPORTER' : m.author === 'HANDLER');
  return (
    <ol className="tx-report-messages" aria-label={t('reports.conversation.title')}>
      {messages.map((m) => (
        <li
          key={m.id}
          className={`tx-report-message${mine(m) ? ' tx-report-message-mine' : ''}`}
          data-testid="report-message"
          data-author={m.author}
        >
          <div className="tx-report-message-head">
            <Tag color={m.author === 'HANDLER' ? 'red' : 'blue'}>{who(m)}</Tag>
            <Typography.Text type="secondary">{formatDateTime(m.createdAt)}</Typography.Text>
          </div>
          <div className="tx-report-message-body">{m.body}</div>
        </li>
      ))}
    </ol>
  );
}

/**
 * A message form (回复 / 补充材料): `onSend` gets the trimmed text and says whether it went (the
 * form is then cleared). `extra` goes between the text and the button (a checkbox).
 */
export function MessageForm({
  name,
  label,
  submitText,
  fetching,
  error,
  leftovers,
  extra,
  onSend,
}: {
  name: string;
  label: string;
  submitText: string;
  fetching: boolean;
  error: AppErrorInfo | null;
  leftovers?: Record<string, string>;
  extra?: ReactNode;
  onSend: (body: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string }>();
  const [sending, setSending] = useState(false);
  const send = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setSending(true);
    try {
      if (await onSend(v.body.trim())) form.resetFields();
    } finally {
      setSending(false);
    }
  };
  return (
    <Form form={form} layout="vertical" name={name} requiredMark={false} style={{ marginTop: 12 }}>
      <FormError error={error} extra={leftovers} />
      <Form.Item name="body" label={label} rules={[required(t, label), maxLen(t, MAX_MESSAGE)]}>
        <Input.TextArea rows={3} maxLength={MAX_MESSAGE} showCount />
      </Form.Item>
      {extra}
      <Button type="primary" loading={fetching || sending} onClick={() => void send()}>
        {submitText}
      </Button>
    </Form>
  );
}
