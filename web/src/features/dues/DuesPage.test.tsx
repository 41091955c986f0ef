import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { currentMonth, lastMonths } from './dues';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import DuesPage from './DuesPage';

// ECharts needs a canvas, which jsdom lacks: the chart is a labelled box here.
vi.mock('../../components/Chart', () => ({
  Chart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const ADMIN: Viewer = {
  ...MEMBER_VIEWER,
  member: { id: 'm-admin', name: '王管理', email: 'admin@example.cn' },
  permissions: ['dues:read', 'dues:write', 'role:read'],
  permissionsAnywhere: ['dues:read', 'dues:write'],
  grants: [{ id: 'g0', role: 'tenant_admin', scope: 'tenant' }],
};
const SECRETARY: Viewer = {
  ...MEMBER_VIEWER,
  member: { id: 'm-wang', name: '王书记', email: 'wang@example.cn' },
  permissionsAnywhere: ['dues:read', 'dues:write'],
  grants: [
    { id: 'g1', role: 'member', scope: 'tenant' },
    { id: 'g2', role: 'officer', scope: 'a.b1' },
  ],
};

function org(id: string, name: string, path: string, depth: number, kind = 'PARTY_BRANCH') {
  return { id, name, line: 'PARTY', kind, kindLabel: '', path, depth, isJoint: false, isVirtual: false, archivedAt: null, createdAt: '2026-01-01T00:00:00Z' };
}
const ORGS = {
  data: {
    organizations: {
      edges: [org('o-top', '集团党委', 'a', 0, 'PARTY_COMMITTEE'), org('o1', '第一党支部', 'a.b1', 1), org('o2', '第二党支部', 'a.b2', 1)].map((node) => ({ node })),
      pageInfo: { hasNextPage: false, endCursor: null },
    },
  },
};

const THIS_MONTH = currentMonth();
const LAST_MONTH = lastMonths(2, THIS_MONTH).fromMonth;
const ROLLUP = [
  { orgId: 'o1', orgName: '第一党支部', month: LAST_MONTH, billedFen: 3000, correctedFen: 0, paidFen: 2000, membersBilled: 2, membersPaid: 1 },
  { orgId: 'o1', orgName: '第一党支部', month: THIS_MONTH, billedFen: 3000, correctedFen: -500, paidFen: 0, membersBilled: 2, membersPaid: 0 },
];

const BILL = {
  id: 'e-bill',
  memberId: 'm-li',
  memberName: '李强',
  line: 'PARTY',
  month: THIS_MONTH,
  kind: 'BILL',
  amountFen: 1500,
  method: null,
  receiptNo: null,
  ruleKey: 'party.dues.employed',
  baseFen: 300000,
  note: null,
  corrects: null,
  recordedBy: null,
  createdAt: '2026-06-01T00:00:00Z',
};
const BASE = {
  id: 'b1',
  memberId: 'm-li',
  line: 'PARTY',
  category: 'EMPLOYED',
  baseFen: 300000,
  fromMonth: LAST_MONTH,
  source: 'MANUAL',
  createdAt: '2026-05-01T00:00:00Z',
};

function setup(viewer: Viewer, path: string, handlers: Record<string, (vars: Record<string, unknown>) => Reply> = {}) {
  const mock = mockClient((op: SentOperation) => {
    const own = op.operationName ? handlers[op.operationName] : undefined;
    if (own) return own(op.variables);
    switch (op.operationName) {
      case 'Organizations':
        return ORGS;
      case 'DuesRollup':
        return { data: { duesRollup: ROLLUP } };
      case 'DuesArrears':
        return { data: { duesArrears: [] } };
      case 'DuesBases':
        return { data: { duesBases: [BASE] } };
      case 'DuesStatement':
        return { data: { duesStatement: [BILL] } };
      case 'MemberName':
        return { data: { node: { id: 'm-li', name: '李强', organization: { name: '第一党支部' } } } };
      case 'MemberSearch':
        return { data: { members: { edges: [] } } };
      default:
        return { data: null };
    }
  });
  renderPage(<DuesPage />, { client: mock.client, path, route: '/dues', viewer: viewer });
  return mock;
}

describe('DuesPage (党费管理)', () => {
  it('shows the whole enterprise’s last 12 months to an admin, and bills this month after asking', async () => {
    let written = 2;
    const { sent } = setup(ADMIN, '/dues', {
      GenerateDuesBills: () => ({ data: { generateDuesBills: { written } } }),
    });
    const row = await screen.findByTestId(`dues-rollup-${THIS_MONTH}-o1`);
    expect(row).toHaveTextContent('¥30.00');
    expect(row).toHaveTextContent('-¥5.00');
    // Nothing paid of 25 yuan due; last month 20 of 30.
    expect(row).toHaveTextContent('0%');
    expect(screen.getByTestId(`dues-rollup-${LAST_MONTH}-o1`)).toHaveTextContent('66.7%');
    expect(screen.getByRole('img', { name: '近 12 个月收缴情况' })).toBeInTheDocument();
    expect(named(sent, 'DuesRollup')[0].variables).toEqual({ organizationId: null, line: 'PARTY', ...lastMonths(12, THIS_MONTH) });

    fireEvent.click(screen.getByTestId('dues-generate'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(`生成 ${THIS_MONTH} 党费账单？`);
    expect(dialog).toHaveTextContent('为全单位已设置缴纳基数的成员生成本月账单');
    fireEvent.click(within(dialog).getByRole('button', { name: '生成' }));
    expect(await screen.findByText(`已生成 2 份 ${THIS_MONTH} 党费账单`)).toBeInTheDocument();
    expect(named(sent, 'GenerateDuesBills')[0].variables).toEqual({ input: { organizationId: null, line: 'PARTY', month: THIS_MONTH } });

    // Again: everyone was billed already.
    written = 0;
    fireEvent.click(screen.getByTestId('dues-generate'));
    fireEvent.click(await screen.findByRole('button', { name: '生成' }));
    expect(await screen.findByText('本月账单已生成')).toBeInTheDocument();
  });

  it('opens a branch secretary’s own branch, and keeps line and tab in the URL', async () => {
    const { sent } = setup(SECRETARY, '/dues?tab=arrears');
    expect(await screen.findByText('暂无欠缴')).toBeInTheDocument();
    expect(named(sent, 'DuesArrears')[0].variables).toEqual({ organizationId: 'o1', line: 'PARTY' });

    fireEvent.click(screen.getByRole('radio', { name: '团费' }));
    await waitFor(() => expect(named(sent, 'DuesArrears').at(-1)?.variables.line).toBe('YOUTH'));
  });

  it('shows a member’s bases and ledger, and corrects an entry with a new one after asking why', async () => {
    const { sent } = setup(ADMIN, '/dues?tab=ledger&member=m-li', {
      CorrectDuesEntry: (vars) => {
        const input = vars.input as { entryId: string; amountFen: number; note: string };
        return { data: { correctDuesEntry: { ...BILL, id: 'e-corr', kind: 'CORRECTION', amountFen: input.amountFen, note: input.note, corrects: input.entryId } } };
      },
    });
    const bill = await screen.findByTestId('dues-entry-e-bill');
    expect(bill).toHaveTextContent('账单');
    expect(bill).toHaveTextContent('¥15.00');
    expect(screen.getByTestId('dues-base-b1')).toHaveTextContent('¥3,000.00');
    expect(screen.getByTestId('dues-base-b1')).toHaveTextContent('当前');
    expect(screen.getByTestId('dues-owed')).toHaveTextContent(`欠缴党费 ¥15.00，共 1 个月，最早 ${THIS_MONTH}`);
    expect(named(sent, 'DuesStatement')[0].variables).toEqual({ memberId: 'm-li', line: 'PARTY' });
    // The payment form starts with what is owed.
    expect(screen.getByLabelText('金额')).toHaveValue('15.00');

    // (Found by labels and words: role queries compute styles, which is slow over this page in jsdom.)
    fireEvent.click(within(bill).getByLabelText(`更正 ${THIS_MONTH} 账单`));
    const dialog = (await screen.findByText(/账目只增不改/)).closest<HTMLElement>('[role="dialog"]')!;
    fireEvent.change(within(dialog).getByLabelText('更正金额（元）'), { target: { value: '-5' } });
    fireEvent.click(within(dialog).getByText('追加更正'));
    expect(await within(dialog).findByText('请输入更正原因')).toBeInTheDocument();
    expect(named(sent, 'CorrectDuesEntry')).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('更正原因'), { target: { value: '基数录入有误' } });
    fireEvent.click(within(dialog).getByText('追加更正'));
    expect(await screen.findByText(`已追加更正 -¥5.00（${THIS_MONTH}）`)).toBeInTheDocument();
    expect(named(sent, 'CorrectDuesEntry')[0].variables).toEqual({ input: { entryId: 'e-bill', amountFen: -500, note: '基数录入有误' } });
    // The ledger is asked for again.
    await waitFor(() => expect(named(sent, 'DuesStatement').length).toBeGreaterThan(1));
  });

  it('says in a transferred member’s ledger up to which month dues were paid where they came from', async () => {
    const { sent } = setup(ADMIN, '/dues?tab=ledger&member=m-li', {
      DuesStanding: () => ({ data: { duesStanding: { paidThrough: LAST_MONTH, fromTenantName: '甲公司' } } }),
    });
    const note = await screen.findByTestId('dues-standing');
    expect(note).toHaveTextContent(`转入前已在「甲公司」缴至 ${LAST_MONTH}`);
    expect(named(sent, 'DuesStanding')[0].variables).toEqual({ memberId: 'm-li', line: 'PARTY' });
  });

  it('shows no standing for a member who was not transferred in', async () => {
    setup(ADMIN, '/dues?tab=ledger&member=m-li', {
      DuesStanding: () => ({ data: { duesStanding: null } }),
    });
    expect(await screen.findByTestId('dues-entry-e-bill')).toBeInTheDocument();
    expect(screen.queryByTestId('dues-standing')).toBeNull();
  });
});
