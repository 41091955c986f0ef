import { test, expect, apiCreateOrganization, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 支部设置与换届检查 on a phone: an administrator opens the review of a party committee whose one
// branch has no members yet and finds it flagged with the regulation's explanation.

test('branch setting: an empty branch is flagged for too few formal members', async ({ browser, problems }) => {
  const tenant = uniqueTenant();
  const token = await apiSignUp(tenant);
  const committee = await apiCreateOrganization(token, { name: '机关党委', line: 'PARTY', kind: 'PARTY_COMMITTEE' });
  await apiCreateOrganization(token, { parentId: committee, name: '第一党支部', line: 'PARTY', kind: 'PARTY_BRANCH' });
  const { page } = await signedIn(browser, tenant.adminEmail, tenant.adminPassword, problems, { width: 375, height: 740 });

  await page.goto(`/orgs/branch-setting?org=${encodeURIComponent(committee)}`);
  await expect(page.getByTestId('branch-setting-summary')).toContainText('共 1 个支部，1 个需要关注');
  const card = page.getByTestId('branch-setting').filter({ hasText: '第一党支部' });
  await expect(card).toContainText('正式党员不足');
  await expect(card).toContainText('正式党员 0 人，不足 3 人');
  await expect(card).toContainText('未设支委');
  expect(problems).toEqual([]);
});
