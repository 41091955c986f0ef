import { afterEach, describe, expect, it } from 'vitest';
import { setDisplayTimeZone } from '../../lib/format';
import {
  addMonths,
  arrearsExportUrl,
  collectionRate,
  compareMonths,
  currentBases,
  currentMonth,
  defaultDuesOrg,
  duesReminderLine,
  fenToYuanText,
  formatRate,
  formatYuan,
  isMonth,
  lastMonths,
  monthPicker,
  monthRange,
  monthlyTotals,
  owed,
  parseDuesLine,
  paymentDefaults,
  pickerMonth,
  rollupTableRows,
  rollupTotal,
  withBalance,
  yuanToFen,
  type DuesRollupRow,
} from './dues';

describe('yuanToFen', () => {
  it('reads yuan digit by digit, without floating-point surprises', () => {
    expect(yuanToFen('15')).toBe(1500);
    expect(yuanToFen('15.5')).toBe(1550);
    expect(yuanToFen('15.50')).toBe(1550);
    expect(yuanToFen('0.29')).toBe(29); // 0.29 * 100 is 28.999999999999996 in floating point
    expect(yuanToFen('1.10')).toBe(110);
    expect(yuanToFen('4.35')).toBe(435); // 4.35 * 100 is 434.99999999999994
    expect(yuanToFen('.5')).toBe(50);
    expect(yuanToFen('3000.')).toBe(300000);
    expect(yuanToFen(' ¥1,234.56 ')).toBe(123456);
    expect(yuanToFen('￥20')).toBe(2000);
    expect(yuanToFen(3000)).toBe(300000);
    expect(yuanToFen('0')).toBe(0);
  });

  it('refuses what is not an amount in fen', () => {
    for (const bad of ['', ' ', '.', 'abc', '1.234', '1e3', '12a', '--1', '1.2.3', null, undefined]) {
      expect(yuanToFen(bad), String(bad)).toBeNull();
    }
    expect(yuanToFen('99999999999999999')).toBeNull();
  });

  it('takes a sign only where negative amounts are allowed (corrections)', () => {
    expect(yuanToFen('-3.2')).toBeNull();
    expect(yuanToFen('-3.2', { allowNegative: true })).toBe(-320);
    expect(yuanToFen('+3.2', { allowNegative: true })).toBe(320);
    expect(yuanToFen('-0.07', { allowNegative: true })).toBe(-7);
  });
});

describe('formatYuan and fenToYuanText', () => {
  it('show fen as yuan with two decimals', () => {
    expect(formatYuan(1500)).toBe('¥15.00');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(0)).toBe('¥0.00');
    expect(formatYuan(123456789)).toBe('¥1,234,567.89');
    expect(formatYuan(-320)).toBe('-¥3.20');
    expect(formatYuan(320, { signed: true })).toBe('+¥3.20');
    expect(formatYuan(-320, { signed: true })).toBe('-¥3.20');
    expect(fenToYuanText(1550)).toBe('15.50');
    expect(fenToYuanText(-7)).toBe('-0.07');
    expect(fenToYuanText(300000)).toBe('3000.00');
  });

  it('round-trip through the input text', () => {
    for (const fen of [0, 1, 29, 435, 1500, 99_999_999, -1, -12345]) {
      expect(yuanToFen(fenToYuanText(fen), { allowNegative: true })).toBe(fen);
    }
  });
});

describe('months', () => {
  afterEach(() => setDisplayTimeZone('Asia/Shanghai'));

  it('add and subtract across years', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-06', -11)).toBe('2025-07');
    expect(addMonths('2026-06', 0)).toBe('2026-06');
    expect(addMonths('2026-06', 30)).toBe('2028-12');
  });

  it('list a range, compare and check the format', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2026-02', '2026-01')).toEqual([]);
    expect(compareMonths('2025-12', '2026-01')).toBeLessThan(0);
    expect(compareMonths('2026-01', '2026-01')).toBe(0);
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-00')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('read the current month in the tenant’s zone, and the twelve months ending with it', () => {
    // 2026-05-31 17:00 UTC is already June 1st in Shanghai.
    const now = new Date('2026-05-31T17:00:00Z');
    expect(currentMonth(now)).toBe('2026-06');
    setDisplayTimeZone('Europe/London');
    expect(currentMonth(now)).toBe('2026-05');
    expect(lastMonths(12, '2026-06')).toEqual({ fromMonth: '2025-07', toMonth: '2026-06' });
    expect(lastMonths(1, '2026-06')).toEqual({ fromMonth: '2026-06', toMonth: '2026-06' });
  });

  it('convert to and from the month picker', () => {
    expect(pickerMonth(monthPicker('2026-03'))).toBe('2026-03');
    expect(monthPicker('nonsense')).toBeNull();
    expect(pickerMonth(null)).toBeNull();
  });
});

describe('collection rates', () => {
  it('are paid over due in percent with one decimal, none when nothing is due', () => {
    expect(collectionRate(1000, 1500)).toBe(66.7);
    expect(collectionRate(1500, 1500)).toBe(100);
    expect(collectionRate(0, 1500)).toBe(0);
    expect(collectionRate(1, 3)).toBe(33.3);
    expect(collectionRate(2000, 1500)).toBe(133.3);
    expect(collectionRate(100, 0)).toBeNull();
    expect(collectionRate(100, -50)).toBeNull();
    expect(formatRate(66.7)).toBe('66.7%');
    expect(formatRate(100)).toBe('100%');
    expect(formatRate(null)).toBe('—');
  });
});

const row = (over: Partial<DuesRollupRow>): DuesRollupRow => ({
  orgId: 'o1',
  orgName: '第一党支部',
  month: '2026-05',
  billedFen: 0,
  correctedFen: 0,
  paidFen: 0,
  membersBilled: 0,
  membersPaid: 0,
  ...over,
});

describe('roll-ups', () => {
  const rows = [
    row({ month: '2026-05', billedFen: 3000, paidFen: 1500, membersBilled: 2, membersPaid: 1 }),
    row({ orgId: 'o2', orgName: '第二党支部', month: '2026-05', billedFen: 1000, correctedFen: -200, paidFen: 800, membersBilled: 1, membersPaid: 1 }),
    row({ month: '2026-06', billedFen: 3000, membersBilled: 2 }),
  ];

  it('sum per month over orgs, with empty months as zeros', () => {
    expect(monthlyTotals(rows, ['2026-04', '2026-05', '2026-06'])).toEqual([
      { month: '2026-04', billedFen: 0, correctedFen: 0, paidFen: 0, membersBilled: 0, membersPaid: 0 },
      { month: '2026-05', billedFen: 4000, correctedFen: -200, paidFen: 2300, membersBilled: 3, membersPaid: 2 },
      { month: '2026-06', billedFen: 3000, correctedFen: 0, paidFen: 0, membersBilled: 2, membersPaid: 0 },
    ]);
    expect(rollupTotal(rows)).toEqual({ billedFen: 7000, correctedFen: -200, paidFen: 2300, membersBilled: 5, membersPaid: 2 });
  });

  it('list the newest month first, keeping the server’s org order within a month', () => {
    expect(rollupTableRows(rows).map((r) => `${r.month} ${r.orgName}`)).toEqual(['2026-06 第一党支部', '2026-05 第一党支部', '2026-05 第二党支部']);
  });
});

describe('a member’s ledger', () => {
  const entries = [
    { kind: 'BILL', amountFen: 1500, month: '2026-04' },
    { kind: 'PAYMENT', amountFen: 1500, month: '2026-04' },
    { kind: 'BILL', amountFen: 1500, month: '2026-05' },
    { kind: 'CORRECTION', amountFen: -300, month: '2026-05' },
    { kind: 'BILL', amountFen: 1500, month: '2026-06' },
    { kind: 'PAYMENT', amountFen: 500, month: '2026-06' },
  ];

  it('counts what is owed as the arrears list does', () => {
    expect(owed(entries)).toEqual({
      owedFen: 2200,
      monthsOwed: 2,
      oldestMonth: '2026-05',
      byMonth: [
        { month: '2026-05', owedFen: 1200 },
        { month: '2026-06', owedFen: 1000 },
      ],
    });
    expect(owed([])).toEqual({ owedFen: 0, monthsOwed: 0, oldestMonth: null, byMonth: [] });
    // Overpaid: nothing owed.
    expect(owed([{ kind: 'PAYMENT', amountFen: 100, month: '2026-01' }]).owedFen).toBe(0);
  });

  it('runs the balance after each entry', () => {
    expect(withBalance(entries).map((e) => e.balanceFen)).toEqual([1500, 0, 1500, 1200, 2700, 2200]);
  });

  it('prefills a payment with the oldest month owed, else this month', () => {
    expect(paymentDefaults(entries, '2026-07')).toEqual({ month: '2026-05', amountFen: 1200 });
    expect(paymentDefaults([], '2026-07')).toEqual({ month: '2026-07', amountFen: null });
  });

  it('finds the base in force per line', () => {
    const bases = [
      { id: 'b3', line: 'PARTY', fromMonth: '2026-08' },
      { id: 'b2', line: 'PARTY', fromMonth: '2026-01' },
      { id: 'b1', line: 'PARTY', fromMonth: '2025-01' },
      { id: 'u1', line: 'UNION', fromMonth: '2026-07' },
    ];
    const now = currentBases(bases, '2026-07');
    expect(now.get('PARTY')?.id).toBe('b2');
    expect(now.get('UNION')?.id).toBe('u1');
    expect(now.has('YOUTH')).toBe(false);
  });
});

describe('scope and links', () => {
  const orgs = [
    { id: 'top', path: 'a', depth: 0 },
    { id: 'b1', path: 'a.b1', depth: 1 },
    { id: 'b2', path: 'a.b2', depth: 1 },
    { id: 'g1', path: 'a.b2.g1', depth: 2 },
  ];

  it('opens the whole tenant for tenant-wide rights, else the viewer’s own unit', () => {
    expect(defaultDuesOrg(orgs, [{ role: 'tenant_admin', scope: 'tenant' }], true)).toBeNull();
    expect(defaultDuesOrg(orgs, [{ role: 'member', scope: 'tenant' }, { role: 'officer', scope: 'a.b2' }], false)).toBe('b2');
    // Two grants: the higher unit.
    expect(defaultDuesOrg(orgs, [{ role: 'officer', scope: 'a.b2.g1' }, { role: 'org_admin', scope: 'a.b1' }], false)).toBe('b1');
    // A grant on a unit of another line: a unit under it, if any, else none.
    expect(defaultDuesOrg(orgs, [{ role: 'officer', scope: 'a.b2.x' }], false)).toBeNull();
    expect(defaultDuesOrg(orgs.slice(3), [{ role: 'officer', scope: 'a.b2' }], false)).toBe('g1');
    // The base role does not make a unit theirs.
    expect(defaultDuesOrg(orgs, [{ role: 'member', scope: 'a.b1' }], false)).toBeNull();
  });

  it('links the arrears export and reads the line from the URL', () => {
    expect(arrearsExportUrl('PARTY', 'T3Jn')).toBe('/export/dues-arrears.xlsx?line=PARTY&organization=T3Jn');
    expect(arrearsExportUrl('UNION', null)).toBe('/export/dues-arrears.xlsx?line=UNION');
    expect(parseDuesLine('YOUTH')).toBe('YOUTH');
    expect(parseDuesLine('ADMIN')).toBe('PARTY');
    expect(parseDuesLine(null)).toBe('PARTY');
  });
});

describe('duesReminderLine', () => {
  it('reads the line of a dues reminder from its detail, as JSON or text', () => {
    expect(duesReminderLine({ dues: 'PARTY', owedFen: 1500, monthsOwed: 1 })).toBe('PARTY');
    expect(duesReminderLine('{"dues":"YOUTH"}')).toBe('YOUTH');
    expect(duesReminderLine({ dueAt: '2026-06-01T00:00:00Z' })).toBeNull();
    expect(duesReminderLine({ dues: 'ADMIN' })).toBeNull();
    expect(duesReminderLine('not json')).toBeNull();
    expect(duesReminderLine(null)).toBeNull();
  });
});
