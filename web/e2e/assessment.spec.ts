import { mkdirSync } from 'node:fs';
import { test, expect, apiCreateOrganization, apiSignUp, signedIn, uniqueTenant } from './fixtures';
import { pickTreeOption } from './select';

// 目标考核: the administrator issues a year's target ledger for the committee's branches in the
// 新建考核 dialog (the starter indicators), lands on the ledger computed at once, opens an
// automatic figure to see what it is made of, and scores the manual indicator of one branch:
// its total, rank and the cell change.

test('assessment: an officer issues a ledger, reads a figure and scores a branch by hand', async ({ browser, problems }) => {
  test.setTimeout(120_000);
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const suffix = T.slug.slice(4);
  const committee = await apiCreateOrganization(token, { name: `E2E考核党委${suffix}`, line: 'PARTY', kind: 'PARTY_COMMITTEE' });
  await apiCreateOrganization(token, { name: `E2E考核一支部${suffix}`, line: 'PARTY', kind: 'PARTY_BRANCH', parentId: committee });
  await apiCreateOrganization(token, { name: `E2E考核二支部${suffix}`, line: 'PARTY', kind: 'PARTY_BRANCH', parentId: committee });
  mkdirSync('screenshots', { recursive: true });

  const { page } = await signedIn(browser, T.adminEmail, T.adminPassword, problems);
  await page.goto('/assessment');
  await expect(page.getByRole('heading', { level: 2, name: '目标考核' })).toBeVisible();
  await expect(page.getByText('暂无考核方案')).toBeVisible();
  await page.getByRole('button', { name: '新建考核' }).click();
  const dialog = page.getByRole('dialog');
  await pickTreeOption(dialog, '考核组织', new RegExp(`^E2E考核党委${suffix}（`));
  await dialog.getByRole('button', { name: '创建并计算' }).click();
  await expect(page.getByText('考核方案已创建，自动指标已计算')).toBeVisible();

  // The ledger: both branches, one column per indicator.
  await expect(page.getByRole('heading', { level: 2, name: /年度党支部目标考核/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: `E2E考核一支部${suffix}`, exact: true })).toBeVisible();
  await expect(page.getByRole('cell', { name: `E2E考核二支部${suffix}`, exact: true })).toBeVisible();

  // An automatic figure: nothing was due, so full marks, and it says so.
  await page.getByRole('button', { name: `查看 E2E考核一支部${suffix} 的 党费按时足额收缴` }).click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByText('无应计记录，按满分计')).toBeVisible();
  await expect(drawer.getByText('20 / 20')).toBeVisible();
  await drawer.getByRole('button', { name: '关闭' }).click();

  // The manual indicator, scored by hand.
  await page.getByRole('button', { name: `查看 E2E考核一支部${suffix} 的 特色工作与品牌创建` }).click();
  await drawer.getByRole('spinbutton', { name: /得分/ }).fill('22.5');
  await drawer.getByLabel('评分说明').fill('品牌特色鲜明');
  await drawer.getByRole('button', { name: /保存评分/ }).click();
  await expect(page.getByText('评分已保存')).toBeVisible();
  await expect(drawer.getByText('22.5 / 25')).toBeVisible();
  await drawer.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByRole('button', { name: `查看 E2E考核一支部${suffix} 的 特色工作与品牌创建` })).toHaveText('22.5');
  await page.screenshot({ path: 'screenshots/assessment-ledger.png', fullPage: true });
  expect(problems).toEqual([]);
});
