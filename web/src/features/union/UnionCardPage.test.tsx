import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockClient, renderPage, type Reply, type SentOperation } from '../../test/render';
import UnionCardPage from './UnionCardPage';

function setup(answer: (n: number) => Reply) {
  let n = 0;
  const mock = mockClient((op: SentOperation) => (op.operationName === 'UnionCard' ? answer(++n) : { data: null }));
  renderPage(<UnionCardPage />, { client: mock.client, path: '/union/card', route: '/union/card' });
  return mock;
}

const card = (n: number, seconds = 120) => ({
  data: {
    unionCard: { name: '赵会员', orgName: '集团工会', tenantName: 'Acme 集团', code: `card-${n}`, expiresAt: new Date(Date.now() + seconds * 1000).toISOString() },
  },
});

afterEach(() => {
  vi.useRealTimers();
});

describe('UnionCardPage (工会电子会员卡)', () => {
  it('shows the card with a QR of the code, counts down and fetches a new code before it expires', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { sent } = setup((n) => card(n, 30));
    const el = await screen.findByTestId('union-card');
    expect(el).toHaveTextContent('工会电子会员卡');
    expect(el).toHaveTextContent('Acme 集团');
    expect(screen.getByTestId('union-card-name')).toHaveTextContent('赵会员');
    expect(el).toHaveTextContent('集团工会');
    expect(screen.getByTestId('union-card-qr')).toHaveAttribute('data-code', 'card-1');
    expect(screen.getByTestId('union-card-countdown')).toHaveTextContent(/二维码 \d+ 秒后刷新/);
    // 30 s valid, fetched again 15 s before: after ~15 s a new code.
    await vi.advanceTimersByTimeAsync(16_000);
    await waitFor(() => expect(screen.getByTestId('union-card-qr')).toHaveAttribute('data-code', 'card-2'));
    expect(sent.filter((o) => o.operationName === 'UnionCard')).toHaveLength(2);
  });

  it('tells a member who is not in the union how to join', async () => {
    setup(() => ({ data: null, errors: [{ message: '对象不存在', path: ['unionCard'], extensions: { code: 'NOT_FOUND' } }] }));
    const none = await screen.findByTestId('union-card-none');
    expect(none).toHaveTextContent('您还不是工会会员');
    expect(screen.getByRole('link', { name: '申请入会' })).toHaveAttribute('href', '/joining?line=UNION');
  });
});
