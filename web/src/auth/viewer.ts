import { createContext, useContext } from 'react';
import type { ViewerQuery } from '../gql/graphql';

export type Viewer = ViewerQuery['viewer'];

export interface ViewerInfo {
  viewer: Viewer;
  /** Holds `tenant_admin` tenant-wide: may see roles, API keys and the audit log. */
  isAdmin: boolean;
  /** Holds a role that can manage units or members somewhere (admin, org admin, officer). */
  canManage: boolean;
}

export const ViewerContext = createContext<ViewerInfo | null>(null);

export function useViewer(): ViewerInfo {
  const v = useContext(ViewerContext);
  if (!v) throw new Error('useViewer outside the app shell');
  return v;
}

export function viewerInfo(viewer: Viewer): ViewerInfo {
  const roles = viewer.grants.map((g) => g.role);
  const isAdmin = viewer.grants.some((g) => g.role === 'tenant_admin' && g.scope === 'tenant');
  const canManage = isAdmin || roles.some((r) => r === 'org_admin' || r === 'officer' || r === 'integrator');
  return { viewer, isAdmin, canManage };
}
