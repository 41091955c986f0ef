import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage, type Reply, type SentOperation } from '../../test/render';
import { campaign, item, order } from './fixtures';
import WelfareCampaignPage from './WelfareCampaignPage';

const CAP_ERROR = '超出节日慰问年度上限：本年已用 ¥1,900.00，剩余 ¥100.00，本次补贴 ¥200.00';

function setup(handler: (op: SentOperation) => Reply | undefined, current: () => unknown = () => campaign()) {
  const mock = mockClient((op) => handler(op) ?? { data: { welfareCampaign: current() } });
  renderPage(<WelfareCampaignPage />, { client: mock.client, path: '/welfare/wc1', route: '/welfare/:id', viewer: MEMBER_VIEWER });
  return mock;
}

describe('WelfareCampaignPage (福利活动详情)', () => {
  it('shows each item’s price, union subsidy, member price, limit and the rules', async () => {
    setup(() => undefined);
    const items = await screen.findAllByTestId('welfare-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByTestId('welfare-item-price')).toHaveTextContent('¥198.00');
    expect(within(items[0]).getByTestId('welfare-item-subsidy')).toHaveTextContent('¥100.00');
    expect(within(items[0]).getByTestId('welfare-item-member-price')).toHaveTextContent('¥98.00');
    expect(within(items[0]).getByTestId('welfare-item-quantities')).toHaveTextContent('每人限购 2 件 · 我已订 0 件 · 共订 15 件');
    expect(within(items[1]).getByTestId('welfare-item-member-price')).toHaveTextContent('¥69.00');
    expect(screen.getByText('满 30 人成团')).toBeInTheDocument();
    expect(screen.getByTestId('welfare-rules')).toHaveTextContent('成团后订单确认');
    expect(screen.getByTestId('welfare-rules')).toHaveTextContent('订单自动取消并记录退款');
    expect(screen.getByTestId('welfare-my-orders')).toHaveTextContent('您还没有下单');
  });

  it('orders the quantity chosen and shows the server’s words when the cap would be exceeded', async () => {
    const mock = setup((op) =>
      op.operationName === 'PlaceWelfareOrder' ? { errors: [{ message: CAP_ERROR, path: ['placeWelfareOrder'], extensions: { code: 'VALIDATION' } }], data: null } : undefined,
    );
    const nuts = (await screen.findAllByTestId('welfare-item'))[0];
    fireEvent.change(within(nuts).getByRole('spinbutton', { name: '数量' }), { target: { value: '2' } });
    fireEvent.click(within(nuts).getByRole('button', { name: '参团' }));

    await waitFor(() => expect(named(mock.sent, 'PlaceWelfareOrder')).toHaveLength(1));
    expect(named(mock.sent, 'PlaceWelfareOrder')[0].variables).toEqual({ input: { campaignId: 'wc1', itemId: 'i1', quantity: 2 } });
    const alert = await within(nuts).findByRole('alert');
    expect(alert).toHaveTextContent('输入有误');
    expect(alert).toHaveTextContent(CAP_ERROR);
  });

  it('shows the order once placed, and cancels it after asking', async () => {
    let placed = false;
    let cancelled = false;
    const current = () =>
      placed
        ? campaign({ items: [item({ myQuantity: cancelled ? 0 : 1 })], myOrders: [order(cancelled ? { status: 'CANCELLED', cancelledAt: '2026-01-11T02:00:00Z' } : {})] })
        : campaign({ items: [item()] });
    const mock = setup((op) => {
      if (op.operationName === 'PlaceWelfareOrder') {
        placed = true;
        return { data: { placeWelfareOrder: { __typename: 'WelfareOrderPayload', order: order(), campaign: current() } } };
      }
      if (op.operationName === 'CancelWelfareOrder') {
        cancelled = true;
        return { data: { cancelWelfareOrder: { __typename: 'WelfareOrderPayload', order: order({ status: 'CANCELLED' }), campaign: current() } } };
      }
      return undefined;
    }, current);

    fireEvent.click(await screen.findByRole('button', { name: '参团' }));
    await waitFor(() => expect(named(mock.sent, 'PlaceWelfareOrder')).toHaveLength(1));
    expect(named(mock.sent, 'PlaceWelfareOrder')[0].variables).toEqual({ input: { campaignId: 'wc1', itemId: 'i1', quantity: 1 } });
    const mine = screen.getByTestId('welfare-my-orders');
    const row = await within(mine).findByTestId('welfare-order');
    expect(row).toHaveTextContent('坚果礼盒 × 1');
    expect(within(row).getByTestId('welfare-order-status')).toHaveTextContent('待成团');
    expect(row).toHaveTextContent('个人支付 ¥98.00 · 工会补贴 ¥100.00');

    fireEvent.click(within(row).getByRole('button', { name: '取消' }));
    expect(named(mock.sent, 'CancelWelfareOrder')).toHaveLength(0);
    fireEvent.click(await screen.findByRole('button', { name: '确认取消' }));
    await waitFor(() => expect(named(mock.sent, 'CancelWelfareOrder')).toHaveLength(1));
    expect(named(mock.sent, 'CancelWelfareOrder')[0].variables).toEqual({ id: 'wo1' });
    await waitFor(() => expect(within(screen.getByTestId('welfare-my-orders')).getByTestId('welfare-order-status')).toHaveTextContent('已取消'));
  });

  it('offers no ordering once the campaign failed, and shows the refund recorded', async () => {
    setup(() => undefined, () =>
      campaign({ status: 'FAILED', settledAt: '2026-01-21T02:00:00Z', myOrders: [order({ status: 'CANCELLED', refundFen: 9800, cancelReason: '未成团', cancelledAt: '2026-01-21T02:00:00Z' })] }),
    );
    expect(await screen.findByText('未成团：订单已自动取消并记录退款')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '参团' })).toBeNull();
    expect(screen.getByTestId('welfare-refund')).toHaveTextContent('已记录退款 ¥98.00');
    expect(screen.queryByRole('button', { name: '取消' })).toBeNull();
  });
});
