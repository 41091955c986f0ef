// Pure helpers of the survey pages: the builder's questions and their checks, the answers and
// their checks, and the shaping of results for the charts.
import { detailGlobalId } from '../../lib/notificationDetail';
import type { AudienceValue } from '../notices/notices';
import type { SurveyAnswerInput, SurveyAudienceInput, SurveyQuestionInput, SurveyQuestionKind } from '../../gql/graphql';

export const QUESTION_KINDS: SurveyQuestionKind[] = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'SHORT_TEXT', 'LONG_TEXT'];
export const MAX_TITLE = 100;
export const MAX_QUESTION = 200;
export const MAX_QUESTIONS = 50;
export const MAX_OPTION = 100;
export const MAX_OPTIONS = 50;
export const MAX_SCALE_LABEL = 20;
export const MAX_SHORT_TEXT = 200;
export const MAX_LONG_TEXT = 2000;

/** A question as the builder edits it. */
export interface DraftQuestion {
  /** A local key for React lists (never sent). */
  key: string;
  kind: SurveyQuestionKind;
  title: string;
  required: boolean;
  options: string[];
  minChoices: number;
  maxChoices: number;
  scaleMin: number;
  scaleMax: number;
  minLabel: string;
  maxLabel: string;
}

let nextKey = 0;

/** A fresh question of `kind` with sensible defaults. */
export function newQuestion(kind: SurveyQuestionKind): DraftQuestion {
  nextKey += 1;
  const choice = kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';
  return {
    key: `q${nextKey}`,
    kind,
    title: '',
    required: true,
    options: choice ? ['', ''] : [],
    minChoices: 1,
    maxChoices: 2,
    scaleMin: 1,
    scaleMax: 5,
    minLabel: '',
    maxLabel: '',
  };
}

/** Whether a kind is answered with options. */
export function isChoice(kind: SurveyQuestionKind): boolean {
  return kind === 'SINGLE_CHOICE' || kind === 'MULTIPLE_CHOICE';
}

/** Whether a kind is answered with text. */
export function isText(kind: SurveyQuestionKind): boolean {
  return kind === 'SHORT_TEXT' || kind === 'LONG_TEXT';
}

// Control characters other than line breaks and tabs (the server refuses them).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_ONE_LINE = /[\u0000-\u001f\u007f-\u009f]/;

/** A problem: an i18n key (under `surveys.problems`) and its values. */
export interface Problem {
  key: string;
  values?: Record<string, number>;
}

/** What is wrong with a question of the builder (empty when nothing), mirroring the server. */
export function questionProblems(q: DraftQuestion): Problem[] {
  const out: Problem[] = [];
  const title = q.title.trim();
  if (!title) out.push({ key: 'questionRequired' });
  else if ([...title].length > MAX_QUESTION) out.push({ key: 'tooLong', values: { max: MAX_QUESTION } });
  if (CONTROL_ONE_LINE.test(title)) out.push({ key: 'control' });
  if (isChoice(q.kind)) {
    const labels = q.options.map((o) => o.trim());
    if (labels.length < 2) out.push({ key: 'twoOptions' });
    if (labels.length > MAX_OPTIONS) out.push({ key: 'tooManyOptions', values: { max: MAX_OPTIONS } });
    if (labels.some((l) => !l)) out.push({ key: 'emptyOption' });
    if (labels.some((l) => [...l].length > MAX_OPTION)) out.push({ key: 'tooLong', values: { max: MAX_OPTION } });
    if (new Set(labels.filter(Boolean)).size !== labels.filter(Boolean).length) out.push({ key: 'duplicateOption' });
    if (q.kind === 'MULTIPLE_CHOICE') {
      if (q.maxChoices < 1 || q.maxChoices > labels.length) out.push({ key: 'maxChoices' });
      if (q.minChoices > q.maxChoices) out.push({ key: 'minOverMax' });
      if (q.required && q.minChoices < 1) out.push({ key: 'minChoices' });
    }
  }
  if (q.kind === 'RATING') {
    if (q.scaleMin < 0 || q.scaleMin > 1) out.push({ key: 'scaleMin' });
    if (q.scaleMax < 2 || q.scaleMax > 10) out.push({ key: 'scaleMax' });
    if ([...q.minLabel.trim()].length > MAX_SCALE_LABEL || [...q.maxLabel.trim()].length > MAX_SCALE_LABEL) {
      out.push({ key: 'tooLong', values: { max: MAX_SCALE_LABEL } });
    }
  }
  return out;
}

/** The question as `createSurvey` takes it: only the fields its kind has. */
export function toQuestionInput(q: DraftQuestion): SurveyQuestionInput {
  const base: SurveyQuestionInput = { kind: q.kind, title: q.title.trim(), required: q.required, options: [] };
  if (isChoice(q.kind)) base.options = q.options.map((o) => o.trim());
  if (q.kind === 'MULTIPLE_CHOICE') {
    base.minChoices = q.minChoices;
    base.maxChoices = q.maxChoices;
  }
  if (q.kind === 'RATING') {
    base.scaleMin = q.scaleMin;
    base.scaleMax = q.scaleMax;
    base.minLabel = q.minLabel.trim() || null;
    base.maxLabel = q.maxLabel.trim() || null;
  }
  return base;
}

/** `list` with the item at `from` moved to `to` (unchanged when either is out of range). */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

/** The audience input of the picker's value (orgs always with their sub-trees). */
export function toAudienceInput(a: AudienceValue): SurveyAudienceInput {
  return {
    orgIds: a.orgs.map((o) => o.orgId),
    lines: a.lines,
    roles: a.roles,
    politicalStatuses: a.politicalStatuses,
    memberIds: a.memberIds,
  };
}

/** A question as the answering page needs it. */
export interface AskedQuestion {
  id: string;
  kind: SurveyQuestionKind;
  required: boolean;
  minChoices?: number | null;
  maxChoices?: number | null;
  scaleMin?: number | null;
  scaleMax?: number | null;
}

/** One answer as the answering page holds it. */
export interface Answer {
  optionIds?: string[];
  rating?: number | null;
  text?: string;
}

/** Whether an answer says anything. */
export function isAnswered(a: Answer | undefined): boolean {
  if (!a) return false;
  return (a.optionIds?.length ?? 0) > 0 || a.rating != null || (a.text ?? '').trim() !== '';
}

/** What is wrong with one answer (null when it may be sent), mirroring the server's checks. */
export function answerProblem(q: AskedQuestion, a: Answer | undefined): Problem | null {
  if (!isAnswered(a)) return q.required ? { key: 'answerRequired' } : null;
  if (isChoice(q.kind)) {
    const n = a?.optionIds?.length ?? 0;
    const min = q.kind === 'SINGLE_CHOICE' ? 1 : Math.max(1, q.minChoices ?? 1);
    const max = q.kind === 'SINGLE_CHOICE' ? 1 : (q.maxChoices ?? n);
    if (n < min) return { key: 'tooFew', values: { count: min } };
    if (n > max) return { key: 'tooMany', values: { count: max } };
  }
  if (q.kind === 'RATING') {
    const r = a?.rating ?? 0;
    const lo = q.scaleMin ?? 1;
    const hi = q.scaleMax ?? 5;
    if (r < lo || r > hi) return { key: 'ratingRange', values: { min: lo, max: hi } };
  }
  if (isText(q.kind)) {
    const text = (a?.text ?? '').trim();
    const max = q.kind === 'SHORT_TEXT' ? MAX_SHORT_TEXT : MAX_LONG_TEXT;
    if ([...text].length > max) return { key: 'tooLong', values: { max } };
    if ((q.kind === 'SHORT_TEXT' ? CONTROL_ONE_LINE : CONTROL).test(text)) return { key: 'control' };
  }
  return null;
}

/** How many questions are answered, of how many (the progress bar). */
export function progress(questions: readonly AskedQuestion[], answers: Record<string, Answer>): { answered: number; total: number; percent: number } {
  const answered = questions.filter((q) => isAnswered(answers[q.id])).length;
  const total = questions.length;
  return { answered, total, percent: total ? Math.round((answered * 100) / total) : 0 };
}

/** The answers as `submitSurveyResponse` takes them: answered questions only, each with its kind's field. */
export function toAnswerInputs(questions: readonly AskedQuestion[], answers: Record<string, Answer>): SurveyAnswerInput[] {
  return questions
    .filter((q) => isAnswered(answers[q.id]))
    .map((q) => {
      const a = answers[q.id];
      if (isChoice(q.kind)) return { questionId: q.id, optionIds: a.optionIds ?? [] };
      if (q.kind === 'RATING') return { questionId: q.id, optionIds: [], rating: a.rating ?? null };
      return { questionId: q.id, optionIds: [], text: (a.text ?? '').trim() };
    });
}

/** The share of `part` in `whole`, in whole per cent (0 when there is no whole). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 100) / whole) : 0;
}

/** One bar of a chart: its label, count, share of the answers and width against the longest. */
export interface Bar {
  key: string;
  label: string;
  count: number;
  share: number;
  width: number;
}

/** Bars for counts, sharing out `answered` and scaled against the largest count. */
export function bars(rows: readonly { key: string; label: string; count: number }[], answered: number): Bar[] {
  const top = Math.max(1, ...rows.map((r) => r.count));
  return rows.map((r) => ({ ...r, share: percent(r.count, answered), width: percent(r.count, top) }));
}

/** Where a `SURVEY` notification leads: its survey (the detail names it by its raw UUID). */
export function surveyNotificationPath(n: { kind: string; detail: unknown }): string | null {
  if (n.kind !== 'SURVEY') return null;
  const id = detailGlobalId(n.detail, 'survey', 'Survey');
  return id ? `/surveys/${encodeURIComponent(id)}` : null;
}
