import type { OrgKind, OrgLine, OrganizationsQuery } from '../gql/graphql';

export type Org = OrganizationsQuery['organizations']['edges'][number]['node'];

export const LINES: OrgLine[] = ['PARTY', 'UNION', 'YOUTH', 'ADMIN', 'GRID'];

export const KINDS: OrgKind[] = [
  'PARTY_COMMITTEE',
  'PARTY_GENERAL_BRANCH',
  'PARTY_BRANCH',
  'PARTY_GROUP',
  'UNION_COMMITTEE',
  'UNION_BRANCH',
  'UNION_GROUP',
  'YOUTH_COMMITTEE',
  'YOUTH_BRANCH',
  'DEPARTMENT',
  'GRID',
];

/** The kinds that may stand directly under a parent (mirrors core/src/org/rules.rs). */
const CHILDREN: Record<OrgKind, OrgKind[]> = {
  PARTY_COMMITTEE: ['PARTY_COMMITTEE', 'PARTY_GENERAL_BRANCH', 'PARTY_BRANCH'],
  PARTY_GENERAL_BRANCH: ['PARTY_BRANCH'],
  PARTY_BRANCH: ['PARTY_GROUP'],
  PARTY_GROUP: [],
  UNION_COMMITTEE: ['UNION_COMMITTEE', 'UNION_BRANCH', 'UNION_GROUP'],
  UNION_BRANCH: ['UNION_GROUP'],
  UNION_GROUP: [],
  YOUTH_COMMITTEE: ['YOUTH_COMMITTEE', 'YOUTH_BRANCH'],
  YOUTH_BRANCH: [],
  DEPARTMENT: ['DEPARTMENT'],
  GRID: ['GRID'],
};

const TOP_LEVEL: Record<OrgLine, OrgKind> = {
  PARTY: 'PARTY_COMMITTEE',
  UNION: 'UNION_COMMITTEE',
  YOUTH: 'YOUTH_COMMITTEE',
  ADMIN: 'DEPARTMENT',
  GRID: 'GRID',
};

const PREFERRED_CHILD: Partial<Record<OrgKind, OrgKind>> = {
  PARTY_COMMITTEE: 'PARTY_BRANCH',
  PARTY_GENERAL_BRANCH: 'PARTY_BRANCH',
  PARTY_BRANCH: 'PARTY_GROUP',
  UNION_COMMITTEE: 'UNION_BRANCH',
  UNION_BRANCH: 'UNION_GROUP',
  YOUTH_COMMITTEE: 'YOUTH_BRANCH',
};

/** Kinds a new unit may have: under `parent`, or at the top of `line`. */
export function allowedKinds(line: OrgLine, parent: OrgKind | null): OrgKind[] {
  if (!parent) return KINDS.filter((k) => lineOfKind(k) === line);
  return CHILDREN[parent];
}

/** The kind the server would choose when none is given. */
export function defaultKind(line: OrgLine, parent: OrgKind | null): OrgKind | null {
  if (!parent) return TOP_LEVEL[line];
  const preferred = PREFERRED_CHILD[parent] ?? parent;
  return CHILDREN[parent].includes(preferred) ? preferred : null;
}

export function lineOfKind(kind: OrgKind): OrgLine {
  if (kind.startsWith('PARTY_')) return 'PARTY';
  if (kind.startsWith('UNION_')) return 'UNION';
  if (kind.startsWith('YOUTH_')) return 'YOUTH';
  if (kind === 'DEPARTMENT') return 'ADMIN';
  return 'GRID';
}

export function parentPath(path: string): string | null {
  const i = path.lastIndexOf('.');
  return i < 0 ? null : path.slice(0, i);
}

export interface OrgNode {
  org: Org;
  children: OrgNode[];
}

/** Builds the forest from units in tree order (parents before children), keyed by path. */
export function buildForest(orgs: Org[]): OrgNode[] {
  const byPath = new Map<string, OrgNode>();
  const roots: OrgNode[] = [];
  for (const org of orgs) {
    const node: OrgNode = { org, children: [] };
    byPath.set(org.path, node);
    const pp = parentPath(org.path);
    const parent = pp ? byPath.get(pp) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Whether `candidate` is `org` itself or inside its sub-tree. */
export function isSelfOrDescendant(org: Org, candidate: Org): boolean {
  return candidate.path === org.path || candidate.path.startsWith(org.path + '.');
}

// ---- The viewer's units ----------------------------------------------------------------------

/** Units highest first, then by path. */
export function highestFirst<O extends { path: string; depth: number }>(orgs: readonly O[]): O[] {
  return [...orgs].sort((a, b) => a.depth - b.depth || a.path.localeCompare(b.path));
}

/** The units a viewer's grants cover (their org paths), leaving out the base role held by everyone. */
export function grantPaths(grants: readonly { role: string; scope: string }[]): string[] {
  return grants.filter((g) => g.role !== 'member' && g.scope !== 'tenant').map((g) => g.scope);
}

/** Of `orgs` (in their order), the first a grant covers, else the first under one; null when none is. */
export function firstGrantedOrg<O extends { path: string }>(orgs: readonly O[], grants: readonly { role: string; scope: string }[]): O | null {
  const paths = grantPaths(grants);
  return orgs.find((o) => paths.includes(o.path)) ?? orgs.find((o) => paths.some((p) => o.path.startsWith(`${p}.`))) ?? null;
}
