// Session and identity: logging in, signing up, invitations, passwords, sessions, enterprise settings.
// `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const UpdateTenantSettingsMutation = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      id
      name
      timeZone
      loginAlerts
      secondFactorPolicy
    }
  }
`);

export const LogInMutation = graphql(`
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) {
      viewer {
        tenant {
          slug
          name
        }
      }
    }
  }
`);

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      viewer {
        tenant {
          slug
          name
        }
      }
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      viewer {
        member {
          name
        }
        tenant {
          name
        }
      }
    }
  }
`);

export const LogOutMutation = graphql(`
  mutation LogOut {
    logOut
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      userAgent
      ip
      createdAt
      expiresAt
      current
    }
  }
`);

export const RevokeSessionMutation = graphql(`
  mutation RevokeSession($input: IdInput!) {
    revokeSession(input: $input)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
