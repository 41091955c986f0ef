import { useMemo, useState } from 'react';
import { App as AntApp, Button, Checkbox, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, MailOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { MembersQuery, SetMemberDisabledMutation } from './operations';
import { describeError, errorText } from '../../api/errors';
import { useViewer } from '../../auth/viewer';
import { FormError } from '../../components/FormError';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import type { MembersQuery as MembersData, OrgLine, PoliticalStatus } from '../../gql/graphql';
import { POLITICAL_STATUSES } from '../../lib/enums';
import { LINES } from '../../lib/orgs';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import { ImportDialog } from './ImportDialog';
import { InviteDialog } from './InviteDialog';
import { MemberDrawer } from './MemberDrawer';
import { MemberFormDialog, type MemberDetail } from './MemberFormDialog';

type Row = MembersData['members']['edges'][number]['node'];
const PAGE_SIZE = 20;

interface Filters {
  search: string;
  line: OrgLine | null;
  organizationId: string | null;
  politicalStatus: PoliticalStatus | null;
  includeDisabled: boolean;
}

export default function MembersPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const { canManage, viewer } = useViewer();
  const [searchInput, setSearchInput] = useState('');
  const [filters, setFilters] = useState<Filters>({
    search: '',
    line: null,
    organizationId: null,
    politicalStatus: null,
    includeDisabled: false,
  });
  const cursors = usePageCursors();
  const { after } = cursors;
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ member: MemberDetail | null } | null>(null);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const { orgs } = useAllOrganizations(null);
  const [, setDisabled] = useMutation(SetMemberDisabledMutation);

  const variables = useMemo(
    () => ({
      first: PAGE_SIZE,
      after,
      search: filters.search || null,
      line: filters.line,
      organizationId: filters.organizationId,
      politicalStatus: filters.politicalStatus,
      includeDisabled: filters.includeDisabled,
    }),
    [after, filters],
  );
  const [{ data, fetching, error }, refetch] = useQuery({ query: MembersQuery, variables });
  const reload = () => refetch({ requestPolicy: 'network-only' });

  const setFilter = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((f) => ({ ...f, [key]: value }));
    cursors.reset();
  };

  const rows = data?.members.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.members.pageInfo;
  const e = describeError(error, t);
  const filtered = !!(filters.search || filters.line || filters.organizationId || filters.politicalStatus);

  const toggleDisabled = (m: { id: string; name: string; status: string }) => {
    const disable = m.status === 'ACTIVE';
    modal.confirm({
      title: disable ? t('members.disableConfirm', { name: m.name }) : t('members.enableConfirm', { name: m.name }),
      content: disable ? t('members.disableBody') : undefined,
      okText: disable ? t('members.disable') : t('members.enable'),
      okButtonProps: { danger: disable },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const res = await setDisabled({ input: { id: m.id, disabled: disable } });
        if (res.error) {
          const err = describeError(res.error, t);
          message.error(err ? errorText(err) : t('errors.UNKNOWN'));
          return;
        }
        message.success(disable ? t('members.disabled') : t('members.enabled'));
        reload();
      },
    });
  };

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.members')}
      </Typography.Title>
      <div className="tx-toolbar">
        {canManage && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ member: null })}>
              {t('members.create.button')}
            </Button>
            <Button icon={<MailOutlined />} onClick={() => setInviteOpen(true)}>
              {t('members.invite.button')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
              {t('members.import.button')}
            </Button>
          </>
        )}
        <Button icon={<DownloadOutlined />} href="/export/members.xlsx" download>
          {t('members.export')}
        </Button>
      </div>
      <div className="tx-toolbar" role="search" aria-label={t('members.filters')}>
        <Input.Search
          allowClear
          placeholder={t('members.searchPlaceholder')}
          aria-label={t('members.searchPlaceholder')}
          value={searchInput}
          onChange={(ev) => setSearchInput(ev.target.value)}
          onSearch={(v) => setFilter('search', v.trim())}
          style={{ width: 240 }}
        />
        <Select<OrgLine>
          allowClear
          aria-label={t('members.filterLine')}
          placeholder={t('members.filterLine')}
          value={filters.line ?? undefined}
          onChange={(v) => setFilter('line', v ?? null)}
          options={LINES.map((l) => ({ value: l, label: t(`line.${l}`) }))}
          style={{ width: 140 }}
        />
        <OrgTreeSelect
          aria-label={t('members.filterOrg')}
          orgs={orgs}
          value={filters.organizationId}
          onChange={(v) => setFilter('organizationId', v)}
          placeholder={t('members.filterOrg')}
          style={{ width: 220 }}
        />
        <Select<PoliticalStatus>
          allowClear
          aria-label={t('members.filterStatus')}
          placeholder={t('members.filterStatus')}
          value={filters.politicalStatus ?? undefined}
          onChange={(v) => setFilter('politicalStatus', v ?? null)}
          options={POLITICAL_STATUSES.map((s) => ({ value: s, label: t(`politicalStatus.${s}`) }))}
          style={{ width: 160 }}
        />
        <Checkbox checked={filters.includeDisabled} onChange={(ev) => setFilter('includeDisabled', ev.target.checked)}>
          {t('members.includeDisabled')}
        </Checkbox>
      </div>
      {e && <FormError error={e} />}
      <Table<Row>
        rowKey="id"
        loading={fetching && !data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({
          onKeyDown: (ev) => {
            if (ev.key === 'Enter' && ev.target === ev.currentTarget) setOpenId(r.id);
          },
          tabIndex: 0,
          'aria-label': r.name,
        })}
        locale={{
          emptyText: <Empty description={filtered ? t('common.noMatch') : t('members.empty')} />,
        }}
        columns={[
          {
            title: t('members.fields.name'),
            dataIndex: 'name',
            render: (name: string, r) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpenId(r.id)}>
                {name}
              </Button>
            ),
          },
          {
            title: t('members.fields.gender'),
            dataIndex: 'gender',
            width: 80,
            responsive: ['sm'],
            render: (g: string | null) => (g ? t(`gender.${g}`, { defaultValue: g }) : '—'),
          },
          {
            title: t('members.fields.politicalStatus'),
            dataIndex: 'politicalStatus',
            render: (s: PoliticalStatus | null) => (s ? t(`politicalStatus.${s}`) : <Tag>{t('members.hidden')}</Tag>),
          },
          {
            title: t('members.fields.organization'),
            responsive: ['sm'],
            render: (_, r) => r.organization?.name ?? '—',
          },
          {
            title: t('members.fields.phone'),
            dataIndex: 'phone',
            responsive: ['md'],
            render: (p: string | null) => p ?? '—',
          },
          {
            title: t('common.status'),
            render: (_, r) => (
              <Space size={4} wrap>
                <Tag color={r.status === 'ACTIVE' ? 'green' : 'default'}>{t(`members.status.${r.status}`, { defaultValue: r.status })}</Tag>
                {r.hasAccount && <Tag color="blue">{t('members.hasAccount')}</Tag>}
              </Space>
            ),
          },
          ...(canManage
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, r: Row) =>
                    r.id === viewer.member?.id ? null : (
                      <Button size="small" danger={r.status === 'ACTIVE'} onClick={() => toggleDisabled(r)}>
                        {r.status === 'ACTIVE' ? t('members.disable') : t('members.enable')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <CursorPager cursors={cursors} pageInfo={pageInfo} />
      <MemberDrawer
        memberId={openId}
        canManage={canManage}
        selfId={viewer.member?.id ?? null}
        onClose={() => setOpenId(null)}
        onEdit={(m) => setEditing({ member: m })}
        onToggleDisabled={(m) => toggleDisabled(m)}
      />
      <MemberFormDialog
        open={!!editing}
        member={editing?.member ?? null}
        orgs={orgs}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          message.success(t('common.saved'));
          reload();
        }}
      />
      <InviteDialog open={inviteOpen} orgs={orgs} onClose={() => setInviteOpen(false)} />
      <ImportDialog open={importOpen} onClose={() => setImportOpen(false)} onImported={reload} />
    </div>
  );
}
