import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiMakeFullMember, apiSignUp, uniqueTenant, signedIn } from './fixtures';
import { pickFixedOption } from './select';

// 民主评议党员: a member rates their colleagues anonymously on a phone; the branch's decision with
// more 优秀 than the cap is refused on the committee page, citing the rule.

const PASSWORD = 'Pingyi2026e2e';

/** A branch with four full members who can log in; the campaign started and at PEER_REVIEW. */
async function seed() {
  const T = uniqueTenant();
  const suffix = T.slug.slice(4);
  const token = await apiSignUp(T);
  const branch = await apiCreateOrganization(token, { name: `E2E第一党支部${suffix}`, line: 'PARTY' });
  const members: { name: string; email: string; token: string; memberId: string }[] = [];
  for (const [i, name] of ['赵评议', '钱互评', '孙党员', '李党员'].entries()) {
    const email = `pingyi${i}-${T.slug}@e2e.tongxin.test`;
    const m = await apiAddMember(token, { name, email, password: PASSWORD }, branch);
    await apiMakeFullMember(token, m.memberId, name);
    members.push({ name, email, ...m });
  }
  const { startEvaluation } = await apiGraphql<{ startEvaluation: { campaign: { id: string } } }>(
    'mutation($input: StartEvaluationInput!) { startEvaluation(input: $input) { campaign { id } } }',
    { input: { orgId: branch, year: 2026 } },
    token,
  );
  const id = startEvaluation.campaign.id;
  await advance(token, id);
  return { T, token, branch, id, members };
}

async function advance(token: string, campaignId: string) {
  await apiGraphql('mutation($input: AdvanceEvaluationInput!) { advanceEvaluation(input: $input) { campaign { stage } } }', { input: { campaignId } }, token);
}

test('evaluation: a member rates colleagues on a phone; a decision over the 优秀 cap is refused citing the rule', async ({ browser, problems }) => {
  test.setTimeout(180_000);
  const s = await seed();
  const rater = s.members[1];

  // A member on a phone: one grade for each of the three colleagues, never for themselves.
  const { page: m } = await signedIn(browser, rater.email, PASSWORD, problems, { width: 375, height: 780 });
  await m.goto('/evaluation');
  await expect(m.getByRole('heading', { level: 2, name: '我的民主评议' })).toBeVisible();
  const rows = m.getByTestId('evaluation-peer-row');
  await expect(rows).toHaveCount(3);
  await expect(m.getByTestId('evaluation-campaign')).not.toContainText(`${rater.name}的评价`);
  const submit = m.getByRole('button', { name: '提交互评' });
  await expect(submit).toBeDisabled();
  for (const [i, other] of s.members.filter((x) => x.memberId !== rater.memberId).entries()) {
    const group = m.getByRole('radiogroup', { name: `对${other.name}的评价` });
    await group.getByText(i === 0 ? '优秀' : '合格', { exact: true }).click();
  }
  await m.getByRole('textbox', { name: `对${s.members[0].name}的意见建议` }).fill('带头作用明显');
  // The page fits a phone: nothing wider than the screen.
  const width = await m.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await submit.click();
  await m.getByRole('dialog').getByRole('button', { name: '提交' }).click();
  await expect(m.getByText('您已提交互评')).toBeVisible();

  // The rest rate through the API; the committee proposes; the meeting's decision is entered.
  for (const [i, r] of s.members.entries()) {
    if (r.memberId === rater.memberId) continue;
    const ratings = s.members.filter((x) => x.memberId !== r.memberId).map((x) => ({ memberId: x.memberId, grade: i % 2 ? 'EXCELLENT' : 'QUALIFIED' }));
    await apiGraphql('mutation($input: SubmitPeerRatingsInput!) { submitPeerRatings(input: $input) { campaign { id } } }', { input: { campaignId: s.id, ratings } }, r.token);
  }
  await advance(s.token, s.id);
  const grades = s.members.map((x) => ({ memberId: x.memberId, grade: 'QUALIFIED' }));
  await apiGraphql('mutation($input: ProposeGradesInput!) { proposeGrades(input: $input) { campaign { id } } }', { input: { campaignId: s.id, grades } }, s.token);
  await advance(s.token, s.id);

  const { page: a } = await signedIn(browser, s.T.adminEmail, s.T.adminPassword, problems);
  await a.goto(`/evaluation/manage?org=${encodeURIComponent(s.branch)}`);
  await expect(a.getByTestId('evaluation-panel')).toContainText('党员大会决定');
  await expect(a.getByTestId('evaluation-tally').first()).toBeVisible();
  // Four members: at most one 优秀.
  await expect(a.getByTestId('evaluation-cap-counter')).toHaveText('优秀 0/1');
  for (const x of s.members.slice(0, 2)) {
    await pickFixedOption(a, `${x.name}的等次`, '优秀');
  }
  await expect(a.getByTestId('evaluation-cap-counter')).toHaveText('优秀 2/1');
  await a.getByRole('button', { name: '录入党员大会决定' }).click();
  await a.getByRole('dialog').getByRole('button', { name: '录入并结束评议' }).click();
  const refusal = a.getByTestId('evaluation-error');
  await expect(refusal).toContainText('民主评议“优秀”等次比例上限');
  await expect(refusal).toContainText('《关于建立民主评议党员制度的意见》');
  await expect(a.getByTestId('evaluation-panel')).toContainText('党员大会决定');

  expect(problems).toEqual([]);
});
