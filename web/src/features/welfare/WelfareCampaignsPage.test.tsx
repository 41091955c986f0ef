import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER, OFFICER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { campaign, connection, crowdfund } from './fixtures';
import WelfareCampaignsPage from './WelfareCampaignsPage';
import { CAMPAIGN_PAGE } from './welfare';

function reply(nodes: unknown[]) {
  return { data: { welfareCampaigns: connection('WelfareCampaign', nodes) } };
}

describe('WelfareCampaignsPage (福利活动)', () => {
  it('lists the campaigns open to the member with kind, category, status, progress and deadline', async () => {
    const mock = mockClient(() => reply([campaign(), crowdfund(), campaign({ id: 'wc3', title: '中秋月饼拼团', status: 'SUCCEEDED', progressPercent: 100, participantCount: 30 })]));
    renderPage(<WelfareCampaignsPage />, { client: mock.client, viewer: MEMBER_VIEWER });

    const cards = await screen.findAllByTestId('welfare-campaign');
    expect(cards).toHaveLength(3);
    expect(within(cards[0]).getByRole('link', { name: '春节慰问品拼团' })).toHaveAttribute('href', '/welfare/wc1');
    expect(cards[0]).toHaveTextContent('拼团');
    expect(cards[0]).toHaveTextContent('节日慰问');
    expect(within(cards[0]).getByTestId('welfare-campaign-status')).toHaveTextContent('进行中');
    expect(within(cards[0]).getByTestId('welfare-progress')).toHaveTextContent('已参与 12 / 30 人');
    expect(within(cards[0]).getByTestId('welfare-deadline')).toHaveTextContent('截止 2099-01-20 18:00');
    expect(within(cards[0]).getByTestId('welfare-deadline')).toHaveTextContent('剩余');
    expect(cards[1]).toHaveTextContent('众筹');
    expect(within(cards[1]).getByTestId('welfare-progress')).toHaveTextContent('已筹 ¥1,234.50 / ¥5,000.00');
    expect(within(cards[2]).getByTestId('welfare-campaign-status')).toHaveTextContent('已成团');
    expect(cards[2]).not.toHaveTextContent('剩余');
    expect(named(mock.sent, 'WelfareCampaigns')[0].variables).toEqual({ organizationId: null, status: null, first: CAMPAIGN_PAGE, after: null });
    // A member is not offered the management page.
    expect(screen.queryByRole('button', { name: /福利管理/ })).toBeNull();
  });

  it('says so when nothing is open to the member', async () => {
    const mock = mockClient(() => reply([]));
    renderPage(<WelfareCampaignsPage />, { client: mock.client, viewer: MEMBER_VIEWER });
    expect(await screen.findByText('暂时没有可参加的福利活动')).toBeInTheDocument();
  });

  it('offers 福利管理 to who holds welfare rights somewhere', async () => {
    const mock = mockClient(() => reply([]));
    renderPage(<WelfareCampaignsPage />, { client: mock.client, viewer: { ...OFFICER_VIEWER, permissionsAnywhere: ['welfare:read', 'welfare:write'] } });
    expect(await screen.findByRole('button', { name: /福利管理/ })).toBeInTheDocument();
  });
});
