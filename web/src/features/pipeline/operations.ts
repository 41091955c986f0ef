// 发展党员 (the party-entry pipeline). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A step the branch proposed for a member: its 公示, objections and the upper org's decision. */
export const StageTransitionFields = graphql(`
  fragment StageTransitionFields on StageTransition {
    id
    memberId
    memberName
    orgId
    orgName
    fromStage
    toStage
    extensionMonths
    effectiveOn
    note
    status
    publicityUntil
    approvalDueAt
    awaitingDecision
    objectionCount
    objections {
      authorName
      text
      createdAt
    }
    proposedAt
    decidedAt
    decisionNote
  }
`);

/** 发展党员 board: members by stage under an org, and the open transitions. */
export const PartyPipelineQuery = graphql(`
  query PartyPipeline($orgId: ID!) {
    partyPipeline(orgId: $orgId) {
      entries {
        memberId
        name
        orgId
        orgName
        stage
        since
        extendedMonths
        contacts
        introducers
        nextStage
        earliestNext
        blockedBy
      }
      openTransitions {
        ...StageTransitionFields
      }
    }
  }
`);

/** 发展历程: a member's stages, transitions and contacts. */
export const MemberPipelineQuery = graphql(`
  query MemberPipeline($memberId: ID!) {
    memberPipeline(memberId: $memberId) {
      stages {
        stage
        startedOn
        extensionMonths
      }
      transitions {
        ...StageTransitionFields
      }
      contacts {
        memberId
        name
        role
      }
      positions {
        orgName
        title
        termStart
        endedAt
      }
    }
  }
`);

export const RecordMemberStageMutation = graphql(`
  mutation RecordMemberStage($input: RecordMemberStageInput!) {
    recordMemberStage(input: $input) {
      stage
      startedOn
      extensionMonths
    }
  }
`);

export const SetPipelineContactMutation = graphql(`
  mutation SetPipelineContact($input: SetPipelineContactInput!) {
    setPipelineContact(input: $input)
  }
`);

export const ProposeStageTransitionMutation = graphql(`
  mutation ProposeStageTransition($input: ProposeStageTransitionInput!) {
    proposeStageTransition(input: $input) {
      ...StageTransitionFields
    }
  }
`);

export const ObjectToStageTransitionMutation = graphql(`
  mutation ObjectToStageTransition($input: ObjectToStageTransitionInput!) {
    objectToStageTransition(input: $input) {
      id
      status
      objectionCount
    }
  }
`);

export const DecideStageTransitionMutation = graphql(`
  mutation DecideStageTransition($input: DecideStageTransitionInput!) {
    decideStageTransition(input: $input) {
      ...StageTransitionFields
    }
  }
`);

export const WithdrawStageTransitionMutation = graphql(`
  mutation WithdrawStageTransition($input: WithdrawStageTransitionInput!) {
    withdrawStageTransition(input: $input) {
      ...StageTransitionFields
    }
  }
`);
