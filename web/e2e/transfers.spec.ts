import type { Page } from '@playwright/test';
import { test, expect, apiAddMember, apiCreateOrganization, apiMakeFullMember, apiSignUp, logIn, uniqueTenant, watch, type Tenant } from './fixtures';
import { pickOption, pickTreeOption } from './select';

// 组织关系接转 across two enterprises: enterprise A's admin issues an introduction letter for a
// full party member of its branch and reads the code; enterprise B's admin, in another browser,
// types the code under 转入, sees what the letter says and what crosses, and accepts the member
// into B's branch. A's list then shows the letter 已接收 with B's receipt.

const A = uniqueTenant();
const B = uniqueTenant();
const BRANCH_A = `E2E转出支部${A.slug.slice(4)}`;
const BRANCH_B = `E2E接收支部${B.slug.slice(4)}`;
const MOVER = { name: '刘转接', email: `zj-${A.slug}@e2e.tongxin.test`, password: 'Zhuanjie2026e2e' };
const DESTINATION = `${B.name}党委`;

/** Signs `t` up through the API and makes a 党支部; its admin's token. */
async function seedTenant(t: Tenant, branchName: string) {
  const token = await apiSignUp(t);
  const branchId = await apiCreateOrganization(token, { name: branchName, line: 'PARTY', kind: 'PARTY_BRANCH' });
  return { token, branchId };
}

/** A's branch gets a member with an account, a 正式党员. */
async function seedMover(token: string, branchId: string) {
  const { memberId } = await apiAddMember(token, MOVER, branchId);
  await apiMakeFullMember(token, memberId, MOVER.name);
}

async function openTransfers(page: Page) {
  const nav = page.getByRole('navigation');
  await nav.getByText('组织关系', { exact: true }).click();
  await nav.getByRole('link', { name: '组织关系转接' }).click();
  await expect(page).toHaveURL(/\/transfers$/);
  await expect(page.getByRole('heading', { level: 2, name: '组织关系转接' })).toBeVisible();
}

test('transfers: a letter issued in one enterprise is accepted by another with its code; the sender sees the receipt', async ({ page, browser, problems }) => {
  test.setTimeout(180_000);
  const a = await seedTenant(A, BRANCH_A);
  await seedMover(a.token, a.branchId);
  await seedTenant(B, BRANCH_B);

  // ---- A issues the letter. -------------------------------------------------------------------------
  await logIn(page, A.adminEmail, A.adminPassword);
  await openTransfers(page);
  await expect(page.getByTestId('letters-empty')).toBeVisible();
  await page.getByTestId('letter-issue').click();
  let dialog = page.getByRole('dialog');
  await pickOption(dialog, '成员', MOVER.name, MOVER.name.slice(0, 2));
  await expect(dialog.getByText('有效期按制度规则计算：省内 3 个月，跨省 6 个月')).toBeVisible();
  await dialog.getByLabel('去往单位').fill(DESTINATION);
  await dialog.getByTestId('letter-issue-ok').click();
  await expect(page.getByText(`已为「${MOVER.name}」开具介绍信`)).toBeVisible();

  // The letter opens, ready to print.
  const view = page.getByTestId('letter-view');
  await expect(view).toContainText('中国共产党党员组织关系介绍信');
  await expect(view).toContainText(MOVER.name);
  await expect(view).toContainText(BRANCH_A);
  await expect(view).toContainText(DESTINATION);
  await page.screenshot({ path: 'screenshots/transfers-letter-1280.png' });
  await page.getByRole('dialog').getByRole('button', { name: '关闭', exact: true }).last().click();
  await expect(view).toBeHidden();

  const item = page.getByTestId('letter-item').filter({ hasText: MOVER.name });
  await expect(item.getByTestId('letter-status')).toHaveText('有效');
  const code = ((await item.getByTestId('letter-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/);

  // A second letter for the same member is refused: one letter out at a time.
  await page.getByTestId('letter-issue').click();
  dialog = page.getByRole('dialog');
  await pickOption(dialog, '成员', MOVER.name, MOVER.name.slice(0, 2));
  await dialog.getByLabel('去往单位').fill(DESTINATION);
  await dialog.getByTestId('letter-issue-ok').click();
  await expect(dialog.getByTestId('letter-issue-conflict')).toContainText('已有未办结的介绍信');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  // ---- B accepts it with the code. --------------------------------------------------------------
  const other = await browser.newContext();
  watch(other, problems);
  const pb = await other.newPage();
  await logIn(pb, B.adminEmail, B.adminPassword);
  await openTransfers(pb);
  await pb.getByRole('tab', { name: '转入' }).click();
  await expect(pb).toHaveURL(/\/transfers\?tab=in$/);
  // An unknown code is refused on the field.
  await pb.getByTestId('letter-code-input').fill('ZZZZ-ZZZZ-ZZZZ');
  await pb.getByTestId('letter-lookup').click();
  await expect(pb.locator('.ant-form-item-explain-error')).toBeVisible();
  await expect(pb.getByTestId('letter-preview')).toHaveCount(0);

  await pb.getByTestId('letter-code-input').fill(code.toLowerCase());
  await pb.getByTestId('letter-lookup').click();
  const preview = pb.getByTestId('letter-preview');
  await expect(preview).toContainText(MOVER.name);
  await expect(preview).toContainText(A.name);
  await expect(preview).toContainText(BRANCH_A);
  await expect(preview.getByTestId('letter-crossing')).toContainText('正式党员');
  await pickTreeOption(pb, '接收组织', new RegExp(`^${BRANCH_B}（`));
  await pb.screenshot({ path: 'screenshots/transfers-accept-1280.png', fullPage: true });
  await pb.getByTestId('letter-accept').click();
  await pb.locator('.ant-popconfirm:visible').getByRole('button', { name: '接收' }).click();
  const accepted = pb.getByTestId('letter-accepted');
  await expect(accepted).toContainText(`已接收「${MOVER.name}」`);
  await expect(accepted).toContainText(BRANCH_B);

  // On a phone nothing is wider than the screen.
  await pb.setViewportSize({ width: 375, height: 812 });
  await pb.getByTestId('letter-accept-another').click();
  await expect.poll(() => pb.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 }).toBeLessThanOrEqual(375);
  await other.close();

  // ---- A sees the receipt. ------------------------------------------------------------------------
  await page.reload();
  const done = page.getByTestId('letter-item').filter({ hasText: MOVER.name });
  await expect(done.getByTestId('letter-status')).toHaveText('已接收');
  await expect(done.getByTestId('letter-receipt')).toContainText(BRANCH_B);
  await expect(done.getByTestId('letter-receipt')).toContainText(B.name);
  await expect(done.getByTestId('letter-cancel')).toHaveCount(0);
  await page.screenshot({ path: 'screenshots/transfers-list-1280.png', fullPage: true });
  expect(problems).toEqual([]);
});

test('joining, league and union card: the member-facing pages open from the menu, with their empty states', async ({ page, problems }) => {
  const C = uniqueTenant();
  await seedTenant(C, `E2E支部${C.slug.slice(4)}`);
  await logIn(page, C.adminEmail, C.adminPassword);
  const nav = page.getByRole('navigation');

  await nav.getByText('组织关系', { exact: true }).click();
  await nav.getByRole('link', { name: '入团入会' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '入团入会' })).toBeVisible();
  await expect(page.getByTestId('join-to-decide')).toContainText('暂无待审批的申请');
  await expect(page.getByTestId('join-mine')).toContainText('您还没有提交过申请');
  await expect(page.getByTestId('join-submit')).toHaveText('申请入会');

  await nav.getByText('群团服务', { exact: true }).click();
  await nav.getByRole('link', { name: '团籍注册' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '团籍注册' })).toBeVisible();
  await expect(page.getByTestId('league-empty')).toBeVisible();
  await expect(page.getByTestId('league-ageouts')).toBeVisible();

  await nav.getByRole('link', { name: '会员卡', exact: true }).click();
  await expect(page).toHaveURL(/\/union\/card$/);
  await expect(page.getByTestId('union-card-none')).toContainText('您还不是工会会员');
  await page.getByRole('button', { name: '申请入会' }).click();
  await expect(page).toHaveURL(/\/joining\?line=UNION$/);

  await page.goto('/union/verify');
  await page.getByTestId('union-verify-code').fill('not-a-card');
  await page.getByTestId('union-verify-submit').click();
  await expect(page.getByTestId('union-verify-error')).toContainText('会员卡无效');
  expect(problems).toEqual([]);
});
