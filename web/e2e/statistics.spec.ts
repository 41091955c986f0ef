import { test, expect, apiAddMember, apiCreateOrganization, apiMakeFullMember, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 年报统计: an administrator records a party member's 学历 in the member's drawer, then opens the
// party committee's annual returns: the checks pass, the member counts under 大学本科, and the
// returns download as an .xlsx.

test('statistics: a recorded education shows in the returns, which pass their checks and export', async ({ browser, problems }) => {
  const tenant = uniqueTenant();
  const token = await apiSignUp(tenant);
  const committee = await apiCreateOrganization(token, { name: '机关党委', line: 'PARTY', kind: 'PARTY_COMMITTEE' });
  const branch = await apiCreateOrganization(token, { parentId: committee, name: '第一党支部', line: 'PARTY', kind: 'PARTY_BRANCH' });
  const member = await apiAddMember(token, { name: '赵敏', email: `z@${tenant.slug}.cn`, password: tenant.adminPassword }, branch);
  await apiMakeFullMember(token, member.memberId, '赵敏');
  const { page } = await signedIn(browser, tenant.adminEmail, tenant.adminPassword, problems);

  await page.goto('/members');
  await page.getByRole('button', { name: '赵敏' }).click();
  const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('member-edit-profile') });
  await page.getByTestId('member-edit-profile').click();
  const dialog = page.getByRole('dialog', { name: /编辑统计信息/ });
  // Typed and chosen with Enter, which closes the list itself (an Escape would close the dialog).
  const education = dialog.getByLabel('学历', { exact: true });
  await education.fill('大学本科');
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: /^大学本科$/ })).toBeVisible();
  await education.press('Enter');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('统计信息已保存')).toBeVisible();
  await expect(drawer).toContainText('大学本科');

  await page.goto(`/orgs/statistics?org=${encodeURIComponent(committee)}`);
  await expect(page.getByRole('heading', { name: '年报统计' })).toBeVisible();
  await expect(page.getByTestId('statistics-checks')).toContainText('校验全部通过');
  await page.getByRole('tab', { name: /党员学历/ }).click();
  const educationTable = page.getByTestId('statistics-table-party.education');
  await expect(educationTable.getByRole('row').filter({ hasText: '第一党支部' })).toContainText('1');
  await page.screenshot({ path: 'screenshots/annual-statistics.png', fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistics-export').click()]);
  expect(download.suggestedFilename()).toMatch(/^党内统计年报-机关党委-\d{8}\.xlsx$/);
  expect(problems).toEqual([]);
});
