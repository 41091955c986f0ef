// 脱离组织预警 (membership.lapse). `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const LapseRisksQuery = graphql(`
  query LapseRisks($organizationId: ID!, $line: DuesLine!) {
    lapseRisks(organizationId: $organizationId, line: $line) {
      memberId
      name
      organizationName
      level
      lastOrgLifeAt
      missedMeetings
      unpaidMonths
      lapseMonths
      source
      grounds {
        ground
        months
        since
        stageMonths
        lapsed
      }
    }
  }
`);
