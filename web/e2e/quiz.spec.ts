import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 测验考试: an officer (the administrator) has a bank and a quiz for a branch; a member, on a
// phone (375 px), starts it, answers with the countdown running, submits after the
// confirmation and reads the review; the officer sees the member's score in the results.

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E测验党支部${T.slug.slice(4)}`, line: 'PARTY' });
  const member = { name: '韩测验', email: `han-${T.slug}@e2e.tongxin.test`, password: 'Hancy2026e2e' };
  await apiAddMember(token, member, branch);
  const { createQuestionBank } = await apiGraphql<{ createQuestionBank: { id: string } }>(
    'mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id } }',
    { i: { orgId: branch, name: '党章题库' } },
    token,
  );
  const questions = [
    { kind: 'SINGLE', stem: '中国共产党第一次全国代表大会于哪一年召开？', options: ['1919年', '1921年', '1927年'], answer: ['B'], explanation: '1921年7月，中共一大在上海召开。' },
    { kind: 'TRUE_FALSE', stem: '预备党员的预备期为一年。', answer: ['TRUE'], explanation: '党章规定：预备党员的预备期为一年。' },
  ];
  const ids: string[] = [];
  for (const q of questions) {
    const { createQuestion } = await apiGraphql<{ createQuestion: { id: string } }>(
      'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }',
      { i: { bankId: createQuestionBank.id, question: q } },
      token,
    );
    ids.push(createQuestion.id);
  }
  const now = Date.now();
  const { createQuiz } = await apiGraphql<{ createQuiz: { id: string } }>(
    'mutation($i: CreateQuizInput!) { createQuiz(input: $i) { id } }',
    {
      i: {
        orgId: branch,
        bankId: createQuestionBank.id,
        title: '党章知识测验',
        mode: 'FIXED',
        questionIds: ids,
        pointsPerQuestion: 50,
        passMark: 60,
        timeLimitMinutes: 10,
        opensAt: new Date(now - 60_000).toISOString(),
        closesAt: new Date(now + 86_400_000).toISOString(),
        maxAttempts: 1,
        audience: { orgIds: [branch] },
      },
    },
    token,
  );
  return { T, member, quiz: createQuiz.id };
}

test('quiz: a member takes a quiz on a phone, submits and reads the review; the officer sees the result', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The member takes the quiz. -------------------------------------------------------------
  const { page: m } = await signedIn(browser, s.member.email, s.member.password, problems, { width: 375, height: 812 });
  await m.goto('/quiz');
  await expect(m.getByRole('heading', { level: 2, name: '我的测验' })).toBeVisible();
  await m.getByTestId('my-quiz').getByRole('button', { name: '开始答题' }).click();
  await m.getByRole('dialog').getByRole('button', { name: '开始答题' }).click();
  await expect(m.getByTestId('quiz-countdown')).toContainText(/剩余 (10:00|09:\d\d)/);
  await expect(m.getByTestId('quiz-question')).toHaveCount(2);
  await m.getByTestId('quiz-question').nth(0).getByText('B. 1921年').click();
  await m.getByTestId('quiz-question').nth(1).getByText('错').click();
  await m.screenshot({ path: 'screenshots/quiz-attempt-375.png', fullPage: true });
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
  await m.getByTestId('quiz-submit').click();
  await m.getByRole('dialog').getByRole('button', { name: '交 卷' }).click();
  await expect(m.getByText('得分 50 / 100')).toBeVisible();
  const review = m.getByTestId('quiz-review-question');
  await expect(review).toHaveCount(2);
  await expect(review.nth(1)).toContainText('我的答案：错');
  await expect(review.nth(1)).toContainText('正确答案：对');
  await expect(review.nth(1)).toContainText('党章规定：预备党员的预备期为一年。');
  await m.screenshot({ path: 'screenshots/quiz-review-375.png', fullPage: true });

  // ---- The officer sees the result. -----------------------------------------------------------
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto(`/quiz/${s.quiz}/results`);
  await expect(o.getByRole('heading', { level: 2, name: '党章知识测验 · 成绩' })).toBeVisible();
  const row = o.getByRole('row').filter({ hasText: '韩测验' });
  await expect(row).toContainText('50');
  await expect(row).toContainText('不及格');
  await expect(o.getByTestId('quiz-results-export')).toBeVisible();
});
