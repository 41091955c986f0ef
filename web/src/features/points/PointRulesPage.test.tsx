import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import PointRulesPage from './PointRulesPage';

const rule = {
  __typename: 'PointRule',
  id: 'r1',
  action: 'MEETING_ATTENDANCE',
  name: '集中学习',
  points: 2,
  capDay: null,
  capMonth: null,
  capYear: 12,
  lines: ['PARTY'],
  statuses: ['PROBATIONARY', 'FULL_MEMBER'],
  source: '参照各地党员积分管理办法：参加“三会一课”等集中学习每次 2 分，全年最多 12 次',
  active: true,
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('PointRulesPage (积分规则)', () => {
  it('shows members the rules with their caps and no edit action', async () => {
    const mock = mockClient(() => ({ data: { pointRulesEditable: false, pointRules: [rule] } }));
    renderPage(<PointRulesPage />, { client: mock.client, viewer: MEMBER_VIEWER });

    expect(await screen.findByText('集中学习')).toBeInTheDocument();
    expect(screen.getByText('12')).toBeInTheDocument();
    expect(screen.getByText('党组织、预备党员、正式党员')).toBeInTheDocument();
    expect(screen.queryByText(/^编\s?辑$/)).not.toBeInTheDocument();
  });

  it('lets the unit’s officers change the points and saves the whole rule', async () => {
    const mock = mockClient((op) =>
      op.operationName === 'UpdatePointRule'
        ? { data: { updatePointRule: { __typename: 'PointRulePayload', rule: { ...rule, points: 3 } } } }
        : { data: { pointRulesEditable: true, pointRules: [rule] } },
    );
    renderPage(<PointRulesPage />, { client: mock.client, viewer: MEMBER_VIEWER });

    fireEvent.click(await screen.findByText(/^编\s?辑$/));
    const points = await screen.findByLabelText('每次积分');
    fireEvent.change(points, { target: { value: '3' } });
    fireEvent.click(screen.getByText(/^保\s?存$/));

    await waitFor(() => expect(named(mock.sent, 'UpdatePointRule')).toHaveLength(1));
    expect(named(mock.sent, 'UpdatePointRule')[0].variables.input).toMatchObject({ ruleId: 'r1', points: 3, capYear: 12, lines: ['PARTY'], active: true });
    expect(await screen.findByText('规则已保存，新规则对之后的记录生效')).toBeInTheDocument();
  });
});
