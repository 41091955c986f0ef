import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, signUp, uniqueTenant } from './fixtures';

/** Waits for the answer to the GraphQL operation `name` (a setting saved before the page reloads). */
function answered(page: Page, name: string) {
  return page.waitForResponse((res) => {
    if (!res.url().endsWith('/graphql') || res.request().method() !== 'POST') return false;
    try {
      return (res.request().postDataJSON() as { operationName?: string }).operationName === name;
    } catch {
      return false;
    }
  });
}

test('notification settings: reminders cannot be turned off; a channel and the digest persist; the inbox starts empty', async ({
  page,
  problems,
}) => {
  const T = uniqueTenant();
  await signUp(page, T);

  await page.goto('/settings/notifications');
  await expect(page.getByRole('heading', { level: 2, name: '通知设置' })).toBeVisible();

  // 到期提醒与督办 is mandatory: 关闭 is disabled and the page says why.
  const reminders = page.getByRole('radiogroup', { name: '到期提醒与督办' });
  await expect(reminders.getByRole('radio', { name: '关闭' })).toBeDisabled();
  await expect(reminders.getByRole('radio', { name: '站内 + 邮件' })).toBeChecked();
  const reminderRow = page.getByTestId('pref-REMINDER');
  await expect(reminderRow.getByText(/法定时限提醒关系到组织生活和党员权利/)).toBeVisible();
  await expect(reminderRow.getByRole('img', { name: '不能关闭' })).toBeVisible();

  // @我的消息 may be turned off.
  const mentions = page.getByRole('radiogroup', { name: '@我的消息' });
  await expect(mentions.getByRole('radio', { name: '仅站内' })).toBeChecked();
  await expect(page.getByTestId('pref-MENTION').getByText('默认', { exact: true })).toBeVisible();
  let saved = answered(page, 'SetNotificationChannel');
  await mentions.getByRole('radio', { name: '关闭' }).check();
  await saved;
  await expect(page.getByText('已保存').first()).toBeVisible();
  await expect(mentions.getByRole('radio', { name: '关闭' })).toBeChecked();

  // The digest, daily.
  const digest = page.getByRole('radiogroup', { name: '摘要频率' });
  await expect(digest.getByRole('radio', { name: '不接收' })).toBeChecked();
  saved = answered(page, 'SetDigestFrequency');
  await digest.getByRole('radio', { name: '每日 07:00' }).check();
  await saved;
  await expect(digest.getByRole('radio', { name: '每日 07:00' })).toBeChecked();

  // Both were stored.
  await page.reload();
  await expect(mentions.getByRole('radio', { name: '关闭' })).toBeChecked();
  await expect(page.getByTestId('pref-MENTION')).toContainText('默认：仅站内');
  await expect(digest.getByRole('radio', { name: '每日 07:00' })).toBeChecked();
  await expect(reminders.getByRole('radio', { name: '关闭' })).toBeDisabled();

  // A new enterprise's inbox is empty.
  await page.goto('/notifications');
  await expect(page.getByRole('heading', { level: 2, name: '通知', exact: true })).toBeVisible();
  await expect(page.getByText('暂无通知')).toBeVisible();
  await expect(page.getByRole('button', { name: /全部标为已读（0）/ })).toBeDisabled();
  await expect(page.getByRole('navigation').getByRole('link', { name: '通知', exact: true })).toBeVisible();

  // Both pages fit a phone.
  mkdirSync('screenshots', { recursive: true });
  await page.setViewportSize({ width: 375, height: 812 });
  for (const [name, path, heading] of [
    ['notifications', '/notifications', '通知'],
    ['notification-settings', '/settings/notifications', '通知设置'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    if (name === 'notification-settings') await expect(reminders).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at 375 px`).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `screenshots/${name}-375.png`, fullPage: true });
  }
  // The inbox header leads to the settings.
  await page.goto('/notifications');
  await page.getByRole('button', { name: /通知设置/ }).click();
  await expect(page).toHaveURL(/\/settings\/notifications$/);
  expect(problems).toEqual([]);
});
