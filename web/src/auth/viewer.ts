import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = ViewerQuery['viewer'];

export interface ViewerInfo {
  viewer: Viewer;
  /** Whether the viewer holds a tenant-wide permission (`object:act`, from `viewer.permissions`). */
  can: (permission: string) => boolean;
  /**
   * Whether the viewer holds a permission tenant-wide or in at least one org their roles cover
   * (`viewer.permissionsAnywhere`: a branch secretary's `notice:write`), for menus.
   */
  canAnywhere: (permission: string) => boolean;
  /** May read role templates and grants (`role:read`): the roles menu, roles on positions. */
  isAdmin: boolean;
  /** Holds a role that can manage units or members somewhere (admin, org admin, officer). */
  canManage: boolean;
  /** Loads the viewer again (after changing the tenant's settings). */
  refetch: () => void;
}

export const ViewerContext = createContext<ViewerInfo | null>(null);

export function useViewer(): ViewerInfo {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside the app shell');
  return v;
}

export function viewerInfo(viewer: Viewer, refetch: () => void = () => {}): ViewerInfo {
  const perms = new Set(viewer.permissions);
  const can = (permission: string) => perms.has(permission);
  const anywhere = new Set([...viewer.permissions, ...(viewer.permissionsAnywhere ?? [])]);
  const canAnywhere = (permission: string) => anywhere.has(permission);
  const isAdmin = can('role:read');
  // Grants on org sub-trees are not in the tenant-wide permissions: keep reading the roles held.
  const roles = viewer.grants.map((g) => g.role);
  const canManage =
    can('org:write') ||
    can('member:write') ||
    roles.some((r) => r === 'tenant_admin' || r === 'org_admin' || r === 'officer' || r === 'integrator');
  return { viewer, can, canAnywhere, isAdmin, canManage, refetch };
}
