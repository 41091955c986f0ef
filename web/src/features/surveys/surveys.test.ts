import { describe, expect, it } from 'vitest';
import {
  answerProblem,
  bars,
  move,
  newQuestion,
  progress,
  questionProblems,
  surveyNotificationPath,
  toAnswerInputs,
  toQuestionInput,
  type AskedQuestion,
} from './surveys';

const keys = (q: ReturnType<typeof newQuestion>) => questionProblems(q).map((p) => p.key);

describe('the survey builder', () => {
  it('accepts a complete choice question and names what is missing in an empty one', () => {
    const q = { ...newQuestion('SINGLE_CHOICE'), title: '您参加了几次活动', options: ['一次', '两次'] };
    expect(questionProblems(q)).toEqual([]);
    expect(keys(newQuestion('SINGLE_CHOICE'))).toEqual(['questionRequired', 'emptyOption']);
  });

  it('refuses duplicate options, too few options and control characters', () => {
    const q = { ...newQuestion('SINGLE_CHOICE'), title: '问\u0000', options: ['同', ' 同 '] };
    expect(keys(q)).toEqual(['control', 'duplicateOption']);
    expect(keys({ ...q, title: '问', options: ['唯一'] })).toEqual(['twoOptions']);
  });

  it('keeps multiple choice bounds within the options', () => {
    const q = { ...newQuestion('MULTIPLE_CHOICE'), title: '形式', options: ['甲', '乙', '丙'], minChoices: 3, maxChoices: 2 };
    expect(keys(q)).toEqual(['minOverMax']);
    expect(keys({ ...q, minChoices: 1, maxChoices: 4 })).toEqual(['maxChoices']);
  });

  it('keeps a rating scale between 0 or 1 and 2 to 10', () => {
    const q = { ...newQuestion('RATING'), title: '满意度' };
    expect(keys(q)).toEqual([]);
    expect(keys({ ...q, scaleMax: 11 })).toEqual(['scaleMax']);
    expect(keys({ ...q, scaleMin: 2 })).toEqual(['scaleMin']);
  });

  it('sends only the fields of the question kind', () => {
    expect(toQuestionInput({ ...newQuestion('SHORT_TEXT'), title: ' 建议 ' })).toEqual({ kind: 'SHORT_TEXT', title: '建议', required: true, options: [] });
    expect(toQuestionInput({ ...newQuestion('RATING'), title: '分', maxLabel: '非常满意' })).toEqual({
      kind: 'RATING',
      title: '分',
      required: true,
      options: [],
      scaleMin: 1,
      scaleMax: 5,
      minLabel: null,
      maxLabel: '非常满意',
    });
  });

  it('reorders questions and leaves the list alone when a move is out of range', () => {
    expect(move(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, 5)).toEqual(['a', 'b']);
  });
});

const asked: AskedQuestion[] = [
  { id: 'q1', kind: 'SINGLE_CHOICE', required: true },
  { id: 'q2', kind: 'MULTIPLE_CHOICE', required: false, minChoices: 1, maxChoices: 2 },
  { id: 'q3', kind: 'RATING', required: true, scaleMin: 1, scaleMax: 5 },
  { id: 'q4', kind: 'SHORT_TEXT', required: false },
];

describe('answering a survey', () => {
  it('asks for required answers and checks each against its question', () => {
    expect(answerProblem(asked[0], undefined)).toEqual({ key: 'answerRequired' });
    expect(answerProblem(asked[1], undefined)).toBeNull();
    expect(answerProblem(asked[1], { optionIds: ['a', 'b', 'c'] })).toEqual({ key: 'tooMany', values: { count: 2 } });
    expect(answerProblem(asked[2], { rating: 6 })).toEqual({ key: 'ratingRange', values: { min: 1, max: 5 } });
    expect(answerProblem(asked[3], { text: 'x'.repeat(201) })).toEqual({ key: 'tooLong', values: { max: 200 } });
    expect(answerProblem(asked[3], { text: '换\n行' })).toEqual({ key: 'control' });
  });

  it('counts progress and sends answered questions only', () => {
    const answers = { q1: { optionIds: ['o1'] }, q3: { rating: 4 }, q4: { text: '  ' } };
    expect(progress(asked, answers)).toEqual({ answered: 2, total: 4, percent: 50 });
    expect(toAnswerInputs(asked, answers)).toEqual([
      { questionId: 'q1', optionIds: ['o1'] },
      { questionId: 'q3', optionIds: [], rating: 4 },
    ]);
  });
});

describe('survey results', () => {
  it('shares counts out of the answers and scales bars against the largest', () => {
    const got = bars(
      [
        { key: 'a', label: '满意', count: 3 },
        { key: 'b', label: '一般', count: 1 },
        { key: 'c', label: '不满意', count: 0 },
      ],
      4,
    );
    expect(got.map((b) => [b.share, b.width])).toEqual([
      [75, 100],
      [25, 33],
      [0, 0],
    ]);
    expect(bars([], 0)).toEqual([]);
  });

  it('leads a SURVEY notification to its survey', () => {
    const raw = '0193e7a0-0000-7000-8000-000000000001';
    expect(surveyNotificationPath({ kind: 'SURVEY', detail: { survey: raw } })).toMatch(/^\/surveys\//);
    expect(surveyNotificationPath({ kind: 'VOTE', detail: { survey: raw } })).toBeNull();
  });
});
