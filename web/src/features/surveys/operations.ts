// Surveys (问卷). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A survey as the lists show it. */
export const SurveyListFields = graphql(`
  fragment SurveyListFields on Survey {
    id
    title
    orgName
    status
    anonymous
    opensAt
    closesAt
    myStatus {
      eligible
      responded
    }
  }
`);

/** A survey with everything its page shows. */
export const SurveyFields = graphql(`
  fragment SurveyFields on Survey {
    id
    title
    description
    orgId
    orgName
    status
    anonymous
    resultsVisibility
    resultsVisible
    opensAt
    closesAt
    closedAt
    questions {
      id
      position
      kind
      title
      required
      options {
        id
        label
      }
      minChoices
      maxChoices
      scaleMin
      scaleMax
      minLabel
      maxLabel
    }
    myStatus {
      eligible
      responded
    }
    turnout {
      surveyId
      eligible
      responded
    }
    viewerCanManage
    viewerIsOfficer
    exportUrl
  }
`);

/** The surveys the viewer is asked to answer (待我填写 with `pendingOnly`). */
export const MySurveysQuery = graphql(`
  query MySurveys($first: Int!, $after: String, $pendingOnly: Boolean) {
    mySurveys(first: $first, after: $after, pendingOnly: $pendingOnly) {
      edges {
        node {
          ...SurveyListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** An org's surveys (officers). */
export const OrgSurveysQuery = graphql(`
  query OrgSurveys($orgId: ID!, $first: Int!, $after: String) {
    surveys(orgId: $orgId, first: $first, after: $after) {
      edges {
        node {
          ...SurveyListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** One survey. */
export const SurveyQuery = graphql(`
  query Survey($id: ID!) {
    survey(id: $id) {
      ...SurveyFields
    }
  }
`);

/** The results per question, when visible (null otherwise). */
export const SurveyResultsQuery = graphql(`
  query SurveyResults($id: ID!) {
    surveyResults(surveyId: $id) {
      responses
      questions {
        question {
          id
          position
          kind
          title
        }
        answered
        choices {
          option {
            id
            label
          }
          count
        }
        ratings {
          value
          count
        }
        mean
        texts
      }
    }
  }
`);

export const CreateSurveyMutation = graphql(`
  mutation CreateSurvey($input: CreateSurveyInput!) {
    createSurvey(input: $input) {
      survey {
        id
      }
    }
  }
`);

export const SubmitSurveyResponseMutation = graphql(`
  mutation SubmitSurveyResponse($input: SubmitSurveyResponseInput!) {
    submitSurveyResponse(input: $input) {
      survey {
        ...SurveyFields
      }
    }
  }
`);

export const CloseSurveyMutation = graphql(`
  mutation CloseSurvey($input: SurveyIdInput!) {
    closeSurvey(input: $input) {
      survey {
        ...SurveyFields
      }
    }
  }
`);

export const RemindSurveyRespondentsMutation = graphql(`
  mutation RemindSurveyRespondents($input: SurveyIdInput!) {
    remindSurveyRespondents(input: $input) {
      reminded
    }
  }
`);

/** How many an audience holds now (the builder's live count). */
export const SurveyAudienceCountQuery = graphql(`
  query SurveyAudienceCount($orgId: ID!, $audience: SurveyAudienceInput!) {
    surveyAudienceCount(orgId: $orgId, audience: $audience)
  }
`);
