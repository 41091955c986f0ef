import type { PersonalDataExportFieldsFragment } from '../../gql/graphql';

/** An export as the API returns it; `patch` overrides fields. */
export function anExport(patch: Partial<PersonalDataExportFieldsFragment> = {}): PersonalDataExportFieldsFragment {
  return {
    __typename: 'PersonalDataExport',
    id: 'pde1',
    status: 'READY',
    progress: 100,
    sectionsDone: ['profile', 'positions'],
    sectionsTotal: 16,
    requestedBy: 'SELF',
    reason: null,
    memberName: '张三',
    createdAt: '2026-12-07T08:00:00Z',
    readyAt: '2026-12-07T08:01:00Z',
    expiresAt: '2026-12-14T08:01:00Z',
    sizeBytes: 2048,
    downloadUrl: '/exports/personal-data/pde1.zip',
    ...patch,
  };
}

/** The `myPersonalDataExports` connection of `items`. */
export function page(items: PersonalDataExportFieldsFragment[]) {
  return {
    myPersonalDataExports: {
      __typename: 'PersonalDataExportConnection',
      edges: items.map((node) => ({ __typename: 'PersonalDataExportEdge', node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    },
  };
}
