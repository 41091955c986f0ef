// Grid supervision (网格化治理): cases, the live board, statistics, supervision tasks and grid
// workers. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A photo or attachment (its URL is signed for the viewer). */
export const GridFileFields = graphql(`
  fragment GridFileFields on GridFile {
    fileId
    fileName
    contentType
    url
  }
`);

/** A case as the lists show it. */
export const GridCaseListFields = graphql(`
  fragment GridCaseListFields on GridCase {
    id
    number
    state
    stateLabel
    gridId
    gridName
    categoryKey
    categoryName
    title
    assigneeName
    reportedAt
    currentDueAt
    overdue
    isMine
    actions
    photos {
      ...GridFileFields
    }
  }
`);

/** A case with its timeline (the detail drawer). */
export const GridCaseDetailFields = graphql(`
  fragment GridCaseDetailFields on GridCase {
    ...GridCaseListFields
    description
    location {
      latitude
      longitude
      address
    }
    reporterName
    reporterHidden
    assigneeMemberId
    assigneeOrgId
    dispatcherName
    acceptDueAt
    dueAt
    resolved
    rating
    ratingComment
    acceptedAt
    dispatchedAt
    closedAt
    updatedAt
    timeline {
      id
      kind
      fromState
      toState
      actorName
      note
      createdAt
      files {
        ...GridFileFields
      }
    }
  }
`);

/** The categories of the `grid.case` rule (with their SLA hours). */
export const GridCaseCategoriesQuery = graphql(`
  query GridCaseCategories {
    gridCaseCategories {
      key
      name
      acceptHours
      resolveHours
    }
  }
`);

/** The grids the viewer works in (the phone page). */
export const MyGridsQuery = graphql(`
  query MyGrids {
    myGrids {
      id
      name
      path
    }
  }
`);

/** Cases, newest first, filtered. */
export const GridCasesQuery = graphql(`
  query GridCases(
    $first: Int
    $after: String
    $gridId: ID
    $state: GridCaseState
    $categoryKey: String
    $overdueOnly: Boolean
    $search: String
    $mine: Boolean
  ) {
    gridCases(
      first: $first
      after: $after
      gridId: $gridId
      state: $state
      categoryKey: $categoryKey
      overdueOnly: $overdueOnly
      search: $search
      mine: $mine
    ) {
      edges {
        cursor
        node {
          ...GridCaseListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One case with its timeline. */
export const GridCaseQuery = graphql(`
  query GridCase($id: ID!) {
    gridCase(id: $id) {
      ...GridCaseDetailFields
    }
  }
`);

export const ReportGridCaseMutation = graphql(`
  mutation ReportGridCase($input: ReportGridCaseInput!) {
    reportGridCase(input: $input) {
      case {
        ...GridCaseListFields
      }
    }
  }
`);

export const AcceptGridCaseMutation = graphql(`
  mutation AcceptGridCase($input: AcceptGridCaseInput!) {
    acceptGridCase(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

export const CancelGridCaseMutation = graphql(`
  mutation CancelGridCase($input: CancelGridCaseInput!) {
    cancelGridCase(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

export const DispatchGridCaseMutation = graphql(`
  mutation DispatchGridCase($input: DispatchGridCaseInput!) {
    dispatchGridCase(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

export const StartGridCaseMutation = graphql(`
  mutation StartGridCase($input: StartGridCaseInput!) {
    startGridCase(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

export const SubmitGridCaseFeedbackMutation = graphql(`
  mutation SubmitGridCaseFeedback($input: SubmitGridCaseFeedbackInput!) {
    submitGridCaseFeedback(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

export const CloseGridCaseMutation = graphql(`
  mutation CloseGridCase($input: CloseGridCaseInput!) {
    closeGridCase(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

export const ReopenGridCaseMutation = graphql(`
  mutation ReopenGridCase($input: ReopenGridCaseInput!) {
    reopenGridCase(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

export const RateGridCaseMutation = graphql(`
  mutation RateGridCase($input: RateGridCaseInput!) {
    rateGridCase(input: $input) {
      case {
        ...GridCaseDetailFields
      }
    }
  }
`);

/** A card of the board (a case, or a supervision task's target). */
export const TaskBoardCardFields = graphql(`
  fragment TaskBoardCardFields on TaskBoardCard {
    id
    kind
    caseId
    taskId
    number
    title
    state
    gridId
    gridName
    categoryName
    assigneeName
    dueAt
    overdue
    secondsLeft
    thumbnailUrl
    actions
  }
`);

export const TaskBoardColumnFields = graphql(`
  fragment TaskBoardColumnFields on TaskBoardColumn {
    state
    label
    count
    overdueCount
    endCursor
    hasMore
    cards {
      ...TaskBoardCardFields
    }
  }
`);

/** The board's columns with their first cards. */
export const TaskBoardQuery = graphql(`
  query TaskBoard($orgId: ID!, $filter: TaskBoardFilter, $first: Int) {
    taskBoard(orgId: $orgId, filter: $filter, first: $first) {
      orgId
      columns {
        ...TaskBoardColumnFields
      }
    }
  }
`);

/** More cards of one column. */
export const TaskBoardColumnQuery = graphql(`
  query TaskBoardColumn($orgId: ID!, $state: GridCaseState!, $filter: TaskBoardFilter, $first: Int, $after: String) {
    taskBoardColumn(orgId: $orgId, state: $state, filter: $filter, first: $first, after: $after) {
      ...TaskBoardColumnFields
    }
  }
`);

/** Cards as they are created, move or change. */
export const TaskBoardChangedSubscription = graphql(`
  subscription TaskBoardChanged($orgId: ID!) {
    taskBoardChanged(orgId: $orgId) {
      kind
      fromState
      toState
      card {
        ...TaskBoardCardFields
      }
    }
  }
`);

export const GridStatisticsQuery = graphql(`
  query GridStatistics($orgId: ID!, $from: NaiveDate!, $to: NaiveDate!, $gridId: ID) {
    gridStatistics(orgId: $orgId, from: $from, to: $to, gridId: $gridId) {
      total
      resolutionRate
      onTimeRate
      medianHoursToAccept
      medianHoursToClose
      mediationSuccessRate
      ratingAverage
      byCategory {
        key
        name
        count
      }
      byState {
        state
        label
        count
      }
      perGrid {
        gridId
        gridName
        total
        closed
        overdue
        resolutionRate
        ratingAverage
      }
    }
  }
`);

export const GridAssignmentFields = graphql(`
  fragment GridAssignmentFields on GridAssignment {
    id
    gridId
    gridName
    memberId
    memberName
    role
    startsOn
    endsOn
    active
  }
`);

export const GridAssignmentsQuery = graphql(`
  query GridAssignments($gridId: ID, $memberId: ID, $activeOnly: Boolean) {
    gridAssignments(gridId: $gridId, memberId: $memberId, activeOnly: $activeOnly) {
      ...GridAssignmentFields
    }
  }
`);

export const AssignGridWorkerMutation = graphql(`
  mutation AssignGridWorker($input: AssignGridWorkerInput!) {
    assignGridWorker(input: $input) {
      assignment {
        ...GridAssignmentFields
      }
    }
  }
`);

export const EndGridAssignmentMutation = graphql(`
  mutation EndGridAssignment($input: EndGridAssignmentInput!) {
    endGridAssignment(input: $input) {
      assignment {
        ...GridAssignmentFields
      }
    }
  }
`);

export const SupervisionTaskFields = graphql(`
  fragment SupervisionTaskFields on SupervisionTask {
    id
    number
    orgId
    orgName
    title
    description
    dueAt
    overdue
    createdAt
    createdByName
    total
    reported
    closed
    files {
      ...GridFileFields
    }
    targets {
      orgId
      orgName
      state
      report
      reportedAt
      reportedByName
      reviewNote
      closedAt
      overdue
      files {
        ...GridFileFields
      }
    }
  }
`);

export const SupervisionTasksQuery = graphql(`
  query SupervisionTasks($first: Int, $after: String, $orgId: ID, $state: SupervisionTaskState, $overdueOnly: Boolean) {
    supervisionTasks(first: $first, after: $after, orgId: $orgId, state: $state, overdueOnly: $overdueOnly) {
      edges {
        cursor
        node {
          ...SupervisionTaskFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateSupervisionTaskMutation = graphql(`
  mutation CreateSupervisionTask($input: CreateSupervisionTaskInput!) {
    createSupervisionTask(input: $input) {
      task {
        ...SupervisionTaskFields
      }
    }
  }
`);

export const ReportSupervisionTaskMutation = graphql(`
  mutation ReportSupervisionTask($input: ReportSupervisionTaskInput!) {
    reportSupervisionTask(input: $input) {
      task {
        ...SupervisionTaskFields
      }
    }
  }
`);

export const ReviewSupervisionTaskMutation = graphql(`
  mutation ReviewSupervisionTask($input: ReviewSupervisionTaskInput!) {
    reviewSupervisionTask(input: $input) {
      task {
        ...SupervisionTaskFields
      }
    }
  }
`);
