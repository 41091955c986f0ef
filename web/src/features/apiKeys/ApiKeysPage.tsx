import { useEffect, useState } from 'react';
import { Alert, App as AntApp, Button, Empty, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './operations';
import { RolesQuery } from '../roles/operations';
import { describeError, errorText } from '../../api/errors';
import { CopyField } from '../../components/CopyField';
import { FormError } from '../../components/FormError';
import type { ApiKeysQuery as KeysData } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { maxLen, required } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

type ApiKey = KeysData['apiKeys'][number];
const FIELDS = ['name', 'role'] as const;

function CreateKeyDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string; role: string }>();
  const [{ data: roles }] = useQuery({ query: RolesQuery, pause: !open });
  const { submit, fetching, error, leftovers, clear } = useFormMutation(CreateApiKeyMutation, form, FIELDS);
  const [secret, setSecret] = useState<string | null>(null);
  useEffect(() => {
    if (open) {
      clear();
      setSecret(null);
      form.resetFields();
      form.setFieldsValue({ role: 'integrator' });
    }
  }, [open, form, clear]);
  const onOk = async () => {
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await submit({ input: { name: v.name.trim(), role: v.role || null } });
    if (data) {
      setSecret(data.createApiKey.secret);
      onCreated();
    }
  };
  return (
    <Modal
      open={open}
      title={t('apiKeys.create.title')}
      onCancel={onClose}
      forceRender
      mask={{ closable: !secret }}
      footer={
        secret
          ? [
              <Button key="done" type="primary" onClick={onClose}>
                {t('apiKeys.create.saved')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={onClose}>
                {t('common.cancel')}
              </Button>,
              <Button key="ok" type="primary" loading={fetching} onClick={onOk}>
                {t('common.create')}
              </Button>,
            ]
      }
    >
      {secret ? (
        <>
          <Alert type="warning" showIcon title={t('apiKeys.create.onlyOnce')} style={{ marginBottom: 16 }} />
          <CopyField value={secret} label={t('apiKeys.secret')} testId="api-key-secret" />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
            {t('apiKeys.create.usage')}
          </Typography.Paragraph>
        </>
      ) : (
        <>
          <FormError error={error} extra={leftovers} />
          <Form name="createApiKey" form={form} layout="vertical" requiredMark={false}>
            <Form.Item name="name" label={t('apiKeys.fields.name')} rules={[required(t, t('apiKeys.fields.name')), maxLen(t, 100)]}>
              <Input autoFocus placeholder={t('apiKeys.create.namePlaceholder')} />
            </Form.Item>
            <Form.Item name="role" label={t('apiKeys.fields.role')} extra={t('apiKeys.create.roleHelp')}>
              <Select
                options={(roles?.roles ?? [{ name: 'integrator', label: t('roleNames.integrator') }])
                  .filter((r) => r.name !== 'tenant_admin')
                  .map((r) => ({ value: r.name, label: `${r.label}（${r.name}）` }))}
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

export default function ApiKeysPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ApiKeysQuery });
  const [, revoke] = useMutation(RevokeApiKeyMutation);
  const [createOpen, setCreateOpen] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const doRevoke = async (k: ApiKey) => {
    const res = await revoke({ input: { id: k.id } });
    if (res.error) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('apiKeys.revoked'));
    reload();
  };
  const e = describeError(error, t);

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.apiKeys')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('apiKeys.intro')}</Typography.Paragraph>
      <div className="tx-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)}>
          {t('apiKeys.create.button')}
        </Button>
      </div>
      {e && <FormError error={e} />}
      <Table<ApiKey>
        rowKey="id"
        loading={fetching && !data}
        dataSource={data?.apiKeys ?? []}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('apiKeys.empty')} /> }}
        columns={[
          { title: t('apiKeys.fields.name'), dataIndex: 'name' },
          { title: t('apiKeys.fields.prefix'), dataIndex: 'prefix', render: (p: string) => <span className="tx-mono">{p}…</span> },
          { title: t('apiKeys.fields.role'), dataIndex: 'role', render: (r: string) => <Tag>{t(`roleNames.${r}`, { defaultValue: r })}</Tag> },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
          {
            title: t('apiKeys.fields.lastUsed'),
            dataIndex: 'lastUsedAt',
            render: (d: string | null) => (d ? formatDateTime(d) : t('apiKeys.neverUsed')),
          },
          {
            title: t('common.status'),
            render: (_, k) =>
              k.revokedAt ? (
                <Tag>{t('apiKeys.revokedAt', { date: formatDateTime(k.revokedAt) })}</Tag>
              ) : (
                <Tag color="green">{t('apiKeys.active')}</Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, k) =>
              k.revokedAt ? null : (
                <Popconfirm
                  title={t('apiKeys.revokeConfirm', { name: k.name })}
                  description={t('apiKeys.revokeBody')}
                  okText={t('apiKeys.revoke')}
                  okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')}
                  onConfirm={() => doRevoke(k)}
                >
                  <Button size="small" danger>
                    {t('apiKeys.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <CreateKeyDialog open={createOpen} onClose={() => setCreateOpen(false)} onCreated={reload} />
    </div>
  );
}
