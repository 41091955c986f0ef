import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiSignUp, uniqueTenant, signedIn } from './fixtures';
import { addTreeOption, pickTreeOption } from './select';

// 一点发布，多点响应: the enterprise's admin (党群工作部) publishes a notice to a 党支部 asking for
// acknowledgement; a member of the branch opens it on a phone and acknowledges with a reply; the
// admin's response board, open in another browser, counts it live, without a reload.

const T = uniqueTenant();
const COMMITTEE = `E2E通知党委${T.slug.slice(4)}`;
const BRANCH = `E2E通知支部${T.slug.slice(4)}`;
const MEMBER = { name: '李强', email: `li-${T.slug}@e2e.tongxin.test`, password: 'Liqiang2026e2e' };
const TITLE = '关于开展五月主题党日活动的通知';
const REPLY = '收到，准时参加';

/** The enterprise, a 党委 with a 党支部 under it, and one member placed in the branch, through the API. */
async function seed() {
  const token = await apiSignUp(T);
  const committee = await apiCreateOrganization(token, { name: COMMITTEE, line: 'PARTY' });
  const branch = await apiCreateOrganization(token, { name: BRANCH, line: 'PARTY', parentId: committee });
  await apiAddMember(token, MEMBER, branch);
}

/** A signed-in browser of its own. */

/** Chooses the unit `name` in the open tree-select dropdown (titled 「name（kind）」). */

test('notices: an admin publishes to a branch asking for acknowledgement; a member acknowledges on a phone; the board counts it live', async ({
  browser,
  problems,
}) => {
  test.setTimeout(180_000);
  await seed();
  mkdirSync('screenshots', { recursive: true });

  // ---- The admin writes the notice. ---------------------------------------------------------
  const admin = await signedIn(browser, T.adminEmail, T.adminPassword, problems);
  const a = admin.page;
  await a.getByRole('navigation').getByRole('link', { name: '发布通知' }).click();
  await expect(a).toHaveURL(/\/notices\/new$/);
  await expect(a.getByRole('heading', { level: 2, name: '发布通知' })).toBeVisible();

  await a.getByRole('textbox', { name: '标题' }).fill(TITLE);
  await pickTreeOption(a, '发布组织', new RegExp(`^${COMMITTEE}（`));

  // The body, with a bold phrase from the toolbar.
  const editor = a.getByRole('textbox', { name: '正文' });
  await editor.click();
  await a.keyboard.type('各位党员：请于');
  await a.getByRole('button', { name: '加粗' }).click();
  await a.keyboard.type('本周五下午三点');
  await a.getByRole('button', { name: '加粗' }).click();
  await a.keyboard.type('到党员活动室参加主题党日。');
  await expect(editor.locator('b, strong')).toHaveText('本周五下午三点');

  // The audience: the branch with its sub-units; the count follows.
  await expect(a.getByText('请选择发送范围')).toBeVisible();
  await addTreeOption(a, '添加组织', new RegExp(`^${BRANCH}（`), a.getByTestId('audience-org').filter({ hasText: BRANCH }));
  await expect(a.getByRole('switch', { name: `${BRANCH} 含下级组织` })).toBeChecked();
  await expect(a.getByTestId('audience-summary')).toHaveText(`发送范围：${BRANCH}（含下级）`);
  await expect(a.getByTestId('audience-count')).toHaveText('1');
  await expect(a.getByRole('status').filter({ hasText: '将发送给' })).toHaveText('将发送给 1 人');

  // Acknowledgement, by a deadline three days from now.
  await a.getByRole('switch', { name: '需要确认收到' }).click();
  const deadline = new Date(Date.now() + 3 * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const deadlineText = `${deadline.getFullYear()}-${pad(deadline.getMonth() + 1)}-${pad(deadline.getDate())} 18:00`;
  const deadlineInput = a.getByLabel('确认截止时间');
  await deadlineInput.click();
  await deadlineInput.fill(deadlineText);
  await deadlineInput.press('Enter');
  await expect(deadlineInput).toHaveValue(deadlineText);
  await a.keyboard.press('Escape');
  await a.screenshot({ path: 'screenshots/notice-compose-1280.png', fullPage: true });

  // 发布 asks first, naming the count; then the board opens.
  await a.getByTestId('notice-publish').click();
  const confirm = a.getByRole('dialog').filter({ hasText: '确认发布？' });
  await expect(confirm).toContainText('将发送给 1 人');
  await confirm.getByRole('button', { name: '发布', exact: true }).click();
  await expect(a).toHaveURL(/\/notices\/[^/]+\/board$/);
  await expect(a.getByRole('heading', { level: 2, name: `回执看板 · ${TITLE}` })).toBeVisible();
  await expect(a.getByTestId('board-acknowledged')).toContainText('0人（0%）');
  // The list starts at 未确认: the member is on it.
  await expect(a.getByRole('row').filter({ hasText: MEMBER.name })).toContainText('未确认');
  const boardUrl = a.url();

  // ---- The member, on a phone. ------------------------------------------------------------
  const member = await signedIn(browser, MEMBER.email, MEMBER.password, problems, { width: 375, height: 740 });
  const m = member.page;
  await m.getByRole('button', { name: '打开导航菜单' }).click();
  // A plain member may not issue notices: no 发布通知 (已发通知 is there, empty for them).
  await expect(m.getByRole('navigation').getByRole('link', { name: '通知公告' })).toBeVisible();
  await expect(m.getByRole('navigation').getByRole('link', { name: '发布通知' })).toHaveCount(0);
  await m.getByRole('navigation').getByRole('link', { name: '通知公告' }).click();
  await expect(m.getByRole('heading', { level: 2, name: '通知公告' })).toBeVisible();
  await expect(m.locator('.ant-drawer-content')).toBeHidden();
  const item = m.locator('li.tx-notice-item').filter({ hasText: TITLE });
  await expect(item).toHaveClass(/tx-inbox-unread/);
  await expect(item).toContainText('待确认');
  await expect(item.getByTestId('notice-deadline')).toHaveText(`确认截止：${deadlineText}`);
  expect(await m.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await m.screenshot({ path: 'screenshots/notices-375.png' });

  await item.getByRole('link', { name: new RegExp(TITLE) }).click();
  await expect(m.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(m.getByTestId('notice-body').locator('b, strong')).toHaveText('本周五下午三点');
  await expect(m.getByTestId('notice-body')).toContainText('到党员活动室参加主题党日。');
  const reply = m.getByRole('textbox', { name: '回复（可选）' });
  await reply.fill(REPLY);
  await expect(m.getByTestId('ack-count')).toHaveText('7 / 200');
  expect(await m.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await m.screenshot({ path: 'screenshots/notice-detail-375.png', fullPage: true });
  await m.getByRole('button', { name: /确认收到/ }).click();
  await expect(m.getByTestId('receipt-acknowledged')).toBeVisible();
  await expect(m.getByTestId('notice-receipt')).toContainText(REPLY);
  await expect(m.getByTestId('notice-ack')).toHaveCount(0);

  // The inbox has its NOTICE notification, which leads back to the notice.
  await m.goto('/notifications');
  const notification = m.locator('li.tx-inbox-item').filter({ hasText: TITLE });
  await expect(notification).toContainText('通知公告');
  await notification.getByRole('link', { name: '查看通知' }).click();
  await expect(m.getByRole('heading', { level: 2, name: TITLE })).toBeVisible();
  await expect(m.getByTestId('receipt-acknowledged')).toBeVisible();

  // ---- The admin's board, never reloaded, counts it. ---------------------------------------
  expect(a.url()).toBe(boardUrl);
  await expect(a.getByTestId('board-acknowledged')).toContainText('1人（100%）');
  await expect(a.getByTestId('board-read')).toContainText('1人（100%）');
  // The list (未确认) follows: nobody is left; 全部 shows the reply.
  await expect(a.getByText('没有符合条件的成员')).toBeVisible();
  await a.getByLabel('按回执状态筛选').getByText('全部', { exact: true }).click();
  await expect(a.getByRole('radio', { name: '全部' })).toBeChecked();
  await expect(a.getByRole('row').filter({ hasText: MEMBER.name })).toContainText(REPLY);
  await a.screenshot({ path: 'screenshots/notice-board-1280.png', fullPage: true });
  // 导出名单 is the list as an .xlsx, under the admin's session.
  const exportLink = a.getByRole('link', { name: /导出名单/ });
  const href = (await exportLink.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/export\/notice-responses\.xlsx\?notice=[^&]+$/);
  const xlsx = await a.request.get(href);
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

  // 已发通知 lists it as published, with the way to its board.
  await a.getByRole('navigation').getByRole('link', { name: '已发通知' }).click();
  const sent = a.locator('li.tx-notice-item').filter({ hasText: TITLE });
  await expect(sent.getByTestId('notice-status')).toHaveText('已发布');
  await expect(sent).toContainText('共发送 1 人');
  await expect(sent.getByRole('link', { name: /回执看板/ })).toBeVisible();
  await a.screenshot({ path: 'screenshots/notices-sent-1280.png' });

  // The compose page fits a phone too.
  await a.setViewportSize({ width: 375, height: 740 });
  await a.goto('/notices/new');
  await expect(a.getByRole('heading', { level: 2, name: '发布通知' })).toBeVisible();
  await expect(a.getByRole('toolbar', { name: '正文格式' })).toBeVisible();
  expect(await a.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await a.screenshot({ path: 'screenshots/notice-compose-375.png' });

  await admin.context.close();
  await member.context.close();
  expect(problems).toEqual([]);
});
