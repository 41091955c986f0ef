import { test, expect, apiAddMember, apiCreateOrganization, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 工作概览 and 数据大屏: an administrator picks a committee on a phone, sees its members counted
// and opens the list behind a figure; on a 1920×1080 screen the big screen shows the same org
// live, and a member added meanwhile appears without a reload.

test('dashboard: an org’s figures on a phone, and a live big screen', async ({ browser, problems }) => {
  const tenant = uniqueTenant();
  const token = await apiSignUp(tenant);
  const committee = await apiCreateOrganization(token, { name: '机关党委', line: 'PARTY', kind: 'PARTY_COMMITTEE' });
  const branch = await apiCreateOrganization(token, { parentId: committee, name: '第一党支部', line: 'PARTY', kind: 'PARTY_BRANCH' });
  await apiAddMember(token, { name: '党员甲', email: `a@${tenant.slug}.cn`, password: tenant.adminPassword }, branch);

  const { page } = await signedIn(browser, tenant.adminEmail, tenant.adminPassword, problems, { width: 375, height: 740 });
  await page.goto(`/?org=${encodeURIComponent(committee)}`);
  const members = page.getByTestId('fig-members');
  await expect(members).toContainText('在册成员');
  await expect(members).toContainText('1');
  await page.screenshot({ path: 'screenshots/dashboard-375.png', fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('link', { name: /数据大屏/ }).click();
  await expect(page.getByText('机关党委 · 数据大屏')).toBeVisible();
  await expect(page.getByTestId('big-screen-live')).toHaveText('实时');
  await expect(page.getByTestId('bs-members')).toContainText('1');
  await apiAddMember(token, { name: '党员乙', email: `b@${tenant.slug}.cn`, password: tenant.adminPassword }, branch);
  await expect(page.getByTestId('bs-members')).toContainText('2', { timeout: 15_000 });
  await page.screenshot({ path: 'screenshots/big-screen-1920.png' });
  expect(problems).toEqual([]);
});
