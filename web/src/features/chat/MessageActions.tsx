import { useState } from 'react';
import { App as AntApp, Button, Dropdown, Form, Input, Modal, Popconfirm, type MenuProps } from 'antd';
import { CopyOutlined, EllipsisOutlined, FlagOutlined, UndoOutlined } from '@ant-design/icons';
import { useMutation, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { ReportMessageMutation } from './operations';
import { serverErrorText } from '../../api/errors';
import { copyText } from '../../components/CopyField';
import { MAX_REPORT_REASON, canRecall, type ChatMessage } from './chat';

interface ReportProps {
  open: boolean;
  conversationId: string;
  seq: number;
  /** The message's id: the report also goes to the org's moderation queue (内容管理). */
  messageId: string;
  onClose: () => void;
}

/** 举报: why (1–500 characters), to the conversation's admins and the org's moderation queue. */
export function ReportDialog({ open, conversationId, seq, messageId, onClose }: ReportProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [{ fetching }, report] = useMutation(ReportMessageMutation);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const { reason } = await form.validateFields();
    setError(null);
    const res = await report({
      input: { conversationId, seq, reason: reason.trim() },
      content: { kind: 'CHAT_MESSAGE', id: messageId, reason: reason.trim() },
    });
    if (res.error || !res.data) {
      setError(serverErrorText(res.error, t) ?? t('errors.UNKNOWN'));
      return;
    }
    void message.success(t('chat.report.done'));
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={t('chat.report.title')}
      okText={t('chat.report.submit')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={() => {
        setError(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('chat.report.reason')}
          rules={[
            { required: true, whitespace: true, message: t('chat.report.required') },
            { max: MAX_REPORT_REASON, message: t('chat.report.tooLong', { max: MAX_REPORT_REASON }) },
          ]}
          validateStatus={error ? 'error' : undefined}
          help={error ?? undefined}
        >
          <Input.TextArea rows={4} maxLength={MAX_REPORT_REASON} showCount placeholder={t('chat.report.placeholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export interface MessageActionsProps {
  message: ChatMessage;
  conversationId: string;
  viewerId: string | null | undefined;
  viewerIsAdmin: boolean;
  /** Recalls; resolves to the server's refusal, if any. */
  onRecall: (seq: number) => Promise<CombinedError | null>;
}

/**
 * 更多 on a message: 复制 (the text), 撤回 (the sender within 2 minutes, admins always; asked
 * first), 举报 (others' messages, with a reason). One button, so it fits a phone's width.
 */
export function MessageActions({ message: m, conversationId, viewerId, viewerIsAdmin, onRecall }: MessageActionsProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [now, setNow] = useState(() => Date.now());
  const [confirming, setConfirming] = useState(false);
  const [recalling, setRecalling] = useState(false);
  const [reporting, setReporting] = useState(false);
  const own = !!viewerId && m.author.id === viewerId;
  const recallable = canRecall(m, { viewerId, viewerIsAdmin, now });

  const items: MenuProps['items'] = [
    ...(m.body ? [{ key: 'copy', icon: <CopyOutlined aria-hidden />, label: t('chat.actions.copy') }] : []),
    ...(recallable ? [{ key: 'recall', icon: <UndoOutlined aria-hidden />, label: t('chat.recall.action') }] : []),
    ...(!own ? [{ key: 'report', icon: <FlagOutlined aria-hidden />, label: t('chat.actions.report') }] : []),
  ];
  if (items.length === 0) return null;

  const onClick: MenuProps['onClick'] = async ({ key }) => {
    if (key === 'copy') {
      if (await copyText(m.body)) void message.success(t('chat.actions.copied'));
      else void message.error(t('chat.actions.copyFailed'));
    } else if (key === 'recall') {
      setConfirming(true);
    } else if (key === 'report') {
      setReporting(true);
    }
  };

  const recall = async () => {
    setRecalling(true);
    const error = await onRecall(m.seq);
    setRecalling(false);
    setConfirming(false);
    if (error) void message.error(serverErrorText(error, t) ?? t('errors.UNKNOWN'));
  };

  return (
    <>
      <Popconfirm
        open={confirming}
        title={t('chat.recall.confirm')}
        description={t('chat.recall.confirmHint')}
        okText={t('chat.recall.action')}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: recalling, danger: true }}
        onConfirm={() => recall()}
        onCancel={() => setConfirming(false)}
        onOpenChange={(open) => {
          if (!open) setConfirming(false);
        }}
        trigger={[]}
      >
        <span>
          <Dropdown
            menu={{ items, onClick: (info) => void onClick(info) }}
            trigger={['click']}
            placement="bottomRight"
            onOpenChange={(open) => {
              if (open) setNow(Date.now());
            }}
          >
            <Button size="small" type="text" icon={<EllipsisOutlined aria-hidden />} aria-label={t('chat.actions.more')} data-testid="message-more" />
          </Dropdown>
        </span>
      </Popconfirm>
      {reporting && <ReportDialog open={reporting} conversationId={conversationId} seq={m.seq} messageId={m.id} onClose={() => setReporting(false)} />}
    </>
  );
}
