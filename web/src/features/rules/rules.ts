// Statutory-rule parameters (JSON scalars of the API): how they are shown and how an edited
// copy is checked before it is sent. Pure, so it is tested without rendering.
import type { TFunction } from 'i18next';

export type Scalar = string | number | boolean | null;

/** One piece of a rule's parameters as the page shows it. */
export type ParamBlock =
  /** Flat `key: value` pairs, shown as tags. */
  | { kind: 'scalars'; items: { key: string; value: Scalar }[] }
  /** An array of plain values (`beforeDays: [7, 1]`), shown as a labelled row of tags. */
  | { kind: 'list'; key: string; items: Scalar[] }
  /** An array of flat objects (dues brackets), shown as a small table. */
  | { kind: 'table'; key: string; columns: string[]; rows: Record<string, Scalar>[] }
  /** Anything deeper, pretty-printed JSON; `key` is null for a value that is not an object. */
  | { kind: 'json'; key: string | null; text: string };

export function isScalar(v: unknown): v is Scalar {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isFlatObject(v: unknown): v is Record<string, Scalar> {
  return isPlainObject(v) && Object.values(v).every(isScalar);
}

/** Pretty-printed JSON, as the editor shows it. */
export function prettyJson(v: unknown): string {
  return JSON.stringify(v, null, 2) ?? 'null';
}

/**
 * Splits parameters into blocks: the flat values first (one block, in their order), then each
 * array or nested value in its own block.
 */
export function paramBlocks(params: unknown): ParamBlock[] {
  if (!isPlainObject(params)) {
    return params === undefined ? [] : [{ kind: 'json', key: null, text: prettyJson(params) }];
  }
  const scalars: { key: string; value: Scalar }[] = [];
  const rest: ParamBlock[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (isScalar(value)) {
      scalars.push({ key, value });
    } else if (Array.isArray(value) && value.length > 0 && value.every(isScalar)) {
      rest.push({ kind: 'list', key, items: value });
    } else if (Array.isArray(value) && value.length > 0 && value.every(isFlatObject)) {
      const columns: string[] = [];
      for (const row of value) for (const k of Object.keys(row)) if (!columns.includes(k)) columns.push(k);
      rest.push({ kind: 'table', key, columns, rows: value });
    } else {
      rest.push({ kind: 'json', key, text: prettyJson(value) });
    }
  }
  return scalars.length > 0 ? [{ kind: 'scalars', items: scalars }, ...rest] : rest;
}

/** Why an edited text cannot be sent as parameters. */
export type ParamsProblem =
  | { kind: 'empty' }
  /** `line`/`column` (1-based) when the engine tells where; `fullWidth` when it has Chinese punctuation. */
  | { kind: 'syntax'; line?: number; column?: number; fullWidth: boolean }
  /** The defaults are an object, the text is not. */
  | { kind: 'notObject' };

export type ParamsParse = { ok: true; value: unknown } | { ok: false; problem: ParamsProblem };

/** Full-width quotes and punctuation that an input method slips into JSON. */
const FULL_WIDTH = /[“”‘’，：｛｝［］]/;

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where a `JSON.parse` error points, from its message (engines word it differently). */
function errorPosition(text: string, message: string): { line?: number; column?: number } {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  if (/end of (JSON )?(data|input)/i.test(message)) return lineColumn(text, text.trimEnd().length);
  return {};
}

/**
 * Parses edited parameters. `like` is the rule's default: when it is an object, the edit must
 * be one too (the server then checks keys and kinds of values).
 */
export function parseParams(text: string, like?: unknown): ParamsParse {
  if (!text.trim()) return { ok: false, problem: { kind: 'empty' } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { kind: 'syntax', ...errorPosition(text, message), fullWidth: FULL_WIDTH.test(text) } };
  }
  if (isPlainObject(like) && !isPlainObject(value)) return { ok: false, problem: { kind: 'notObject' } };
  return { ok: true, value };
}

/** The message for a problem, shown under the parameters field. */
export function paramsProblemMessage(t: TFunction, problem: ParamsProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('rules.json.empty');
    case 'notObject':
      return t('rules.json.notObject');
    case 'syntax': {
      const where =
        problem.line !== undefined && problem.column !== undefined
          ? t('rules.json.syntaxAt', { line: problem.line, column: problem.column })
          : t('rules.json.syntax');
      return problem.fullWidth ? `${where}${t('rules.json.fullWidth')}` : where;
    }
  }
}

/** The rule fields the list filters and groups on. */
export interface RuleLike {
  key: string;
  area: string;
  title: string;
}

/**
 * Rules whose title or key contains `search` (case-insensitive) and, when `area` is set, in that
 * area, grouped by area in the order the areas first appear.
 */
export function groupRules<R extends RuleLike>(rules: readonly R[], search = '', area: string | null = null): { area: string; rules: R[] }[] {
  const q = search.trim().toLowerCase();
  const groups = new Map<string, R[]>();
  for (const r of rules) {
    if (area && r.area !== area) continue;
    if (q && !r.title.toLowerCase().includes(q) && !r.key.toLowerCase().includes(q)) continue;
    const list = groups.get(r.area);
    if (list) list.push(r);
    else groups.set(r.area, [r]);
  }
  return [...groups].map(([a, rs]) => ({ area: a, rules: rs }));
}

/** The areas in the order they first appear. */
export function ruleAreas(rules: readonly RuleLike[]): string[] {
  return [...new Set(rules.map((r) => r.area))];
}
