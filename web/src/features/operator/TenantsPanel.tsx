import { App as AntApp, Button, Empty, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import { SetTenantSuspendedMutation } from './operations';
import { describeError, serverErrorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { formatDate } from '../../lib/format';
import { useOperatorTenants, type TenantSummary } from './useOperatorTenants';

export const TENANT_PAGE_SIZE = 20;

function SuspendAction({ tenant, onDone }: { tenant: TenantSummary; onDone: (status: string) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ fetching }, setSuspended] = useMutation(SetTenantSuspendedMutation);
  const suspend = tenant.status !== 'suspended';

  const confirm = async () => {
    const res = await setSuspended({ input: { tenantId: tenant.id, suspended: suspend } });
    if (res.error || !res.data?.setTenantSuspended) {
      message.error(serverErrorText(res.error, t) ?? t('errors.UNKNOWN'));
      return;
    }
    onDone(suspend ? 'suspended' : 'active');
    message.success(t(suspend ? 'operator.tenants.suspended' : 'operator.tenants.resumed', { name: tenant.name }));
  };

  return (
    <Popconfirm
      title={t(suspend ? 'operator.tenants.suspendConfirm' : 'operator.tenants.resumeConfirm', { name: tenant.name })}
      description={<div style={{ maxWidth: 280 }}>{t(suspend ? 'operator.tenants.suspendBody' : 'operator.tenants.resumeBody')}</div>}
      okText={t(suspend ? 'operator.tenants.suspend' : 'operator.tenants.resume')}
      okButtonProps={{ danger: suspend }}
      cancelText={t('common.cancel')}
      onConfirm={confirm}
    >
      <Button size="small" danger={suspend} loading={fetching}>
        {t(suspend ? 'operator.tenants.suspend' : 'operator.tenants.resume')}
      </Button>
    </Popconfirm>
  );
}

/** 企业: every tenant, 20 at a time, searchable by name or slug, with 停用 / 恢复. */
export function TenantsPanel() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { tenants, hasNextPage, loading, error, loadMore, setStatus } = useOperatorTenants(TENANT_PAGE_SIZE, search);
  const e = describeError(error, t);

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('operator.tenants.intro')}</Typography.Paragraph>
      <div className="tx-toolbar" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          maxLength={100}
          aria-label={t('operator.tenants.search')}
          placeholder={t('operator.tenants.search')}
          onSearch={(v) => setSearch(v.trim())}
          style={{ width: 260 }}
        />
      </div>
      {e && <FormError error={e} />}
      <Table<TenantSummary>
        rowKey="id"
        size="small"
        loading={loading && tenants.length === 0}
        dataSource={tenants}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={e ? t('common.noData') : search ? t('operator.tenants.noMatch', { search }) : t('operator.tenants.empty')} />
          ),
        }}
        columns={[
          { title: t('operator.tenants.fields.name'), dataIndex: 'name' },
          {
            title: t('operator.tenants.fields.slug'),
            dataIndex: 'slug',
            render: (s: string) => <span className="tx-mono">{s}</span>,
          },
          {
            title: t('operator.tenants.fields.status'),
            dataIndex: 'status',
            width: 90,
            render: (s: string) =>
              s === 'suspended' ? (
                <Tag color="red">{t('operator.tenants.status.suspended')}</Tag>
              ) : s === 'active' ? (
                <Tag color="green">{t('operator.tenants.status.active')}</Tag>
              ) : (
                <Tag>{s}</Tag>
              ),
          },
          { title: t('operator.tenants.fields.memberCount'), dataIndex: 'memberCount', width: 90, align: 'right' },
          { title: t('operator.tenants.fields.createdAt'), dataIndex: 'createdAt', width: 120, render: formatDate },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_, r) => <SuspendAction tenant={r} onDone={(status) => setStatus(r.id, status)} />,
          },
        ]}
      />
      <div className="tx-toolbar" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
        {tenants.length > 0 && (
          <Typography.Text type="secondary">{t('operator.tenants.shown', { n: tenants.length })}</Typography.Text>
        )}
        {hasNextPage && (
          <Button loading={loading && tenants.length > 0} onClick={loadMore}>
            {t('operator.tenants.loadMore')}
          </Button>
        )}
      </div>
    </div>
  );
}
