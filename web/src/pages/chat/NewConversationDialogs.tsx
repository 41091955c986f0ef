import { Form, Input, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateGroupMutation, OpenDirectConversationMutation } from '../../api/operations';
import { FormError } from '../../components/FormError';
import { MemberMultiPicker, MemberPicker } from '../../components/MemberPicker';
import { useFormMutation } from '../../lib/useFormMutation';
import { MAX_GROUP_TITLE, type Conversation } from '../../lib/chat';

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

/** 发起群聊: a name, members chosen by name, 仅管理员发言; the viewer becomes its admin. */
export function CreateGroupDialog({ open, viewerId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GroupValues>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(CreateGroupMutation, form, GROUP_FIELDS);
  const ok = async () => {
    const v = await form.validateFields();
    const res = await submit({ input: { title: v.title.trim(), memberIds: v.memberIds ?? [], broadcastOnly: !!v.broadcastOnly } });
    if (res.data) {
      form.resetFields();
      onDone(res.data.createGroup);
    }
  };
  return (
    <Modal
      open={open}
      title={t('chat.create.groupTitle')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => void ok().catch(() => undefined)}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
    >
      <FormError error={error} extra={leftovers} />
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ memberIds: [], broadcastOnly: false }}>
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
      </Form>
    </Modal>
  );
}

/** 私聊: one member chosen by name; the direct chat with them is opened (made on first use). */
export function DirectDialog({ open, viewerId, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ memberId: string }>();
  const { submit, fetching, error, leftovers, clear } = useFormMutation(OpenDirectConversationMutation, form, ['memberId']);
  const ok = async () => {
    const v = await form.validateFields();
    const res = await submit({ memberId: v.memberId });
    if (res.data) {
      form.resetFields();
      onDone(res.data.openDirectConversation);
    }
  };
  return (
    <Modal
      open={open}
      title={t('chat.create.directTitle')}
      okText={t('chat.create.start')}
      cancelText={t('common.cancel')}
      confirmLoading={fetching}
      onOk={() => void ok().catch(() => undefined)}
      onCancel={() => {
        clear();
        onClose();
      }}
      destroyOnHidden
    >
      <FormError error={error} extra={leftovers} />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item name="memberId" label={t('chat.create.directMember')} rules={[{ required: true, message: t('chat.create.directRequired') }]}>
          <MemberPicker exclude={viewerId ? [viewerId] : []} aria-label={t('chat.create.directMember')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
