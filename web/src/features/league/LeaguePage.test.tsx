import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer';
import { ORGS } from '../../test/meetings';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import LeaguePage from './LeaguePage';

function viewer(id: string, permissionsAnywhere: string[]): Viewer {
  return {
    member: { id, name: '团员', email: 'y@example.cn' },
    tenant: { id: 't1', slug: 'acme', name: 'Acme 集团', timeZone: 'Asia/Shanghai' },
    permissions: [],
    permissionsAnywhere,
    grants: [],
  } as unknown as Viewer;
}

const CAMPAIGN = {
  id: 'c1',
  orgId: 'o-y',
  orgName: '团支部',
  year: 2026,
  closesOn: '2099-12-31',
  lastRemindedAt: null,
  members: [
    { memberId: 'm-a', name: '张未注', orgName: '团支部', registeredAt: null },
    { memberId: 'm-b', name: '李已注', orgName: '团支部', registeredAt: '2026-03-01T02:00:00Z' },
    { memberId: 'm-c', name: '王未注', orgName: '团支部', registeredAt: null },
  ],
};

function setup(v: Viewer, campaigns: unknown[], handler: (op: SentOperation) => Reply | null = () => null) {
  const mock = mockClient((op) => {
    if (op.operationName === 'LeagueCampaigns') return { data: { leagueCampaigns: campaigns } };
    if (op.operationName === 'Organizations') return ORGS;
    return handler(op) ?? { data: null };
  });
  renderPage(<LeaguePage />, { client: mock.client, path: '/league', route: '/league', viewer: v });
  return mock;
}

/** The open confirmation saying `text` (a closed one may linger while it animates away). */
async function popconfirm(text: string): Promise<HTMLElement> {
  let pop: HTMLElement | undefined;
  await waitFor(() => {
    pop = [...document.querySelectorAll<HTMLElement>('.ant-popconfirm:not(.ant-popover-hidden)')].find((p) => p.textContent?.includes(text));
    expect(pop).toBeDefined();
  });
  return pop!;
}

describe('LeaguePage (团籍注册)', () => {
  it('shows officers the progress, filters the members, registers for one and says when reminding is limited', async () => {
    const { sent } = setup(viewer('m-officer', ['member:write']), [CAMPAIGN], (op) => {
      if (op.operationName === 'RegisterLeagueMembership') return { data: { registerLeagueMembership: true } };
      if (op.operationName === 'RemindLeagueCampaign')
        return { data: null, errors: [{ message: '今天已经提醒过', path: ['remindLeagueCampaign'], extensions: { code: 'RATE_LIMITED' } }] };
      return null;
    });
    const card = await screen.findByTestId('league-campaign');
    expect(card).toHaveTextContent('2026 年度团籍注册 · 团支部');
    expect(within(card).getByTestId('league-progress')).toHaveTextContent('已注册 1 / 3 人');
    expect(within(card).queryByTestId('league-self-register')).toBeNull();
    expect(within(card).getAllByRole('row')).toHaveLength(4);

    fireEvent.click(within(card).getByText('未注册', { selector: '.ant-segmented-item-label' }));
    await waitFor(() => expect(within(card).getAllByRole('row')).toHaveLength(3));
    expect(card).not.toHaveTextContent('李已注');

    const row = within(card).getByRole('row', { name: /张未注/ });
    fireEvent.click(within(row).getByTestId('league-register-for'));
    fireEvent.click(within(await popconfirm('为「张未注」代为注册？')).getByRole('button', { name: '代为注册' }));
    expect(await screen.findByText('已为「张未注」完成注册')).toBeInTheDocument();
    expect(named(sent, 'RegisterLeagueMembership')[0].variables.input).toEqual({ campaignId: 'c1', memberId: 'm-a' });

    fireEvent.click(within(card).getByTestId('league-remind'));
    const pop = await popconfirm('提醒 2 名未注册的团员？');
    fireEvent.click(within(pop).getByRole('button', { name: '一键提醒未注册' }));
    expect(await screen.findByText('今天已经提醒过，请明天再试')).toBeInTheDocument();
    expect(screen.getByTestId('league-ageouts')).toBeInTheDocument();
  });

  it('gives a league member one big 完成注册 button, then says it is done', async () => {
    const { sent } = setup(viewer('m-a', []), [{ ...CAMPAIGN, members: [] }], (op) =>
      op.operationName === 'RegisterLeagueMembership' ? { data: { registerLeagueMembership: true } } : null,
    );
    fireEvent.click(await screen.findByTestId('league-self-register'));
    expect(await screen.findByTestId('league-self-done')).toHaveTextContent('您已完成本年度团籍注册');
    expect(named(sent, 'RegisterLeagueMembership')[0].variables.input).toEqual({ campaignId: 'c1' });
    expect(screen.queryByTestId('league-start')).toBeNull();
    expect(screen.queryByTestId('league-ageouts')).toBeNull();
  });

  it('says so when there is no campaign', async () => {
    setup(viewer('m-a', []), []);
    expect(await screen.findByTestId('league-empty')).toHaveTextContent('当前没有需要您参加的团籍注册');
  });
});
