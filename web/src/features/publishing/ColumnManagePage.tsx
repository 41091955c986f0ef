import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Empty, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography, type ButtonProps } from 'antd';
import { FolderOpenOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { ArchiveColumnMutation, ArchivedColumnsQuery, ColumnsQuery, CreateColumnMutation, RestoreColumnMutation, UpdateColumnMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormDialog } from '../../components/FormDialog';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageHeader } from '../../components/PageHeader';
import type { ColumnManageFieldsFragment, SubmitPolicy } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { maxLen, required } from '../../lib/formRules';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { useFormMutation } from '../../lib/useFormMutation';

const POLICIES: SubmitPolicy[] = ['ANY_MEMBER', 'CORRESPONDENT', 'OFFICERS'];
const FIELDS = ['organizationId', 'name', 'description', 'submitPolicy', 'secondReview', 'isPublic'] as const;
/** Longest column name and description (as the server checks them). */
export const MAX_COLUMN_NAME = 30;
export const MAX_COLUMN_DESCRIPTION = 200;

interface Values {
  organizationId?: string | null;
  name: string;
  description?: string;
  submitPolicy: SubmitPolicy;
  secondReview: boolean;
  isPublic: boolean;
}

/** The dialog's subject: a new column, or the one being changed. */
type Editing = { kind: 'new' } | { kind: 'edit'; column: ColumnManageFieldsFragment } | null;

/**
 * 栏目管理 (`/publishing/columns`): the columns the viewer reviews — create, change who may
 * submit, the second review and the public page, archive (with a confirmation: the column and
 * its articles leave the lists until restored; refused while articles are in review) — and the
 * archived ones, to restore.
 */
export default function ColumnManagePage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [columns, refetchColumns] = useQuery({ query: ColumnsQuery, requestPolicy: 'cache-and-network' });
  const [archived, refetchArchived] = useQuery({ query: ArchivedColumnsQuery, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<Editing>(null);
  const [archiveState, archive] = useMutation(ArchiveColumnMutation);
  const [restoreState, restore] = useMutation(RestoreColumnMutation);
  const [actionError, setActionError] = useState<string | null>(null);
  const mine = (columns.data?.columns ?? []).filter((c) => c.viewerCanReview);
  const error = describeError(columns.error ?? archived.error, t);

  const refresh = () => {
    refetchColumns({ requestPolicy: 'network-only' });
    refetchArchived({ requestPolicy: 'network-only' });
  };

  // 归档 and 恢复 answer alike: an alert on refusal, a message and a refresh on success.
  const act = async (run: typeof archive | typeof restore, c: ColumnManageFieldsFragment, done: 'archived' | 'restored') => {
    setActionError(null);
    const res = await run({ input: { columnId: c.id } });
    if (res.error) {
      setActionError(errorText(describeError(res.error, t) ?? { code: 'UNKNOWN', message: t('errors.UNKNOWN'), fields: {} }));
      return;
    }
    message.success(t(`publishing.manage.${done}`, { name: c.name }));
    refresh();
  };

  const owner = (c: ColumnManageFieldsFragment) => c.organizationName ?? t('publishing.columns.unit');

  return (
    <div className="tx-page tx-publishing-manage">
      <PageHeader title={t('publishing.manage.title')}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'new' })} data-testid="column-new">
          {t('publishing.manage.new')}
        </Button>
      </PageHeader>
      {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
      {actionError && <Alert type="error" showIcon closable title={actionError} onClose={() => setActionError(null)} style={{ marginBottom: 12 }} data-testid="column-action-error" />}
      <Card title={t('publishing.manage.inUse')}>
        <Table<ColumnManageFieldsFragment>
          rowKey="id"
          size="small"
          loading={columns.fetching && !columns.data}
          dataSource={mine}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('publishing.manage.empty')} /> }}
          columns={[
            {
              title: t('publishing.manage.name'),
              key: 'name',
              render: (_, c) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{c.name}</Typography.Text>
                  {c.description && <Typography.Text type="secondary">{c.description}</Typography.Text>}
                </Space>
              ),
            },
            { title: t('publishing.manage.owner'), key: 'owner', render: (_, c) => owner(c) },
            { title: t('publishing.manage.policy'), key: 'policy', render: (_, c) => t(`publishing.manage.policies.${c.submitPolicy}`) },
            {
              title: t('publishing.manage.flags'),
              key: 'flags',
              render: (_, c) => (
                <Space size={4}>
                  {c.secondReview && <Tag color="blue">{t('publishing.manage.secondReview')}</Tag>}
                  {c.isPublic && <Tag color="green">{t('publishing.manage.public')}</Tag>}
                </Space>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, c) => (
                <Space>
                  <Button size="small" onClick={() => setEditing({ kind: 'edit', column: c })} data-testid={`column-edit-${c.name}`}>
                    {t('common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('publishing.manage.archiveConfirm', { name: c.name })}
                    description={t('publishing.manage.archiveHint')}
                    okText={t('publishing.manage.archive')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => act(archive, c, 'archived')}
                    okButtonProps={{ danger: true, loading: archiveState.fetching, 'data-testid': 'column-archive-confirm' } as ButtonProps}
                  >
                    <Button size="small" danger data-testid={`column-archive-${c.name}`}>
                      {t('publishing.manage.archive')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={<><FolderOpenOutlined /> {t('publishing.manage.archivedTitle')}</>} style={{ marginTop: 16 }}>
        <Table<ColumnManageFieldsFragment>
          rowKey="id"
          size="small"
          loading={archived.fetching && !archived.data}
          dataSource={archived.data?.archivedColumns ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('publishing.manage.archivedEmpty')} /> }}
          columns={[
            { title: t('publishing.manage.name'), dataIndex: 'name', key: 'name' },
            { title: t('publishing.manage.owner'), key: 'owner', render: (_, c) => owner(c) },
            { title: t('publishing.manage.archivedAt'), key: 'at', render: (_, c) => (c.archivedAt ? formatDateTime(c.archivedAt) : '') },
            {
              title: t('common.actions'),
              key: 'actions',
              render: (_, c) => (
                <Button size="small" loading={restoreState.fetching} onClick={() => act(restore, c, 'restored')} data-testid={`column-restore-${c.name}`}>
                  {t('publishing.manage.restore')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing && (
        <ColumnDialog
          editing={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) refresh();
          }}
        />
      )}
    </div>
  );
}

/** 新建栏目 / 修改栏目: the owner only when new (a column keeps its org). */
function ColumnDialog({ editing, onClose }: { editing: Exclude<Editing, null>; onClose: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { orgs, loading: orgsLoading } = useAllOrganizations(null, editing.kind !== 'new');
  const create = useFormMutation(CreateColumnMutation, form, FIELDS);
  const update = useFormMutation(UpdateColumnMutation, form, FIELDS);
  const active = editing.kind === 'new' ? create : update;
  const initial: Values =
    editing.kind === 'edit'
      ? {
          organizationId: editing.column.organizationId ?? null,
          name: editing.column.name,
          description: editing.column.description,
          submitPolicy: editing.column.submitPolicy,
          secondReview: editing.column.secondReview,
          isPublic: editing.column.isPublic,
        }
      : { organizationId: null, name: '', description: '', submitPolicy: 'CORRESPONDENT', secondReview: false, isPublic: false };

  const onOk = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const common = {
      name: v.name.trim(),
      description: v.description?.trim() || null,
      submitPolicy: v.submitPolicy,
      secondReview: v.secondReview,
      isPublic: v.isPublic,
    };
    const res =
      editing.kind === 'new'
        ? await create.submit({ input: { ...common, organizationId: v.organizationId ?? null } })
        : await update.submit({ input: { ...common, columnId: editing.column.id } });
    if (res.data) onClose(true);
  };

  return (
    <FormDialog<Values>
      open
      title={editing.kind === 'new' ? t('publishing.manage.new') : t('publishing.manage.edit', { name: editing.column.name })}
      okText={t('common.save')}
      fetching={active.fetching}
      onOk={() => void onOk()}
      onClose={() => onClose(false)}
      error={active.error}
      leftovers={active.leftovers}
      form={form}
      name="column"
      initialValues={initial}
    >
      {editing.kind === 'new' ? (
        <Form.Item name="organizationId" label={t('publishing.manage.owner')} extra={t('publishing.manage.ownerHint')}>
          <OrgTreeSelect orgs={orgs} loading={orgsLoading} placeholder={t('publishing.columns.unit')} aria-label={t('publishing.manage.owner')} />
        </Form.Item>
      ) : (
        <Form.Item label={t('publishing.manage.owner')}>
          <Typography.Text>{editing.column.organizationName ?? t('publishing.columns.unit')}</Typography.Text>
        </Form.Item>
      )}
      <Form.Item name="name" label={t('publishing.manage.name')} rules={[required(t, t('publishing.manage.name')), maxLen(t, MAX_COLUMN_NAME)]}>
        <Input maxLength={MAX_COLUMN_NAME} showCount />
      </Form.Item>
      <Form.Item name="description" label={t('publishing.manage.description')} rules={[maxLen(t, MAX_COLUMN_DESCRIPTION)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={MAX_COLUMN_DESCRIPTION} showCount />
      </Form.Item>
      <Form.Item name="submitPolicy" label={t('publishing.manage.policy')}>
        <Select aria-label={t('publishing.manage.policy')} options={POLICIES.map((p) => ({ value: p, label: t(`publishing.manage.policies.${p}`) }))} />
      </Form.Item>
      <Form.Item name="secondReview" label={t('publishing.manage.secondReview')} valuePropName="checked" extra={t('publishing.manage.secondReviewHint')}>
        <Switch />
      </Form.Item>
      <Form.Item name="isPublic" label={t('publishing.manage.public')} valuePropName="checked" extra={t('publishing.manage.publicHint')}>
        <Switch />
      </Form.Item>
    </FormDialog>
  );
}
