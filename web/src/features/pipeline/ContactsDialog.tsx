import { useEffect, useState } from 'react';
import { App as AntApp, Button, Empty, Form, List, Modal, Popconfirm, Radio, Skeleton, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MemberPipelineQuery, SetPipelineContactMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { CONTACT_ROLES, type ContactRole } from './pipeline';
import { requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';
import type { PipelineEntry } from './EntryCard';

interface Values {
  role: ContactRole;
  contactId?: string;
}

const FIELDS = ['contactId'] as const;
const CONTEXT = { additionalTypenames: ['PipelineContact'] };

/**
 * 联系人: a member's 培养联系人 (party members) and 入党介绍人 (full members), each removable
 * (asked first); another is added by searching members. `onChanged` tells the board its counts moved.
 */
export function ContactsDialog({ entry, onClose, onChanged }: { entry: PipelineEntry | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const set = useFormMutation(SetPipelineContactMutation, form, FIELDS);
  const [removing, setRemoving] = useState<string | null>(null);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: MemberPipelineQuery,
    variables: { memberId: entry?.memberId ?? '' },
    pause: !entry,
    requestPolicy: 'network-only',
    context: CONTEXT,
  });
  const contacts = data?.memberPipeline.contacts ?? [];
  const loadError = describeError(error, t);
  useEffect(() => {
    if (entry) {
      set.clear();
      form.resetFields();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entry]);

  const reload = () => refetch({ requestPolicy: 'network-only' });

  const add = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !entry || !v.contactId) return;
    const { data: done } = await set.submit({ input: { memberId: entry.memberId, contactId: v.contactId, introducer: v.role === 'INTRODUCER', add: true } });
    if (!done) return;
    message.success(t('pipeline.contacts.added', { role: t(`pipeline.roles.${v.role}`) }));
    form.setFieldValue('contactId', undefined);
    reload();
    onChanged();
  };

  const remove = async (contactId: string, role: string, name: string) => {
    if (!entry) return;
    setRemoving(`${contactId}-${role}`);
    const { error: e } = await set.submit({ input: { memberId: entry.memberId, contactId, introducer: role === 'INTRODUCER', add: false } });
    setRemoving(null);
    if (e) {
      message.error(errorText(e));
      return;
    }
    message.success(t('pipeline.contacts.removed', { name }));
    reload();
    onChanged();
  };

  return (
    <Modal
      open={!!entry}
      title={entry ? t('pipeline.contacts.title', { name: entry.name }) : ''}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      onCancel={onClose}
      forceRender
    >
      {loadError && <FormError error={loadError} />}
      {!data && fetching ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : contacts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pipeline.contacts.empty')} />
      ) : (
        <List
          size="small"
          aria-label={t('pipeline.contacts.list')}
          dataSource={contacts}
          rowKey={(c) => `${c.memberId}-${c.role}`}
          renderItem={(c) => (
            <List.Item
              data-testid={`pipeline-contact-${c.memberId}`}
              actions={[
                <Popconfirm
                  key="remove"
                  title={t('pipeline.contacts.removeConfirm', { name: c.name, role: t(`pipeline.roles.${c.role}`, { defaultValue: c.role }) })}
                  okText={t('pipeline.contacts.remove')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => remove(c.memberId, c.role, c.name)}
                >
                  <Button size="small" type="link" danger loading={removing === `${c.memberId}-${c.role}`}>
                    {t('pipeline.contacts.remove')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <span>
                {c.name} <Tag color={c.role === 'INTRODUCER' ? 'red' : 'blue'}>{t(`pipeline.roles.${c.role}`, { defaultValue: c.role })}</Tag>
              </span>
            </List.Item>
          )}
        />
      )}
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('pipeline.contacts.add')}
      </Typography.Title>
      <FormError error={set.error} extra={set.leftovers} />
      <Form<Values> name="pipeline-contact" form={form} layout="vertical" requiredMark={false} initialValues={{ role: 'CONTACT' }}>
        <Form.Item name="role" label={t('pipeline.contacts.role')} extra={t('pipeline.contacts.roleHelp')}>
          <Radio.Group optionType="button" options={CONTACT_ROLES.map((r) => ({ value: r, label: t(`pipeline.roles.${r}`) }))} />
        </Form.Item>
        <Form.Item name="contactId" label={t('pipeline.contacts.member')} rules={[requiredSelect(t, t('pipeline.contacts.member'))]}>
          <MemberPicker aria-label={t('pipeline.contacts.member')} exclude={entry ? [entry.memberId] : []} />
        </Form.Item>
        <Button type="primary" icon={<PlusOutlined />} onClick={add} loading={set.fetching && !removing} data-testid="pipeline-contact-add">
          {t('pipeline.contacts.addButton')}
        </Button>
      </Form>
    </Modal>
  );
}
