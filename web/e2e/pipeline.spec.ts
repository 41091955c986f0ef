import type { Page } from '@playwright/test';
import { test, expect, apiAddMember, apiCreateOrganization, apiMakeFullMember, apiSignUp, logIn, uniqueTenant } from './fixtures';
import { pickFixedOption, pickOption } from './select';

// 发展党员: the admin of a new enterprise with a 党委 and a 党支部 under it records a member of the
// branch as 入党积极分子 six months ago; proposing 发展对象 is refused, citing 《中国共产党发展党员
// 工作细则》. Recorded thirteen months ago with a 培养联系人 (a full member), the proposal goes to
// the upper org (待上级审批); the admin, as the upper org, approves it and the card moves on.

const T = uniqueTenant();
const COMMITTEE = `E2E党委${T.slug.slice(4)}`;
const BRANCH = `E2E发展支部${T.slug.slice(4)}`;
const CANDIDATE = { name: '李积极', email: `jj-${T.slug}@e2e.tongxin.test`, password: 'Jiji2026e2e' };
const CONTACT = { name: '张联系', email: `lx-${T.slug}@e2e.tongxin.test`, password: 'Lianxi2026e2e' };

/** The enterprise, a 党委 with a 党支部 under it, and two members of the branch, through the API. */
async function seed() {
  const token = await apiSignUp(T);
  const committee = await apiCreateOrganization(token, { name: COMMITTEE, line: 'PARTY', kind: 'PARTY_COMMITTEE' });
  const branch = await apiCreateOrganization(token, { name: BRANCH, line: 'PARTY', kind: 'PARTY_BRANCH', parentId: committee });
  await apiAddMember(token, CANDIDATE, branch);
  const { memberId: contactId } = await apiAddMember(token, CONTACT, branch);
  await apiMakeFullMember(token, contactId, CONTACT.name);
}

/** `months` months before today, as the date pickers take it (China's calendar). */
function monthsAgo(months: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Picks a date in the open dialog's date picker labelled `label`. */
async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByRole('dialog').getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

/** Records the candidate as 入党积极分子 since `date` through 补录阶段. */
async function recordActivist(page: Page, date: string, fromCard: boolean) {
  if (fromCard) {
    await page.getByTestId('pipeline-column-ACTIVIST').locator('li').filter({ hasText: CANDIDATE.name }).getByTestId('pipeline-record').click();
  } else {
    await page.getByTestId('pipeline-record-any').click();
    const dialog = page.getByRole('dialog');
    await pickOption(dialog, '成员', CANDIDATE.name, CANDIDATE.name.slice(0, 2));
  }
  const dialog = page.getByRole('dialog');
  await pickFixedOption(dialog, '阶段', '入党积极分子');
  await pickDate(page, '开始日期', date);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(`已补录：入党积极分子（${date}）`)).toBeVisible();
  await expect(dialog).toBeHidden();
}

test('pipeline: a refused proposal cites the rules; with a year of training and a contact, the upper org approves it', async ({ page, problems }) => {
  test.setTimeout(180_000);
  await seed();
  await logIn(page, T.adminEmail, T.adminPassword);
  const nav = page.getByRole('navigation');
  await nav.getByText('党员发展', { exact: true }).click();
  await nav.getByRole('link', { name: '发展党员' }).click();
  await expect(page).toHaveURL(/\/pipeline$/);
  await expect(page.getByRole('heading', { level: 2, name: '发展党员' })).toBeVisible();
  // The tenant admin opens on the top party org (the 党委), which covers the branch.
  await expect(page.getByLabel('党组织')).toBeVisible();
  await expect(page.getByTestId('pipeline-empty')).toBeVisible();

  // ---- 入党积极分子 six months ago: too early for 发展对象. ------------------------------------
  await recordActivist(page, monthsAgo(6), false);
  const card = page.getByTestId('pipeline-column-ACTIVIST').locator('li').filter({ hasText: CANDIDATE.name });
  await expect(card).toContainText(`${monthsAgo(6)} 起 · 已 6 个月`);
  await expect(card.getByTestId('pipeline-blocked')).toContainText('12 个月');
  await card.getByTestId('pipeline-propose').click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('拟转入阶段')).toBeVisible();
  await dialog.getByTestId('pipeline-propose-ok').click();
  const refusal = dialog.getByTestId('pipeline-refusal');
  await expect(refusal).toContainText('入党积极分子须经过至少 12 个月的培养教育');
  await expect(refusal).toContainText('《中国共产党发展党员工作细则》');
  await page.screenshot({ path: 'screenshots/pipeline-refused-1280.png' });
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  // ---- Thirteen months ago, with a 培养联系人. ---------------------------------------------------
  await recordActivist(page, monthsAgo(13), true);
  await expect(card).toContainText(`${monthsAgo(13)} 起 · 已 13 个月`);
  await card.getByTestId('pipeline-contacts').click();
  dialog = page.getByRole('dialog');
  await expect(dialog.getByText('尚未确定培养联系人或入党介绍人')).toBeVisible();
  await pickOption(dialog, '人选', CONTACT.name, CONTACT.name.slice(0, 2));
  await dialog.getByTestId('pipeline-contact-add').click();
  await expect(page.getByText('已添加培养联系人')).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: CONTACT.name })).toContainText('培养联系人');
  await dialog.getByRole('button', { name: '关闭', exact: true }).last().click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('培养联系人 1 名');
  await expect(card.getByTestId('pipeline-blocked')).toHaveCount(0);

  await card.getByTestId('pipeline-propose').click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('说明').fill('支部委员会研究同意');
  await dialog.getByTestId('pipeline-propose-ok').click();
  await expect(page.getByText(`已提出「${CANDIDATE.name}」的下一步，等待上级党组织审批`)).toBeVisible();
  await expect(dialog).toBeHidden();

  // ---- The open transition waits for the upper org; the admin approves it. ---------------------
  const open = page.getByTestId('pipeline-open').locator('li').filter({ hasText: CANDIDATE.name });
  await expect(open.getByTestId('transition-status')).toHaveText('待上级审批');
  await expect(open).toContainText('入党积极分子 → 发展对象');
  await expect(open.getByTestId('pipeline-approval-due')).toContainText('上级审批期限');
  await page.screenshot({ path: 'screenshots/pipeline-board-1280.png', fullPage: true });
  await open.getByTestId('pipeline-approve').click();
  dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`批准「${CANDIDATE.name}」的发展环节？`);
  await dialog.getByTestId('pipeline-decide-ok').click();
  await expect(page.getByText(`已批准「${CANDIDATE.name}」`)).toBeVisible();

  await expect(page.getByTestId('pipeline-column-DEVELOPMENT_TARGET').locator('li').filter({ hasText: CANDIDATE.name })).toBeVisible();
  await expect(page.getByTestId('pipeline-column-ACTIVIST').locator('li').filter({ hasText: CANDIDATE.name })).toHaveCount(0);
  await expect(page.getByTestId('pipeline-open')).toContainText('暂无公示中或待审批的环节');

  // ---- On a phone the columns stack: nothing wider than the screen. --------------------------------
  await page.setViewportSize({ width: 375, height: 812 });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 }).toBeLessThanOrEqual(375);
  await page.screenshot({ path: 'screenshots/pipeline-board-375.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // ---- The timeline tells the story. --------------------------------------------------------------
  await page.getByTestId('pipeline-column-DEVELOPMENT_TARGET').getByRole('link', { name: CANDIDATE.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${CANDIDATE.name} · 发展历程` })).toBeVisible();
  await expect(page.getByTestId('timeline-current')).toContainText('发展对象');
  await expect(page.getByTestId('timeline-transition')).toContainText('已批准');
  await expect(page.getByText(CONTACT.name)).toBeVisible();
  expect(problems).toEqual([]);
});
