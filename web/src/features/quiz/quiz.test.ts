import { describe, expect, it } from 'vitest';
import { answerText, answered, clock, quizNotificationPath, secondsLeft } from './quiz';
import { toInput, toValues } from './QuestionEditor';
import { questionCount } from './QuizCreateDialog';

const t = (k: string) => ({ 'quiz.true': '对', 'quiz.false': '错', 'quiz.noAnswer': '未作答' })[k] ?? k;

describe('quiz helpers', () => {
  it('counts down on the server’s clock, whatever the client’s clock says', () => {
    const received = Date.parse('2026-12-01T00:00:00Z');
    // The client's clock runs 30 s behind the server's.
    const serverNow = '2026-12-01T00:00:30Z';
    expect(secondsLeft('2026-12-01T00:10:30Z', serverNow, received, received)).toBe(600);
    expect(secondsLeft('2026-12-01T00:10:30Z', serverNow, received, received + 599_500)).toBe(0);
    expect(secondsLeft('2026-12-01T00:10:30Z', serverNow, received, received + 700_000)).toBe(0);
  });

  it('shows minutes and seconds, and hours when there are any', () => {
    expect(clock(65)).toBe('01:05');
    expect(clock(3725)).toBe('1:02:05');
    expect(clock(-3)).toBe('00:00');
  });

  it('says answers as members read them', () => {
    expect(answerText('MULTIPLE', ['A', 'C'], t)).toBe('AC');
    expect(answerText('TRUE_FALSE', ['FALSE'], t)).toBe('错');
    expect(answerText('FILL_BLANK', ['民主集中', '为人民服务'], t)).toBe('民主集中；为人民服务');
    expect(answerText('SINGLE', null, t)).toBe('未作答');
    expect(answered(['', ' '])).toBe(false);
    expect(answered(['', 'x'])).toBe(true);
  });

  it('leads QUIZ notifications to my quizzes', () => {
    expect(quizNotificationPath({ kind: 'QUIZ', detail: { quiz: 'q1' } })).toBe('/quiz');
    expect(quizNotificationPath({ kind: 'POINTS', detail: {} })).toBeNull();
  });

  it('turns the editor’s values into the answer field of the kind', () => {
    const v = toValues(null);
    expect(toInput({ ...v, kind: 'SINGLE', options: ['甲', '乙'], single: 'B' }).answer).toEqual(['B']);
    expect(toInput({ ...v, kind: 'TRUE_FALSE', truth: 'FALSE' })).toMatchObject({ answer: ['FALSE'], options: [] });
    expect(toInput({ ...v, kind: 'FILL_BLANK', blanks: ['共产主义', ' 七一 | 7月1日 '] }).blanks).toEqual([['共产主义'], ['七一', '7月1日']]);
  });

  it('counts the questions a quiz form asks for', () => {
    expect(questionCount({ mode: 'FIXED', questionIds: ['a', 'b'] })).toBe(2);
    expect(questionCount({ mode: 'RANDOM', single: 3, trueFalse: 2 })).toBe(5);
  });
});
