// 组织关系接转 (transfer letters). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** An introduction letter (介绍信) as its sender sees it. */
export const TransferLetterFields = graphql(`
  fragment TransferLetterFields on TransferLetter {
    id
    memberId
    memberName
    line
    fromOrgId
    fromOrgName
    destination
    crossProvince
    code
    validUntil
    duesPaidThrough
    crossing
    status
    note
    issuedAt
    acceptedAt
    receipt
  }
`);

export const TransferLettersQuery = graphql(`
  query TransferLetters {
    transferLetters {
      ...TransferLetterFields
    }
  }
`);

export const TransferLetterByCodeQuery = graphql(`
  query TransferLetterByCode($code: String!) {
    transferLetterByCode(code: $code) {
      fromTenantName
      fromOrgName
      memberName
      line
      destination
      validUntil
      status
      duesPaidThrough
      crossing
    }
  }
`);

export const IssueTransferLetterMutation = graphql(`
  mutation IssueTransferLetter($input: IssueTransferLetterInput!) {
    issueTransferLetter(input: $input) {
      ...TransferLetterFields
    }
  }
`);

export const CancelTransferLetterMutation = graphql(`
  mutation CancelTransferLetter($input: CancelTransferLetterInput!) {
    cancelTransferLetter(input: $input) {
      ...TransferLetterFields
    }
  }
`);

export const AcceptTransferLetterMutation = graphql(`
  mutation AcceptTransferLetter($input: AcceptTransferLetterInput!) {
    acceptTransferLetter(input: $input) {
      member {
        id
        name
      }
    }
  }
`);
