import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { ORGS } from '../../test/meetings';
import { SECRETARY_VIEWER, entry, transition } from '../../test/pipeline';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import PipelinePage from './PipelinePage';

const ENTRIES = [
  entry({ memberId: 'm-chen', name: '陈静', stage: 'APPLICANT', since: null, nextStage: 'ACTIVIST', earliestNext: null, contacts: 0 }),
  entry({ blockedBy: '入党积极分子须经过至少 12 个月的培养教育，2099-01-10 起方可列为发展对象', earliestNext: '2099-01-10' }),
  entry({ memberId: 'm-sun', name: '孙伟', stage: 'DEVELOPMENT_TARGET', nextStage: 'PROBATIONARY', earliestNext: null, blockedBy: null }),
  entry({ memberId: 'm-zhao', name: '赵敏', stage: 'ACTIVIST', blockedBy: null }),
];
const OPEN = [
  transition(),
  transition({
    id: 'tr2',
    memberId: 'm-zhou',
    memberName: '周平',
    fromStage: 'DEVELOPMENT_TARGET',
    toStage: 'PROBATIONARY',
    status: 'PUBLICIZING',
    publicityUntil: '2026-06-06T02:00:00Z',
    awaitingDecision: false,
    objectionCount: 1,
    objections: [{ authorName: '钱多', text: '该同志近期表现有待观察', createdAt: '2026-06-02T02:00:00Z' }],
  }),
];

function setup(decide: (input: Record<string, unknown>) => Reply = () => ({ data: null }), viewer: Viewer = SECRETARY_VIEWER) {
  const mock = mockClient((op: SentOperation) => {
    if (op.operationName === 'Organizations') return ORGS;
    if (op.operationName === 'PartyPipeline') return { data: { partyPipeline: { entries: ENTRIES, openTransitions: OPEN } } };
    if (op.operationName === 'DecideStageTransition') return decide(op.variables.input as Record<string, unknown>);
    return { data: null };
  });
  renderPage(<PipelinePage />, { client: mock.client, path: '/pipeline', route: '/pipeline', viewer: viewer });
  return mock;
}

describe('PipelinePage (发展党员)', () => {
  it('opens on the viewer’s own branch and shows the board by stage, with what blocks each next step', async () => {
    const { sent } = setup();
    const li = await screen.findByTestId('pipeline-card-m-li');
    expect(named(sent, 'PartyPipeline')[0].variables).toEqual({ orgId: 'o1' });
    expect(within(screen.getByTestId('pipeline-column-ACTIVIST')).getByText('李强')).toBeInTheDocument();
    expect(within(screen.getByTestId('pipeline-column-PROBATIONARY')).getByText('暂无')).toBeInTheDocument();
    expect(li).toHaveTextContent('2025-01-10 起');
    expect(li).toHaveTextContent('下一步：发展对象 · 最早 2099-01-10');
    expect(within(li).getByTestId('pipeline-blocked')).toHaveTextContent('至少 12 个月');
    expect(within(li).getByRole('link', { name: '李强' })).toHaveAttribute('href', '/members/m-li/timeline');
    // Blocked: 提出 is still there (a later effective date may pass), not as the main action.
    expect(within(li).getByTestId('pipeline-propose')).not.toHaveClass('ant-btn-primary');
    expect(within(screen.getByTestId('pipeline-card-m-sun')).getByTestId('pipeline-propose')).toHaveClass('ant-btn-primary');
    // No date recorded: 补录 first, nothing to propose yet.
    const chen = screen.getByTestId('pipeline-card-m-chen');
    expect(chen).toHaveTextContent('未登记开始日期，请先补录');
    expect(within(chen).queryByTestId('pipeline-propose')).toBeNull();
    expect(within(chen).getByTestId('pipeline-record')).toHaveTextContent('补录');
    // A member with an open transition shows it instead of another 提出.
    const zhao = screen.getByTestId('pipeline-card-m-zhao');
    expect(within(zhao).getByTestId('transition-status')).toHaveTextContent('待上级审批');
    expect(within(zhao).queryByTestId('pipeline-propose')).toBeNull();
  });

  it('lists the open transitions: 公示 with its objections, and 待上级审批 decided first', async () => {
    setup();
    const open = await screen.findByTestId('pipeline-open');
    const items = within(open).getAllByRole('listitem').filter((li) => li.className.includes('tx-pipeline-transition'));
    expect(items.map((i) => within(i).getByTestId('transition-status').textContent)).toEqual(['待上级审批', '公示中']);
    const publicity = screen.getByTestId('pipeline-transition-m-zhou');
    expect(publicity).toHaveTextContent('公示期至 2026-06-06 10:00 · 意见 1 条');
    expect(publicity).toHaveTextContent('该同志近期表现有待观察');
    // Not decidable during the 公示.
    expect(within(publicity).getByTestId('pipeline-approve')).toBeDisabled();
    expect(screen.getByTestId('pipeline-transition-m-zhao')).toHaveTextContent('上级审批期限 2026-09-01 10:00');
  });

  it('asks before approving, and tells a branch that the upper org must decide', async () => {
    const { sent } = setup(() => ({ data: null, errors: [{ message: '须由上级党组织审批', path: ['decideStageTransition'], extensions: { code: 'FORBIDDEN' } }] }));
    const item = await screen.findByTestId('pipeline-transition-m-zhao');
    fireEvent.click(within(item).getByTestId('pipeline-approve'));
    // Several dialogs share the page (antd names them alike in tests): the one shown is asked by its text.
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('批准「赵敏」的发展环节？');
    expect(named(sent, 'DecideStageTransition')).toHaveLength(0);
    fireEvent.change(within(dialog).getByRole('textbox', { name: '审批意见' }), { target: { value: ' 同意 ' } });
    fireEvent.click(within(dialog).getByTestId('pipeline-decide-ok'));
    expect(await within(dialog).findByTestId('pipeline-decide-forbidden')).toHaveTextContent('须由上级党组织审批');
    expect(named(sent, 'DecideStageTransition')[0].variables.input).toEqual({ transitionId: 'tr1', approve: true, note: '同意' });
  });

  it('refuses with a note after asking, and reloads the board', async () => {
    const { sent } = setup((input) => ({ data: { decideStageTransition: transition({ status: 'REFUSED', decisionNote: input.note as string }) } }));
    const item = await screen.findByTestId('pipeline-transition-m-zhao');
    fireEvent.click(within(item).getByTestId('pipeline-refuse'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('不批准「赵敏」的发展环节？');
    fireEvent.click(within(dialog).getByTestId('pipeline-decide-ok'));
    expect(await screen.findByText('已不批准「赵敏」')).toBeInTheDocument();
    expect(named(sent, 'DecideStageTransition')[0].variables.input).toEqual({ transitionId: 'tr1', approve: false, note: null });
    await waitFor(() => expect(named(sent, 'PartyPipeline').length).toBeGreaterThan(1));
  });
});
