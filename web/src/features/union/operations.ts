// 工会电子会员卡 (union e-member card). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const UnionCardQuery = graphql(`
  query UnionCard {
    unionCard {
      name
      orgName
      tenantName
      code
      expiresAt
    }
  }
`);

export const VerifyUnionCardQuery = graphql(`
  query VerifyUnionCard($code: String!) {
    verifyUnionCard(code: $code) {
      name
      orgName
    }
  }
`);
