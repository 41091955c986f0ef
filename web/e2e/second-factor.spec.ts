import { test, expect, uniqueTenant, logOut, signUp } from './fixtures';
import { codeSource } from './totp';

// 两步验证 end to end, on a fresh enterprise (the demo logins other specs use keep no second
// factor): the admin turns it on from 账号安全 with a code computed from the shown secret,
// keeps the recovery codes, logs out, and logs in again with a code — a wrong one refused.

const T = uniqueTenant();

test('an admin turns on two-step verification and then logs in with a code', async ({ page }) => {
  await signUp(page, T);

  await page.goto('/security');
  const card = page.getByTestId('second-factor');
  await expect(card).toContainText('未开启');
  await card.getByRole('button', { name: '开启两步验证' }).click();
  await card.getByRole('button', { name: '开始设置' }).click();
  await expect(card.getByLabel('两步验证二维码')).toBeVisible();
  const secret = (await card.getByTestId('totp-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  const nextCode = codeSource(secret);

  await card.getByLabel('验证码').fill(nextCode());
  await card.getByRole('button', { name: '验证并开启' }).click();
  const codes = card.getByTestId('recovery-codes');
  await expect(codes).toBeVisible();
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  const download = page.waitForEvent('download');
  await codes.getByRole('button', { name: '下载 .txt' }).click();
  expect((await download).suggestedFilename()).toBe('tongxin-recovery-codes.txt');
  await codes.getByRole('button', { name: '我已保存' }).click();
  await expect(card).toContainText('已开启');
  await expect(card).toContainText('剩余 10 个恢复码');
  await page.screenshot({ path: 'test-results/second-factor-enabled.png', fullPage: true });

  await logOut(page);
  await page.getByLabel('邮箱或手机号').fill(T.adminEmail);
  await page.getByLabel('密码', { exact: true }).fill(T.adminPassword);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const step = page.getByTestId('second-factor-step');
  await expect(step).toBeVisible();
  await expect(step.getByRole('checkbox', { name: '记住此设备30天' })).toBeVisible();
  await expect(step.getByRole('button', { name: '使用恢复码' })).toBeVisible();

  // A wrong code is refused in place.
  const right = nextCode();
  const wrong = right === '000000' ? '111111' : '000000';
  await step.getByLabel('验证码').fill(wrong);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByText('验证码不正确或已使用')).toBeVisible();
  await page.setViewportSize({ width: 375, height: 740 });
  await page.screenshot({ path: 'test-results/second-factor-login-375.png', fullPage: true });

  await step.getByLabel('验证码').fill(right);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: /工作概览/ })).toBeVisible();
});
