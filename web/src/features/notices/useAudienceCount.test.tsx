import type { ReactNode } from 'react';
import { act, renderHook } from '@testing-library/react';
import { Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockClient, type SentOperation } from '../../test/render';
import { AUDIENCE_COUNT_DELAY_MS, EMPTY_AUDIENCE, type AudienceValue } from './notices';
import { useAudienceCount } from './useAudienceCount';

const BRANCH: AudienceValue = { ...EMPTY_AUDIENCE, orgs: [{ orgId: 'o1', includeSubtree: true }] };

function setup() {
  const { client, sent } = mockClient((op: SentOperation) => {
    const a = op.variables.audience as { orgs: { includeSubtree: boolean }[] };
    return { data: { noticeAudienceCount: a.orgs[0]?.includeSubtree ? 12 : 5 } };
  });
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={client}>{children}</Provider>;
  const hook = renderHook(({ issuer, audience }: { issuer: string | null; audience: AudienceValue }) => useAudienceCount(issuer, audience), {
    wrapper,
    initialProps: { issuer: null as string | null, audience: EMPTY_AUDIENCE },
  });
  return { ...hook, sent };
}

/** Lets the delay pass and the answer arrive. */
async function settle(ms = AUDIENCE_COUNT_DELAY_MS) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('useAudienceCount', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks nothing without an issuer or a selector', async () => {
    const { result, rerender, sent } = setup();
    rerender({ issuer: null, audience: BRANCH });
    rerender({ issuer: 'o1', audience: { ...EMPTY_AUDIENCE, excludeMemberIds: ['m1'] } });
    await settle(AUDIENCE_COUNT_DELAY_MS * 2);
    expect(sent).toHaveLength(0);
    expect(result.current.count).toBeNull();
  });

  it('asks once the audience has stopped changing, with the latest audience', async () => {
    const { result, rerender, sent } = setup();
    rerender({ issuer: 'o1', audience: { ...BRANCH, orgs: [{ orgId: 'o1', includeSubtree: false }] } });
    await settle(AUDIENCE_COUNT_DELAY_MS - 100);
    rerender({ issuer: 'o1', audience: BRANCH });
    await settle(AUDIENCE_COUNT_DELAY_MS - 100);
    expect(sent).toHaveLength(0);
    expect(result.current.loading).toBe(true);
    await settle(100);
    expect(sent).toHaveLength(1);
    expect(sent[0].variables).toEqual({
      issuerOrgId: 'o1',
      audience: { orgs: [{ orgId: 'o1', includeSubtree: true }], lines: [], roles: [], politicalStatuses: [], memberIds: [], excludeMemberIds: [] },
    });
    await settle(0);
    expect(result.current).toMatchObject({ count: 12, loading: false, error: null });

    // An equal audience (a new object) asks nothing again.
    rerender({ issuer: 'o1', audience: { ...BRANCH } });
    await settle(AUDIENCE_COUNT_DELAY_MS * 2);
    expect(sent).toHaveLength(1);
  });
});
