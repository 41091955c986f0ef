import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MEMBER_VIEWER } from '../../test/notices';
import { mockClient, named, renderPage } from '../../test/render';
import { usage } from './fixtures';
import MyWelfarePage from './MyWelfarePage';

describe('MyWelfarePage (我的福利)', () => {
  it('shows per category what is used of the cap and what remains, and the cash notice', async () => {
    const year = new Date().getFullYear();
    const mock = mockClient((op) => ({ data: { myWelfareUsage: usage({ year: op.variables.year }) } }));
    renderPage(<MyWelfarePage />, { client: mock.client, viewer: MEMBER_VIEWER });

    const holiday = await screen.findByTestId('welfare-usage-HOLIDAY');
    expect(holiday).toHaveTextContent('节日慰问');
    expect(within(holiday).getByTestId('welfare-usage-used')).toHaveTextContent('已用 ¥1,900.00 / 上限 ¥2,000.00');
    expect(within(holiday).getByTestId('welfare-usage-remaining')).toHaveTextContent('剩余 ¥100.00');
    expect(within(screen.getByTestId('welfare-usage-BIRTHDAY')).getByTestId('welfare-usage-remaining')).toHaveTextContent('剩余 ¥100.00');
    const other = screen.getByTestId('welfare-usage-OTHER');
    expect(within(other).getByTestId('welfare-usage-used')).toHaveTextContent('已用 ¥50.00');
    expect(within(other).getByTestId('welfare-usage-remaining')).toHaveTextContent('不设上限');
    expect(screen.getByTestId('welfare-cash-notice')).toHaveTextContent('不发放现金、购物卡等现金类福利');
    expect(named(mock.sent, 'MyWelfareUsage')[0].variables).toEqual({ year });

    const orders = screen.getByTestId('welfare-mine-orders');
    expect(within(orders).getByTestId('welfare-order')).toHaveTextContent('坚果礼盒 × 1');
    expect(within(orders).getByRole('link', { name: '春节慰问品拼团' })).toHaveAttribute('href', '/welfare/wc1');
    fireEvent.click(screen.getByRole('tab', { name: '发放记录' }));
    expect(await screen.findByTestId('welfare-distribution')).toHaveTextContent('生日蛋糕券');
  });

  it('reads another year when one is chosen', async () => {
    const year = new Date().getFullYear();
    const mock = mockClient((op) => ({ data: { myWelfareUsage: usage({ year: op.variables.year, orders: [], distributions: [] }) } }));
    renderPage(<MyWelfarePage />, { client: mock.client, viewer: MEMBER_VIEWER });
    expect(await screen.findByText('本年度还没有订单')).toBeInTheDocument();

    fireEvent.mouseDown(screen.getByRole('combobox', { name: '年度' }));
    fireEvent.click(await screen.findByText(`${year - 1} 年`));
    await waitFor(() => expect(named(mock.sent, 'MyWelfareUsage').map((o) => o.variables.year)).toContain(year - 1));
  });
});
