import { test, expect, apiAddMember, apiCreateOrganization, apiGraphql, apiMakeFullMember, apiSignUp, logIn, uniqueTenant } from './fixtures';
import { pickTreeOption } from './select';

// 脱离组织预警 (membership.lapse): a party member who missed the branch's meeting a hundred days
// ago without leave, and nothing since, reaches the rule's first warning; the tenant admin
// finds them under 组织关系 → 脱离组织预警 with the ground in words and the rule cited, while a
// member who came is not listed.

const T = uniqueTenant();
const BRANCH = `E2E预警支部${T.slug.slice(4)}`;
const ABSENT = { name: '赵缺席', email: `qx-${T.slug}@e2e.tongxin.test`, password: 'Quexi2026e2e' };
const PRESENT = { name: '钱到会', email: `dh-${T.slug}@e2e.tongxin.test`, password: 'Daohui2026e2e' };

test('lapse: a member absent without leave for three months is listed with the rule cited', async ({ page, problems }) => {
  // ---- A branch, two full members, and its 党课 a hundred days ago where one of them came. ------------
  const token = await apiSignUp(T);
  const branchId = await apiCreateOrganization(token, { name: BRANCH, line: 'PARTY', kind: 'PARTY_BRANCH' });
  const absent = await apiAddMember(token, ABSENT, branchId);
  const present = await apiAddMember(token, PRESENT, branchId);
  await apiMakeFullMember(token, absent.memberId, ABSENT.name);
  await apiMakeFullMember(token, present.memberId, PRESENT.name);
  const starts = new Date(Date.now() - 100 * 24 * 3600 * 1000);
  const { scheduleMeeting } = await apiGraphql<{ scheduleMeeting: { meeting: { id: string } } }>(
    'mutation($i: ScheduleMeetingInput!) { scheduleMeeting(input: $i) { meeting { id } } }',
    {
      i: {
        orgId: branchId,
        type: 'PARTY_LECTURE',
        title: '专题党课',
        startsAt: starts.toISOString(),
        endsAt: new Date(starts.getTime() + 3600 * 1000).toISOString(),
        location: '党员活动室',
      },
    },
    token,
  );
  await apiGraphql(
    'mutation($i: RecordMeetingAttendanceInput!) { recordMeetingAttendance(input: $i) { meeting { id } } }',
    { i: { meetingId: scheduleMeeting.meeting.id, memberId: present.memberId, present: true } },
    token,
  );

  // ---- The admin opens the list for the branch. ----------------------------------------------------
  await logIn(page, T.adminEmail, T.adminPassword);
  const nav = page.getByRole('navigation');
  await nav.getByText('组织关系', { exact: true }).click();
  await nav.getByRole('link', { name: '脱离组织预警' }).click();
  await expect(page).toHaveURL(/\/lapse$/);
  const card = page.getByTestId('lapse-page');
  await expect(card.getByText('请先选择一个组织')).toBeVisible();
  await pickTreeOption(card, '组织', new RegExp(`^${BRANCH}`));

  const row = card.getByRole('row').filter({ hasText: ABSENT.name });
  await expect(row).toContainText('预警（已满 3 个月）');
  await expect(row).toContainText(/组织生活：自 \d{4}-\d{2}-\d{2} 起连续 3 个月缺席（未请假）/);
  await expect(row).toContainText('没有记录');
  await expect(card.getByRole('row').filter({ hasText: PRESENT.name })).toHaveCount(0);
  await expect(card.getByText(/依据：连续 6 个月（.*章程.*）/)).toBeVisible();
  await expect(page).toHaveURL(/\/lapse\?org=/);
  await page.screenshot({ path: 'screenshots/lapse-1280.png', fullPage: true });
  expect(problems).toEqual([]);
});
