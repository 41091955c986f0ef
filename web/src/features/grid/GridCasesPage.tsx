import { useState } from 'react';
import { Alert, Button, Input, Select, Space, Switch, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { GridCaseListFieldsFragment, GridCaseState } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { CursorPager, usePageCursors } from '../../components/CursorPager';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { formatDateTime } from '../../lib/format';
import { GridCaseCategoriesQuery, GridCasesQuery } from './operations';
import { CASE_STATES, exportUrl } from './grid';
import { CaseDrawer, StateTag } from './CaseDetail';
import { TimeLeftTag } from './TimeLeftTag';
import { useGridOrgs } from './useGridOrgs';

/** 事件列表: every case the viewer may see, filtered, with the export of the same filters. */
export default function GridCasesPage() {
  const { t } = useTranslation();
  const orgs = useGridOrgs();
  const [gridId, setGridId] = useState<string | null>(null);
  const [state, setState] = useState<GridCaseState | undefined>();
  const [categoryKey, setCategoryKey] = useState<string | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [search, setSearch] = useState('');
  const cursors = usePageCursors();
  const [{ data: catData }] = useQuery({ query: GridCaseCategoriesQuery });
  const [{ data, fetching, error }, refetch] = useQuery({
    query: GridCasesQuery,
    variables: { first: 20, after: cursors.after, gridId, state: state ?? null, categoryKey: categoryKey ?? null, overdueOnly, search: search || null },
  });
  const [open, setOpen] = useState<GridCaseListFieldsFragment | null>(null);
  const orgId = gridId ?? orgs.defaultOrgId;

  return (
    <div>
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.gridCases')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgTreeSelect orgs={orgs.grids} value={gridId} onChange={(v) => { cursors.reset(); setGridId(v); }} placeholder={t('grid.stats.allGrids')} aria-label={t('grid.fields.grid')} style={{ width: 220 }} />
        <Select allowClear placeholder={t('grid.fields.state')} aria-label={t('grid.fields.state')} value={state} onChange={(v) => { cursors.reset(); setState(v); }} options={CASE_STATES.map((s) => ({ value: s, label: t(`grid.states.${s}`) }))} style={{ width: 140 }} />
        <Select allowClear placeholder={t('grid.fields.category')} aria-label={t('grid.fields.category')} value={categoryKey} onChange={(v) => { cursors.reset(); setCategoryKey(v); }} options={(catData?.gridCaseCategories ?? []).map((c) => ({ value: c.key, label: c.name }))} style={{ width: 160 }} />
        <Space>
          <Switch checked={overdueOnly} onChange={(v) => { cursors.reset(); setOverdueOnly(v); }} aria-label={t('grid.board.overdueOnly')} />
          {t('grid.board.overdueOnly')}
        </Space>
        <Input.Search allowClear placeholder={t('grid.cases.search')} onSearch={(v) => { cursors.reset(); setSearch(v.trim()); }} style={{ width: 200 }} />
        {orgId && (
          <Button icon={<DownloadOutlined />} href={exportUrl({ orgId, state: state ?? null, categoryKey: categoryKey ?? null, overdueOnly, search })} download>
            {t('grid.export')}
          </Button>
        )}
      </Space>
      {error && <Alert type="error" showIcon message={serverErrorText(error, t)} style={{ marginBottom: 12 }} />}
      <Table<GridCaseListFieldsFragment>
        rowKey="id"
        size="small"
        loading={fetching}
        pagination={false}
        dataSource={data?.gridCases.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: t('grid.cases.empty') }}
        scroll={{ x: 900 }}
        columns={[
          { key: 'number', title: t('grid.fields.number'), dataIndex: 'number', width: 150 },
          { key: 'title', title: t('grid.fields.title'), render: (_, c) => <Typography.Link onClick={() => setOpen(c)}>{c.title}</Typography.Link> },
          { key: 'state', title: t('grid.fields.state'), render: (_, c) => <StateTag state={c.state} label={c.stateLabel} /> },
          { key: 'grid', title: t('grid.fields.grid'), dataIndex: 'gridName' },
          { key: 'category', title: t('grid.fields.category'), dataIndex: 'categoryName' },
          { key: 'assignee', title: t('grid.fields.assignee'), render: (_, c) => c.assigneeName ?? '—' },
          { key: 'reportedAt', title: t('grid.fields.reportedAt'), render: (_, c) => formatDateTime(c.reportedAt) },
          { key: 'due', title: t('grid.fields.dueAt'), render: (_, c) => <TimeLeftTag dueAt={c.currentDueAt} /> },
        ]}
      />
      <CursorPager cursors={cursors} pageInfo={data?.gridCases.pageInfo} />
      <CaseDrawer caseId={open?.id ?? null} title={open?.title} onClose={() => setOpen(null)} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
    </div>
  );
}
