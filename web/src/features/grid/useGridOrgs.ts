import { useMemo } from 'react';
import { useAllOrganizations } from '../../lib/useAllOrganizations';
import type { Org } from '../../lib/orgs';

/**
 * The tenant's units for the supervisor pages: every unit (a task may target any), the GRID-line
 * ones, and a default org to supervise — the highest GRID-line unit.
 */
export function useGridOrgs() {
  const all = useAllOrganizations(null);
  return useMemo(() => {
    const grids = all.orgs.filter((o) => o.line === 'GRID');
    const top = [...grids].sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'zh-CN'))[0] ?? null;
    /** GRID-line units at or under `orgId` (by path). */
    const gridsUnder = (orgId: string | null): Org[] => {
      const root = all.orgs.find((o) => o.id === orgId);
      if (!root) return grids;
      return grids.filter((g) => g.path === root.path || g.path.startsWith(`${root.path}.`));
    };
    return { orgs: all.orgs, grids, defaultOrgId: top?.id ?? null, gridsUnder, loading: all.loading, error: all.error };
  }, [all.orgs, all.loading, all.error]);
}
