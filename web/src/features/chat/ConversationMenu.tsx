import { useState, type ReactNode } from 'react';
import { App as AntApp, Button, Dropdown, Form, Input, Modal, Switch, type MenuProps } from 'antd';
import { EditOutlined, MoreOutlined, NotificationOutlined, SearchOutlined, SoundOutlined, TeamOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { UpdateConversationMutation } from './operations';
import { applyFieldErrors, describeError, serverErrorText, type AppErrorInfo } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { MAX_GROUP_TITLE, MAX_NOTICE, type Conversation } from './chat';

type Editing = 'notice' | 'rename' | null;

interface DialogProps {
  conversation: Conversation;
  onClose: () => void;
  onUpdated: (c: Conversation) => void;
}

type Field = 'pinnedNotice' | 'title';

/**
 * Changes one text of the conversation (`field`): the server's field messages go on the field,
 * anything else above it; `saved` says what came of it.
 */
function FieldDialog({
  conversation,
  field,
  title,
  initialValue,
  saved,
  reportForbidden = false,
  onClose,
  onUpdated,
  children,
}: DialogProps & {
  field: Field;
  title: string;
  initialValue: string;
  saved: (value: string) => string;
  /** A FORBIDDEN refusal is also said in a message. */
  reportForbidden?: boolean;
  /** The form item named `field`. */
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Partial<Record<Field, string>>>();
  const [{ fetching }, update] = useMutation(UpdateConversationMutation);
  const [error, setError] = useState<AppErrorInfo | null>(null);
  const submit = async () => {
    const value = ((await form.validateFields())[field] ?? '').trim();
    const res = await update({ input: { conversationId: conversation.id, ...(field === 'title' ? { title: value } : { pinnedNotice: value }) } });
    if (res.error || !res.data) {
      const info = describeError(res.error, t);
      const left = info ? applyFieldErrors(form, info.fields, [field]) : {};
      setError(info && (info.code !== 'VALIDATION' || Object.keys(left).length > 0 || Object.keys(info.fields).length === 0) ? info : null);
      if (reportForbidden && info?.code === 'FORBIDDEN') void message.error(serverErrorText(res.error, t) ?? info.message);
      return;
    }
    onUpdated(res.data.updateConversation);
    void message.success(saved(value));
    onClose();
  };
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
    >
      <FormError error={error} />
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ [field]: initialValue }}>
        {children}
      </Form>
    </Modal>
  );
}

/** 群公告 (admins): up to 2000 characters; an empty text removes it. */
function NoticeDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <FieldDialog
      {...props}
      field="pinnedNotice"
      title={t('chat.noticeEdit.title')}
      initialValue={props.conversation.pinnedNotice ?? ''}
      saved={(notice) => (notice ? t('chat.noticeEdit.saved') : t('chat.noticeEdit.cleared'))}
      reportForbidden
    >
      <Form.Item
        name="pinnedNotice"
        label={t('chat.noticeEdit.label')}
        extra={t('chat.noticeEdit.hint')}
        rules={[{ max: MAX_NOTICE, message: t('chat.noticeEdit.tooLong', { max: MAX_NOTICE }) }]}
      >
        <Input.TextArea rows={6} maxLength={MAX_NOTICE} showCount placeholder={t('chat.noticeEdit.placeholder')} />
      </Form.Item>
    </FieldDialog>
  );
}

/** 修改群名称 (admins of custom groups): 1–100 characters. */
function RenameDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <FieldDialog {...props} field="title" title={t('chat.renameDialog.title')} initialValue={props.conversation.title} saved={() => t('chat.renameDialog.saved')}>
      <Form.Item
        name="title"
        label={t('chat.renameDialog.label')}
        rules={[
          { required: true, whitespace: true, message: t('chat.renameDialog.required') },
          { max: MAX_GROUP_TITLE, message: t('chat.renameDialog.tooLong', { max: MAX_GROUP_TITLE }) },
        ]}
      >
        <Input maxLength={MAX_GROUP_TITLE} />
      </Form.Item>
    </FieldDialog>
  );
}

interface Props {
  conversation: Conversation | null;
  onMembers: () => void;
  onSearch: () => void;
  onUpdated: (c: Conversation) => void;
}

/**
 * The conversation header's menu: 群成员, 群公告 and 仅管理员发言 (admins), 修改群名称 (admins of
 * custom groups), 搜索聊天记录. A direct chat has only the search.
 */
export function ConversationMenu({ conversation: c, onMembers, onSearch, onUpdated }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const [, update] = useMutation(UpdateConversationMutation);
  const group = !!c && c.kind !== 'DIRECT';
  const admin = !!c?.viewerIsAdmin;

  const toggleBroadcast = async () => {
    if (!c) return;
    const next = !c.broadcastOnly;
    const res = await update({ input: { conversationId: c.id, broadcastOnly: next } });
    if (res.error || !res.data) {
      void message.error(serverErrorText(res.error, t) ?? t('errors.UNKNOWN'));
      return;
    }
    onUpdated(res.data.updateConversation);
    void message.success(next ? t('chat.menu.broadcastOn') : t('chat.menu.broadcastOff'));
  };

  const items: MenuProps['items'] = [
    ...(group ? [{ key: 'members', icon: <TeamOutlined aria-hidden />, label: t('chat.menu.members') }] : []),
    ...(group && admin ? [{ key: 'notice', icon: <NotificationOutlined aria-hidden />, label: t('chat.menu.notice') }] : []),
    ...(group && admin
      ? [
          {
            key: 'broadcast',
            icon: <SoundOutlined aria-hidden />,
            label: (
              <span className="tx-menu-switch">
                {t('chat.menu.broadcastOnly')}
                <Switch size="small" checked={!!c?.broadcastOnly} tabIndex={-1} aria-hidden />
              </span>
            ),
          },
        ]
      : []),
    ...(c?.kind === 'GROUP' && admin ? [{ key: 'rename', icon: <EditOutlined aria-hidden />, label: t('chat.menu.rename') }] : []),
    { key: 'search', icon: <SearchOutlined aria-hidden />, label: t('chat.menu.search') },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'members') onMembers();
    else if (key === 'notice') setEditing('notice');
    else if (key === 'rename') setEditing('rename');
    else if (key === 'broadcast') void toggleBroadcast();
    else if (key === 'search') onSearch();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button type="text" icon={<MoreOutlined aria-hidden />} aria-label={t('chat.menu.label')} data-testid="conversation-menu" />
      </Dropdown>
      {c && editing === 'notice' && <NoticeDialog conversation={c} onClose={() => setEditing(null)} onUpdated={onUpdated} />}
      {c && editing === 'rename' && <RenameDialog conversation={c} onClose={() => setEditing(null)} onUpdated={onUpdated} />}
    </>
  );
}
