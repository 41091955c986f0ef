// 工作概览. `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const DashboardQuery = graphql(`
  query Dashboard {
    dashboard {
      memberTotal
      membersByLine {
        key
        count
      }
      membersByPoliticalStatus {
        key
        count
      }
      organizationsByLine {
        key
        count
      }
    }
  }
`);
