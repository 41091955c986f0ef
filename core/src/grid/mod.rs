//! Grid supervision (网格化管理与督办): grids and who answers for them (定人定岗定责), cases
//! that walk the seven steps (采集 → 立案 → 派遣 → 处置 → 反馈 → 核查结案 → 评价) with SLA
//! timers from the `grid.case` rule, supervision tasks sent to sub-orgs, and the live board.
//!
//! A grid is an org unit on the GRID line. Who may do what is Casbin's `grid` object at the
//! grid's place: `read` (boards, statistics, every case), `write` (accept, cancel, dispatch,
//! verify, tasks, assignments), `handle` (work cases dispatched to an org in scope), `extend`
//! (deadlines later than the SLA). A member sees the cases they reported or were dispatched.
//! Timers are due items of the reminder engine; this module registers their handlers.

pub mod access;
pub mod assignment;
mod assignment_store;
pub mod board;
mod board_store;
pub mod case;
pub(crate) mod case_store;
pub mod events;
pub mod model;
pub mod rules;
pub mod sla;
pub mod stats;
pub(crate) mod stats_store;
pub mod task;
mod task_store;

pub use access::{CaseAccess, CaseView};
pub use assignment::{AssignmentView, NewAssignment};
pub use case::{Dispatch, EventView, ListArgs, Location, NewCase};
pub use model::{
    AssignmentRole, AssignmentRow, CaseEventKind, CaseEventRow, CaseRow, CaseState, Category,
    TaskEventKind, TaskRow, TaskTargetRow, TaskTargetState,
};
