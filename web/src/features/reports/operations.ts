// 检举控告: submitting (real-name or anonymous), following up by receipt code without login or as
// a real-name reporter, and the handlers' cases. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const ReportMessageFields = graphql(`
  fragment ReportMessageFields on ReportMessage {
    id
    author
    handlerName
    body
    createdAt
  }
`);

export const ReporterReportFields = graphql(`
  fragment ReporterReportFields on ReporterReport {
    id
    title
    status
    statusLabel
    createdAt
    acceptanceDueAt
    messages {
      ...ReportMessageFields
    }
  }
`);

export const ReportCaseListFields = graphql(`
  fragment ReportCaseListFields on ReportCase {
    id
    title
    status
    statusLabel
    anonymous
    accusedName
    subjectOrganizationName
    handlingOrganizationName
    routedUp
    createdAt
    acceptanceDueAt
    overdue
  }
`);

export const ReportCaseFields = graphql(`
  fragment ReportCaseFields on ReportCase {
    ...ReportCaseListFields
    body
    reporterName
    transferDueAt
    decidedAt
    closedAt
    resultDueAt
    resultNotifiedAt
    expiresAt
    availableActions
    messages {
      ...ReportMessageFields
    }
    steps {
      id
      action
      actionLabel
      fromStatus
      toStatus
      note
      actorName
      createdAt
    }
    files {
      id
      name
      contentType
      size
      url
    }
  }
`);

export const SubmitReportMutation = graphql(`
  mutation SubmitReport($input: SubmitReportInput!) {
    submitReport(input: $input) {
      receiptCode
      report {
        ...ReporterReportFields
      }
    }
  }
`);

export const ReportByReceiptQuery = graphql(`
  query ReportByReceipt($receiptCode: String!) {
    reportByReceipt(receiptCode: $receiptCode) {
      ...ReporterReportFields
    }
  }
`);

export const ReplyByReceiptMutation = graphql(`
  mutation ReplyByReceipt($input: ReplyByReceiptInput!) {
    replyByReceipt(input: $input) {
      ...ReporterReportFields
    }
  }
`);

export const MyReportsQuery = graphql(`
  query MyReports($first: Int, $after: String) {
    myReports(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ReporterReportFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReplyToMyReportMutation = graphql(`
  mutation ReplyToMyReport($input: ReplyToMyReportInput!) {
    replyToMyReport(input: $input) {
      ...ReporterReportFields
    }
  }
`);

export const ReportCasesQuery = graphql(`
  query ReportCases($status: ReportStatus, $first: Int, $after: String) {
    reportCases(status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...ReportCaseListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ReportCaseQuery = graphql(`
  query ReportCase($id: ID!) {
    reportCase(id: $id) {
      ...ReportCaseFields
    }
  }
`);

export const HandleReportMutation = graphql(`
  mutation HandleReport($input: HandleReportInput!) {
    handleReport(input: $input) {
      report {
        ...ReportCaseFields
      }
    }
  }
`);

export const SendReportMessageMutation = graphql(`
  mutation SendReportMessage($input: SendReportMessageInput!) {
    sendReportMessage(input: $input) {
      report {
        ...ReportCaseFields
      }
    }
  }
`);
