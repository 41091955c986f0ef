import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { test, expect, logIn, signedIn, watch } from './fixtures';
import { pickTreeOption } from './select';

// 检举控告 against the demo tenant (`tongxin-api seed-demo`, as welfare.spec.ts). 赵书记, a plain
// member as far as this goes, reports 生产运营党支部 anonymously on her phone and reads the
// receipt code shown once. In a fresh browser without any cookie (375 px wide) the code opens
// 检举控告答复查询: a wrong code is refused, the right one (typed with hyphens) shows the report,
// and she adds a message. Then the demo's 纪检人员 (discipline_inspector over the whole party
// committee) opens 检举控告办理, finds the report and accepts it (受理); the follow-up page, in
// another fresh browser, shows it accepted with the acceptance notice from 纪检人员.

const API_BIN = process.env.TX_API_BIN
  ? resolve(process.env.TX_API_BIN)
  : fileURLToPath(new URL('../../target/debug/tongxin-api', import.meta.url));

/** The demo's branch secretary and its inspector (core/src/demo). */
const MEMBER = { email: 'secretary@demo.tongxin.cn', password: 'Tongxin2026' };
const INSPECTOR = { email: 'inspector@demo.tongxin.cn', password: 'Tongxin2026' };
const SUBJECT_ORG = '生产运营党支部';
const PHONE = { width: 375, height: 740 };
const PNG = readFileSync(fileURLToPath(new URL('./files/grid-photo.png', import.meta.url)));

/** This run's report (a title of its own, so earlier runs' reports do not get in the way). */
const TITLE = `班组物资采购疑似违规${Date.now().toString(36)}`;
/** The receipt code read in the first test, used by the second. */
let receipt = '';

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

/** A fresh phone-sized browser without cookies, on the follow-up page. */
async function followupPage(browser: Browser, problems: string[]) {
  const context = await browser.newContext({ viewport: PHONE });
  watch(context, problems);
  const page = await context.newPage();
  await page.goto('/report-followup');
  await expect(page.getByRole('heading', { level: 1, name: '检举控告答复查询' })).toBeVisible();
  return { context, page };
}

async function lookUp(page: Page, code: string) {
  await page.getByLabel('查询码', { exact: true }).fill(code);
  // By test id: while the loading icon animates out, the button's accessible name is still
  // "loading 查询", and in a busy browser that animation can outlast a role lookup's wait.
  await page.getByTestId('followup-submit').click();
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  test.setTimeout(300_000);
  execFileSync(API_BIN, ['seed-demo'], { env: { ...process.env, RUST_LOG: 'warn' }, stdio: 'pipe', timeout: 280_000 });
});

test('reports: a member reports an org anonymously and follows it up by receipt code without login', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  mkdirSync('screenshots', { recursive: true });

  // ---- 我要检举控告 on the phone: about an org, anonymous, one photo. ---------------------------
  const { page } = await signedIn(browser, MEMBER.email, MEMBER.password, problems, PHONE);
  await page.goto('/reports/new');
  await expect(page.getByRole('heading', { level: 2, name: '我要检举控告' })).toBeVisible();
  const form = page.locator('#submit-report');
  await form.locator('label').filter({ hasText: /^组织$/ }).click();
  await pickTreeOption(form, '被反映组织', new RegExp(`^${SUBJECT_ORG}（`));
  await form.locator('label').filter({ hasText: /^匿名提交$/ }).click();
  await expect(form.getByText('匿名提交时系统不记录您的身份、会话、IP 或设备')).toBeVisible();
  await form.getByLabel('标题', { exact: true }).fill(TITLE);
  await form.getByLabel('反映内容', { exact: true }).fill('该支部 3 月采购劳保用品时未比价，供应商为支部委员亲属经营。');
  await form.locator('input[type=file]').setInputFiles({ name: '现场照片.png', mimeType: 'image/png', buffer: PNG });
  await expect(form.getByText(/现场照片\.png/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.getByTestId('report-submit').click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('您选择了匿名提交');
  await confirm.getByRole('button', { name: '提交', exact: true }).click();

  // ---- The receipt, shown this once. -----------------------------------------------------------
  const code = page.getByTestId('receipt-code');
  await expect(code).toHaveText(/^\d{4}( \d{4}){4}$/);
  receipt = (await code.textContent()) ?? '';
  await expect(page.getByText(/查询码只显示这一次/)).toBeVisible();
  await expect(page.getByRole('link', { name: '凭查询码查看答复' })).toBeVisible();
  await page.screenshot({ path: 'screenshots/reports-receipt-375.png', fullPage: true });
  await expectNoSidewaysScroll(page);

  // ---- 检举控告答复查询 in a browser that never logged in. ------------------------------------------
  const visitor = await followupPage(browser, problems);
  const f = visitor.page;
  await expect(f).toHaveURL(/\/report-followup$/);
  await lookUp(f, '0000 0000 0000 0000 0000');
  await expect(f.getByTestId('followup-error')).toHaveText(/查询码不正确或报告已按保存期限删除/);

  await lookUp(f, receipt.replace(/ /g, '-'));
  await expect(f.getByTestId('followup-title')).toHaveText(TITLE);
  await expect(f.getByTestId('followup-status')).toHaveText('待受理');
  // Looked up with POST: the code is not in the address.
  await expect(f).toHaveURL(/\/report-followup$/);
  const reply = '补充：采购单据在支部办公室，编号 2026-031。';
  await f.getByLabel('回复或补充材料', { exact: true }).fill(reply);
  await f.getByRole('button', { name: '发送', exact: true }).click();
  const mine = f.getByTestId('report-message').filter({ hasText: reply });
  await expect(mine).toBeVisible();
  await expect(mine).toContainText('我');
  await f.screenshot({ path: 'screenshots/reports-followup-375.png', fullPage: true });
  await expectNoSidewaysScroll(f);
  expect(await f.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(receipt.slice(0, 9));
  await visitor.context.close();
});

test('reports: the inspector accepts the report, and the follow-up page shows it accepted', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  expect(receipt, 'the receipt code of the first test').not.toBe('');

  // ---- 检举控告办理: the inspector finds the report and accepts it. ------------------------------
  const context = await browser.newContext();
  watch(context, problems);
  const page = await context.newPage();
  await logIn(page, INSPECTOR.email, INSPECTOR.password);
  await page.goto('/reports/cases');
  await expect(page.getByRole('heading', { level: 2, name: '检举控告办理' })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: TITLE }) });
  await expect(row).toContainText('待受理');
  await expect(row).toContainText('匿名');
  await expect(row).toContainText(SUBJECT_ORG);
  await row.getByRole('link', { name: TITLE }).click();

  await expect(page.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(page.getByTestId('report-body')).toContainText('未比价');
  await expect(page.getByTestId('report-file')).toContainText('现场照片.png');
  await expect(page.getByTestId('report-message').filter({ hasText: '编号 2026-031' })).toBeVisible();
  await page.getByTestId('report-actions').getByRole('button', { name: '受理', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`确认对“${TITLE}”执行“受理”？`);
  await dialog.getByTestId('report-action-ok').click();
  await expect(page.getByTestId('report-status')).toHaveText('已受理');
  await expect(page.getByTestId('report-steps')).toContainText('受理');
  await context.close();

  // ---- The reporter, without login again, sees it accepted. ------------------------------------
  const visitor = await followupPage(browser, problems);
  await lookUp(visitor.page, receipt);
  await expect(visitor.page.getByTestId('followup-title')).toHaveText(TITLE);
  await expect(visitor.page.getByTestId('followup-status')).toHaveText('已受理');
  // The acceptance notice the server writes into the conversation, from 纪检人员.
  const notice = visitor.page.locator('[data-testid="report-message"][data-author="HANDLER"]').filter({ hasText: '已受理' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('纪检人员');
  await visitor.page.screenshot({ path: 'screenshots/reports-followup-accepted-375.png', fullPage: true });
  await expectNoSidewaysScroll(visitor.page);
  await visitor.context.close();
});
