import type { ReactNode } from 'react';
import { Form, Input, Modal, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateGroupMutation, OpenDirectConversationMutation } from './operations';
import { FormError } from '../../components/FormError';
import { MemberMultiPicker, MemberPicker } from '../../components/MemberPicker';
import type { AppErrorInfo } from '../../api/errors';
import { useFormMutation } from '../../lib/useFormMutation';
import { MAX_GROUP_TITLE, type Conversation } from './chat';

interface Props {
  open: boolean;
  viewerId: string | null | undefined;
  onClose: () => void;
  /** Created (or found): the caller opens it. */
  onDone: (c: Conversation) => void;
}

interface GroupValues {
  title: string;
  memberIds: string[];
  broadcastOnly: boolean;
}

const GROUP_FIELDS = ['title', 'memberIds', 'broadcastOnly'];

/**
 * The dialog both start from: the form is made afresh each time it opens (`destroyOnHidden`);
 * `send` resolves to the conversation once the server has made or found it.
 */
function StartDialog<V>({
  open,
  title,
  okText,
  form,
  state,
  initialValues,
  send,
  onClose,
  onDone,
  children,
}: {
  open: boolean;
  title: string;
  okText: string;
  form: FormInstance<V>;
  state: { fetching: boolean; error: AppErrorInfo | null; leftovers: Record<string, string>; clear: () => void };
  initialValues?: Partial<V>;
  send: (values: V) => Promise<Conversation | null>;
  onClose: () => void;
  onDone: (c: Conversation) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const ok = async () => {
    const v = await form.validateFields();
    const c = await send(v);
    if (c) {
      form.resetFields();
      onDone(c);
    }
  };
  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('common.cancel')}
      confirmLoading={state.fetching}
      onOk={() => void ok().catch(() => undefined)}
      onCancel={() => {
        state.clear();
        onClose();
      }}
      destroyOnHidden
    >
      <FormError error={state.error} extra={state.leftovers} />
      <Form form={form} layout="vertical" requiredMark={false} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}

/** 发起群聊: a name, members chosen by name, 仅管理员发言; the viewer becomes its admin. */
export function CreateGroupDialog({ open, viewerId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GroupValues>();
  const create = useFormMutation(CreateGroupMutation, form, GROUP_FIELDS);
  return (
    <StartDialog
      open={open}
      title={t('chat.create.groupTitle')}
      okText={t('common.create')}
      form={form}
      state={create}
      initialValues={{ memberIds: [], broadcastOnly: false }}
      send={async (v) =>
        (await create.submit({ input: { title: v.title.trim(), memberIds: v.memberIds ?? [], broadcastOnly: !!v.broadcastOnly } })).data?.createGroup ?? null
      }
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item
        name="title"
        label={t('chat.create.title')}
        rules={[
          { required: true, whitespace: true, message: t('chat.create.titleRequired') },
          { max: MAX_GROUP_TITLE, message: t('chat.renameDialog.tooLong', { max: MAX_GROUP_TITLE }) },
        ]}
      >
        <Input maxLength={MAX_GROUP_TITLE} />
      </Form.Item>
      <Form.Item name="memberIds" label={t('chat.create.members')} extra={t('chat.create.membersHint')}>
        <MemberMultiPicker exclude={viewerId ? [viewerId] : []} aria-label={t('chat.create.members')} />
      </Form.Item>
      <Form.Item name="broadcastOnly" label={t('chat.create.broadcastOnly')} valuePropName="checked" extra={t('chat.create.broadcastHint')}>
        <Switch />
      </Form.Item>
    </StartDialog>
  );
}

/** 私聊: one member chosen by name; the direct chat with them is opened (made on first use). */
export function DirectDialog({ open, viewerId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ memberId: string }>();
  const start = useFormMutation(OpenDirectConversationMutation, form, ['memberId']);
  return (
    <StartDialog
      open={open}
      title={t('chat.create.directTitle')}
      okText={t('chat.create.start')}
      form={form}
      state={start}
      send={async (v) => (await start.submit({ memberId: v.memberId })).data?.openDirectConversation ?? null}
      onClose={onClose}
      onDone={onDone}
    >
      <Form.Item name="memberId" label={t('chat.create.directMember')} rules={[{ required: true, message: t('chat.create.directRequired') }]}>
        <MemberPicker exclude={viewerId ? [viewerId] : []} aria-label={t('chat.create.directMember')} />
      </Form.Item>
    </StartDialog>
  );
}
