// Statutory rules. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const RulesQuery = graphql(`
  query Rules {
    rules {
      key
      area
      title
      source
      defaultParams
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

export const OverrideRuleMutation = graphql(`
  mutation OverrideRule($input: OverrideRuleInput!) {
    overrideRule(input: $input) {
      key
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);

export const ResetRuleMutation = graphql(`
  mutation ResetRule($input: ResetRuleInput!) {
    resetRule(input: $input) {
      key
      effectiveParams
      effectiveSource
      overridden
      overriddenAt
    }
  }
`);
