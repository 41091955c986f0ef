//! Study's rows, enums, inputs and views.

use crate::audience::Audience;
use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// What a material is.
    pub enum MaterialKind {
        /// 文章: rich text.
        Article = "ARTICLE",
        /// 视频: a link and its duration.
        Video = "VIDEO",
        /// 文件: an uploaded file.
        File = "FILE",
    }
}

crate::text_enum! {
    /// Where a plan stands.
    pub enum PlanStatus {
        /// 进行中.
        Open = "OPEN",
        /// 已结束.
        Closed = "CLOSED",
    }
}

/// A material.
#[derive(Debug, Clone)]
pub struct MaterialRow {
    /// Id.
    pub id: Uuid,
    /// The owning org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// What it is.
    pub kind: MaterialKind,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// An article's sanitised body.
    pub body: String,
    /// A video's link.
    pub video_url: Option<String>,
    /// A video's duration in seconds.
    pub duration_seconds: Option<i32>,
    /// A file's id.
    pub file_id: Option<Uuid>,
    /// A file's name.
    pub file_name: Option<String>,
    /// Seconds of study that complete it (none: opening does).
    pub required_seconds: Option<i32>,
    /// Archived at.
    pub archived_at: Option<DateTime<Utc>>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// A member's progress on a material.
#[derive(Debug, Clone)]
pub struct ProgressRow {
    /// The material.
    pub material_id: Uuid,
    /// First opened.
    pub opened_at: DateTime<Utc>,
    /// The last credited report.
    pub last_reported_at: DateTime<Utc>,
    /// Seconds credited.
    pub seconds: i32,
    /// Completed.
    pub completed_at: Option<DateTime<Utc>>,
}

/// A material with what the viewer may do and their progress.
#[derive(Debug, Clone)]
pub struct MaterialView {
    /// The material.
    pub material: MaterialRow,
    /// The viewer's progress.
    pub progress: Option<ProgressRow>,
    /// The viewer may edit and archive it.
    pub manage: bool,
}

/// A new or changed material.
#[derive(Debug, Clone)]
pub struct MaterialInput {
    /// The owning org (ignored on update).
    pub org_id: Uuid,
    /// What it is (ignored on update).
    pub kind: MaterialKind,
    /// Title, 1–100 characters.
    pub title: String,
    /// Summary, at most 500.
    pub summary: String,
    /// An article's body (rich text, cleaned).
    pub body: String,
    /// A video's https link.
    pub video_url: Option<String>,
    /// A video's duration, 1–86,400 seconds.
    pub duration_seconds: Option<i32>,
    /// A file the author uploaded (ignored on update).
    pub file_id: Option<Uuid>,
    /// Seconds that complete it, 1–86,400, or none.
    pub required_seconds: Option<i32>,
}

/// A course.
#[derive(Debug, Clone)]
pub struct CourseRow {
    /// Id.
    pub id: Uuid,
    /// The owning org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Its materials, in order.
    pub material_ids: Vec<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// A new or changed course.
#[derive(Debug, Clone)]
pub struct CourseInput {
    /// The owning org (ignored on update).
    pub org_id: Uuid,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Its materials in order (1–100, of the same tenant).
    pub material_ids: Vec<Uuid>,
}

/// A plan.
#[derive(Debug, Clone)]
pub struct PlanRow {
    /// Id.
    pub id: Uuid,
    /// The assigning org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Who it is assigned to, as chosen.
    pub audience: serde_json::Value,
    /// Deadline.
    pub deadline: DateTime<Utc>,
    /// Where it stands.
    pub status: PlanStatus,
    /// Closed at.
    pub closed_at: Option<DateTime<Utc>>,
    /// Who assigned it.
    pub created_by: Option<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Members assigned.
    pub assigned: i64,
    /// Members who completed every material.
    pub completed: i64,
}

/// An item of a plan: a material or a course.
#[derive(Debug, Clone)]
pub struct PlanItemRow {
    /// Position.
    pub position: i32,
    /// The material.
    pub material_id: Option<Uuid>,
    /// The course.
    pub course_id: Option<Uuid>,
    /// Its title.
    pub title: String,
}

/// A plan's item as chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanItemInput {
    /// A material.
    Material(Uuid),
    /// A course.
    Course(Uuid),
}

/// A new or changed plan.
#[derive(Debug, Clone)]
pub struct PlanInput {
    /// The assigning org (ignored on update).
    pub org_id: Uuid,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Who it is assigned to.
    pub audience: Audience,
    /// Deadline.
    pub deadline: DateTime<Utc>,
    /// Items in order.
    pub items: Vec<PlanItemInput>,
}

/// A plan as the viewer sees it.
#[derive(Debug, Clone)]
pub struct PlanView {
    /// The plan.
    pub plan: PlanRow,
    /// Its items.
    pub items: Vec<PlanItemRow>,
    /// Its materials expanded (courses opened up), in order, with their titles and reading time.
    pub materials: Vec<(Uuid, String, Option<i32>)>,
    /// The viewer's progress on them.
    pub progress: Vec<ProgressRow>,
    /// Whether the viewer is assigned.
    pub assigned: bool,
    /// The viewer may see the completion board.
    pub officer: bool,
    /// The viewer may edit, close and remind.
    pub manage: bool,
}

impl PlanView {
    /// How many of the plan's materials the viewer completed.
    pub fn done(&self) -> usize {
        self.materials
            .iter()
            .filter(|(m, _, _)| {
                self.progress
                    .iter()
                    .any(|p| p.material_id == *m && p.completed_at.is_some())
            })
            .count()
    }

    /// Where the viewer continues: the incomplete material they studied last, else the first
    /// incomplete one.
    pub fn next(&self) -> Option<Uuid> {
        let incomplete: Vec<Uuid> = self
            .materials
            .iter()
            .map(|(m, _, _)| *m)
            .filter(|m| {
                !self
                    .progress
                    .iter()
                    .any(|p| p.material_id == *m && p.completed_at.is_some())
            })
            .collect();
        self.progress
            .iter()
            .filter(|p| p.completed_at.is_none() && incomplete.contains(&p.material_id))
            .max_by_key(|p| p.last_reported_at)
            .map(|p| p.material_id)
            .or_else(|| incomplete.first().copied())
    }
}

/// Completion of a plan in one org.
#[derive(Debug, Clone)]
pub struct OrgCompletion {
    /// The org (none: members without a placement).
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: String,
    /// Members assigned.
    pub assigned: i64,
    /// Members who completed.
    pub completed: i64,
}

/// One member's completion of a plan.
#[derive(Debug, Clone)]
pub struct PersonCompletion {
    /// The member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// Their org's name.
    pub org_name: String,
    /// Materials completed.
    pub done: i64,
    /// Materials in the plan.
    pub total: i64,
    /// Seconds credited on the plan's materials.
    pub seconds: i64,
    /// Last studied.
    pub last_studied_at: Option<DateTime<Utc>>,
}

impl PersonCompletion {
    /// Whether every material is complete.
    pub fn completed(&self) -> bool {
        self.done >= self.total
    }
}

/// A plan's completion board.
#[derive(Debug, Clone)]
pub struct CompletionBoard {
    /// Members assigned (within the org asked for).
    pub assigned: i64,
    /// Members who completed.
    pub completed: i64,
    /// Per org.
    pub orgs: Vec<OrgCompletion>,
}

/// A 心得.
#[derive(Debug, Clone)]
pub struct NoteRow {
    /// Id.
    pub id: Uuid,
    /// The material.
    pub material_id: Uuid,
    /// The author.
    pub member_id: Uuid,
    /// Their name.
    pub member_name: String,
    /// Text.
    pub body: String,
    /// Shared with those who may see the material.
    pub shared: bool,
    /// Written.
    pub created_at: DateTime<Utc>,
    /// Last edited.
    pub updated_at: DateTime<Utc>,
}
