import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, Button, Card, Empty, Select, Space, Spin, Switch, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { DndContext, PointerSensor, KeyboardSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { useClient, useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { GridCaseAction, GridCaseState, TaskBoardFilter } from '../../gql/graphql';
import { describeError, errorText, serverErrorText } from '../../api/errors';
import { useLiveStatus } from '../../api/liveStatus';
import { MemberPicker } from '../../components/MemberPicker';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import {
  AcceptGridCaseMutation,
  GridCaseCategoriesQuery,
  StartGridCaseMutation,
  TaskBoardChangedSubscription,
  TaskBoardColumnQuery,
  TaskBoardQuery,
} from './operations';
import { applyChange, dragMove, exportUrl, matchesFilter, swimlanes, type BoardCard, type Column } from './grid';
import { CaseActionDialog } from './CaseActionDialog';
import { CaseDrawer } from './CaseDetail';
import { TimeLeftTag } from './TimeLeftTag';
import { useGridOrgs } from './useGridOrgs';

const PAGE = 20;

/** A card: number, title, grid and category, assignee, time left; drag handle on the whole card. */
function BoardCardView({ card, onOpen }: { card: BoardCard; onOpen: (card: BoardCard) => void }) {
  const { t } = useTranslation();
  const { attributes, listeners, setNodeRef, transform, isDragging } = useDraggable({ id: card.id, data: { card }, disabled: card.kind !== 'CASE' });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)`, zIndex: 10 } : undefined;
  return (
    <div
      ref={setNodeRef}
      style={{ ...style, opacity: isDragging ? 0.6 : 1 }}
      className={`tx-grid-card${card.overdue ? ' tx-grid-card-overdue' : ''}`}
      data-testid="grid-board-card"
      data-card-id={card.id}
      data-state={card.state}
      {...listeners}
      {...attributes}
      aria-roledescription={t('grid.board.cardRole')}
    >
      <Card size="small" styles={{ body: { padding: 8 } }} style={card.overdue ? { borderColor: '#ff4d4f', background: '#fff1f0' } : undefined}>
        <Space orientation="vertical" size={2} style={{ width: '100%' }}>
          <Space size={4} wrap>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {card.number}
            </Typography.Text>
            {card.kind === 'TASK' && <Tag color="gold">{t('grid.board.taskTag')}</Tag>}
            <TimeLeftTag seconds={card.secondsLeft} dueAt={card.dueAt} />
          </Space>
          {card.kind === 'CASE' ? (
            <Typography.Link onClick={() => onOpen(card)} onPointerDown={(e) => e.stopPropagation()} data-testid="grid-card-title">
              {card.title}
            </Typography.Link>
          ) : (
            <Link to="/grid/tasks">{card.title}</Link>
          )}
          {card.thumbnailUrl && <img src={card.thumbnailUrl} alt="" width={56} height={56} style={{ objectFit: 'cover' }} />}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[card.categoryName, card.assigneeName].filter(Boolean).join(' · ') || '—'}
          </Typography.Text>
        </Space>
      </Card>
    </div>
  );
}

/** One lane's cell of one column: where cards are dropped. */
function Cell({ id, state, children }: { id: string; state: GridCaseState; children: React.ReactNode }) {
  const { setNodeRef, isOver } = useDroppable({ id, data: { state } });
  return (
    <div ref={setNodeRef} className={`tx-grid-cell${isOver ? ' tx-grid-cell-over' : ''}`} data-column={state}>
      {children}
    </div>
  );
}

/**
 * 任务看板: the cases (and supervision tasks' targets) of an org by state, in one swimlane per grid,
 * kept live by `taskBoardChanged`. Dragging a card to the next column 立案s or starts it at once;
 * moves that need input (派遣, 结案 …) open their dialog. Filters: grids, categories, assignee, 超期.
 */
export default function TaskBoardPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const client = useClient();
  const [params, setParams] = useSearchParams();
  const orgs = useGridOrgs();
  const orgId = params.get('org') ?? orgs.defaultOrgId;
  const [gridIds, setGridIds] = useState<string[]>([]);
  const [categoryKeys, setCategoryKeys] = useState<string[]>([]);
  const [assigneeId, setAssigneeId] = useState<string | undefined>();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const filter: TaskBoardFilter = useMemo(
    () => ({ gridIds: gridIds.length ? gridIds : null, categoryKeys: categoryKeys.length ? categoryKeys : null, assigneeId: assigneeId ?? null, overdueOnly }),
    [gridIds, categoryKeys, assigneeId, overdueOnly],
  );
  const [{ data: catData }] = useQuery({ query: GridCaseCategoriesQuery });
  const categories = useMemo(() => catData?.gridCaseCategories ?? [], [catData]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: TaskBoardQuery,
    variables: { orgId: orgId ?? '', filter, first: PAGE },
    pause: !orgId,
    requestPolicy: 'network-only',
  });
  const [columns, setColumns] = useState<Column[]>([]);
  useEffect(() => {
    if (data) setColumns(data.taskBoard.columns.map((c) => ({ ...c })));
  }, [data]);

  // Live: every change of the org's board; applied in place when the filter can be checked here.
  const filterRef = useRef({ filter, categoryNames: [] as string[] });
  filterRef.current = { filter, categoryNames: categories.filter((c) => categoryKeys.includes(c.key)).map((c) => c.name) };
  const [subError, setSubError] = useState(false);
  const status = useLiveStatus();
  const live = status === 'connected' && !subError;
  // Changes made while the connection was down were missed: read the board again once it is back.
  const wasDown = useRef(false);
  useEffect(() => {
    if (status === 'disconnected') wasDown.current = true;
    if (status === 'connected' && wasDown.current) {
      wasDown.current = false;
      refetch({ requestPolicy: 'network-only' });
    }
  }, [status, refetch]);
  useEffect(() => {
    if (!orgId) return;
    setSubError(false);
    const sub = client.subscription(TaskBoardChangedSubscription, { orgId }).subscribe((res) => {
      if (res.error) {
        setSubError(true);
        return;
      }
      const change = res.data?.taskBoardChanged;
      if (!change) return;
      const { filter: f, categoryNames } = filterRef.current;
      if (f.assigneeId) {
        // The card names its assignee, not their ID: ask the server again.
        refetch({ requestPolicy: 'network-only' });
        return;
      }
      const matches = matchesFilter(change.card, { gridIds: f.gridIds, overdueOnly: f.overdueOnly, categoryNames });
      setColumns((cols) => applyChange(cols, change, matches));
    });
    return () => sub.unsubscribe();
  }, [client, orgId, refetch]);

  const loadMore = useCallback(
    async (col: Column) => {
      if (!orgId) return;
      const res = await client
        .query(TaskBoardColumnQuery, { orgId, state: col.state, filter, first: PAGE, after: col.endCursor ?? null }, { requestPolicy: 'network-only' })
        .toPromise();
      const more = res.data?.taskBoardColumn;
      if (!more) {
        if (res.error) message.error(serverErrorText(res.error, t));
        return;
      }
      setColumns((cols) =>
        cols.map((c) =>
          c.state === col.state
            ? { ...c, cards: [...c.cards, ...more.cards.filter((x) => !c.cards.some((y) => y.id === x.id))], endCursor: more.endCursor, hasMore: more.hasMore, count: more.count, overdueCount: more.overdueCount }
            : c,
        ),
      );
    },
    [client, orgId, filter, message, t],
  );

  const [, accept] = useMutation(AcceptGridCaseMutation);
  const [, start] = useMutation(StartGridCaseMutation);
  const [dialog, setDialog] = useState<{ action: GridCaseAction; card: BoardCard } | null>(null);
  const [drawer, setDrawer] = useState<BoardCard | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor));

  const onDragEnd = async (e: DragEndEvent) => {
    const card = e.active.data.current?.card as BoardCard | undefined;
    const to = e.over?.data.current?.state as GridCaseState | undefined;
    if (!card || !to || to === card.state) return;
    const move = dragMove(card, to);
    if (!move) {
      message.warning(t('grid.board.cannotMove', { to: t(`grid.states.${to}`) }));
      return;
    }
    if (!move.direct) {
      setDialog({ action: move.action, card });
      return;
    }
    const input = { caseId: card.caseId ?? card.id, note: null };
    const res = move.action === 'ACCEPT' ? await accept({ input }) : await start({ input });
    const done = res.data && ('acceptGridCase' in res.data ? res.data.acceptGridCase.case : res.data.startGridCase.case);
    if (res.error || !done) {
      const info = describeError(res.error, t);
      message.error(info ? errorText(info) : t('errors.UNKNOWN'));
      return;
    }
    // At once here; the subscription's card for the same move replaces this one.
    setColumns((cols) =>
      applyChange(cols, { kind: 'MOVED', card: { ...card, state: done.state, actions: done.actions, overdue: done.overdue, dueAt: done.currentDueAt ?? null, secondsLeft: null }, toState: done.state }),
    );
    message.success(t('grid.actions.done', { action: t(`grid.actions.${move.action}`) }));
  };

  const lanes = useMemo(() => swimlanes(columns, t('grid.board.noGrid')), [columns, t]);
  const gridOptions = orgs.gridsUnder(orgId).map((g) => ({ value: g.id, label: g.name }));
  const colTemplate = `repeat(${Math.max(columns.length, 1)}, minmax(200px, 1fr))`;

  return (
    <div className="tx-grid-board">
      <Typography.Title level={2} className="tx-page-title">
        {t('nav.gridBoard')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <OrgTreeSelect
          orgs={orgs.orgs}
          value={orgId}
          onChange={(v) => {
            setGridIds([]);
            setParams(v ? { org: v } : {}, { replace: true });
          }}
          loading={orgs.loading}
          allowClear={false}
          aria-label={t('grid.board.org')}
          style={{ width: 240 }}
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t('grid.board.grids')}
          placeholder={t('grid.board.grids')}
          options={gridOptions}
          value={gridIds}
          onChange={setGridIds}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
        />
        <Select
          mode="multiple"
          allowClear
          aria-label={t('grid.board.categories')}
          placeholder={t('grid.board.categories')}
          options={categories.map((c) => ({ value: c.key, label: c.name }))}
          value={categoryKeys}
          onChange={setCategoryKeys}
          style={{ minWidth: 180 }}
          maxTagCount="responsive"
        />
        <div style={{ minWidth: 180 }}>
          <MemberPicker value={assigneeId} onChange={setAssigneeId} aria-label={t('grid.board.assignee')} />
        </div>
        <Space>
          <Switch checked={overdueOnly} onChange={setOverdueOnly} aria-label={t('grid.board.overdueOnly')} />
          {t('grid.board.overdueOnly')}
        </Space>
        {orgId && (
          <Button
            icon={<DownloadOutlined />}
            href={exportUrl({ orgId: gridIds.length === 1 ? gridIds[0] : orgId, categoryKey: categoryKeys.length === 1 ? categoryKeys[0] : null, overdueOnly })}
            download
          >
            {t('grid.export')}
          </Button>
        )}
        <Tag color={live ? 'green' : 'default'} data-testid="grid-board-live">
          {live ? t('grid.board.live') : t('grid.board.notLive')}
        </Tag>
      </Space>
      {!orgId && !orgs.loading && <Empty description={t('grid.board.noOrg')} />}
      {error && !data && <Alert type="error" showIcon message={serverErrorText(error, t)} />}
      {fetching && !data && <Spin />}
      {columns.length > 0 && (
        <DndContext sensors={sensors} onDragEnd={onDragEnd}>
          <div className="tx-grid-board-scroll" style={{ overflowX: 'auto' }}>
            <div style={{ display: 'grid', gridTemplateColumns: colTemplate, gap: 8, minWidth: columns.length * 208 }}>
              {columns.map((c) => (
                <div key={c.state} className="tx-grid-column-head" data-testid={`grid-column-${c.state}`}>
                  <Typography.Text strong>{c.label}</Typography.Text> <Tag data-testid={`grid-count-${c.state}`}>{c.count}</Tag>
                  {c.overdueCount > 0 && <Tag color="red">{t('grid.board.overdueCount', { count: c.overdueCount })}</Tag>}
                </div>
              ))}
            </div>
            {lanes.length === 0 && <Empty description={t('grid.board.empty')} />}
            {lanes.map((lane) => (
              <section key={lane.gridId ?? 'none'} className="tx-grid-lane" aria-label={lane.gridName} data-testid="grid-lane">
                <Typography.Title level={5} style={{ margin: '12px 0 4px' }}>
                  {lane.gridName} <Typography.Text type="secondary">（{lane.total}）</Typography.Text>
                </Typography.Title>
                <div style={{ display: 'grid', gridTemplateColumns: colTemplate, gap: 8, minWidth: columns.length * 208 }}>
                  {columns.map((c) => (
                    <Cell key={c.state} id={`${lane.gridId ?? 'none'}|${c.state}`} state={c.state}>
                      <Space orientation="vertical" style={{ width: '100%' }} size={6}>
                        {(lane.cards.get(c.state) ?? []).map((card) => (
                          <BoardCardView key={card.id} card={card} onOpen={setDrawer} />
                        ))}
                      </Space>
                    </Cell>
                  ))}
                </div>
              </section>
            ))}
            <div style={{ display: 'grid', gridTemplateColumns: colTemplate, gap: 8, minWidth: columns.length * 208, marginTop: 8 }}>
              {columns.map((c) => (
                <div key={c.state}>
                  {c.hasMore && (
                    <Button size="small" block onClick={() => loadMore(c)}>
                      {t('grid.board.more', { label: c.label })}
                    </Button>
                  )}
                </div>
              ))}
            </div>
          </div>
        </DndContext>
      )}
      <CaseActionDialog
        action={dialog?.action ?? null}
        target={dialog ? { caseId: dialog.card.caseId ?? dialog.card.id, number: dialog.card.number, title: dialog.card.title } : null}
        onClose={() => setDialog(null)}
      />
      <CaseDrawer caseId={drawer ? (drawer.caseId ?? drawer.id) : null} title={drawer?.title} onClose={() => setDrawer(null)} />
    </div>
  );
}
