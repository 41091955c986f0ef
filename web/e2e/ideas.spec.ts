import type { Browser } from '@playwright/test';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, logIn, uniqueTenant, watch } from './fixtures';

// 金点子: a member submits an idea on the wall (on a phone), another member supports it, the
// branch secretary reviews and adopts it, and the author sees the new status.

async function seed() {
  const T = uniqueTenant();
  const suffix = T.slug.slice(4);
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E第一党支部${suffix}`, line: 'PARTY' });
  const people = {
    author: { name: '张提议', email: `zhang-${T.slug}@e2e.tongxin.test`, password: 'Zhang2026e2e' },
    fan: { name: '李支持', email: `li-${T.slug}@e2e.tongxin.test`, password: 'Lizhichi2026e2e' },
    secretary: { name: '王书记', email: `wang-${T.slug}@e2e.tongxin.test`, password: 'Wangsj2026e2e' },
  };
  await apiAddMember(token, people.author, branch);
  await apiAddMember(token, people.fan, branch);
  const sec = await apiAddMember(token, people.secretary, branch);
  await apiGraphql(
    'mutation($input: AssignPositionInput!) { assignPosition(input: $input) { position { id } } }',
    { input: { organizationId: branch, memberId: sec.memberId, title: '书记', termStart: '2026-01-01' } },
    token,
  );
  return { branch, people };
}

async function signedIn(browser: Browser, who: { email: string; password: string }, problems: string[], viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  watch(context, problems);
  const page = await context.newPage();
  await logIn(page, who.email, who.password);
  return page;
}

test('ideas: a member submits an idea, another supports it, the secretary adopts it and the author sees it', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  const wall = `/ideas?org=${encodeURIComponent(s.branch)}`;

  // The author, on a phone, submits an idea.
  const a = await signedIn(browser, s.people.author, problems, { width: 375, height: 780 });
  await a.goto(wall);
  await expect(a.getByRole('heading', { level: 2, name: '金点子 · 微建议' })).toBeVisible();
  await a.getByRole('button', { name: '提建议' }).click();
  await a.getByRole('textbox', { name: '标题' }).fill('食堂增设夜班窗口');
  await a.getByRole('textbox', { name: '内容' }).fill('夜班职工较多，建议晚上十点后开放一个窗口。');
  await a.getByRole('button', { name: '提交' }).click();
  const card = a.getByTestId('idea-card').filter({ hasText: '食堂增设夜班窗口' });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('idea-status')).toHaveText('已提交');
  await expect(card.getByTestId('idea-support')).toBeDisabled();

  // Another member supports it.
  const f = await signedIn(browser, s.people.fan, problems);
  await f.goto(wall);
  const fanCard = f.getByTestId('idea-card').filter({ hasText: '食堂增设夜班窗口' });
  await fanCard.getByTestId('idea-support').click();
  await expect(fanCard.getByTestId('idea-support')).toHaveText('1');

  // The secretary reviews and adopts it.
  const w = await signedIn(browser, s.people.secretary, problems);
  await w.goto(wall);
  await w.getByTestId('idea-card').filter({ hasText: '食堂增设夜班窗口' }).getByText('食堂增设夜班窗口', { exact: true }).click();
  const drawer = w.locator('.ant-drawer-body');
  await drawer.getByRole('button', { name: '开始研究' }).click();
  await w.getByRole('dialog', { name: '开始研究' }).getByRole('button', { name: '确定' }).click();
  await drawer.getByRole('button', { name: '采纳', exact: true }).click();
  await w.getByRole('dialog', { name: '采纳' }).getByRole('textbox').fill('下月起实施');
  await w.getByRole('dialog', { name: '采纳' }).getByRole('button', { name: '确定' }).click();
  await expect(drawer.getByTestId('idea-status')).toHaveText('已采纳');

  // The author sees the new status.
  await a.reload();
  await expect(a.getByTestId('idea-card').filter({ hasText: '食堂增设夜班窗口' }).getByTestId('idea-status')).toHaveText('已采纳');
  expect(problems).toEqual([]);
});
