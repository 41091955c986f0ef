// 个人信息下载 (PIPL): a member asks for all their personal data as a ZIP the worker produces,
// follows its progress and downloads it; an administrator produces it on a member's request.
// `npm run codegen` types these into src/gql/.
import { graphql } from '../../gql';

export const PersonalDataExportFields = graphql(`
  fragment PersonalDataExportFields on PersonalDataExport {
    id
    status
    progress
    sectionsDone
    sectionsTotal
    requestedBy
    reason
    memberName
    createdAt
    readyAt
    expiresAt
    sizeBytes
    downloadUrl
  }
`);

export const MyPersonalDataExportsQuery = graphql(`
  query MyPersonalDataExports($first: Int!, $after: String) {
    myPersonalDataExports(first: $first, after: $after) {
      edges {
        node {
          ...PersonalDataExportFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const RequestPersonalDataExportMutation = graphql(`
  mutation RequestPersonalDataExport {
    requestPersonalDataExport {
      ...PersonalDataExportFields
    }
  }
`);

export const ExportPersonalDataForMutation = graphql(`
  mutation ExportPersonalDataFor($input: ExportPersonalDataForInput!) {
    exportPersonalDataFor(input: $input) {
      ...PersonalDataExportFields
    }
  }
`);
