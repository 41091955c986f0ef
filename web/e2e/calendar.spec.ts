import { test, expect, apiSignUp, signedIn, uniqueTenant } from './fixtures';
import { pickFixedOption } from './select';

// 节假日与调休: a tenant administrator finds the 2026 national arrangement with its make-up
// Saturday, cancels that Saturday for the company (按常规, with the company's note), sees the day
// marked as adjusted with what it replaced, and restores the national arrangement.

test('calendar: an administrator adjusts a make-up Saturday for the company and restores it', async ({ browser, problems }) => {
  const tenant = uniqueTenant();
  await apiSignUp(tenant);
  const { page } = await signedIn(browser, tenant.adminEmail, tenant.adminPassword, problems);

  await page.goto('/rules/calendar?year=2026');
  await expect(page.getByText('全国安排依据：')).toBeVisible();
  const saturday = page.getByTestId('day-2026-02-14');
  await expect(saturday).toContainText('周六');
  await expect(saturday).toContainText('调休上班');
  await expect(page.getByTestId('day-2026-02-16')).toContainText('放假');

  // 调整: the make-up Saturday is not worked at this company.
  await saturday.getByRole('button', { name: '调整 2026-02-14' }).click();
  const dialog = page.getByRole('dialog', { name: '调整 2026-02-14' });
  await expect(dialog).toBeVisible();
  await pickFixedOption(dialog, '类型', '按常规');
  await dialog.getByLabel('名称').fill('不调休');
  await dialog.getByLabel('依据说明').fill('公司 2026 年第 5 号通知');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(saturday).toContainText('按常规');
  await expect(saturday).toContainText('已调整 · 原为调休上班');
  await expect(saturday).toContainText('公司 2026 年第 5 号通知');

  // 恢复全国安排, confirmed.
  await saturday.getByRole('button', { name: '恢复全国安排' }).click();
  await page.locator('.ant-popconfirm').filter({ hasText: '恢复 2026-02-14 的全国安排？' }).getByRole('button', { name: '恢复全国安排' }).click();
  await expect(saturday).toContainText('调休上班');
  await expect(saturday).not.toContainText('已调整');
  expect(problems).toEqual([]);
});
