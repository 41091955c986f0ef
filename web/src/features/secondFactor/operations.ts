// Second factor (两步验证): the viewer's status, TOTP enrolment, disabling, new recovery codes.
// `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const SecondFactorStatusQuery = graphql(`
  query SecondFactorStatus {
    viewer {
      secondFactor {
        enabled
        enabledAt
        recoveryCodesLeft
        required
      }
    }
  }
`);

export const BeginTotpEnrolmentMutation = graphql(`
  mutation BeginTotpEnrolment {
    beginTotpEnrolment {
      secret
      otpauthUri
    }
  }
`);

export const ConfirmTotpEnrolmentMutation = graphql(`
  mutation ConfirmTotpEnrolment($input: ConfirmTotpEnrolmentInput!) {
    confirmTotpEnrolment(input: $input)
  }
`);

export const DisableTotpMutation = graphql(`
  mutation DisableTotp($input: DisableTotpInput!) {
    disableTotp(input: $input)
  }
`);

export const RegenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($input: RegenerateRecoveryCodesInput!) {
    regenerateRecoveryCodes(input: $input)
  }
`);
