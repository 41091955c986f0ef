// Question banks and quizzes (题库、测验考试). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const QuestionBankFields = graphql(`
  fragment QuestionBankFields on QuestionBank {
    id
    orgId
    orgName
    name
    description
    questionCount
    editable
    updatedAt
  }
`);

export const QuestionFields = graphql(`
  fragment QuestionFields on Question {
    id
    bankId
    kind
    stem
    options
    answer
    blanks
    explanation
    difficulty
    tags
  }
`);

export const QuizFields = graphql(`
  fragment QuizFields on Quiz {
    id
    orgId
    orgName
    bankId
    bankName
    title
    description
    mode
    questionCount
    pointsPerQuestion
    totalPoints
    passMark
    timeLimitMinutes
    opensAt
    closesAt
    maxAttempts
    status
    accepting
    audienceCount
    canManage
    canViewResults
    invited
    myAttemptCount
    myAttemptsLeft
    myBestScore
    myPassed
    myOpenAttemptId
    myLastAttemptId
    exportUrl
  }
`);

export const QuizAttemptFields = graphql(`
  fragment QuizAttemptFields on QuizAttempt {
    id
    quizId
    quizTitle
    number
    status
    startedAt
    deadline
    serverNow
    finishedAt
    score
    maxScore
    passMark
    passed
    questions {
      position
      kind
      stem
      options
      blankCount
      points
      myAnswer
      correctAnswer
      acceptedBlanks
      explanation
      earned
      correct
    }
  }
`);

export const QuestionBanksQuery = graphql(`
  query QuestionBanks($orgId: ID!) {
    questionBanks(orgId: $orgId) {
      ...QuestionBankFields
    }
  }
`);

export const QuestionBankQuery = graphql(`
  query QuestionBank($id: ID!, $first: Int!, $after: String) {
    questionBank(id: $id) {
      ...QuestionBankFields
    }
    questions(bankId: $id, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...QuestionFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateQuestionBankMutation = graphql(`
  mutation CreateQuestionBank($input: CreateQuestionBankInput!) {
    createQuestionBank(input: $input) {
      ...QuestionBankFields
    }
  }
`);

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      ...QuestionFields
    }
  }
`);

export const UpdateQuestionMutation = graphql(`
  mutation UpdateQuestion($input: UpdateQuestionInput!) {
    updateQuestion(input: $input) {
      ...QuestionFields
    }
  }
`);

export const DeleteQuestionMutation = graphql(`
  mutation DeleteQuestion($id: ID!) {
    deleteQuestion(id: $id)
  }
`);

export const ImportQuestionsMutation = graphql(`
  mutation ImportQuestions($input: ImportQuestionsInput!) {
    importQuestions(input: $input) {
      total
      imported
      rows {
        row
        ok
        message
      }
    }
  }
`);

export const QuizzesQuery = graphql(`
  query Quizzes($orgId: ID!, $first: Int!, $after: String) {
    quizzes(orgId: $orgId, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...QuizFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MyQuizzesQuery = graphql(`
  query MyQuizzes($first: Int!, $after: String) {
    myQuizzes(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...QuizFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateQuizMutation = graphql(`
  mutation CreateQuiz($input: CreateQuizInput!) {
    createQuiz(input: $input) {
      ...QuizFields
    }
  }
`);

export const UpdateQuizMutation = graphql(`
  mutation UpdateQuiz($input: UpdateQuizInput!) {
    updateQuiz(input: $input) {
      ...QuizFields
    }
  }
`);

export const CloseQuizMutation = graphql(`
  mutation CloseQuiz($id: ID!) {
    closeQuiz(id: $id) {
      ...QuizFields
    }
  }
`);

export const StartQuizAttemptMutation = graphql(`
  mutation StartQuizAttempt($quizId: ID!) {
    startQuizAttempt(quizId: $quizId) {
      ...QuizAttemptFields
    }
  }
`);

export const QuizAttemptQuery = graphql(`
  query QuizAttempt($id: ID!) {
    quizAttempt(id: $id) {
      ...QuizAttemptFields
    }
  }
`);

export const SaveQuizAnswerMutation = graphql(`
  mutation SaveQuizAnswer($input: SaveQuizAnswerInput!) {
    saveQuizAnswer(input: $input) {
      id
      status
    }
  }
`);

export const SubmitQuizAttemptMutation = graphql(`
  mutation SubmitQuizAttempt($input: SubmitQuizAttemptInput!) {
    submitQuizAttempt(input: $input) {
      ...QuizAttemptFields
    }
  }
`);

export const QuizResultsQuery = graphql(`
  query QuizResults($quizId: ID!, $orgId: ID, $first: Int!, $after: String) {
    quizResults(quizId: $quizId, orgId: $orgId, first: $first, after: $after) {
      quiz {
        id
        title
        totalPoints
        passMark
        exportUrl
      }
      audience
      participants
      passed
      passRate
      average
      edges {
        cursor
        node {
          memberId
          memberName
          orgName
          attempts
          bestScore
          passed
          lastFinishedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
