import { mkdirSync } from 'node:fs';
import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiSignUp, uniqueTenant, signedIn } from './fixtures';

// 投票: a member votes on a phone, keeps the receipt shown once and verifies it; the officer's
// turnout board moves live, without a reload, as ballots come in.

async function seed() {
  const T = uniqueTenant();
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E投票党支部${T.slug.slice(4)}`, line: 'PARTY' });
  const voter = { name: '陈投票', email: `chen-${T.slug}@e2e.tongxin.test`, password: 'Chentp2026e2e' };
  await apiAddMember(token, voter, branch);
  const other = await apiAddMember(token, { name: '周投票', email: `zhou-${T.slug}@e2e.tongxin.test`, password: 'Zhoutp2026e2e' }, branch);
  const { createVote } = await apiGraphql<{ createVote: { vote: { id: string; options: { id: string; label: string }[] } } }>(
    'mutation($input: CreateVoteInput!) { createVote(input: $input) { vote { id options { id label } } } }',
    {
      input: {
        orgId: branch,
        title: '第三季度党员先锋岗评选',
        options: ['生产一线先锋岗', '技术攻关先锋岗', '服务群众先锋岗'],
        minChoices: 1,
        maxChoices: 1,
        anonymous: true,
        resultsVisibility: 'AFTER_CLOSE',
        electorate: { orgIds: [branch] },
        closesAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      },
    },
    token,
  );
  return { T, token, voter, other, vote: createVote.vote };
}

test('votes: a member votes on a phone and verifies the receipt while the officer board moves live', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();

  // The officer (the administrator) watches the turnout.
  const { page: o } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await o.goto(`/votes/${s.vote.id}`);
  await expect(o.getByRole('heading', { level: 2, name: '第三季度党员先锋岗评选' })).toBeVisible();
  await expect(o.getByTestId('turnout-voted')).toHaveText('0');
  await expect(o.getByTestId('results-hidden')).toBeVisible();

  // The member, on a phone, finds it under 待我投票 through the menu.
  const { page: m } = await signedIn(browser, s.voter.email, s.voter.password, problems, { width: 375, height: 812 });
  await m.getByRole('button', { name: '打开导航菜单' }).click();
  await m.getByRole('navigation').getByText('参与', { exact: true }).click();
  await m.getByRole('navigation').getByRole('link', { name: '投票', exact: true }).click();
  await expect(m.getByRole('heading', { level: 2, name: '投票' })).toBeVisible();
  await m.getByTestId('vote-item').getByRole('link', { name: '第三季度党员先锋岗评选' }).click();
  await expect(m.getByTestId('ballot')).toBeVisible();
  await m.getByRole('radio', { name: '技术攻关先锋岗' }).check();
  mkdirSync('screenshots', { recursive: true });
  await m.screenshot({ path: 'screenshots/votes-ballot-375.png', fullPage: true });
  await m.getByTestId('ballot').getByRole('button', { name: '投票' }).click();
  await expect(m.getByText('您的选择：技术攻关先锋岗')).toBeVisible();
  await m.locator('.ant-modal-confirm').getByRole('button', { name: '投票' }).click();
  const receiptField = m.getByTestId('receipt');
  await expect(receiptField).toBeVisible();
  await expect(m.getByText('它只显示这一次')).toBeVisible();
  const receipt = await receiptField.inputValue();
  await m.screenshot({ path: 'screenshots/votes-receipt-375.png', fullPage: true });
  expect(receipt).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/);
  // Nothing wider than the phone.
  const overflow = await m.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);

  // The officer's board moved without a reload; then another ballot through the API.
  await expect(o.getByTestId('turnout-voted')).toHaveText('1');
  await apiGraphql(
    'mutation($input: CastBallotInput!) { castBallot(input: $input) { receipt } }',
    { input: { voteId: s.vote.id, optionIds: [s.vote.options[0].id] } },
    s.other.token,
  );
  await expect(o.getByTestId('turnout-voted')).toHaveText('2');
  await o.screenshot({ path: 'screenshots/votes-turnout.png', fullPage: true });
  await expect(o.getByTestId('results-hidden')).toBeVisible();

  // The member verifies the receipt, typed in lower case.
  await m.getByRole('link', { name: '核验选票' }).click();
  await m.getByTestId('verify-receipt').fill(receipt.toLowerCase());
  await m.getByRole('button', { name: '核 验' }).or(m.getByRole('button', { name: '核验' })).click();
  await expect(m.getByTestId('verify-result')).toContainText('您的选票已计入');
  // A reload shows no ballot and no receipt again: it was shown once.
  await m.goto(`/votes/${s.vote.id}`);
  await expect(m.getByTestId('already-voted')).toBeVisible();
  await expect(m.getByTestId('receipt')).toHaveCount(0);
  expect(problems).toEqual([]);
});
