import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { OFFICER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { campaign } from './fixtures';
import { CreateCampaignDialog } from './CreateCampaignDialog';

describe('CreateCampaignDialog (发起福利活动)', () => {
  it('sends the items’ amounts typed in yuan as fen', async () => {
    const onCreated = vi.fn();
    const mock = mockClient(() => ({ data: { createWelfareCampaign: { __typename: 'WelfareCampaignPayload', campaign: campaign({ id: 'wc9' }) } } }));
    renderPage(<CreateCampaignDialog open organizationId="u1" organizationName="集团工会" onClose={() => {}} onCreated={onCreated} />, {
      client: mock.client,
      viewer: OFFICER_VIEWER,
    });

    fireEvent.change(await screen.findByLabelText('活动名称'), { target: { value: '春节慰问品拼团' } });
    fireEvent.change(screen.getByLabelText('物品名称'), { target: { value: '坚果礼盒' } });
    fireEvent.change(screen.getByLabelText('单价（元）'), { target: { value: '198' } });
    fireEvent.change(screen.getByLabelText('工会补贴（元/件）'), { target: { value: '100.5' } });
    fireEvent.change(screen.getByLabelText('每人限购'), { target: { value: '2' } });
    expect(await screen.findByTestId('welfare-item-member-price-preview')).toHaveTextContent('个人支付每件 ¥97.50');
    fireEvent.click(screen.getByRole('button', { name: '发起' }));

    await waitFor(() => expect(named(mock.sent, 'CreateWelfareCampaign')).toHaveLength(1));
    const input = named(mock.sent, 'CreateWelfareCampaign')[0].variables.input as Record<string, unknown>;
    expect(input).toMatchObject({
      organizationId: 'u1',
      kind: 'GROUP_BUY',
      category: 'HOLIDAY',
      title: '春节慰问品拼团',
      thresholdKind: 'PARTICIPANTS',
      threshold: 10,
      items: [{ name: '坚果礼盒', description: '', priceFen: 19800, subsidyFen: 10050, cashLike: false, perMemberLimit: 2 }],
    });
    expect(typeof input.deadline).toBe('string');
    expect(Date.parse(input.deadline as string)).toBeGreaterThan(Date.now());
    await waitFor(() => expect(onCreated).toHaveBeenCalledWith('wc9'));
  });

  it('refuses a subsidy above the price before sending', async () => {
    const mock = mockClient(() => ({ data: null }));
    renderPage(<CreateCampaignDialog open organizationId="u1" organizationName="集团工会" onClose={() => {}} onCreated={() => {}} />, { client: mock.client, viewer: OFFICER_VIEWER });

    fireEvent.change(await screen.findByLabelText('活动名称'), { target: { value: '职工书屋众筹' } });
    fireEvent.change(screen.getByLabelText('物品名称'), { target: { value: '图书' } });
    fireEvent.change(screen.getByLabelText('单价（元）'), { target: { value: '50' } });
    fireEvent.change(screen.getByLabelText('工会补贴（元/件）'), { target: { value: '60' } });
    fireEvent.click(screen.getByRole('button', { name: '发起' }));

    expect(await screen.findByText('工会补贴不能高于单价')).toBeInTheDocument();
    expect(named(mock.sent, 'CreateWelfareCampaign')).toHaveLength(0);
  });
});
