import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, uniqueTenant, signedIn } from './fixtures';

// 宣传: a member writes for 工会风采 (any member may submit) and answers the 涉密 question; the
// administrator (who reviews the unit's columns) approves and publishes; a reader comments on a
// phone (375 px).

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E宣传党支部${T.slug.slice(4)}`, line: 'PARTY' });
  const writer = { name: '王通讯', email: `wang-${T.slug}@e2e.tongxin.test`, password: 'Wangtx2026e2e' };
  const reader = { name: '李读者', email: `li-${T.slug}@e2e.tongxin.test`, password: 'Lidz2026e2e' };
  await apiAddMember(token, writer, branch);
  await apiAddMember(token, reader, branch);
  const { columns } = await apiGraphql<{ columns: { id: string; name: string }[] }>('{ columns { id name } }', {}, token);
  const column = columns.find((c) => c.name === '工会风采');
  expect(column, 'the default columns are seeded').toBeTruthy();
  return { T, writer, reader, column: column!.id };
}

test('publishing: a member submits an article, the administrator publishes it, a reader comments on a phone', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();

  // ---- The member writes and submits. ----------------------------------------------------------
  const { page: w } = await signedIn(browser, s.writer.email, s.writer.password, problems);
  await w.goto(`/publishing/write?column=${encodeURIComponent(s.column)}`);
  await expect(w.getByRole('heading', { level: 2, name: '写稿' })).toBeVisible();
  await w.getByRole('textbox', { name: '标题' }).fill('职工篮球赛圆满落幕');
  await w.getByRole('textbox', { name: '正文' }).click();
  await w.keyboard.type('经过两周的激烈角逐，生产部代表队夺得冠军。');
  await w.getByTestId('submit-article').click();
  await expect(w.getByText('请确认稿件是否含有涉密内容')).toBeVisible();
  await w.getByRole('radio', { name: '不含涉密内容' }).check();
  await w.getByTestId('submit-article').click();
  await expect(w.getByTestId('article-status')).toHaveText('待审核');
  const articleUrl = w.url();

  // ---- The administrator approves and publishes. ------------------------------------------------
  const { page: a } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await a.goto('/publishing/review');
  await a.getByRole('link', { name: '职工篮球赛圆满落幕' }).click();
  await a.getByTestId('approve-article').click();
  await expect(a.getByTestId('article-status')).toHaveText('已通过');
  await a.getByTestId('publish-article').click();
  await expect(a.getByTestId('article-status')).toHaveText('已发布');

  // ---- A reader comments on a phone. -------------------------------------------------------------
  const { page: r } = await signedIn(browser, s.reader.email, s.reader.password, problems, { width: 375, height: 812 });
  await r.goto(articleUrl.replace(/^https?:\/\/[^/]+/, ''));
  await expect(r.getByTestId('article-body')).toContainText('生产部代表队夺得冠军');
  await r.getByRole('textbox', { name: /写下你的跟帖或心得/ }).fill('比赛很精彩，明年继续参加。');
  await r.getByTestId('post-comment').click();
  await expect(r.getByTestId('article-comment')).toContainText('比赛很精彩');
  await r.getByTestId('like-article').click();
  await expect(r.getByTestId('like-article')).toContainText('1');
  const overflow = await r.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
});
