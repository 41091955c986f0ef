// Inquiries (党员问询): asking, the member's own, the org's list with deadlines, answering and
// rating. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const InquiryFields = graphql(`
  fragment InquiryFields on Inquiry {
    id
    orgName
    askerName
    subject
    body
    status
    statusLabel
    dueAt
    overdue
    answer
    answererName
    answeredAt
    rating
    ratingComment
    createdAt
    isMine
    canAnswer
    canRate
  }
`);

export const MyInquiriesQuery = graphql(`
  query MyInquiries($first: Int, $after: String) {
    myInquiries(first: $first, after: $after) {
      edges {
        node {
          ...InquiryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const OrgInquiriesQuery = graphql(`
  query OrgInquiries($orgId: ID!, $status: InquiryStatus, $first: Int, $after: String) {
    inquiries(orgId: $orgId, status: $status, first: $first, after: $after) {
      edges {
        node {
          ...InquiryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AskInquiryMutation = graphql(`
  mutation AskInquiry($input: AskInquiryInput!) {
    askInquiry(input: $input) {
      inquiry {
        ...InquiryFields
      }
    }
  }
`);

export const AnswerInquiryMutation = graphql(`
  mutation AnswerInquiry($input: AnswerInquiryInput!) {
    answerInquiry(input: $input) {
      inquiry {
        ...InquiryFields
      }
    }
  }
`);

export const RateInquiryAnswerMutation = graphql(`
  mutation RateInquiryAnswer($input: RateInquiryAnswerInput!) {
    rateInquiryAnswer(input: $input) {
      inquiry {
        ...InquiryFields
      }
    }
  }
`);
