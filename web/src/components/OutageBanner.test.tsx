import { act, render, screen } from '@testing-library/react';
import { Client, Provider, fetchExchange, useQuery } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../AppProviders';
import { retryExchange } from '../api/retryExchange';
import { createRetryStatusStore, registerRetryStatus, type RetryStatusStore } from '../api/retryStatus';
import i18n from '../i18n';
import { OutageBanner } from './OutageBanner';

const TEXT = '服务暂时不可用，正在重试';

function renderWith(client: Client, ui = <OutageBanner />) {
  return render(
    <AppProviders>
      <Provider value={client}>{ui}</Provider>
    </AppProviders>,
  );
}

function withStore(): { client: Client; store: RetryStatusStore } {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange] });
  const store = createRetryStatusStore();
  registerRetryStatus(client, store);
  return { client, store };
}

describe('OutageBanner', () => {
  it('says nothing while no query waits to be tried again', () => {
    const { client } = withStore();
    renderWith(client);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows one banner however many queries wait, and goes once they are all answered', () => {
    const { client, store } = withStore();
    renderWith(client);
    act(() => store.add(1));
    act(() => store.add(2));
    expect(screen.getAllByText(TEXT)).toHaveLength(1);
    act(() => store.remove(1));
    expect(screen.getByText(TEXT)).toBeInTheDocument();
    act(() => store.remove(2));
    expect(screen.queryByText(TEXT)).toBeNull();
  });

  it('stays silent for a client that does not retry', () => {
    renderWith(new Client({ url: '/graphql', exchanges: [fetchExchange] }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('speaks English when the viewer does', async () => {
    const { client, store } = withStore();
    await act(() => i18n.changeLanguage('en'));
    try {
      renderWith(client);
      act(() => store.add(1));
      expect(screen.getByText('Service temporarily unavailable, retrying…')).toBeInTheDocument();
    } finally {
      await act(() => i18n.changeLanguage('zh-CN'));
    }
  });

  it('shows while a query answered 503 is tried again, and goes when its data arrives', async () => {
    let release: (r: Response) => void = () => {};
    const fetchFn = vi.fn(async () => {
      if (fetchFn.mock.calls.length === 1) {
        return new Response(JSON.stringify({ errors: [{ message: '服务暂时不可用，请稍后重试', extensions: { code: 'UNAVAILABLE' } }] }), {
          status: 503,
          headers: { 'Content-Type': 'application/json', 'Retry-After': '0' },
        });
      }
      return new Promise<Response>((resolve) => {
        release = resolve;
      });
    });
    const store = createRetryStatusStore();
    const client = new Client({
      url: '/graphql',
      preferGetMethod: false,
      fetch: fetchFn,
      exchanges: [retryExchange({ status: store, minDelayMs: 1, random: () => 0 }), fetchExchange],
    });
    registerRetryStatus(client, store);

    function Unread() {
      const [{ data, error }] = useQuery<{ unreadCount: number }>({ query: 'query Unread { unreadCount }' });
      if (error) return <p>error</p>;
      return <p>{data ? `未读 ${data.unreadCount}` : '加载中'}</p>;
    }
    renderWith(
      client,
      <>
        <Unread />
        <OutageBanner />
      </>,
    );

    // The 503 is not shown as an error: the page keeps loading under the banner.
    expect(await screen.findByText(TEXT)).toBeInTheDocument();
    await vi.waitFor(() => expect(fetchFn).toHaveBeenCalledTimes(2));
    expect(screen.getByText('加载中')).toBeInTheDocument();
    expect(screen.getByText(TEXT)).toBeInTheDocument();

    await act(async () => {
      release(new Response(JSON.stringify({ data: { unreadCount: 4 } }), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    });
    expect(await screen.findByText('未读 4')).toBeInTheDocument();
    expect(screen.queryByText(TEXT)).toBeNull();
    expect(screen.queryByText('error')).toBeNull();
  });
});
