/**
 * @ mentions in the composer, as pure functions: where an @ being typed starts, what it
 * filters by, inserting the chosen "@姓名 ", and which recorded mentions are still in the text
 * when it is sent.
 */

/** The name @all is written with. */
export const MENTION_ALL_NAME = '所有人';
/** The longest text after @ that still counts as choosing someone (names are short). */
export const MAX_MENTION_QUERY = 20;
/** At most this many members are offered at once. */
export const MENTION_OPTIONS = 8;

/** A member who can be mentioned. */
export interface MentionCandidate {
  id: string;
  name: string;
}

/** A mention recorded when it was chosen: `id` null for @所有人. */
export interface PickedMention {
  id: string | null;
  name: string;
}

/** The @ being typed: where it starts (the index of "@") and the text after it up to the caret. */
export interface MentionQuery {
  start: number;
  query: string;
}

// Characters that end a mention being typed (and may stand right before an "@" that starts one).
const BREAK = /[\s@]/;
// An "@" right after a letter or digit is part of an address (li@example.cn), not a mention.
const WORDLIKE = /[A-Za-z0-9._%+-]/;

/**
 * The mention being typed at `caret`, if any: an "@" at the start or after a space or
 * punctuation, followed by at most 20 characters without a space or another "@".
 */
export function activeMention(text: string, caret: number): MentionQuery | null {
  const upto = text.slice(0, Math.max(0, Math.min(caret, text.length)));
  const at = upto.lastIndexOf('@');
  if (at < 0) return null;
  const query = upto.slice(at + 1);
  if (BREAK.test(query) || Array.from(query).length > MAX_MENTION_QUERY) return null;
  const before = at > 0 ? upto[at - 1] : '';
  if (before && WORDLIKE.test(before)) return null;
  return { start: at, query };
}

/** Replaces the typed "@query" (from `start` to `caret`) by "@name "; returns the text and the caret after it. */
export function insertMention(text: string, start: number, caret: number, name: string): { text: string; caret: number } {
  const inserted = `@${name} `;
  // A space already following need not be doubled.
  const rest = text.slice(caret);
  const next = `${text.slice(0, start)}${inserted}${rest.startsWith(' ') ? rest.slice(1) : rest}`;
  return { text: next, caret: start + inserted.length };
}

/**
 * Members to offer for `query`: names containing it (ignoring case), those starting with it
 * first; never the viewer. `canMentionAll` (admins) puts 所有人 first when it matches.
 */
export function mentionOptions(
  members: readonly MentionCandidate[],
  query: string,
  { viewerId, canMentionAll = false, limit = MENTION_OPTIONS }: { viewerId?: string | null; canMentionAll?: boolean; limit?: number } = {},
): PickedMention[] {
  const q = query.trim().toLowerCase();
  const found = members
    .filter((m) => m.id !== viewerId && (!q || m.name.toLowerCase().includes(q)))
    .map((m, i) => ({ m, i, prefix: m.name.toLowerCase().startsWith(q) ? 0 : 1 }))
    .sort((a, b) => a.prefix - b.prefix || a.i - b.i)
    .slice(0, limit)
    .map(({ m }): PickedMention => ({ id: m.id, name: m.name }));
  const all = canMentionAll && (!q || MENTION_ALL_NAME.includes(q));
  return all ? [{ id: null, name: MENTION_ALL_NAME }, ...found] : found;
}

function mentioned(text: string, name: string): boolean {
  const token = `@${name}`;
  let from = 0;
  for (;;) {
    const i = text.indexOf(token, from);
    if (i < 0) return false;
    const after = text.charAt(i + token.length);
    // "@王芳" must not count for a "@王芳芳" typed later: the name ends at a break or the end.
    if (after === '' || BREAK.test(after) || /[，。,.!！?？:：;；、)）]/.test(after)) return true;
    from = i + 1;
  }
}

/**
 * What to send for the text: the recorded members whose "@姓名" is still in it (once each) and
 * whether "@所有人" is (only when it was chosen, i.e. the viewer may).
 */
export function resolveMentions(text: string, picked: readonly PickedMention[]): { mentionIds: string[]; mentionAll: boolean } {
  const ids: string[] = [];
  let all = false;
  for (const p of picked) {
    if (!mentioned(text, p.name)) continue;
    if (p.id === null) all = true;
    else if (!ids.includes(p.id)) ids.push(p.id);
  }
  return { mentionIds: ids, mentionAll: all };
}

/** A message text cut into plain runs and "@姓名" runs (to style the latter). */
export function splitMentions(body: string): { text: string; mention: boolean }[] {
  const out: { text: string; mention: boolean }[] = [];
  // Not after a letter or digit (an address); up to a space or punctuation.
  const re = /(?<![A-Za-z0-9._%+-])@[^\s@，。、,.:：;；!！?？)）]{1,20}/g;
  let last = 0;
  for (const m of body.matchAll(re)) {
    const start = m.index ?? 0;
    if (start > last) out.push({ text: body.slice(last, start), mention: false });
    out.push({ text: m[0], mention: true });
    last = start + m[0].length;
  }
  if (last < body.length) out.push({ text: body.slice(last), mention: false });
  return out;
}
