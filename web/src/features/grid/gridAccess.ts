import type { ViewerInfo } from '../../auth/viewer';

/** Reading a grid's cases, board and statistics (at the org's scope). */
export const GRID_READ = 'grid:read';
/** Handling cases assigned to an org, and reporting on supervision tasks. */
export const GRID_HANDLE = 'grid:handle';

/** Whether to offer 任务看板, 事件列表 and 统计分析: `grid:read` somewhere (the server decides per org). */
export function canSuperviseGrids(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(GRID_READ);
}

/** Whether to offer 督办任务: who supervises grids, or handles cases for an org. */
export function canSeeSupervisionTasks(info: Pick<ViewerInfo, 'canAnywhere'>): boolean {
  return info.canAnywhere(GRID_READ) || info.canAnywhere(GRID_HANDLE);
}
