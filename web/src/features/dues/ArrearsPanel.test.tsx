import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { ArrearsPanel, type Arrear } from './ArrearsPanel';

const LI: Arrear = {
  memberId: 'm-li',
  memberName: '李强',
  orgName: '第一党支部',
  owedFen: 1500,
  monthsOwed: 1,
  oldestMonth: '2026-06',
  lapseWarning: false,
  lapseMonths: 6,
};
const ZHAO: Arrear = {
  memberId: 'm-zhao',
  memberName: '赵敏',
  orgName: '第二党支部',
  owedFen: 7250,
  monthsOwed: 5,
  oldestMonth: '2026-02',
  lapseWarning: true,
  lapseMonths: 6,
};

function setup({
  rows = [LI, ZHAO],
  remind = () => ({ data: { remindDuesArrears: { reminded: 2 } } }),
  canWrite = true,
  organizationId = 'o1' as string | null,
}: { rows?: Arrear[]; remind?: () => Reply; canWrite?: boolean; organizationId?: string | null } = {}) {
  const onLedger = vi.fn();
  const mock = mockClient((op: SentOperation) => {
    switch (op.operationName) {
      case 'DuesArrears':
        return { data: { duesArrears: rows } };
      case 'RemindDuesArrears':
        return remind();
      default:
        return { data: null };
    }
  });
  renderPage(<ArrearsPanel line="PARTY" organizationId={organizationId} canWrite={canWrite} onLedger={onLedger} />, { client: mock.client });
  return { ...mock, onLedger };
}

/** 一键提醒, then its confirmation's OK (named by its text alone; the toolbar's also by its icon). */
async function remind() {
  await screen.findByTestId('dues-arrear-m-li');
  fireEvent.click(screen.getByRole('button', { name: /一键提醒/ }));
  const ok = await screen.findByRole('button', { name: '一键提醒' });
  expect(screen.getByText('将向 2 名欠缴党费的成员发送提醒，每人每天最多提醒一次。')).toBeInTheDocument();
  fireEvent.click(ok);
}

describe('ArrearsPanel (欠缴名单)', () => {
  it('lists who owes with amounts in yuan, months, the oldest month and the lapse warning', async () => {
    const { sent, onLedger } = setup();
    const li = await screen.findByTestId('dues-arrear-m-li');
    const zhao = screen.getByTestId('dues-arrear-m-zhao');
    expect(li).toHaveTextContent('李强');
    expect(li).toHaveTextContent('¥15.00');
    expect(li).toHaveTextContent('1 个月');
    expect(li).toHaveTextContent('2026-06');
    expect(within(li).queryByTestId('dues-lapse')).toBeNull();
    expect(zhao).toHaveTextContent('¥72.50');
    expect(zhao).toHaveTextContent('5 个月');
    expect(within(zhao).getByTestId('dues-lapse')).toHaveTextContent('脱党风险');
    expect(screen.getByTestId('dues-arrears-total')).toHaveTextContent('共 2 人欠缴，合计 ¥87.50');
    expect(named(sent, 'DuesArrears')[0].variables).toEqual({ organizationId: 'o1', line: 'PARTY' });

    // The export is the list as an .xlsx; each row leads to the member's ledger.
    expect(screen.getByRole('link', { name: /导出 \.xlsx/ })).toHaveAttribute('href', '/export/dues-arrears.xlsx?line=PARTY&organization=o1');
    fireEvent.click(within(zhao).getByRole('button', { name: '查看赵敏的台账' }));
    expect(onLedger).toHaveBeenCalledWith(ZHAO);
  });

  it('shows 暂无欠缴 when nobody owes, with nobody to remind', async () => {
    setup({ rows: [], organizationId: null });
    expect(await screen.findByText('暂无欠缴')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /一键提醒/ })).toBeDisabled();
    expect(screen.getByRole('link', { name: /导出 \.xlsx/ })).toHaveAttribute('href', '/export/dues-arrears.xlsx?line=PARTY');
  });

  it('reminds everyone owing under the org, after asking', async () => {
    const { sent } = setup();
    await remind();
    expect(await screen.findByText('已提醒 2 人')).toBeInTheDocument();
    expect(named(sent, 'RemindDuesArrears')[0].variables).toEqual({ input: { organizationId: 'o1', line: 'PARTY' } });
  });

  it('says so when everyone was reminded today already', async () => {
    setup({ remind: () => ({ data: { remindDuesArrears: { reminded: 0 } } }) });
    await remind();
    expect(await screen.findByText('今天已提醒过，没有需要再次提醒的成员')).toBeInTheDocument();
  });

  it('shows the server’s words when a reminder comes too soon', async () => {
    setup({
      remind: () => ({
        data: null,
        errors: [{ message: '提醒过于频繁，请 10 分钟后再试', path: ['remindDuesArrears'], extensions: { code: 'RATE_LIMITED' } }],
      }),
    });
    await remind();
    expect(await screen.findByTestId('dues-remind-limited')).toHaveTextContent('提醒过于频繁，请 10 分钟后再试');
  });

  it('offers no reminder to who may only read', async () => {
    setup({ canWrite: false });
    await screen.findByTestId('dues-arrear-m-li');
    expect(screen.queryByRole('button', { name: /一键提醒/ })).toBeNull();
    expect(screen.getByRole('link', { name: /导出 \.xlsx/ })).toBeInTheDocument();
  });
});
