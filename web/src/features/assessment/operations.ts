// Assessment (考核). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A ledger as the pages show it. */
export const AssessmentLedgerFields = graphql(`
  fragment AssessmentLedgerFields on AssessmentLedger {
    scheme {
      id
      name
      organizationId
      organizationName
      periodKind
      year
      quarter
      targetKind
      starThresholds
      status
      computedAt
    }
    fullScore
    canManage
    indicators {
      id
      position
      name
      description
      weight
      method
      metric
      metricLabel
      target
    }
    results {
      organizationId
      organizationName
      total
      rank
      stars
      scores {
        indicatorId
        score
        numerator
        denominator
        recordsTotal
        note
        manual
        updatedAt
      }
    }
  }
`);

export const AssessmentSchemesQuery = graphql(`
  query AssessmentSchemes($year: Int) {
    assessmentSchemes(year: $year) {
      id
      name
      organizationName
      periodKind
      year
      quarter
      targetKind
      status
      computedAt
    }
  }
`);

export const AssessmentLedgerQuery = graphql(`
  query AssessmentLedger($schemeId: ID!) {
    assessmentLedger(schemeId: $schemeId) {
      ...AssessmentLedgerFields
    }
  }
`);

export const AssessmentRecordsQuery = graphql(`
  query AssessmentRecords($schemeId: ID!, $indicatorId: ID!, $organizationId: ID!) {
    assessmentRecords(schemeId: $schemeId, indicatorId: $indicatorId, organizationId: $organizationId) {
      total
      records {
        kind
        id
        title
        on
        counted
        note
      }
    }
  }
`);

export const AssessmentReportsQuery = graphql(`
  query AssessmentReports($schemeId: ID!, $organizationId: ID!) {
    assessmentReports(schemeId: $schemeId, organizationId: $organizationId) {
      id
      indicatorId
      text
      authorName
      createdAt
      files {
        id
        fileName
        url
      }
    }
  }
`);

export const CreateAssessmentSchemeMutation = graphql(`
  mutation CreateAssessmentScheme($input: CreateAssessmentSchemeInput!) {
    createAssessmentScheme(input: $input) {
      ledger {
        ...AssessmentLedgerFields
      }
    }
  }
`);

export const RecomputeAssessmentMutation = graphql(`
  mutation RecomputeAssessment($schemeId: ID!) {
    recomputeAssessment(schemeId: $schemeId) {
      ledger {
        ...AssessmentLedgerFields
      }
    }
  }
`);

export const ScoreAssessmentIndicatorMutation = graphql(`
  mutation ScoreAssessmentIndicator($input: ScoreAssessmentIndicatorInput!) {
    scoreAssessmentIndicator(input: $input) {
      ledger {
        ...AssessmentLedgerFields
      }
    }
  }
`);

export const SubmitAssessmentReportMutation = graphql(`
  mutation SubmitAssessmentReport($input: SubmitAssessmentReportInput!) {
    submitAssessmentReport(input: $input) {
      report {
        id
      }
    }
  }
`);

export const SetAssessmentStarsMutation = graphql(`
  mutation SetAssessmentStars($input: SetAssessmentStarsInput!) {
    setAssessmentStars(input: $input) {
      ledger {
        ...AssessmentLedgerFields
      }
    }
  }
`);

export const CloseAssessmentSchemeMutation = graphql(`
  mutation CloseAssessmentScheme($schemeId: ID!) {
    closeAssessmentScheme(schemeId: $schemeId) {
      ledger {
        ...AssessmentLedgerFields
      }
    }
  }
`);
