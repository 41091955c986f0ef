import { mkdirSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect, apiAddMember, apiCreateOrganization, apiMakeFullMember, apiSignUp, logIn, uniqueTenant, watch } from './fixtures';
import { pickFixedOption } from './select';

// 三会一课: the enterprise's admin schedules a 支部党员大会 of a 党支部 starting now and puts its
// check-in QR on the big screen; a member of the branch, signed out on a phone, opens the QR's
// link, logs in, comes back to it and checks in; the admin's meeting page, never reloaded, shows
// the member present, and the big screen counts them. The member then subscribes to their
// calendar: the secret .ics link, shown once, lists the meeting.

const T = uniqueTenant();
const BRANCH = `E2E会议支部${T.slug.slice(4)}`;
const MEMBER = { name: '李强', email: `li-${T.slug}@e2e.tongxin.test`, password: 'Liqiang2026e2e' };
const TITLE = '六月支部党员大会（E2E）';

/** The enterprise, a 党支部 and one member placed in it, through the API. */
async function seed() {
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: BRANCH, line: 'PARTY', kind: 'PARTY_BRANCH' });
  const { memberId } = await apiAddMember(token, MEMBER, branch);
  // A full party member: invited to the branch's party meetings, with a vote.
  await apiMakeFullMember(token, memberId, MEMBER.name);
}

/** A browser of its own (signed out), its problems recorded. */
async function browserFor(browser: Browser, problems: string[], viewport?: { width: number; height: number }) {
  const context = await browser.newContext(viewport ? { viewport } : {});
  watch(context, problems);
  const page = await context.newPage();
  return { context, page };
}

/** A time as the pickers show it, in China's time zone (the tenant's). */
function wallTime(d: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

async function fitsPhone(page: Page) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth), { timeout: 5000 }).toBeLessThanOrEqual(375);
}

test('meetings: an admin schedules a branch meeting and shows its QR; a member checks in on a phone; the admin sees it live', async ({
  browser,
  problems,
}) => {
  test.setTimeout(180_000);
  await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The admin schedules the meeting, starting now. ------------------------------------------
  const admin = await browserFor(browser, problems);
  const a = admin.page;
  await logIn(a, T.adminEmail, T.adminPassword);
  const nav = a.getByRole('navigation');
  await nav.getByText('组织生活', { exact: true }).click();
  await nav.getByRole('link', { name: '安排会议' }).click();
  await expect(a).toHaveURL(/\/meetings\/new$/);
  await expect(a.getByRole('heading', { level: 2, name: '安排会议' })).toBeVisible();

  await a.getByLabel('组织', { exact: true }).click();
  await a.locator('.ant-select-dropdown:visible').getByTitle(new RegExp(`^${BRANCH}（`)).click();
  await pickFixedOption(a, '会议类型', /^支部党员大会/);
  await expect(a.getByTestId('meeting-type-rule')).toContainText('按规定每');
  // The title follows the type until written by hand.
  const title = a.getByRole('textbox', { name: '会议名称' });
  await expect(title).toHaveValue('支部党员大会');
  await title.fill(TITLE);
  // General meetings may hold an election.
  await expect(a.getByRole('switch', { name: '本次会议进行选举' })).not.toBeChecked();

  const start = new Date(Date.now() + 2 * 60_000);
  const startText = wallTime(start);
  const startInput = a.getByLabel('开始时间');
  await startInput.click();
  await startInput.fill(startText);
  await startInput.press('Enter');
  await expect(startInput).toHaveValue(startText);
  await a.keyboard.press('Escape');
  // The end moved with the start (two hours).
  await expect(a.getByLabel('结束时间')).toHaveValue(wallTime(new Date(start.getTime() + 2 * 3_600_000)));
  await a.getByRole('textbox', { name: '地点' }).fill('党员活动室');
  await a.screenshot({ path: 'screenshots/meeting-schedule-1280.png', fullPage: true });
  await a.getByTestId('meeting-submit').click();

  // The toast first: it shows for three seconds from the answer, and on a loaded machine the
  // meeting's page may take longer than that to fill in.
  await expect(a.getByText('已安排会议，共邀请 1 人')).toBeVisible();
  await expect(a).toHaveURL(/\/meetings\/[^/]+$/);
  await expect(a.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(a.getByTestId('attendance-expected')).toContainText('1');
  await expect(a.getByTestId('attendance-present')).toContainText('0');
  const row = a.getByRole('row').filter({ hasText: MEMBER.name });
  await expect(row.getByTestId('attendee-state')).toHaveText('未签到');
  const detailUrl = a.url();
  await a.screenshot({ path: 'screenshots/meeting-detail-1280.png', fullPage: true });

  // ---- The big screen, in another tab: the QR of the check-in link. ------------------------------
  const screenTab = await admin.context.newPage();
  await screenTab.goto(detailUrl);
  await screenTab.getByTestId('meeting-qr').click();
  await expect(screenTab).toHaveURL(/\/meetings\/[^/]+\/qr$/);
  await expect(screenTab.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const qr = screenTab.getByTestId('checkin-qr');
  await expect(qr).toHaveAttribute('data-url', /\/meetings\/[^/]+\/checkin\?code=.+/);
  await expect(qr.locator('svg')).toBeVisible();
  await expect(screenTab.getByTestId('qr-countdown')).toContainText('秒后更新');
  await expect(screenTab.getByTestId('qr-present')).toContainText('0');
  const checkInUrl = (await qr.getAttribute('data-url')) ?? '';
  expect(checkInUrl.startsWith(new URL(detailUrl).origin)).toBe(true);
  await screenTab.screenshot({ path: 'screenshots/meeting-qr-1280.png' });

  // ---- The member scans it on a phone, signed out: log in, come back, check in. -----------------
  const member = await browserFor(browser, problems, { width: 375, height: 812 });
  const m = member.page;
  await m.goto(checkInUrl);
  await expect(m).toHaveURL(/\/login\?next=%2Fmeetings%2F/);
  await m.getByLabel('邮箱或手机号').fill(MEMBER.email);
  await m.getByLabel('密码', { exact: true }).fill(MEMBER.password);
  await m.getByRole('button', { name: '登录', exact: true }).click();
  await expect(m).toHaveURL(/\/meetings\/[^/]+\/checkin\?code=/);
  await expect(m.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(m.getByTestId('checkin-page')).toContainText('党员活动室');
  await fitsPhone(m);
  await m.screenshot({ path: 'screenshots/meeting-checkin-375.png', fullPage: true });
  await m.getByTestId('checkin-submit').click();
  await expect(m.getByTestId('checkin-done')).toHaveText('签到成功');
  await expect(m.getByText(/签到时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/)).toBeVisible();
  await fitsPhone(m);
  await m.screenshot({ path: 'screenshots/meeting-checkin-done-375.png', fullPage: true });

  // The member's own meeting page on the phone.
  await m.getByRole('link', { name: '查看会议' }).click();
  await expect(m.getByTestId('meeting-mine').getByTestId('attendee-state')).toHaveText('已签到');
  await fitsPhone(m);
  await m.screenshot({ path: 'screenshots/meeting-detail-375.png', fullPage: true });

  // ---- The admin's page, never reloaded, and the big screen count it. ---------------------------
  expect(a.url()).toBe(detailUrl);
  await expect(row.getByTestId('attendee-state')).toHaveText('已签到');
  await expect(row).toContainText('扫码');
  await expect(a.getByTestId('attendance-present')).toContainText('1');
  await expect(screenTab.getByTestId('qr-present')).toContainText('1');
  await a.screenshot({ path: 'screenshots/meeting-detail-live-1280.png', fullPage: true });

  // The member's list on the phone: the meeting, checked in.
  // (组织生活 is open: the page shown is one of its entries.)
  await m.getByRole('button', { name: '打开导航菜单' }).click();
  await m.getByRole('navigation').getByRole('link', { name: '会议活动' }).click();
  await expect(m.getByRole('heading', { level: 2, name: '会议活动' })).toBeVisible();
  // A member schedules nothing and has no 落实情况.
  await expect(m.getByTestId('meeting-schedule')).toHaveCount(0);
  const mine = m.locator('li.tx-meeting-item').filter({ hasText: TITLE });
  await expect(mine.getByTestId('attendee-state')).toHaveText('已签到');
  await fitsPhone(m);
  await m.screenshot({ path: 'screenshots/meetings-375.png', fullPage: true });

  // 订阅日历: the member's secret feed, shown once, lists the meeting.
  await m.getByRole('link', { name: '订阅日历' }).click();
  await expect(m).toHaveURL(/\/settings\/notifications#calendar-feed$/);
  const feed = m.getByTestId('calendar-feed');
  await expect(feed.getByTestId('calendar-feed-state')).toHaveText('尚未订阅日历');
  await feed.getByTestId('calendar-feed-create').click();
  const feedUrl = await feed.getByTestId('calendar-feed-url').inputValue();
  expect(feedUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/calendar\/[^/]+\.ics$/);
  await expect(feed.getByTestId('calendar-feed-state')).toContainText('尚未被日历读取');
  const ics = await m.request.get(feedUrl);
  expect(ics.status()).toBe(200);
  expect(ics.headers()['content-type']).toContain('text/calendar');
  const calendar = (await ics.text()).replace(/\r\n[ \t]/g, '');
  expect(calendar).toContain('BEGIN:VCALENDAR');
  expect(calendar).toContain(TITLE);
  await fitsPhone(m);
  await m.screenshot({ path: 'screenshots/calendar-feed-375.png', fullPage: true });

  // ---- The org's list, its calendar and 落实情况. ------------------------------------------------------
  await a.goto('/meetings?tab=org');
  await expect(a.getByRole('link', { name: TITLE })).toBeVisible();
  await a.screenshot({ path: 'screenshots/meetings-1280.png', fullPage: true });
  await a.getByText('日历', { exact: true }).click();
  await expect(a.getByTestId('meeting-calendar').locator('.tx-meeting-cell').getByRole('link', { name: new RegExp(TITLE.replace(/[()（）]/g, '.')) })).toBeVisible();
  await a.screenshot({ path: 'screenshots/meetings-calendar-1280.png', fullPage: true });
  await a.goto('/meetings/compliance');
  await expect(a.getByRole('heading', { level: 2, name: '落实情况' })).toBeVisible();
  await a.screenshot({ path: 'screenshots/meeting-compliance-1280.png', fullPage: true });

  await member.context.close();
  await admin.context.close();
  expect(problems).toEqual([]);
});
