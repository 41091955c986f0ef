// Members: the list, details, editing, invitations and imports. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const MembersQuery = graphql(`
  query Members(
    $first: Int!
    $after: String
    $search: String
    $line: OrgLine
    $organizationId: ID
    $politicalStatus: PoliticalStatus
    $includeDisabled: Boolean
  ) {
    members(
      first: $first
      after: $after
      search: $search
      line: $line
      organizationId: $organizationId
      politicalStatus: $politicalStatus
      includeDisabled: $includeDisabled
    ) {
      edges {
        cursor
        node {
          id
          name
          gender
          status
          hasAccount
          phone
          politicalStatus
          organization {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MemberDetailQuery = graphql(`
  query MemberDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Member {
        name
        gender
        status
        hasAccount
        posts
        phone
        email
        birthDate
        politicalStatus
        createdAt
        profile {
          ethnicity
          ethnicityLabel
          education
          occupation
          partyJoinedOn
          leagueJoinedOn
          unionJoinedOn
        }
        organization {
          id
          name
        }
        partyOrganization {
          id
          name
        }
        unionOrganization {
          id
          name
        }
        youthOrganization {
          id
          name
        }
        department {
          id
          name
        }
      }
    }
  }
`);

export const CreateMemberMutation = graphql(`
  mutation CreateMember($input: MemberInput!) {
    createMember(input: $input) {
      member {
        id
        name
      }
    }
  }
`);

export const UpdateMemberMutation = graphql(`
  mutation UpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      member {
        id
        name
        gender
        phone
        email
        birthDate
        politicalStatus
        posts
      }
    }
  }
`);

export const SetMemberDisabledMutation = graphql(`
  mutation SetMemberDisabled($input: SetMemberDisabledInput!) {
    setMemberDisabled(input: $input) {
      member {
        id
        status
      }
    }
  }
`);

export const InviteMemberMutation = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      invitationUrl
      invitation {
        id
        email
        expiresAt
      }
    }
  }
`);

export const ImportMembersMutation = graphql(`
  mutation ImportMembers($input: ImportMembersInput!) {
    importMembers(input: $input) {
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

export const ProfileCodesQuery = graphql(`
  query ProfileCodes {
    profileCodes {
      ethnicities {
        code
        label
      }
      educations {
        code
        label
      }
      occupations {
        code
        label
      }
    }
  }
`);

export const UpdateMemberProfileMutation = graphql(`
  mutation UpdateMemberProfile($input: UpdateMemberProfileInput!) {
    updateMemberProfile(input: $input) {
      memberId
      ethnicity
      ethnicityLabel
      education
      occupation
      partyJoinedOn
      leagueJoinedOn
      unionJoinedOn
    }
  }
`);
