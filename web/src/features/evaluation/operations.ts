// 民主评议党员: the member's tasks (self-assessment, anonymous peer ratings, their own result)
// and the branch's side (stages, committee proposals beside the peer tally, the meeting's
// decision under the 优秀 cap). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A campaign with its members, as the viewer may see it. */
export const EvaluationCampaignFields = graphql(`
  fragment EvaluationCampaignFields on EvaluationCampaign {
    id
    orgId
    orgName
    year
    title
    stage
    memberCount
    selfAssessedCount
    peerTurnout
    excellentCap
    excellentProposed
    excellentDecided
    capWarning
    capRuleTitle
    capRuleSource
    viewerIsOfficer
    viewerCanManage
    viewerIsParticipant
    viewerSelfAssessed
    viewerPeerSubmitted
    members {
      memberId
      name
      selfAssessment
      peerTally {
        excellent
        qualified
        basicallyQualified
        unqualified
        total
      }
      peerComments
      proposedGrade
      proposedReason
      finalGrade
      finalReason
    }
  }
`);

export const MyEvaluationQuery = graphql(`
  query MyEvaluation {
    myEvaluation {
      ...EvaluationCampaignFields
    }
  }
`);

export const EvaluationCampaignsQuery = graphql(`
  query EvaluationCampaigns($orgId: ID!) {
    evaluationCampaigns(orgId: $orgId) {
      ...EvaluationCampaignFields
    }
  }
`);

export const StartEvaluationMutation = graphql(`
  mutation StartEvaluation($input: StartEvaluationInput!) {
    startEvaluation(input: $input) {
      campaign {
        ...EvaluationCampaignFields
      }
    }
  }
`);

export const SubmitSelfAssessmentMutation = graphql(`
  mutation SubmitSelfAssessment($input: SubmitSelfAssessmentInput!) {
    submitSelfAssessment(input: $input) {
      campaign {
        ...EvaluationCampaignFields
      }
    }
  }
`);

export const SubmitPeerRatingsMutation = graphql(`
  mutation SubmitPeerRatings($input: SubmitPeerRatingsInput!) {
    submitPeerRatings(input: $input) {
      campaign {
        ...EvaluationCampaignFields
      }
    }
  }
`);

export const AdvanceEvaluationMutation = graphql(`
  mutation AdvanceEvaluation($input: AdvanceEvaluationInput!) {
    advanceEvaluation(input: $input) {
      campaign {
        ...EvaluationCampaignFields
      }
    }
  }
`);

export const ProposeGradesMutation = graphql(`
  mutation ProposeGrades($input: ProposeGradesInput!) {
    proposeGrades(input: $input) {
      campaign {
        ...EvaluationCampaignFields
      }
    }
  }
`);

export const DecideGradesMutation = graphql(`
  mutation DecideGrades($input: DecideGradesInput!) {
    decideGrades(input: $input) {
      campaign {
        ...EvaluationCampaignFields
      }
    }
  }
`);
