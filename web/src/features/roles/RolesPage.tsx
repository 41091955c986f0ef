import { useEffect, useMemo, useState } from 'react';
import { App as AntApp, Button, Card, Empty, Form, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { GrantRoleMutation, GrantsQuery, RevokeGrantMutation, RolesQuery } from './operations';
import { describeError, errorText } from '../../api/errors';
import { FormError } from '../../components/FormError';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { FormDialog } from '../../components/FormDialog';
import type { GrantsQuery as GrantsData, RolesQuery as RolesData } from '../../gql/graphql';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { requiredSelect } from '../../lib/formRules';
import { useFormMutation } from '../../lib/useFormMutation';

type Role = RolesData['roles'][number];
type Grant = GrantsData['grants'][number];

/** `member:(read)|(write)` → object and acts, translated. */
function Permission({ p }: { p: string }) {
  const { t } = useTranslation();
  const [obj, act = ''] = p.split(':');
  const acts = act
    .split('|')
    .map((a) => a.replace(/[()]/g, ''))
    .filter(Boolean)
    .map((a) => (a === '.*' ? t('roles.acts.all') : t(`roles.acts.${a}`, { defaultValue: a })));
  const object = obj === '*' ? t('roles.objects.all') : t(`roles.objects.${obj}`, { defaultValue: obj });
  return (
    <Tag>
      {object}：{acts.join(' / ')}
    </Tag>
  );
}

interface GrantValues {
  memberId: string;
  role: string;
  organizationId?: string | null;
}

const GRANT_FIELDS = ['memberId', 'role', 'organizationId'] as const;

function GrantDialog({ open, roles, onClose, onDone }: { open: boolean; roles: Role[]; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GrantValues>();
  const { orgs } = useAllOrganizations(null, !open);
  const { submit, fetching, error, leftovers, clear } = useFormMutation(GrantRoleMutation, form, GRANT_FIELDS);
  useEffect(() => {
    if (open) {
      clear();
      form.resetFields();
    }
  }, [open, form, clear]);
  const onOk = async () => {
    // Invalid fields show their messages; nothing to send.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const { data } = await submit({
      input: { memberId: v.memberId, role: v.role, organizationId: v.organizationId ?? null },
    });
    if (data) onDone();
  };
  return (
    <FormDialog
      open={open}
      title={t('roles.grant.title')}
      okText={t('roles.grant.submit')}
      onOk={onOk}
      onClose={onClose}
      fetching={fetching}
      error={error}
      leftovers={leftovers}
      form={form}
      name="grantRole"
    >
      <Form.Item name="memberId" label={t('roles.fields.member')} rules={[requiredSelect(t, t('roles.fields.member'))]}>
        <MemberPicker />
      </Form.Item>
      <Form.Item name="role" label={t('roles.fields.role')} rules={[requiredSelect(t, t('roles.fields.role'))]}>
        <Select options={roles.map((r) => ({ value: r.name, label: `${r.label}（${r.name}）` }))} />
      </Form.Item>
      <Form.Item name="organizationId" label={t('roles.fields.scope')} extra={t('roles.grant.scopeHelp')}>
        <OrgTreeSelect orgs={orgs} placeholder={t('roles.scopeTenant')} />
      </Form.Item>
    </FormDialog>
  );
}

export default function RolesPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [{ data: rolesData, fetching: rolesLoading, error: rolesError }] = useQuery({ query: RolesQuery });
  const [{ data: grantsData, fetching: grantsLoading, error: grantsError }, refetchGrants] = useQuery({ query: GrantsQuery });
  const { orgs } = useAllOrganizations(null);
  const [grantOpen, setGrantOpen] = useState(false);
  const [, revoke] = useMutation(RevokeGrantMutation);
  const [roleFilter, setRoleFilter] = useState<string | null>(null);

  const roles = rolesData?.roles ?? [];
  const roleLabel = useMemo(() => new Map(roles.map((r) => [r.name, r.label])), [roles]);
  const orgByPath = useMemo(() => new Map(orgs.map((o) => [o.path, o])), [orgs]);
  const grants = (grantsData?.grants ?? []).filter((g) => !roleFilter || g.role === roleFilter);

  const scopeText = (scope: string) =>
    scope === 'tenant' ? t('roles.scopeTenant') : (orgByPath.get(scope)?.name ?? t('roles.scopePath', { path: scope }));
  const sourceText = (s: string | null | undefined) => {
    if (!s) return '—';
    const kind = s.split(':')[0];
    return t(`roles.sources.${kind}`, { defaultValue: s });
  };

  const doRevoke = async (g: Grant) => {
    const res = await revoke({ input: { id: g.id } });
    if (res.error) {
      const e = describeError(res.error, t);
      message.error(e ? errorText(e) : t('errors.UNKNOWN'));
      return;
    }
    message.success(t('roles.revoked'));
    refetchGrants({ requestPolicy: 'network-only' });
  };

  const re = describeError(rolesError, t);
  const ge = describeError(grantsError, t);

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.roles')}
      </Typography.Title>
      <Space orientation="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('roles.rolesTitle')}>
          {re && <FormError error={re} />}
          <Table<Role>
            rowKey="name"
            size="small"
            loading={rolesLoading && !rolesData}
            dataSource={roles}
            pagination={false}
            scroll={{ x: 720 }}
            locale={{ emptyText: <Empty description={t('roles.noRoles')} /> }}
            columns={[
              {
                title: t('roles.fields.role'),
                render: (_, r) => (
                  <>
                    <div>{r.label}</div>
                    <Typography.Text type="secondary" className="tx-mono">
                      {r.name}
                    </Typography.Text>
                  </>
                ),
                width: 160,
              },
              { title: t('roles.fields.description'), dataIndex: 'description', width: 240 },
              {
                title: t('roles.fields.permissions'),
                render: (_, r) => (
                  <Space size={[4, 4]} wrap>
                    {r.permissions.map((p) => (
                      <Permission key={p} p={p} />
                    ))}
                  </Space>
                ),
              },
              {
                title: t('roles.fields.builtin'),
                width: 90,
                render: (_, r) => (r.builtin ? <Tag color="gold">{t('roles.builtin')}</Tag> : <Tag>{t('roles.custom')}</Tag>),
              },
            ]}
          />
        </Card>
        <Card
          title={t('roles.grantsTitle')}
          extra={
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setGrantOpen(true)}>
              {t('roles.grant.button')}
            </Button>
          }
        >
          <div className="tx-toolbar">
            <Select
              allowClear
              aria-label={t('roles.filterRole')}
              placeholder={t('roles.filterRole')}
              value={roleFilter ?? undefined}
              onChange={(v) => setRoleFilter(v ?? null)}
              options={roles.map((r) => ({ value: r.name, label: r.label }))}
              style={{ width: 200 }}
            />
          </div>
          {ge && <FormError error={ge} />}
          <Table<Grant>
            rowKey="id"
            size="small"
            loading={grantsLoading && !grantsData}
            dataSource={grants}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 640 }}
            locale={{ emptyText: <Empty description={t('roles.noGrants')} /> }}
            columns={[
              { title: t('roles.fields.member'), render: (_, g) => g.member?.name ?? '—' },
              {
                title: t('roles.fields.role'),
                render: (_, g) => roleLabel.get(g.role) ?? g.role,
              },
              { title: t('roles.fields.scope'), render: (_, g) => scopeText(g.scope) },
              { title: t('roles.fields.source'), render: (_, g) => sourceText(g.source) },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, g) => (
                  <Popconfirm
                    title={t('roles.revokeConfirm', { role: roleLabel.get(g.role) ?? g.role, name: g.member?.name ?? '' })}
                    description={g.source?.startsWith('position:') ? t('roles.revokePositionHint') : undefined}
                    okText={t('roles.revoke')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('common.cancel')}
                    onConfirm={() => doRevoke(g)}
                  >
                    <Button size="small" danger>
                      {t('roles.revoke')}
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </Card>
      </Space>
      <GrantDialog
        open={grantOpen}
        roles={roles}
        onClose={() => setGrantOpen(false)}
        onDone={() => {
          setGrantOpen(false);
          message.success(t('roles.granted'));
          refetchGrants({ requestPolicy: 'network-only' });
        }}
      />
    </div>
  );
}
