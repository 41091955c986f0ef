//! Study (学习): materials, courses, study plans, each member's progress, and study notes (心得).
//!
//! An org's officer (`study` write) publishes materials — an article (sanitised rich text), a
//! video link (an https URL and its duration; nothing is hosted) or an uploaded file — each
//! optionally asking for a reading time, groups them into courses, and assigns study plans to
//! an [`Audience`](crate::audience::Audience) (the org, its sub-tree, lines) with a deadline and
//! a list of materials and courses. Who a plan is assigned to is frozen into `study_assignee`
//! when it is created (and re-resolved when its audience changes); they are told (`STUDY`).
//!
//! A member opens a material and the client reports the time spent with heartbeats
//! ([`record_time`]); the server credits at most the wall-clock time since the previous report
//! ([`rules::credit`]), under the progress row's lock, and completes the material when the
//! required seconds are reached — on opening (or an explicit finish) when none are required.
//! A completion earns points through [`crate::points::earn`] in the same transaction; a
//! repeated completion never pays twice (the progress row says it is done, and the ledger's
//! unique event key).
//!
//! Officers (`study` read at the plan's org) see completion by org and by person and export
//! it; those with `write` remind the incomplete in one click. The worker reminds them three
//! days and one day before the deadline ([`DUE_TASK`]). A reminder is written at most once per
//! member, plan and Beijing day, whoever asks. A 心得 is one note per member per material,
//! private or shared with everyone who may see the material.

pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::{
    CompletionBoard, CourseInput, CourseRow, MaterialInput, MaterialKind, MaterialRow,
    MaterialView, NoteRow, OrgCompletion, PersonCompletion, PlanInput, PlanItemInput, PlanItemRow,
    PlanRow, PlanStatus, PlanView, ProgressRow,
};
pub use service::{
    archive_material, close_plan, completion, completion_people, course_list, course_materials,
    create_course, create_material, create_plan, export_xlsx, finish, material, material_list,
    may_manage_course, my_plans, notes, open, plan, plan_list, record_time, remind, run_due,
    save_note, update_course, update_material, update_plan,
};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The worker task that reminds a plan's incomplete members before its deadline.
pub const DUE_TASK: &str = "study_due";
/// The notification kind (and category) of study.
pub const NOTIFICATION_KIND: &str = "STUDY";

/// Payload of [`DUE_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DueJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// The plan.
    pub plan_id: Uuid,
}
