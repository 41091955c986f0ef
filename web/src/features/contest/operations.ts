// Live knowledge contests (知识竞赛). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const ContestFields = graphql(`
  fragment ContestFields on Contest {
    id
    orgId
    orgName
    bankId
    bankName
    title
    status
    questionCount
    secondsPerQuestion
    pointsPerQuestion
    participantCount
    canHost
    joined
    startedAt
    finishedAt
    createdAt
  }
`);

export const ContestLiveFields = graphql(`
  fragment ContestLiveFields on ContestLive {
    contestId
    status
    phase
    questionCount
    serverNow
    question {
      position
      kind
      stem
      options
      blankCount
      startedAt
      deadline
      correctAnswer
      explanation
    }
  }
`);

export const ContestStandingFields = graphql(`
  fragment ContestStandingFields on ContestStanding {
    rank
    memberId
    memberName
    orgName
    score
    correctCount
    answeredCount
    answerMs
  }
`);

export const ContestLeaderboardFields = graphql(`
  fragment ContestLeaderboardFields on ContestLeaderboard {
    contestId
    participants
    answeredCurrent
    members {
      ...ContestStandingFields
    }
    branches {
      rank
      orgId
      orgName
      participants
      totalScore
      averageScore
    }
  }
`);

export const ContestsQuery = graphql(`
  query Contests($first: Int!, $after: String) {
    contests(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ContestFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ContestQuery = graphql(`
  query Contest($id: ID!) {
    contest(id: $id) {
      ...ContestFields
    }
  }
`);

export const ContestLiveQuery = graphql(`
  query ContestLive($contestId: ID!) {
    contestLive(contestId: $contestId) {
      ...ContestLiveFields
    }
  }
`);

export const ContestLeaderboardQuery = graphql(`
  query ContestLeaderboard($contestId: ID!) {
    contestLeaderboard(contestId: $contestId) {
      ...ContestLeaderboardFields
    }
  }
`);

export const MyContestStandingQuery = graphql(`
  query MyContestStanding($contestId: ID!) {
    myContestStanding(contestId: $contestId) {
      ...ContestStandingFields
    }
  }
`);

export const CreateContestMutation = graphql(`
  mutation CreateContest($input: CreateContestInput!) {
    createContest(input: $input) {
      ...ContestFields
    }
  }
`);

export const JoinContestMutation = graphql(`
  mutation JoinContest($contestId: ID!) {
    joinContest(contestId: $contestId) {
      ...ContestFields
    }
  }
`);

export const StartContestMutation = graphql(`
  mutation StartContest($contestId: ID!) {
    startContest(contestId: $contestId) {
      ...ContestFields
    }
  }
`);

export const NextContestQuestionMutation = graphql(`
  mutation NextContestQuestion($contestId: ID!) {
    nextContestQuestion(contestId: $contestId) {
      ...ContestLiveFields
    }
  }
`);

export const RevealContestAnswerMutation = graphql(`
  mutation RevealContestAnswer($contestId: ID!) {
    revealContestAnswer(contestId: $contestId) {
      ...ContestLiveFields
    }
  }
`);

export const FinishContestMutation = graphql(`
  mutation FinishContest($contestId: ID!) {
    finishContest(contestId: $contestId) {
      ...ContestFields
    }
  }
`);

export const AnswerContestQuestionMutation = graphql(`
  mutation AnswerContestQuestion($input: AnswerContestQuestionInput!) {
    answerContestQuestion(input: $input) {
      position
      elapsedMs
    }
  }
`);

export const ContestStateChangedSubscription = graphql(`
  subscription ContestStateChanged($contestId: ID!) {
    contestStateChanged(contestId: $contestId) {
      ...ContestLiveFields
    }
  }
`);

export const ContestLeaderboardChangedSubscription = graphql(`
  subscription ContestLeaderboardChanged($contestId: ID!) {
    contestLeaderboardChanged(contestId: $contestId) {
      ...ContestLeaderboardFields
    }
  }
`);
