// Public notices (公示) and honours (荣誉). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

/** A 公示 as the lists show it. */
export const PublicityListFields = graphql(`
  fragment PublicityListFields on Publicity {
    id
    kind
    title
    status
    organizationName
    subjectMemberName
    subjectOrganizationName
    windowStart
    windowEnd
    windowOpen
    objectionCount
    canObject
    canHandle
  }
`);

/** A 公示 with everything its page shows. */
export const PublicityFields = graphql(`
  fragment PublicityFields on Publicity {
    ...PublicityListFields
    organizationId
    origin
    body
    bodyFormat
    outcomeNote
    closedAt
    createdAt
    audienceCount
    pendingObjectionCount
    viewerIsSubject
    objections {
      id
      authorName
      anonymous
      mine
      text
      status
      handledNote
      handledAt
      createdAt
    }
  }
`);

export const PublicitiesQuery = graphql(`
  query Publicities($organizationId: ID, $status: PublicityStatus, $first: Int!, $after: String) {
    publicities(organizationId: $organizationId, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PublicityListFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PublicityQuery = graphql(`
  query Publicity($id: ID!) {
    publicity(id: $id) {
      ...PublicityFields
    }
  }
`);

export const PublishPublicityMutation = graphql(`
  mutation PublishPublicity($input: PublishPublicityInput!) {
    publishPublicity(input: $input) {
      publicity {
        id
        status
      }
    }
  }
`);

export const ObjectToPublicityMutation = graphql(`
  mutation ObjectToPublicity($input: ObjectToPublicityInput!) {
    objectToPublicity(input: $input) {
      objection {
        id
        anonymous
        status
      }
    }
  }
`);

export const HandlePublicityObjectionMutation = graphql(`
  mutation HandlePublicityObjection($input: HandlePublicityObjectionInput!) {
    handlePublicityObjection(input: $input) {
      objection {
        id
        status
        handledNote
      }
    }
  }
`);

export const ClosePublicityMutation = graphql(`
  mutation ClosePublicity($input: ClosePublicityInput!) {
    closePublicity(input: $input) {
      publicity {
        ...PublicityFields
      }
    }
  }
`);

/** An honour as lists and the timeline show it. */
export const HonourFields = graphql(`
  fragment HonourFields on Honour {
    id
    kind
    title
    status
    year
    issuer
    citation
    memberId
    memberName
    recipientOrganizationName
    organizationName
    publicityId
    publicityUntil
    createdAt
  }
`);

export const HonoursQuery = graphql(`
  query Honours($organizationId: ID!, $year: Int, $first: Int!, $after: String) {
    honours(organizationId: $organizationId, year: $year, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...HonourFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberHonoursQuery = graphql(`
  query MemberHonours($memberId: ID!) {
    memberHonours(memberId: $memberId) {
      ...HonourFields
    }
  }
`);

export const ProposeHonourMutation = graphql(`
  mutation ProposeHonour($input: ProposeHonourInput!) {
    proposeHonour(input: $input) {
      honour {
        id
        status
        publicityId
      }
    }
  }
`);
