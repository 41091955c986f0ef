/** Test data of quizzes, as the server answers. */
export function quiz(over: Record<string, unknown> = {}) {
  return {
    __typename: 'Quiz',
    id: 'q1',
    orgId: 'o1',
    orgName: '第一党支部',
    bankId: 'b1',
    bankName: '党章题库',
    title: '党章党史知识测验',
    description: '',
    mode: 'FIXED',
    questionCount: 2,
    pointsPerQuestion: 10,
    totalPoints: 20,
    passMark: 10,
    timeLimitMinutes: 20,
    opensAt: '2026-01-01T00:00:00Z',
    closesAt: '2099-01-01T00:00:00Z',
    maxAttempts: 2,
    status: 'OPEN',
    accepting: true,
    audienceCount: 4,
    canManage: false,
    canViewResults: false,
    invited: true,
    myAttemptCount: 0,
    myAttemptsLeft: 2,
    myBestScore: null,
    myPassed: false,
    myOpenAttemptId: null,
    myLastAttemptId: null,
    exportUrl: null,
    ...over,
  };
}

export function question(over: Record<string, unknown> = {}) {
  return {
    __typename: 'QuizAttemptQuestion',
    position: 0,
    kind: 'SINGLE',
    stem: '中共一大召开于哪一年？',
    options: ['1919年', '1921年'],
    blankCount: 0,
    points: 10,
    myAnswer: null,
    correctAnswer: null,
    acceptedBlanks: null,
    explanation: null,
    earned: null,
    correct: null,
    ...over,
  };
}

export function attempt(over: Record<string, unknown> = {}, questions: unknown[] = [question(), question({ position: 1, kind: 'FILL_BLANK', stem: '按照____制组织起来。', options: [], blankCount: 1 })]) {
  const now = new Date().toISOString();
  return {
    __typename: 'QuizAttempt',
    id: 'a1',
    quizId: 'q1',
    quizTitle: '党章党史知识测验',
    number: 1,
    status: 'OPEN',
    startedAt: now,
    deadline: new Date(Date.now() + 20 * 60_000).toISOString(),
    serverNow: now,
    finishedAt: null,
    score: null,
    maxScore: 20,
    passMark: 10,
    passed: null,
    questions,
    ...over,
  };
}
