import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, apiGraphql, signedIn } from './fixtures';

// 工会福利 on a phone (375 × 740), against the demo tenant: `tongxin-api seed-demo` (same binary
// and TONGXIN_* environment as the API the e2e starts, see playwright.config.ts; it seeds once and
// does nothing when the tenant exists). The member is 赵书记, the demo's one login besides the
// administrator: a party branch vice-secretary who, as far as the union goes, is a plain member
// of the first union branch under 集团工会. She opens 福利活动, opens the demo group-buy
// 「春节慰问品拼团」, orders one 坚果礼盒 (¥198.00, union subsidy ¥100.00, limit 2), sees the order
// in 我的订单 and its subsidy in 我的福利, and cancels it again, so the demo stays as seeded.

const API_BIN = process.env.TX_API_BIN
  ? resolve(process.env.TX_API_BIN)
  : fileURLToPath(new URL('../../target/debug/tongxin-api', import.meta.url));

/** The demo tenant's branch secretary (core/src/demo: SECRETARY_EMAIL, ADMIN_PASSWORD, SLUG). */
const MEMBER = { email: 'secretary@demo.tongxin.cn', password: 'Tongxin2026', tenantSlug: 'demo' };
const CAMPAIGN = '春节慰问品拼团';
const ITEM = '坚果礼盒';
/** The item's union subsidy per unit, in fen. */
const SUBSIDY_FEN = 10_000;

/** Fen as the pages show yuan: ¥1,234.50. */
function yuan(fen: number): string {
  const whole = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `¥${whole}.${String(fen % 100).padStart(2, '0')}`;
}

interface DemoCampaigns {
  welfareCampaigns: { edges: { node: { id: string; title: string; myOrders: { id: string; itemName: string; status: string }[] } }[] };
}
interface DemoUsage {
  myWelfareUsage: { categories: { category: string; usedFen: number }[] };
}

/** The member's session token, through the API. */
async function memberToken(): Promise<string> {
  const { logIn } = await apiGraphql<{ logIn: { token: string } }>('mutation($i: LogInInput!) { logIn(input: $i) { token } }', { i: MEMBER });
  return logIn.token;
}

/**
 * The member's 节日慰问 subsidy used this year, in fen, after cancelling any order of the item she
 * still has pending in the demo group-buy (a run that stopped half-way), so that there is room
 * under the limit.
 */
async function resetAndReadUsage(): Promise<number> {
  const token = await memberToken();
  const { welfareCampaigns } = await apiGraphql<DemoCampaigns>(
    '{ welfareCampaigns(first: 50) { edges { node { id title myOrders { id itemName status } } } } }',
    {},
    token,
  );
  const demo = welfareCampaigns.edges.map((e) => e.node).find((c) => c.title === CAMPAIGN);
  expect(demo, `the demo group-buy ${CAMPAIGN}`).toBeTruthy();
  for (const o of demo!.myOrders.filter((o) => o.itemName === ITEM && o.status === 'PENDING')) {
    await apiGraphql('mutation($id: ID!) { cancelWelfareOrder(id: $id) { order { id status } } }', { id: o.id }, token);
  }
  const { myWelfareUsage } = await apiGraphql<DemoUsage>('{ myWelfareUsage { categories { category usedFen } } }', {}, token);
  return myWelfareUsage.categories.find((c) => c.category === 'HOLIDAY')?.usedFen ?? 0;
}

/** Opens the phone's navigation drawer and follows `entry` under the 工会福利 group. */
async function navigate(page: Page, entry: string) {
  await page.getByRole('button', { name: '打开导航菜单' }).click();
  const nav = page.getByRole('dialog').getByRole('navigation');
  // The group's title; it is open already when the page shown is one of its entries.
  const group = nav.getByRole('menuitem', { name: '工会福利' });
  await expect(group).toBeVisible();
  if ((await group.getAttribute('aria-expanded')) !== 'true') await group.click();
  await nav.getByRole('link', { name: entry, exact: true }).click();
}

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test.beforeAll(() => {
  test.setTimeout(300_000);
  execFileSync(API_BIN, ['seed-demo'], { env: { ...process.env, RUST_LOG: 'warn' }, stdio: 'pipe', timeout: 280_000 });
});

test('welfare: a member orders from the demo group-buy on a phone and sees it in her orders and her yearly allowance', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  mkdirSync('screenshots', { recursive: true });
  const usedBefore = await resetAndReadUsage();

  const { page } = await signedIn(browser, MEMBER.email, MEMBER.password, problems, { width: 375, height: 740 });

  // ---- 福利活动: the demo campaigns as cards. -------------------------------------------------
  await navigate(page, '福利活动');
  await expect(page).toHaveURL(/\/welfare$/);
  await expect(page.getByRole('heading', { level: 2, name: '福利活动' })).toBeVisible();
  const card = page.getByTestId('welfare-campaign').filter({ hasText: CAMPAIGN });
  await expect(card).toContainText('拼团');
  await expect(card).toContainText('节日慰问');
  await expect(card.getByTestId('welfare-campaign-status')).toHaveText('进行中');
  await expect(card.getByTestId('welfare-deadline')).toContainText('剩余');
  await expect(page.getByTestId('welfare-campaign').filter({ hasText: '职工书屋众筹' })).toContainText('众筹');
  await page.screenshot({ path: 'screenshots/welfare-list-375.png', fullPage: true });
  await expectNoSidewaysScroll(page);

  // ---- The group-buy: one 坚果礼盒. -----------------------------------------------------------
  await card.getByRole('link', { name: CAMPAIGN }).click();
  await expect(page.getByRole('heading', { level: 2, name: CAMPAIGN })).toBeVisible();
  await expect(page.getByTestId('welfare-rules')).toContainText('成团后订单确认');
  const item = page.getByTestId('welfare-item').filter({ hasText: ITEM });
  await expect(item.getByTestId('welfare-item-price')).toHaveText('¥198.00');
  await expect(item.getByTestId('welfare-item-subsidy')).toHaveText('¥100.00');
  await expect(item.getByTestId('welfare-item-member-price')).toHaveText('¥98.00');
  await expect(item.getByTestId('welfare-item-quantities')).toContainText('每人限购 2 件 · 我已订 0 件');
  await item.getByRole('spinbutton', { name: '数量' }).fill('1');
  await item.getByRole('button', { name: '参团', exact: true }).click();
  await expect(page.getByText(`已下单：${ITEM} × 1`)).toBeVisible();
  const myOrders = page.getByTestId('welfare-my-orders');
  const pending = myOrders.getByTestId('welfare-order').filter({ hasText: `${ITEM} × 1` }).filter({ hasText: '待成团' });
  await expect(pending).toHaveCount(1);
  await expect(pending).toContainText('个人支付 ¥98.00 · 工会补贴 ¥100.00');
  await expect(item.getByTestId('welfare-item-quantities')).toContainText('我已订 1 件');
  await page.screenshot({ path: 'screenshots/welfare-campaign-375.png', fullPage: true });
  await expectNoSidewaysScroll(page);

  // ---- 我的福利: the order, and its subsidy counted against 节日慰问. --------------------------
  await navigate(page, '我的福利');
  await expect(page).toHaveURL(/\/welfare\/mine$/);
  await expect(page.getByRole('heading', { level: 2, name: '我的福利' })).toBeVisible();
  const holiday = page.getByTestId('welfare-usage-HOLIDAY');
  await expect(holiday.getByTestId('welfare-usage-used')).toContainText(`已用 ${yuan(usedBefore + SUBSIDY_FEN)}`);
  await expect(page.getByTestId('welfare-cash-notice')).toBeVisible();
  const listed = page.getByTestId('welfare-mine-orders').getByTestId('welfare-order').filter({ hasText: `${ITEM} × 1` }).filter({ hasText: '待成团' });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText(CAMPAIGN);
  await page.screenshot({ path: 'screenshots/welfare-mine-375.png', fullPage: true });
  await expectNoSidewaysScroll(page);

  // ---- Back to the campaign: 取消, asked first; the demo is left as seeded. ------------------
  await listed.getByRole('link', { name: CAMPAIGN }).click();
  await expect(page.getByRole('heading', { level: 2, name: CAMPAIGN })).toBeVisible();
  await pending.getByRole('button', { name: '取消', exact: true }).click();
  await page.getByRole('button', { name: '确认取消' }).click();
  await expect(page.getByText('订单已取消')).toBeVisible();
  await expect(pending).toHaveCount(0);
  await expect(item.getByTestId('welfare-item-quantities')).toContainText('我已订 0 件');
});
