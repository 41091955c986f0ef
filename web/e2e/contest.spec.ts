import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 知识竞赛: the administrator has a bank of three single-choice questions and a contest over it
// (30 s a question); the host's big screen is open in one browser, a member on a phone (375 px)
// in another. The member joins; the host starts and pushes the first question; the member taps
// the right option and submits; the host's leaderboard shows the score and 已作答 1 / 1; the host
// reveals the answer and the member reads 回答正确 with their standing; the host ends it.

/** Each question's stem and its correct option as the phone shows it (the contest draws them in any order). */
const QUESTIONS = [
  { stem: '中国共产党第一次全国代表大会于哪一年召开？', options: ['1919年', '1921年', '1927年'], answer: 'B', explanation: '1921年7月，中共一大在上海召开。' },
  { stem: '中国共产党的根本宗旨是什么？', options: ['全心全意为人民服务', '实现共产主义', '发展社会生产力'], answer: 'A', explanation: '党章总纲：全心全意为人民服务。' },
  { stem: '党的根本组织原则是什么？', options: ['集体领导', '个人分工负责', '民主集中制'], answer: 'C', explanation: '党章第十条：党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。' },
];

function correctOption(stem: string): string {
  const q = QUESTIONS.find((x) => x.stem === stem.trim());
  expect(q, `a question of the bank: ${stem}`).toBeDefined();
  const i = q!.answer.charCodeAt(0) - 65;
  return `${q!.answer}. ${q!.options[i]}`;
}

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E竞赛党支部${T.slug.slice(4)}`, line: 'PARTY' });
  const member = { name: '赵竞赛', email: `zhao-${T.slug}@e2e.tongxin.test`, password: 'Zhaojs2026e2e' };
  await apiAddMember(token, member, branch);
  const { createQuestionBank } = await apiGraphql<{ createQuestionBank: { id: string } }>(
    'mutation($i: CreateQuestionBankInput!) { createQuestionBank(input: $i) { id } }',
    { i: { orgId: branch, name: '党史题库' } },
    token,
  );
  for (const q of QUESTIONS) {
    await apiGraphql(
      'mutation($i: CreateQuestionInput!) { createQuestion(input: $i) { id } }',
      { i: { bankId: createQuestionBank.id, question: { kind: 'SINGLE', stem: q.stem, options: q.options, answer: [q.answer], explanation: q.explanation } } },
      token,
    );
  }
  const { createContest } = await apiGraphql<{ createContest: { id: string; status: string; questionCount: number } }>(
    'mutation($i: CreateContestInput!) { createContest(input: $i) { id status questionCount } }',
    { i: { orgId: branch, bankId: createQuestionBank.id, title: '党史知识竞赛', questionCount: 3, secondsPerQuestion: 30 } },
    token,
  );
  expect(createContest).toMatchObject({ status: 'DRAFT', questionCount: 3 });
  return { T, member, contest: createContest.id };
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

test('contest: the host runs a live contest on the big screen while a member answers on a phone', async ({ browser, problems }) => {
  test.setTimeout(150_000);
  const s = await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The host's big screen. ------------------------------------------------------------------
  const { page: h } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems, { width: 1280, height: 800 });
  await h.goto(`/contests/${s.contest}/host`);
  await expect(h.getByRole('heading', { level: 1, name: '党史知识竞赛' })).toBeVisible();
  await expect(h.getByRole('button', { name: '开始竞赛', exact: true })).toBeVisible();

  // ---- The member joins on a phone. ------------------------------------------------------------
  const { page: m } = await signedIn(browser, s.member.email, s.member.password, problems, { width: 375, height: 812 });
  await m.goto(`/contests/${s.contest}/play`);
  await expect(m.getByRole('heading', { level: 1, name: '党史知识竞赛' })).toBeVisible();
  await m.getByRole('button', { name: '加入竞赛', exact: true }).click();
  await expect(m.getByText('等待主持人出题…', { exact: true })).toBeVisible();
  await noHorizontalScroll(m);

  // ---- The host starts and pushes the first question. ------------------------------------------
  await h.getByRole('button', { name: '开始竞赛', exact: true }).click();
  const first = h.getByRole('button', { name: '第一题', exact: true });
  await expect(first).toBeEnabled();
  await first.click();
  await expect(h.getByText('第 1 / 3 题', { exact: true })).toBeVisible();
  await expect(h.getByTestId('contest-countdown')).toContainText(/剩余 \d+ 秒/);

  // ---- The member answers. ---------------------------------------------------------------------
  const stem = m.getByTestId('contest-stem');
  await expect(stem).toBeVisible();
  const text = (await stem.textContent()) ?? '';
  await expect(h.getByTestId('contest-stem')).toHaveText(text.trim());
  await expect(m.getByText('第 1 / 3 题', { exact: true })).toBeVisible();
  await m.getByRole('button', { name: correctOption(text), exact: true }).click();
  await expect(m.getByRole('button', { name: correctOption(text), exact: true })).toHaveAttribute('aria-pressed', 'true');
  await noHorizontalScroll(m);
  await m.screenshot({ path: 'screenshots/contest-play-375.png', fullPage: true });
  await m.getByRole('button', { name: '提交答案', exact: true }).click();
  await expect(m.getByText('已提交，等待公布答案', { exact: true })).toBeVisible();
  await expect(m.getByTestId('contest-submitted')).toContainText(/用时 \d+\.\d 秒/);

  // ---- The host's leaderboard follows. ---------------------------------------------------------
  await expect(h.getByTestId('contest-answered')).toHaveText('已作答 1 / 1');
  const row = h.getByTestId('contest-members').getByRole('row').filter({ hasText: s.member.name });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').nth(3)).toHaveText('10');
  await h.screenshot({ path: 'screenshots/contest-host-1280.png', fullPage: true });

  // ---- The answer is revealed. -----------------------------------------------------------------
  await h.getByRole('button', { name: '公布答案', exact: true }).click();
  await expect(h.getByTestId('contest-reveal')).toBeVisible();
  await expect(m.getByText('回答正确', { exact: true })).toBeVisible();
  const standing = m.getByTestId('contest-standing');
  await expect(standing).toContainText('10');
  await expect(standing).toContainText('第 1 名');
  await expect(standing).toContainText('1 题');
  await noHorizontalScroll(m);
  await m.screenshot({ path: 'screenshots/contest-reveal-375.png', fullPage: true });

  // ---- The host ends the contest; the phone shows the final standing. -------------------------
  await h.getByRole('button', { name: '结束竞赛', exact: true }).click();
  await h.getByRole('dialog').getByRole('button', { name: '结束竞赛', exact: true }).click();
  await expect(h.getByText('竞赛已结束', { exact: true })).toBeVisible();
  await expect(m.getByText('竞赛已结束', { exact: true })).toBeVisible();
  await expect(m.getByTestId('contest-top').getByText(s.member.name, { exact: true })).toBeVisible();
  await noHorizontalScroll(m);
});
