import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, signedIn, uniqueTenant } from './fixtures';

// 换届提醒 on a phone: an administrator opens the terms of a party committee, finds the branch
// whose term ends in about two months flagged, and marks it as a community org, which gives it
// a five-year term.

/** `years` years before today plus `days` days, as YYYY-MM-DD. */
function yearsAgo(years: number, days: number): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() + days);
  return d.toISOString().slice(0, 10);
}

test('terms: a branch whose term ends soon is flagged, and a community branch serves five years', async ({ browser, problems }) => {
  const tenant = uniqueTenant();
  const token = await apiSignUp(tenant);
  const committee = await apiCreateOrganization(token, { name: '机关党委', line: 'PARTY', kind: 'PARTY_COMMITTEE' });
  const branch = await apiCreateOrganization(token, { parentId: committee, name: '社区党支部', line: 'PARTY', kind: 'PARTY_BRANCH' });
  const secretary = await apiAddMember(token, { name: '支部书记', email: `s@${tenant.slug}.cn`, password: tenant.adminPassword }, branch);
  await apiGraphql(
    'mutation($input: AssignPositionInput!) { assignPosition(input: $input) { position { id } } }',
    { input: { organizationId: branch, memberId: secretary.memberId, title: '支部书记', termStart: yearsAgo(3, 60) } },
    token,
  );
  const { page } = await signedIn(browser, tenant.adminEmail, tenant.adminPassword, problems, { width: 375, height: 740 });

  await page.goto(`/orgs/terms?org=${encodeURIComponent(committee)}`);
  await expect(page.getByRole('heading', { name: '换届提醒' })).toBeVisible();
  await expect(page.getByTestId('org-terms-summary')).toContainText('共 2 个组织：0 个任期已满，1 个即将届满');
  const card = page.getByTestId('org-term').filter({ hasText: '社区党支部' });
  await expect(card).toContainText('即将届满');
  await expect(card).toContainText('3 年');
  await page.screenshot({ path: 'screenshots/org-terms-375.png', fullPage: true });

  await card.getByRole('switch', { name: '社区党支部是村、社区组织' }).click();
  await expect(page.getByText('已更新，任期已重新计算')).toBeVisible();
  await expect(card).toContainText('任期内');
  await expect(card).toContainText('5 年');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect(problems).toEqual([]);
});
