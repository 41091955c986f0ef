import dayjs from 'dayjs';
import type { DuesCategory, DuesEntryFieldsFragment, DuesLine, DuesPaymentMethod, DuesRollupQuery } from '../../gql/graphql';
import { getDisplayTimeZone } from '../../lib/format';
import { detailObject } from '../../lib/notificationDetail';
import { firstGrantedOrg, highestFirst } from '../../lib/orgs';

/**
 * The pure parts of 党费 / 会费 / 团费: money in fen (分, integers — never floating point on the
 * way in or out), months as `YYYY-MM`, collection rates, ledger balances and the defaults of
 * the dues pages.
 */

export type DuesEntry = DuesEntryFieldsFragment;
export type DuesRollupRow = DuesRollupQuery['duesRollup'][number];

/** The three dues lines, in the order the pages offer them (`dues.lines.*`). */
export const DUES_LINES: DuesLine[] = ['PARTY', 'UNION', 'YOUTH'];
/** What a base is (`dues.categories.*`): 在职, 离退休, 学生, 下岗失业, 依靠救济, 农民. */
export const DUES_CATEGORIES: DuesCategory[] = ['EMPLOYED', 'RETIRED', 'STUDENT', 'LAID_OFF', 'RELIEF', 'FARMER'];
/** How a payment was made (`dues.methods.*`): 现金, 转账, 工资代扣. */
export const PAYMENT_METHODS: DuesPaymentMethod[] = ['CASH', 'TRANSFER', 'PAYROLL'];
/** Ledger entry kinds (`dues.kinds.*`). */
export const ENTRY_KINDS = ['BILL', 'PAYMENT', 'CORRECTION'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
/** Where a base came from (`dues.sources.*`). */
export const BASE_SOURCES = ['MANUAL', 'IMPORT', 'API'] as const;
/** The rules a bill is computed by, as the server names them, and their labels (`dues.rules.*`). */
export const RULE_LABELS: Record<string, string> = {
  'party.dues.employed': 'partyEmployed',
  'party.dues.retired': 'partyRetired',
  'party.dues.flat': 'partyFlat',
  'union.dues': 'union',
  'league.age': 'league',
};
export const ENTRY_KIND_COLORS: Record<EntryKind, string> = { BILL: 'blue', PAYMENT: 'green', CORRECTION: 'orange' };

/** The largest amount the server takes (100 万元), in fen. */
export const MAX_AMOUNT_FEN = 100_000_000;
/** Longest receipt number, in characters. */
export const MAX_RECEIPT = 60;
/** Longest note (a payment's, or a correction's reason), in characters. */
export const MAX_NOTE = 500;
/** 收缴概览 covers this many months, ending with the current one. */
export const ROLLUP_MONTHS = 12;

// ---- Money ----------------------------------------------------------------------------------

const YUAN = /^([+-])?(\d*)(?:\.(\d*))?$/;

/**
 * An amount typed in yuan (「15」「15.5」「1,234.50」「¥15」「-3.2」) as integer fen, read digit
 * by digit (no floating point: 「0.29」 is 29, not 28.999…). Null when it is not an amount, has
 * more than two decimals, is negative without `allowNegative`, or is beyond a safe integer.
 */
export function yuanToFen(text: string | number | null | undefined, { allowNegative = false } = {}): number | null {
  if (text === null || text === undefined) return null;
  const s = String(text).trim().replace(/^¥|^￥/, '').replace(/[,，\s]/g, '');
  const m = YUAN.exec(s);
  if (!m) return null;
  const [, sign, whole = '', frac = ''] = m;
  if (whole === '' && frac === '') return null;
  if (frac.length > 2) return null;
  if (sign === '-' && !allowNegative) return null;
  const fen = Number(whole || '0') * 100 + Number(frac.padEnd(2, '0'));
  if (!Number.isSafeInteger(fen)) return null;
  return sign === '-' ? -fen : fen;
}

/** Fen as plain yuan with two decimals, no symbol or grouping (「1500」 → 「15.00」), for inputs. */
export function fenToYuanText(fen: number): string {
  const abs = Math.abs(Math.trunc(fen));
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return fen < 0 ? `-${text}` : text;
}

/** Fen shown as yuan: 「¥15.00」, 「¥1,234.50」, 「-¥3.20」; with `signed`, 「+¥3.20」 too. */
export function formatYuan(fen: number, { signed = false } = {}): string {
  const abs = Math.abs(Math.trunc(fen));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = `¥${whole}.${String(abs % 100).padStart(2, '0')}`;
  if (fen < 0) return `-${text}`;
  return signed && fen > 0 ? `+${text}` : text;
}

// ---- Months ---------------------------------------------------------------------------------

const MONTH = /^(\d{4})-(\d{2})$/;

/** Whether `s` is a month as the API writes it (`YYYY-MM`, 01–12). */
export function isMonth(s: string | null | undefined): s is string {
  const m = s ? MONTH.exec(s) : null;
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new Error(`not a month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

function monthOf(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** `month` moved by `n` months (negative: earlier): 「2026-01」 − 1 → 「2025-12」. */
export function addMonths(month: string, n: number): string {
  return monthOf(monthIndex(month) + n);
}

/** Months from `from` to `to`, both included, oldest first (empty when `to` is earlier). */
export function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOf(i));
  return out;
}

/** Negative, zero or positive as `a` is before, the same as or after `b`. */
export function compareMonths(a: string, b: string): number {
  return monthIndex(a) - monthIndex(b);
}

/** The current month in the tenant's time zone (the server bills by China's calendar). */
export function currentMonth(now: Date = new Date()): string {
  let d: dayjs.Dayjs;
  try {
    d = dayjs(now).tz(getDisplayTimeZone());
  } catch {
    d = dayjs(now).tz('Asia/Shanghai');
  }
  return d.format('YYYY-MM');
}

/** The last `n` months ending with `to` (收缴概览's window). */
export function lastMonths(n: number, to: string): { fromMonth: string; toMonth: string } {
  return { fromMonth: addMonths(to, -(Math.max(1, n) - 1)), toMonth: to };
}

/** A month picker's value as `YYYY-MM`. */
export function pickerMonth(d: dayjs.Dayjs | null | undefined): string | null {
  return d ? d.format('YYYY-MM') : null;
}

/** A `YYYY-MM` month as a month picker's value. */
export function monthPicker(month: string | null | undefined): dayjs.Dayjs | null {
  return isMonth(month) ? dayjs(`${month}-01`) : null;
}

// ---- Rates and sums -------------------------------------------------------------------------

/**
 * 收缴率: what was paid of what was due (bills plus corrections), in percent with one decimal
 * (2 of 3 → 66.7). Null when nothing was due.
 */
export function collectionRate(paidFen: number, dueFen: number): number | null {
  if (dueFen <= 0) return null;
  // Tenths of a percent, rounded half up, in integers.
  return Math.round((paidFen * 1000) / dueFen) / 10;
}

/** A rate for a table cell: 「66.7%」, 「100%」, or 「—」 when nothing was due. */
export function formatRate(rate: number | null): string {
  if (rate === null) return '—';
  return `${Number.isInteger(rate) ? rate : rate.toFixed(1)}%`;
}

/** What one roll-up row asks for: billed plus corrections. */
export function dueFen(r: Pick<DuesRollupRow, 'billedFen' | 'correctedFen'>): number {
  return r.billedFen + r.correctedFen;
}

export interface MonthTotal {
  month: string;
  billedFen: number;
  correctedFen: number;
  paidFen: number;
  membersBilled: number;
  membersPaid: number;
}

/** The roll-up summed over orgs, one total per month of `months` (zeros where nothing happened). */
export function monthlyTotals(rows: readonly DuesRollupRow[], months: readonly string[]): MonthTotal[] {
  const by = new Map<string, MonthTotal>(
    months.map((month) => [month, { month, billedFen: 0, correctedFen: 0, paidFen: 0, membersBilled: 0, membersPaid: 0 }]),
  );
  for (const r of rows) {
    const t = by.get(r.month);
    if (!t) continue;
    t.billedFen += r.billedFen;
    t.correctedFen += r.correctedFen;
    t.paidFen += r.paidFen;
    t.membersBilled += r.membersBilled;
    t.membersPaid += r.membersPaid;
  }
  return months.map((m) => by.get(m)!);
}

/** All rows summed (the table's 合计). */
export function rollupTotal(rows: readonly DuesRollupRow[]): Omit<MonthTotal, 'month'> {
  return rows.reduce(
    (s, r) => ({
      billedFen: s.billedFen + r.billedFen,
      correctedFen: s.correctedFen + r.correctedFen,
      paidFen: s.paidFen + r.paidFen,
      membersBilled: s.membersBilled + r.membersBilled,
      membersPaid: s.membersPaid + r.membersPaid,
    }),
    { billedFen: 0, correctedFen: 0, paidFen: 0, membersBilled: 0, membersPaid: 0 },
  );
}

/** The roll-up table's rows: newest month first, then as the server ordered the orgs. */
export function rollupTableRows(rows: readonly DuesRollupRow[]): DuesRollupRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => compareMonths(b.r.month, a.r.month) || a.i - b.i)
    .map(({ r }) => r);
}

// ---- A member's ledger ----------------------------------------------------------------------

/** What an entry does to what is owed: bills and corrections add, payments take away. */
export function owedDelta(e: Pick<DuesEntry, 'kind' | 'amountFen'>): number {
  return e.kind === 'PAYMENT' ? -e.amountFen : e.amountFen;
}

export interface Owed {
  /** Owed over all months (what was overpaid in one month counts against another). */
  owedFen: number;
  /** Months with something still owed. */
  monthsOwed: number;
  /** The oldest of them. */
  oldestMonth: string | null;
  /** Owed per month with something owed, oldest first. */
  byMonth: { month: string; owedFen: number }[];
}

/** What a ledger still asks for, as the arrears list counts it. */
export function owed(entries: readonly Pick<DuesEntry, 'kind' | 'amountFen' | 'month'>[]): Owed {
  const per = new Map<string, number>();
  for (const e of entries) per.set(e.month, (per.get(e.month) ?? 0) + owedDelta(e));
  const months = [...per.entries()].sort(([a], [b]) => compareMonths(a, b));
  const owing = months.filter(([, v]) => v > 0);
  return {
    owedFen: Math.max(0, months.reduce((s, [, v]) => s + v, 0)),
    monthsOwed: owing.length,
    oldestMonth: owing[0]?.[0] ?? null,
    byMonth: owing.map(([month, owedFen]) => ({ month, owedFen })),
  };
}

/** The entries with the balance owed after each (in the server's order: oldest month first). */
export function withBalance<E extends Pick<DuesEntry, 'kind' | 'amountFen'>>(entries: readonly E[]): (E & { balanceFen: number })[] {
  let balance = 0;
  return entries.map((e) => {
    balance += owedDelta(e);
    return { ...e, balanceFen: balance };
  });
}

/** What to prefill a payment with: the oldest month still owed and its amount, else this month. */
export function paymentDefaults(entries: readonly Pick<DuesEntry, 'kind' | 'amountFen' | 'month'>[], thisMonth: string): { month: string; amountFen: number | null } {
  const first = owed(entries).byMonth[0];
  return first ? { month: first.month, amountFen: first.owedFen } : { month: thisMonth, amountFen: null };
}

/** The base in force on each line in `month` (the history is newest first per line). */
export function currentBases<B extends { line: string; fromMonth: string }>(bases: readonly B[], month: string): Map<string, B> {
  const out = new Map<string, B>();
  for (const b of bases) {
    if (!out.has(b.line) && isMonth(b.fromMonth) && compareMonths(b.fromMonth, month) <= 0) out.set(b.line, b);
  }
  return out;
}

// ---- Scope and links ------------------------------------------------------------------------

/**
 * The org the dues pages open with: none (the whole tenant) for who holds dues rights
 * tenant-wide; else the first unit of the line a grant covers (the highest, then by path),
 * else a unit under one; null when none is theirs (the page asks to choose).
 */
export function defaultDuesOrg(
  orgs: readonly { id: string; path: string; depth: number }[],
  grants: readonly { role: string; scope: string }[],
  tenantWide: boolean,
): string | null {
  if (tenantWide) return null;
  return firstGrantedOrg(highestFirst(orgs), grants)?.id ?? null;
}

/** 导出 .xlsx: the arrears list of a line under an org (none: the whole tenant). */
export function arrearsExportUrl(line: DuesLine, organizationId: string | null): string {
  const q = new URLSearchParams({ line });
  if (organizationId) q.set('organization', organizationId);
  return `/export/dues-arrears.xlsx?${q.toString()}`;
}

/** A line code from the URL, or the default (党费). */
export function parseDuesLine(s: string | null | undefined): DuesLine {
  return (DUES_LINES as string[]).includes(s ?? '') ? (s as DuesLine) : 'PARTY';
}

/**
 * The line a dues reminder (a REMINDER notification from 一键提醒) is about — its `detail.dues`,
 * from the JSON scalar or its text — or null for any other notification.
 */
export function duesReminderLine(detail: unknown): DuesLine | null {
  const line = detailObject(detail)?.dues;
  return typeof line === 'string' && (DUES_LINES as string[]).includes(line) ? (line as DuesLine) : null;
}
