import { mkdirSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { test, expect, apiCreateOrganization, apiGraphql, apiMakeFullMember, apiSignUp, logIn, uniqueTenant } from './fixtures';
import { pickOption } from './select';

// 党费: the enterprise's admin sets a member's base (3000 yuan of monthly pay → ¥15.00 at 0.5 %),
// bills this month, finds the member on 欠缴名单, reminds, records a cash payment on the
// member's ledger and sees the arrears list empty. A second member without a base is not billed.

const T = uniqueTenant();
const BRANCH = `E2E党费支部${T.slug.slice(4)}`;
const PAYER = '张明';
const OTHER = '刘芳';

/** The enterprise, a 党支部 and two full party members in it, through the API. */
async function seed() {
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: BRANCH, line: 'PARTY', kind: 'PARTY_BRANCH' });
  for (const name of [PAYER, OTHER]) {
    const { createMember } = await apiGraphql<{ createMember: { member: { id: string } } }>(
      'mutation($input: MemberInput!) { createMember(input: $input) { member { id } } }',
      { input: { name, organizationIds: [branch] } },
      token,
    );
    await apiMakeFullMember(token, createMember.member.id, name);
  }
}

/** The current month as the server bills it (China's calendar). */
function thisMonth(): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).formatToParts(new Date());
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

async function tab(page: Page, name: string) {
  await page.getByRole('tab', { name }).click();
  await expect(page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
}

/** Nothing is wider than a phone, once charts have followed the viewport (they resize on a debounce). */
async function fitsPhone(page: Page) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 })
    .toBeLessThanOrEqual(375);
}

test('dues: set a base, bill this month, see the arrears, remind, record a cash payment, nobody owes', async ({ page, problems }) => {
  test.setTimeout(180_000);
  await seed();
  mkdirSync('screenshots', { recursive: true });
  const month = thisMonth();
  const p = page;

  await logIn(p, T.adminEmail, T.adminPassword);
  await p.getByRole('navigation').getByRole('link', { name: '党费管理' }).click();
  await expect(p).toHaveURL(/\/dues$/);
  await expect(p.getByRole('heading', { level: 2, name: '党费管理' })).toBeVisible();
  await expect(p.getByRole('radio', { name: '党费' })).toBeChecked();
  // An admin starts with the whole enterprise; narrow it to the branch.
  await expect(p.locator('.tx-dues-org')).toContainText('全单位');
  await p.getByLabel('组织', { exact: true }).click();
  await p.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(`^${BRANCH}（`)).click();
  await expect(p.locator('.tx-dues-org')).toContainText(BRANCH);
  await expect(p).toHaveURL(/org=/);
  await expect(p.getByText('近 12 个月暂无账单').first()).toBeVisible();

  // ---- 成员台账: the payer's base, 3000 yuan of monthly pay from this month. --------------------
  await tab(p, '成员台账');
  await expect(p.getByText('请选择成员，查看其缴纳基数与台账')).toBeVisible();
  await pickOption(p, '成员', PAYER);
  await expect(p).toHaveURL(/member=/);
  await expect(p.getByText('尚未设置缴纳基数')).toBeVisible();
  await expect(p.getByText('暂无党费记录')).toBeVisible();

  const baseForm = p.locator('form#dues-base');
  await expect(baseForm.getByLabel('人员类别')).toBeVisible();
  await expect(baseForm.locator('.ant-select').filter({ hasText: '在职' })).toBeVisible();
  await expect(baseForm.getByLabel('新工资发放月份')).toHaveValue(month);
  await baseForm.getByLabel('基数（元）').fill('3000');
  await p.getByTestId('dues-set-base').click();
  await expect(p.getByText(`已设置基数 ¥3,000.00，自 ${month} 起执行`)).toBeVisible();
  const baseRow = p.getByRole('row').filter({ hasText: '¥3,000.00' });
  await expect(baseRow).toContainText('在职');
  await expect(baseRow).toContainText('当前');

  // ---- 收缴概览: bill this month, after asking; only the member with a base is billed. --------
  await tab(p, '收缴概览');
  await p.getByTestId('dues-generate').click();
  const confirm = p.getByRole('dialog').filter({ hasText: `生成 ${month} 党费账单？` });
  await expect(confirm).toContainText(`为${BRANCH}已设置缴纳基数的成员生成本月账单`);
  await confirm.getByRole('button', { name: '生成', exact: true }).click();
  await expect(p.getByText(`已生成 1 份 ${month} 党费账单`)).toBeVisible();
  const rollup = p.getByRole('row').filter({ hasText: month }).filter({ hasText: BRANCH });
  await expect(rollup).toContainText('¥15.00');
  await expect(rollup).toContainText('0%');
  await expect(p.getByRole('img', { name: '近 12 个月收缴情况' })).toBeVisible();
  await p.screenshot({ path: 'screenshots/dues-overview-1280.png', fullPage: true });

  // Again: nobody is billed twice.
  await p.getByTestId('dues-generate').click();
  await p.getByRole('dialog').filter({ hasText: `生成 ${month} 党费账单？` }).getByRole('button', { name: '生成', exact: true }).click();
  await expect(p.getByText('本月账单已生成')).toBeVisible();

  // ---- 欠缴名单: the payer owes ¥15.00 for this month; the other member owes nothing. --------
  await tab(p, '欠缴名单');
  const arrear = p.getByRole('row').filter({ hasText: PAYER });
  await expect(arrear).toContainText('¥15.00');
  await expect(arrear).toContainText('1 个月');
  await expect(arrear).toContainText(month);
  await expect(arrear.getByTestId('dues-lapse')).toHaveCount(0);
  await expect(p.getByRole('row').filter({ hasText: OTHER })).toHaveCount(0);
  await expect(p.getByTestId('dues-arrears-total')).toHaveText('共 1 人欠缴，合计 ¥15.00');
  // 导出 .xlsx is the list under the admin's session.
  const href = (await p.getByRole('link', { name: /导出 \.xlsx/ }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/export\/dues-arrears\.xlsx\?line=PARTY&organization=[^&]+$/);
  const xlsx = await p.request.get(href);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
  // 一键提醒, asked first.
  await p.getByRole('button', { name: /一键提醒/ }).click();
  await expect(p.getByText('将向 1 名欠缴党费的成员发送提醒，每人每天最多提醒一次。')).toBeVisible();
  // The confirmation's OK is named by its text alone (the toolbar's also by its icon).
  await p.getByRole('button', { name: '一键提醒', exact: true }).click();
  await expect(p.getByText('已提醒 1 人')).toBeVisible();
  await p.screenshot({ path: 'screenshots/dues-arrears-1280.png', fullPage: true });

  // ---- The payer's ledger, from the list: a cash payment of 15 yuan. ---------------------------
  await arrear.getByRole('button', { name: `查看${PAYER}的台账` }).click();
  await expect(p.getByRole('tab', { name: '成员台账' })).toHaveAttribute('aria-selected', 'true');
  await expect(p.getByTestId('dues-owed')).toHaveText(`欠缴党费 ¥15.00，共 1 个月，最早 ${month}`);
  const bill = p.getByRole('row').filter({ hasText: '账单' });
  await expect(bill).toContainText('¥15.00');
  await expect(bill).toContainText('在职党员按月工资收入比例');
  const payForm = p.locator('form#dues-payment');
  await expect(payForm.getByLabel('月份')).toHaveValue(month);
  await payForm.getByLabel('金额').fill('15');
  await payForm.getByText('现金', { exact: true }).click();
  await expect(payForm.getByRole('radio', { name: '现金' })).toBeChecked();
  await payForm.getByLabel('收据编号').fill('NO.0001');
  await p.getByTestId('dues-pay').click();
  await expect(p.getByText(`已登记 ${month} 缴费 ¥15.00`)).toBeVisible();
  const payment = p.getByRole('row').filter({ hasText: 'NO.0001' });
  await expect(payment).toContainText('缴费');
  await expect(payment).toContainText('现金');
  await expect(p.getByTestId('dues-owed')).toHaveText('党费已缴清，无欠缴');
  await p.screenshot({ path: 'screenshots/dues-ledger-1280.png', fullPage: true });

  // ---- Nobody owes any more. --------------------------------------------------------------------
  await tab(p, '欠缴名单');
  await expect(p.getByText('暂无欠缴')).toBeVisible();
  await expect(p.getByRole('button', { name: /一键提醒/ })).toBeDisabled();
  // On a slow network the chart is still being made when the window narrows: it must fit all the same.
  const slow = async (route: Route) => {
    await new Promise((done) => setTimeout(done, 300));
    await route.continue();
  };
  await p.route('**/graphql', slow);
  await tab(p, '收缴概览');
  await expect(p.getByRole('row').filter({ hasText: month }).filter({ hasText: BRANCH })).toContainText('100%');

  // ---- On a phone. --------------------------------------------------------------------------------
  await p.setViewportSize({ width: 375, height: 740 });
  await expect(p.getByRole('img', { name: '近 12 个月收缴情况' })).toBeVisible();
  await fitsPhone(p);
  await p.unroute('**/graphql', slow);
  await p.screenshot({ path: 'screenshots/dues-overview-375.png', fullPage: true });
  await tab(p, '成员台账');
  await expect(p.getByTestId('dues-owed')).toHaveText('党费已缴清，无欠缴');
  await fitsPhone(p);
  await p.screenshot({ path: 'screenshots/dues-ledger-375.png', fullPage: true });
  // 我的党费 from the phone's menu: the admin has no dues of their own.
  await p.getByRole('button', { name: '打开导航菜单' }).click();
  await p.getByRole('navigation').getByRole('link', { name: '我的党费' }).click();
  await expect(p.getByRole('heading', { level: 2, name: '我的党费' })).toBeVisible();
  await expect(p.getByText('暂无党费、会费或团费记录')).toBeVisible();
  await fitsPhone(p);
  await p.screenshot({ path: 'screenshots/my-dues-375.png' });

  expect(problems).toEqual([]);
});
