import { act, render, screen } from '@testing-library/react';
import { Client, Provider, fetchExchange } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../AppProviders';
import { createLiveStatusStore, registerLiveStatus } from '../api/liveStatus';
import { LIVE_DOWN_GRACE_MS, LiveIndicator } from './LiveIndicator';

function setup() {
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange] });
  const status = createLiveStatusStore('connecting');
  registerLiveStatus(client, status);
  render(
    <AppProviders>
      <Provider value={client}>
        <LiveIndicator />
      </Provider>
    </AppProviders>,
  );
  return status;
}

const down = () => screen.queryByText('实时连接已断开，正在重连…');

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('LiveIndicator', () => {
  it('says nothing while connecting or connected', () => {
    const status = setup();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    act(() => status.set('connected'));
    act(() => vi.advanceTimersByTime(LIVE_DOWN_GRACE_MS * 2));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows that the connection is down after a grace period, and hides it once back', () => {
    const status = setup();
    act(() => status.set('connected'));
    act(() => status.set('disconnected'));
    expect(down()).toBeNull();
    act(() => vi.advanceTimersByTime(LIVE_DOWN_GRACE_MS));
    expect(down()).toBeInTheDocument();
    act(() => status.set('connected'));
    expect(down()).toBeNull();
  });

  it('leaves a quick reconnect unmentioned', () => {
    const status = setup();
    act(() => status.set('disconnected'));
    act(() => vi.advanceTimersByTime(LIVE_DOWN_GRACE_MS - 500));
    act(() => status.set('connected'));
    act(() => vi.advanceTimersByTime(LIVE_DOWN_GRACE_MS));
    expect(down()).toBeNull();
  });
});
