import { useState } from 'react';
import { Alert, Button, Card, Empty, List, Space, Spin, Tabs, Typography } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { GridCaseAction, GridCaseListFieldsFragment } from '../../gql/graphql';
import { serverErrorText } from '../../api/errors';
import { formatDateTime } from '../../lib/format';
import { GridCasesQuery, MyGridsQuery } from './operations';
import { ReportCaseForm } from './ReportCaseForm';
import { CaseActionDialog } from './CaseActionDialog';
import { CaseDrawer, PhotoStrip, StateTag } from './CaseDetail';
import { TimeLeftTag } from './TimeLeftTag';
import { CASE_ACTIONS } from './grid';

type Tab = 'report' | 'cases' | 'grids';
const TABS: Tab[] = ['report', 'cases', 'grids'];

/** 我的事件: the cases the viewer reported or handles, with what they may do now (开始处置, 反馈 …). */
function MyCases() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: GridCasesQuery, variables: { first: 50, mine: true }, requestPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<GridCaseListFieldsFragment | null>(null);
  const [act, setAct] = useState<{ action: GridCaseAction; c: GridCaseListFieldsFragment } | null>(null);
  const cases = data?.gridCases.edges.map((e) => e.node) ?? [];
  if (error && !data) return <Alert type="error" showIcon message={serverErrorText(error, t)} />;
  if (fetching && !data) return <Spin />;
  if (cases.length === 0) return <Empty description={t('grid.mine.empty')} />;
  return (
    <>
      <List
        dataSource={cases}
        aria-label={t('grid.mine.title')}
        renderItem={(c) => (
          <List.Item key={c.id} className="tx-grid-case-item" data-testid="grid-my-case">
            <Space orientation="vertical" style={{ width: '100%' }} size={4}>
              <Space wrap size={4}>
                <StateTag state={c.state} label={c.stateLabel} />
                <Typography.Text type="secondary">{c.number}</Typography.Text>
                <TimeLeftTag dueAt={c.currentDueAt} />
              </Space>
              <Typography.Link onClick={() => setOpen(c)}>{c.title}</Typography.Link>
              <Typography.Text type="secondary">
                {c.gridName} · {c.categoryName} · {formatDateTime(c.reportedAt)}
              </Typography.Text>
              <PhotoStrip photos={c.photos} label={t('grid.fields.photos')} />
              {c.actions.length > 0 && (
                <Space wrap>
                  {CASE_ACTIONS.filter((a) => c.actions.includes(a)).map((a) => (
                    <Button key={a} size="small" type={a === 'CANCEL' ? 'default' : 'primary'} danger={a === 'CANCEL'} onClick={() => setAct({ action: a, c })}>
                      {t(`grid.actions.${a}`)}
                    </Button>
                  ))}
                </Space>
              )}
            </Space>
          </List.Item>
        )}
      />
      <CaseDrawer caseId={open?.id ?? null} title={open?.title} onClose={() => setOpen(null)} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
      <CaseActionDialog
        action={act?.action ?? null}
        target={act ? { caseId: act.c.id, number: act.c.number, title: act.c.title } : null}
        onClose={() => setAct(null)}
        onDone={() => refetch({ requestPolicy: 'network-only' })}
      />
    </>
  );
}

/** 我的网格: the grids the viewer is assigned to. */
function MyGrids() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: MyGridsQuery });
  if (error && !data) return <Alert type="error" showIcon message={serverErrorText(error, t)} />;
  if (fetching && !data) return <Spin />;
  const grids = data?.myGrids ?? [];
  if (grids.length === 0) return <Empty description={t('grid.myGrids.empty')} />;
  return <List dataSource={grids} renderItem={(g) => <List.Item key={g.id}>{g.name}</List.Item>} />;
}

/** The grid worker's page, made for a phone: 上报事件, 我的事件, 我的网格. */
export default function GridWorkerPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = (TABS as string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'report';
  const go = (next: Tab) => setParams(next === 'report' ? {} : { tab: next }, { replace: true });
  return (
    <div className="tx-grid-worker">
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.gridWork')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => go(k as Tab)}
        items={[
          {
            key: 'report',
            label: t('grid.report.title'),
            children: (
              <Card size="small">
                <ReportCaseForm onReported={() => go('cases')} />
              </Card>
            ),
          },
          { key: 'cases', label: t('grid.mine.title'), children: <MyCases /> },
          { key: 'grids', label: t('grid.myGrids.title'), children: <MyGrids /> },
        ]}
      />
    </div>
  );
}
