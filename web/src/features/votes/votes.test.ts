import { describe, expect, it } from 'vitest';
import { voteNotificationPath, choiceProblem, minCandidates, normalizeReceipt, percent, receiptFingerprint, toElectorateInput } from './votes';

describe('votes helpers', () => {
  it('asks for at least min and at most max choices', () => {
    expect(choiceProblem([], 1, 2)).toEqual({ key: 'votes.ballot.tooFew', count: 1 });
    expect(choiceProblem(['a'], 1, 2)).toBeNull();
    expect(choiceProblem(['a', 'b', 'c'], 1, 2)).toEqual({ key: 'votes.ballot.tooMany', count: 2 });
  });

  it('reads a receipt however it is typed', () => {
    const shown = 'AB12-CD34-EF56-7890-AB12-CD34-EF56-7890';
    expect(normalizeReceipt(shown)).toBe('AB12CD34EF567890AB12CD34EF567890');
    expect(normalizeReceipt(shown.toLowerCase().replace(/-/g, ' '))).toBe('AB12CD34EF567890AB12CD34EF567890');
    expect(normalizeReceipt('不是回执')).toBeNull();
    expect(normalizeReceipt('AB12')).toBeNull();
  });

  it('fingerprints a receipt as the server lists it', async () => {
    const hex = await receiptFingerprint('abc');
    expect(hex).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('mirrors the competitive rule at its thresholds', () => {
    expect(minCandidates('ELECTION', 5)).toBe(6);
    expect(minCandidates('ELECTION', 7)).toBe(9);
    expect(minCandidates('RECOMMENDATION', 3)).toBe(4);
    expect(minCandidates('POLL', 1)).toBe(2);
  });

  it('computes shares and electorate inputs', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(1, 0)).toBe(0);
    expect(
      toElectorateInput({
        orgs: [{ orgId: 'o1', includeSubtree: false }],
        lines: ['PARTY'],
        roles: [],
        politicalStatuses: [],
        memberIds: ['m1'],
        excludeMemberIds: [],
      }),
    ).toEqual({ orgIds: ['o1'], lines: ['PARTY'], roles: [], politicalStatuses: [], memberIds: ['m1'] });
  });

  it('leads a VOTE notification to its vote', () => {
    const path = voteNotificationPath({ kind: 'VOTE', detail: { vote: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' } });
    expect(path).toBe(`/votes/${btoa('Vote:0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b').replace(/=+$/, '')}`);
    expect(voteNotificationPath({ kind: 'NOTICE', detail: { vote: 'x' } })).toBeNull();
    expect(voteNotificationPath({ kind: 'VOTE', detail: {} })).toBeNull();
  });
});
