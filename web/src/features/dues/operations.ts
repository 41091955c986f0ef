// Dues (党费 / 会费 / 团费; amounts in fen, months `YYYY-MM`). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A ledger entry: a bill, a payment or a correction (entries are never edited). */
export const DuesEntryFields = graphql(`
  fragment DuesEntryFields on DuesEntry {
    id
    memberId
    memberName
    line
    month
    kind
    amountFen
    method
    receiptNo
    ruleKey
    baseFen
    note
    corrects
    recordedBy
    createdAt
  }
`);

/** A monthly base in a member's history. */
export const DuesBaseFields = graphql(`
  fragment DuesBaseFields on DuesBase {
    id
    memberId
    line
    category
    baseFen
    fromMonth
    newPayMonth
    source
    createdAt
  }
`);

/** 收缴概览: sums per org and month on a line, under an org (null: the whole tenant). */
export const DuesRollupQuery = graphql(`
  query DuesRollup($organizationId: ID, $line: DuesLine!, $fromMonth: String!, $toMonth: String!) {
    duesRollup(organizationId: $organizationId, line: $line, fromMonth: $fromMonth, toMonth: $toMonth) {
      orgId
      orgName
      month
      billedFen
      correctedFen
      paidFen
      membersBilled
      membersPaid
    }
  }
`);

/** 欠缴名单: members who owe on a line under an org (null: the whole tenant). */
export const DuesArrearsQuery = graphql(`
  query DuesArrears($organizationId: ID, $line: DuesLine!) {
    duesArrears(organizationId: $organizationId, line: $line) {
      memberId
      memberName
      orgName
      owedFen
      monthsOwed
      oldestMonth
      lapseWarning
      lapseMonths
    }
  }
`);

/** A member's base history, newest first per line. */
export const DuesBasesQuery = graphql(`
  query DuesBases($memberId: ID!) {
    duesBases(memberId: $memberId) {
      ...DuesBaseFields
    }
  }
`);

/** A member's ledger on a line, oldest month first. */
export const DuesStatementQuery = graphql(`
  query DuesStatement($memberId: ID!, $line: DuesLine!) {
    duesStatement(memberId: $memberId, line: $line) {
      ...DuesEntryFields
    }
  }
`);

/** The standing a member brought on a line from the enterprise they were transferred from. */
export const DuesStandingQuery = graphql(`
  query DuesStanding($memberId: ID!, $line: DuesLine!) {
    duesStanding(memberId: $memberId, line: $line) {
      paidThrough
      fromTenantName
    }
  }
`);

/** 我的党费: the viewer's own ledgers on every line, and their bases. */
export const MyDuesQuery = graphql(`
  query MyDues($memberId: ID!) {
    party: duesStatement(memberId: $memberId, line: PARTY) {
      ...DuesEntryFields
    }
    union: duesStatement(memberId: $memberId, line: UNION) {
      ...DuesEntryFields
    }
    youth: duesStatement(memberId: $memberId, line: YOUTH) {
      ...DuesEntryFields
    }
    duesBases(memberId: $memberId) {
      ...DuesBaseFields
    }
  }
`);

export const SetDuesBaseMutation = graphql(`
  mutation SetDuesBase($input: SetDuesBaseInput!) {
    setDuesBase(input: $input) {
      ...DuesBaseFields
    }
  }
`);

/** Bills a month by the tenant's rules; members billed for it before are left alone. */
export const GenerateDuesBillsMutation = graphql(`
  mutation GenerateDuesBills($input: GenerateDuesBillsInput!) {
    generateDuesBills(input: $input) {
      written
    }
  }
`);

export const RecordDuesPaymentMutation = graphql(`
  mutation RecordDuesPayment($input: RecordDuesPaymentInput!) {
    recordDuesPayment(input: $input) {
      ...DuesEntryFields
    }
  }
`);

/**
 * 一键提醒: everyone owing on a line under an org, each at most once a day (RATE_LIMITED when
 * the server refuses).
 */
export const RemindDuesArrearsMutation = graphql(`
  mutation RemindDuesArrears($input: RemindDuesArrearsInput!) {
    remindDuesArrears(input: $input) {
      reminded
    }
  }
`);

/** 更正: a new entry added to what is owed for the corrected entry's month. */
export const CorrectDuesEntryMutation = graphql(`
  mutation CorrectDuesEntry($input: CorrectDuesEntryInput!) {
    correctDuesEntry(input: $input) {
      ...DuesEntryFields
    }
  }
`);

/** 导入基数: bases from a .csv/.xlsx (all rows or none; problems by row). */
export const ImportDuesBasesMutation = graphql(`
  mutation ImportDuesBases($input: ImportDuesBasesInput!) {
    importDuesBases(input: $input) {
      total
      imported
      errors {
        row
        column
        message
      }
    }
  }
`);
