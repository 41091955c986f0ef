/** Test data of contests, as the server answers. */
export function contest(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Contest',
    id: 'c1',
    orgId: 'o1',
    orgName: '第一党支部',
    bankId: 'b1',
    bankName: '党章题库',
    title: '党史知识竞赛',
    status: 'LIVE',
    questionCount: 3,
    secondsPerQuestion: 30,
    pointsPerQuestion: 10,
    participantCount: 2,
    canHost: false,
    joined: true,
    startedAt: '2026-07-01T02:00:00Z',
    finishedAt: null,
    createdAt: '2026-06-30T02:00:00Z',
    ...over,
  };
}

/** A question on screen since now, its deadline `seconds` away. */
export function contestQuestion(over: Record<string, unknown> = {}, seconds = 30) {
  return {
    __typename: 'ContestQuestion',
    position: 1,
    kind: 'SINGLE',
    stem: '中国共产党第一次全国代表大会于哪一年召开？',
    options: ['1919年', '1921年', '1927年'],
    blankCount: 0,
    startedAt: new Date().toISOString(),
    deadline: new Date(Date.now() + seconds * 1000).toISOString(),
    correctAnswer: null,
    explanation: null,
    ...over,
  };
}

/** The live state now (on the server's clock, the client's here). */
export function live(over: Record<string, unknown> = {}) {
  return {
    __typename: 'ContestLive',
    contestId: 'c1',
    status: 'LIVE',
    phase: 'WAITING',
    questionCount: 3,
    question: null,
    serverNow: new Date().toISOString(),
    ...over,
  };
}

export function standing(over: Record<string, unknown> = {}) {
  return {
    __typename: 'ContestStanding',
    rank: 1,
    memberId: 'm-li',
    memberName: '李强',
    orgName: '第一党支部',
    score: 10,
    correctCount: 1,
    answeredCount: 1,
    answerMs: 3450,
    ...over,
  };
}

export function branch(over: Record<string, unknown> = {}) {
  return {
    __typename: 'ContestBranchStanding',
    rank: 1,
    orgId: 'o1',
    orgName: '第一党支部',
    participants: 2,
    totalScore: 10,
    averageScore: 5,
    ...over,
  };
}

export function leaderboard(over: Record<string, unknown> = {}) {
  return {
    __typename: 'ContestLeaderboard',
    contestId: 'c1',
    participants: 2,
    answeredCurrent: 1,
    members: [standing(), standing({ rank: 2, memberId: 'm-zhang', memberName: '张明', score: 0, correctCount: 0, answeredCount: 0, answerMs: 0 })],
    branches: [branch()],
    ...over,
  };
}
