//! Study (学习) over GraphQL: materials, courses and plans (officers), the member's plans with
//! their progress, heartbeats that credit study time, completion boards, reminders and 心得.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    notice::AudienceOrgInput,
    types::{OrgLine, PageInfo},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    AppError,
    audience::{Audience, AudienceOrg},
    org::model::Line,
    page::{Page, PageArgs, encode_cursor},
    study::{
        self, CompletionBoard, CourseInput, CourseRow, MaterialInput, MaterialView, NoteRow,
        PersonCompletion, PlanInput, PlanItemInput, PlanView, ProgressRow,
    },
};
use uuid::Uuid;

/// What a material is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::study::MaterialKind")]
pub enum StudyMaterialKind {
    /// 文章: rich text.
    Article,
    /// 视频: an https link and its duration (nothing is hosted).
    Video,
    /// 文件: an uploaded file.
    File,
}

/// Where a plan stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::study::PlanStatus")]
pub enum StudyPlanStatus {
    /// 进行中.
    Open,
    /// 已结束.
    Closed,
}

/// A member's progress on a material.
pub struct StudyProgress(pub ProgressRow);

/// A member's progress on a material: opened, seconds credited (never more than the wall-clock
/// time between reports), completed.
#[Object]
impl StudyProgress {
    /// First opened.
    async fn opened_at(&self) -> DateTime<Utc> {
        self.0.opened_at
    }
    /// Seconds of study credited.
    async fn seconds(&self) -> i32 {
        self.0.seconds
    }
    /// Completed at (null: not yet).
    async fn completed_at(&self) -> Option<DateTime<Utc>> {
        self.0.completed_at
    }
    /// Whether it is complete.
    async fn completed(&self) -> bool {
        self.0.completed_at.is_some()
    }
    /// The last credited report.
    async fn last_studied_at(&self) -> DateTime<Utc> {
        self.0.last_reported_at
    }
}

/// A study material as the viewer sees it.
pub struct StudyMaterial {
    /// The material with the viewer's progress.
    pub view: MaterialView,
    /// A file's download link (on `studyMaterial` only).
    pub file_url: Option<String>,
}

/// A study material (学习资料): an article, a video link or a file, owned by an org, optionally
/// asking for a reading time.
#[Object]
impl StudyMaterial {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::StudyMaterial, self.view.material.id)
    }
    /// The owning org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.view.material.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.view.material.org_name
    }
    /// What it is.
    async fn kind(&self) -> StudyMaterialKind {
        self.view.material.kind.into()
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.view.material.title
    }
    /// Summary.
    async fn summary(&self) -> &str {
        &self.view.material.summary
    }
    /// An article's body: sanitised HTML.
    async fn body(&self) -> &str {
        &self.view.material.body
    }
    /// A video's https link.
    async fn video_url(&self) -> Option<&str> {
        self.view.material.video_url.as_deref()
    }
    /// A video's duration in seconds.
    async fn duration_seconds(&self) -> Option<i32> {
        self.view.material.duration_seconds
    }
    /// A file's name.
    async fn file_name(&self) -> Option<&str> {
        self.view.material.file_name.as_deref()
    }
    /// A file's download link, valid five minutes (on `studyMaterial` only; null in lists).
    async fn file_url(&self) -> Option<&str> {
        self.file_url.as_deref()
    }
    /// Seconds of study that complete it (null: opening completes it).
    async fn required_seconds(&self) -> Option<i32> {
        self.view.material.required_seconds
    }
    /// Archived at (no longer offered for new courses and plans).
    async fn archived_at(&self) -> Option<DateTime<Utc>> {
        self.view.material.archived_at
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.view.material.created_at
    }
    /// Last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.view.material.updated_at
    }
    /// The viewer's progress (null: never opened).
    async fn my_progress(&self) -> Option<StudyProgress> {
        self.view.progress.clone().map(StudyProgress)
    }
    /// Whether the viewer may edit and archive it.
    async fn viewer_can_manage(&self) -> bool {
        self.view.manage
    }
}

/// A course (课程): materials in order.
pub struct StudyCourse(pub CourseRow);

/// A course (课程): materials of an org grouped in order.
#[Object]
impl StudyCourse {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::StudyCourse, self.0.id)
    }
    /// The owning org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.org_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Summary.
    async fn summary(&self) -> &str {
        &self.0.summary
    }
    /// Its materials' ids, in order.
    async fn material_ids(&self) -> Vec<ID> {
        self.0
            .material_ids
            .iter()
            .map(|m| encode(NodeType::StudyMaterial, *m))
            .collect()
    }
    /// Whether the viewer may edit it (`study` write at its org).
    async fn viewer_can_manage(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        study::may_manage_course(&c, app(ctx), &self.0).await.gql()
    }
    /// Its materials the viewer may see, in order.
    async fn materials(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<StudyMaterial>> {
        let c = tenant(ctx)?;
        Ok(study::course_materials(&c, app(ctx), &self.0)
            .await
            .gql()?
            .into_iter()
            .map(|view| StudyMaterial {
                view,
                file_url: None,
            })
            .collect())
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An item of a plan: a material or a course.
#[derive(SimpleObject)]
pub struct StudyPlanItem {
    /// Position, from 0.
    pub position: i32,
    /// The material (null for a course).
    pub material_id: Option<ID>,
    /// The course (null for a material).
    pub course_id: Option<ID>,
    /// Its title.
    pub title: String,
}

/// A material of a plan (courses opened up), with the viewer's progress.
#[derive(SimpleObject)]
pub struct StudyPlanMaterial {
    /// The material.
    pub material_id: ID,
    /// Its title.
    pub title: String,
    /// Seconds that complete it (null: opening does).
    pub required_seconds: Option<i32>,
    /// The viewer's seconds credited.
    pub seconds: i32,
    /// Whether the viewer completed it.
    pub completed: bool,
}

/// A study plan as the viewer sees it.
pub struct StudyPlan(pub PlanView);

/// A study plan (学习计划): materials and courses assigned by an org to an audience with a
/// deadline.
#[Object]
impl StudyPlan {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::StudyPlan, self.0.plan.id)
    }
    /// The assigning org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.plan.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.plan.org_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.plan.title
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.plan.description
    }
    /// Deadline.
    async fn deadline(&self) -> DateTime<Utc> {
        self.0.plan.deadline
    }
    /// Where it stands.
    async fn status(&self) -> StudyPlanStatus {
        self.0.plan.status.into()
    }
    /// Closed at.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.plan.closed_at
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.plan.created_at
    }
    /// Who it is assigned to, as chosen (officers only; null for others): `orgs` with
    /// `orgId`/`includeSubtree`, `lines`.
    async fn audience(&self) -> Option<async_graphql::Json<serde_json::Value>> {
        self.0
            .officer
            .then(|| async_graphql::Json(self.0.plan.audience.clone()))
    }
    /// Members assigned.
    async fn assigned_count(&self) -> i64 {
        self.0.plan.assigned
    }
    /// Members who completed every material.
    async fn completed_count(&self) -> i64 {
        self.0.plan.completed
    }
    /// Its items in order.
    async fn items(&self) -> Vec<StudyPlanItem> {
        self.0
            .items
            .iter()
            .map(|i| StudyPlanItem {
                position: i.position,
                material_id: i.material_id.map(|m| encode(NodeType::StudyMaterial, m)),
                course_id: i.course_id.map(|c| encode(NodeType::StudyCourse, c)),
                title: i.title.clone(),
            })
            .collect()
    }
    /// Its materials with courses opened up, in order, with the viewer's progress.
    async fn materials(&self) -> Vec<StudyPlanMaterial> {
        self.0
            .materials
            .iter()
            .map(|(id, title, required)| {
                let p = self.0.progress.iter().find(|p| p.material_id == *id);
                StudyPlanMaterial {
                    material_id: encode(NodeType::StudyMaterial, *id),
                    title: title.clone(),
                    required_seconds: *required,
                    seconds: p.map_or(0, |p| p.seconds),
                    completed: p.is_some_and(|p| p.completed_at.is_some()),
                }
            })
            .collect()
    }
    /// How many of its materials the viewer completed.
    async fn my_completed(&self) -> i32 {
        i32::try_from(self.0.done()).unwrap_or(i32::MAX)
    }
    /// How many materials it holds.
    async fn material_count(&self) -> i32 {
        i32::try_from(self.0.materials.len()).unwrap_or(i32::MAX)
    }
    /// Where the viewer continues (继续学习): the incomplete material studied last, else the
    /// first incomplete one; null when all are complete.
    async fn continue_material_id(&self) -> Option<ID> {
        self.0.next().map(|m| encode(NodeType::StudyMaterial, m))
    }
    /// Whether the viewer is assigned it.
    async fn viewer_assigned(&self) -> bool {
        self.0.assigned
    }
    /// Whether the viewer may see its completion board and export it.
    async fn viewer_is_officer(&self) -> bool {
        self.0.officer
    }
    /// Whether the viewer may edit, close and remind.
    async fn viewer_can_manage(&self) -> bool {
        self.0.manage
    }
    /// The completion list as .xlsx (officers; null for others).
    async fn export_url(&self) -> Option<String> {
        self.0.officer.then(|| {
            format!(
                "/export/study-completion.xlsx?plan={}",
                encode(NodeType::StudyPlan, self.0.plan.id).0
            )
        })
    }
}

/// A plan's completion in one org.
#[derive(SimpleObject)]
pub struct StudyOrgCompletion {
    /// The org (null: members without a placement).
    pub organization_id: Option<ID>,
    /// Its name.
    pub organization_name: String,
    /// Members assigned.
    pub assigned: i64,
    /// Members who completed every material.
    pub completed: i64,
}

/// One member's completion of a plan.
#[derive(SimpleObject)]
pub struct StudyPersonCompletion {
    /// The member.
    pub member_id: ID,
    /// Name.
    pub member_name: String,
    /// Their org's name.
    pub organization_name: String,
    /// Materials completed.
    pub completed_items: i64,
    /// Materials in the plan.
    pub total_items: i64,
    /// Seconds credited on the plan's materials.
    pub seconds: i64,
    /// Last studied.
    pub last_studied_at: Option<DateTime<Utc>>,
    /// Whether every material is complete.
    pub completed: bool,
}

impl From<PersonCompletion> for StudyPersonCompletion {
    fn from(p: PersonCompletion) -> Self {
        Self {
            member_id: encode(NodeType::Member, p.member_id),
            completed: p.completed(),
            member_name: p.member_name,
            organization_name: p.org_name,
            completed_items: p.done,
            total_items: p.total,
            seconds: p.seconds,
            last_studied_at: p.last_studied_at,
        }
    }
}

/// A 心得 as the viewer sees it.
pub struct StudyNote {
    /// The note.
    pub row: NoteRow,
    /// The viewer.
    pub viewer: Option<Uuid>,
}

/// A study note (心得): one per member per material, private or shared with everyone who may
/// see the material.
#[Object]
impl StudyNote {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::StudyNote, self.row.id)
    }
    /// The material.
    async fn material_id(&self) -> ID {
        encode(NodeType::StudyMaterial, self.row.material_id)
    }
    /// The author.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.row.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.row.member_name
    }
    /// Text.
    async fn body(&self) -> &str {
        &self.row.body
    }
    /// Shared with those who may see the material.
    async fn shared(&self) -> bool {
        self.row.shared
    }
    /// Whether the viewer wrote it (and may edit it).
    async fn mine(&self) -> bool {
        self.viewer == Some(self.row.member_id)
    }
    /// Written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }
    /// Last edited.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.row.updated_at
    }
}

macro_rules! connection {
    ($conn:ident, $edge:ident, $node:ty, $what:literal) => {
        #[doc = concat!("A page of ", $what, ".")]
        #[derive(SimpleObject)]
        pub struct $conn {
            /// The items.
            pub edges: Vec<$edge>,
            /// Paging.
            pub page_info: PageInfo,
        }

        #[doc = concat!("One of ", $what, ".")]
        #[derive(SimpleObject)]
        pub struct $edge {
            /// The item.
            pub node: $node,
            /// Its cursor.
            pub cursor: String,
        }

        impl $conn {
            fn build<T>(
                page: Page<T>,
                key: impl Fn(&T) -> Uuid,
                node: impl Fn(T) -> $node,
            ) -> Self {
                let edges: Vec<$edge> = page
                    .items
                    .into_iter()
                    .map(|t| $edge {
                        cursor: encode_cursor(&key(&t).to_string()),
                        node: node(t),
                    })
                    .collect();
                let end_cursor = edges.last().map(|e| e.cursor.clone());
                Self {
                    edges,
                    page_info: PageInfo {
                        has_next_page: page.has_next,
                        end_cursor,
                    },
                }
            }
        }
    };
}

connection!(
    StudyMaterialConnection,
    StudyMaterialEdge,
    StudyMaterial,
    "study materials"
);
connection!(
    StudyCourseConnection,
    StudyCourseEdge,
    StudyCourse,
    "courses"
);
connection!(StudyPlanConnection, StudyPlanEdge, StudyPlan, "study plans");
connection!(
    StudyPersonConnection,
    StudyPersonEdge,
    StudyPersonCompletion,
    "members' completion"
);
connection!(StudyNoteConnection, StudyNoteEdge, StudyNote, "study notes");

/// A plan's completion board: totals, per org, and per person (paginated).
#[derive(SimpleObject)]
pub struct StudyPlanCompletion {
    /// Members assigned (within the org asked for).
    pub assigned: i64,
    /// Members who completed every material.
    pub completed: i64,
    /// Per org.
    pub organizations: Vec<StudyOrgCompletion>,
    /// Per person, by member.
    pub people: StudyPersonConnection,
}

fn board(b: CompletionBoard, people: Page<PersonCompletion>) -> StudyPlanCompletion {
    StudyPlanCompletion {
        assigned: b.assigned,
        completed: b.completed,
        organizations: b
            .orgs
            .into_iter()
            .map(|o| StudyOrgCompletion {
                organization_id: o.org_id.map(|i| encode(NodeType::Organization, i)),
                organization_name: o.org_name,
                assigned: o.assigned,
                completed: o.completed,
            })
            .collect(),
        people: StudyPersonConnection::build(people, |p| p.member_id, Into::into),
    }
}

/// Who a plan is assigned to: members placed in the chosen orgs (sub-trees when asked),
/// narrowed to lines when given. Frozen when the plan is created or changed.
#[derive(InputObject, Default)]
pub struct StudyAudienceInput {
    /// Orgs, each with or without its sub-tree.
    #[graphql(default)]
    pub orgs: Vec<AudienceOrgInput>,
    /// Only members of these lines (with no orgs: the whole tenant's, which needs tenant-wide
    /// rights).
    #[graphql(default)]
    pub lines: Vec<OrgLine>,
}

impl StudyAudienceInput {
    fn into_core(self) -> async_graphql::Result<Audience> {
        Ok(Audience {
            orgs: self
                .orgs
                .iter()
                .map(|o| {
                    decode(NodeType::Organization, &o.org_id)
                        .map(|org_id| AudienceOrg {
                            org_id,
                            include_subtree: o.include_subtree,
                        })
                        .map_err(|_| AppError::field("audience", "所选组织不存在"))
                })
                .collect::<Result<Vec<_>, _>>()
                .gql()?,
            lines: self
                .lines
                .into_iter()
                .map(|l| Line::from(l).code().to_string())
                .collect(),
            ..Audience::default()
        })
    }
}

/// One item of a plan: exactly one of a material and a course.
#[derive(InputObject)]
pub struct StudyPlanItemInput {
    /// A material.
    pub material_id: Option<ID>,
    /// A course.
    pub course_id: Option<ID>,
}

fn items(list: Vec<StudyPlanItemInput>) -> async_graphql::Result<Vec<PlanItemInput>> {
    list.into_iter()
        .map(|i| match (i.material_id, i.course_id) {
            (Some(m), None) => Ok(PlanItemInput::Material(
                decode(NodeType::StudyMaterial, &m).gql()?,
            )),
            (None, Some(c)) => Ok(PlanItemInput::Course(
                decode(NodeType::StudyCourse, &c).gql()?,
            )),
            _ => Err(AppError::field(
                "items",
                "每一项须且只能选择一份资料或一门课程",
            ))
            .gql(),
        })
        .collect()
}

/// Input of `createStudyMaterial`.
#[derive(InputObject)]
pub struct CreateStudyMaterialInput {
    /// The owning org (`study` write there).
    pub org_id: ID,
    /// What it is.
    pub kind: StudyMaterialKind,
    /// Title, 1–100 characters.
    pub title: String,
    /// Summary, at most 500.
    #[graphql(default)]
    pub summary: String,
    /// An article's body (rich text; cleaned).
    #[graphql(default)]
    pub body: String,
    /// A video's https link.
    pub video_url: Option<String>,
    /// A video's duration, 1–86,400 seconds.
    pub duration_seconds: Option<i32>,
    /// A file the author uploaded (READY).
    pub file_id: Option<ID>,
    /// Seconds of study that complete it, 1–86,400 (null: opening completes it).
    pub required_seconds: Option<i32>,
}

/// Input of `updateStudyMaterial` (its kind, org and file stay).
#[derive(InputObject)]
pub struct UpdateStudyMaterialInput {
    /// The material.
    pub material_id: ID,
    /// Title.
    pub title: String,
    /// Summary.
    #[graphql(default)]
    pub summary: String,
    /// An article's body.
    #[graphql(default)]
    pub body: String,
    /// A video's link.
    pub video_url: Option<String>,
    /// A video's duration.
    pub duration_seconds: Option<i32>,
    /// Seconds that complete it.
    pub required_seconds: Option<i32>,
}

/// Input naming a material.
#[derive(InputObject)]
pub struct StudyMaterialIdInput {
    /// The material.
    pub material_id: ID,
}

/// Input of `recordStudyTime`: a heartbeat.
#[derive(InputObject)]
pub struct RecordStudyTimeInput {
    /// The material.
    pub material_id: ID,
    /// Seconds studied since the last report, 1–300 (clients report every 15–30 s); the server
    /// credits at most the time elapsed since its previous credited report.
    pub seconds: i32,
}

/// A material after a change.
#[derive(SimpleObject)]
pub struct StudyMaterialPayload {
    /// The material.
    pub material: StudyMaterial,
}

/// Input of `createStudyCourse`.
#[derive(InputObject)]
pub struct CreateStudyCourseInput {
    /// The owning org.
    pub org_id: ID,
    /// Title.
    pub title: String,
    /// Summary.
    #[graphql(default)]
    pub summary: String,
    /// Materials in order (1–100).
    pub material_ids: Vec<ID>,
}

/// Input of `updateStudyCourse`.
#[derive(InputObject)]
pub struct UpdateStudyCourseInput {
    /// The course.
    pub course_id: ID,
    /// Title.
    pub title: String,
    /// Summary.
    #[graphql(default)]
    pub summary: String,
    /// Materials in order.
    pub material_ids: Vec<ID>,
}

/// A course after a change.
#[derive(SimpleObject)]
pub struct StudyCoursePayload {
    /// The course.
    pub course: StudyCourse,
}

/// Input of `createStudyPlan`.
#[derive(InputObject)]
pub struct CreateStudyPlanInput {
    /// The assigning org (`study` write there).
    pub org_id: ID,
    /// Title.
    pub title: String,
    /// Description.
    #[graphql(default)]
    pub description: String,
    /// Who it is assigned to.
    pub audience: StudyAudienceInput,
    /// Deadline (ahead, within two years).
    pub deadline: DateTime<Utc>,
    /// Items in order (1–100).
    pub items: Vec<StudyPlanItemInput>,
}

/// Input of `updateStudyPlan`.
#[derive(InputObject)]
pub struct UpdateStudyPlanInput {
    /// The plan.
    pub plan_id: ID,
    /// Title.
    pub title: String,
    /// Description.
    #[graphql(default)]
    pub description: String,
    /// Who it is assigned to.
    pub audience: StudyAudienceInput,
    /// Deadline.
    pub deadline: DateTime<Utc>,
    /// Items in order.
    pub items: Vec<StudyPlanItemInput>,
}

/// Input naming a plan.
#[derive(InputObject)]
pub struct StudyPlanIdInput {
    /// The plan.
    pub plan_id: ID,
}

/// A plan after a change.
#[derive(SimpleObject)]
pub struct StudyPlanPayload {
    /// The plan.
    pub plan: StudyPlan,
}

/// The result of `remindStudyPlan`.
#[derive(SimpleObject)]
pub struct RemindStudyPlanPayload {
    /// Members reminded now (those reminded earlier today are not reminded again).
    pub reminded: i32,
}

/// Input of `saveStudyNote`.
#[derive(InputObject)]
pub struct SaveStudyNoteInput {
    /// The material.
    pub material_id: ID,
    /// Text, 1–2,000 characters.
    pub body: String,
    /// Shared with everyone who may see the material.
    #[graphql(default)]
    pub shared: bool,
}

/// A note after saving.
#[derive(SimpleObject)]
pub struct StudyNotePayload {
    /// The note.
    pub note: StudyNote,
}

fn org_id(id: &ID) -> async_graphql::Result<Uuid> {
    decode(NodeType::Organization, id).gql()
}

fn material_ids(ids: &[ID]) -> async_graphql::Result<Vec<Uuid>> {
    ids.iter()
        .map(|i| decode(NodeType::StudyMaterial, i).gql())
        .collect()
}

/// Study queries.
#[derive(Default)]
pub struct StudyQuery;

#[Object(name = "StudyQuery")]
impl StudyQuery {
    /// An org's materials, newest first (`study` read at the org).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn study_materials(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The owning org.")] org_id: ID,
        #[graphql(desc = "Archived ones too.", default)] include_archived: bool,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<StudyMaterialConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = study::material_list(&c, app(ctx), org, include_archived, &args)
            .await
            .gql()?;
        Ok(StudyMaterialConnection::build(
            page,
            |v| v.material.id,
            |view| StudyMaterial {
                view,
                file_url: None,
            },
        ))
    }

    /// One material (its org's officers, and members assigned a plan holding it), with a
    /// file's download link.
    async fn study_material(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The material.")] id: ID,
    ) -> async_graphql::Result<StudyMaterial> {
        let (c, id) = target(ctx, NodeType::StudyMaterial, &id)?;
        let (view, file_url) = study::material(&c, app(ctx), id).await.gql()?;
        Ok(StudyMaterial { view, file_url })
    }

    /// An org's courses, newest first (`study` read at the org).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn study_courses(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The owning org.")] org_id: ID,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<StudyCourseConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = study::course_list(&c, app(ctx), org, &args).await.gql()?;
        Ok(StudyCourseConnection::build(page, |r| r.id, StudyCourse))
    }

    /// An org's plans, newest first (officers: `study` read at the org).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn study_plans(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The assigning org.")] org_id: ID,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<StudyPlanConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = study::plan_list(&c, app(ctx), org, &args).await.gql()?;
        Ok(StudyPlanConnection::build(page, |v| v.plan.id, StudyPlan))
    }

    /// The plans assigned to the viewer, newest first, with their progress.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn my_study_plans(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<StudyPlanConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = study::my_plans(&c, app(ctx), &args).await.gql()?;
        Ok(StudyPlanConnection::build(page, |v| v.plan.id, StudyPlan))
    }

    /// One plan (its org's officers and the members assigned it).
    async fn study_plan(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The plan.")] id: ID,
    ) -> async_graphql::Result<StudyPlan> {
        let (c, id) = target(ctx, NodeType::StudyPlan, &id)?;
        Ok(StudyPlan(study::plan(&c, app(ctx), id).await.gql()?))
    }

    /// A plan's completion by org and by person (`study` read at the plan's org).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn study_plan_completion(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The plan.")] plan_id: ID,
        #[graphql(desc = "Only members placed in this org's sub-tree.")] org_id: Option<ID>,
        #[graphql(desc = "Only members who have not completed.", default)] incomplete_only: bool,
        #[graphql(desc = "Page size of `people`, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor of `people` from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<StudyPlanCompletion> {
        let (c, plan) = target(ctx, NodeType::StudyPlan, &plan_id)?;
        let org = org_id.as_ref().map(org_id_of).transpose()?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let b = study::completion(&c, app(ctx), plan, org).await.gql()?;
        let people = study::completion_people(&c, app(ctx), plan, org, incomplete_only, &args)
            .await
            .gql()?;
        Ok(board(b, people))
    }

    /// The notes on a material: shared ones and the viewer's own, newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn study_notes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The material.")] material_id: ID,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<StudyNoteConnection> {
        let (c, material) = target(ctx, NodeType::StudyMaterial, &material_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = study::notes(&c, app(ctx), material, &args).await.gql()?;
        let viewer = c.member_id();
        Ok(StudyNoteConnection::build(
            page,
            |n| n.id,
            |row| StudyNote { row, viewer },
        ))
    }
}

fn org_id_of(id: &ID) -> async_graphql::Result<Uuid> {
    org_id(id)
}

/// Study mutations.
#[derive(Default)]
pub struct StudyMutation;

#[Object(name = "StudyMutation")]
impl StudyMutation {
    /// Publishes a material at an org (`study` write there).
    async fn create_study_material(
        &self,
        ctx: &Context<'_>,
        input: CreateStudyMaterialInput,
    ) -> async_graphql::Result<StudyMaterialPayload> {
        let c = tenant(ctx)?;
        let file_id = input
            .file_id
            .as_ref()
            .map(|f| decode(NodeType::File, f).gql())
            .transpose()?;
        let view = study::create_material(
            &c,
            app(ctx),
            MaterialInput {
                org_id: org_id(&input.org_id)?,
                kind: input.kind.into(),
                title: input.title,
                summary: input.summary,
                body: input.body,
                video_url: input.video_url,
                duration_seconds: input.duration_seconds,
                file_id,
                required_seconds: input.required_seconds,
            },
        )
        .await
        .gql()?;
        Ok(StudyMaterialPayload {
            material: StudyMaterial {
                view,
                file_url: None,
            },
        })
    }

    /// Changes a material (`study` write at its org).
    async fn update_study_material(
        &self,
        ctx: &Context<'_>,
        input: UpdateStudyMaterialInput,
    ) -> async_graphql::Result<StudyMaterialPayload> {
        let (c, id) = target(ctx, NodeType::StudyMaterial, &input.material_id)?;
        let view = study::update_material(
            &c,
            app(ctx),
            id,
            MaterialInput {
                org_id: Uuid::nil(),
                kind: study::MaterialKind::Article,
                title: input.title,
                summary: input.summary,
                body: input.body,
                video_url: input.video_url,
                duration_seconds: input.duration_seconds,
                file_id: None,
                required_seconds: input.required_seconds,
            },
        )
        .await
        .gql()?;
        Ok(StudyMaterialPayload {
            material: StudyMaterial {
                view,
                file_url: None,
            },
        })
    }

    /// Archives a material (`study` write at its org).
    async fn archive_study_material(
        &self,
        ctx: &Context<'_>,
        input: StudyMaterialIdInput,
    ) -> async_graphql::Result<StudyMaterialPayload> {
        let (c, id) = target(ctx, NodeType::StudyMaterial, &input.material_id)?;
        let view = study::archive_material(&c, app(ctx), id).await.gql()?;
        Ok(StudyMaterialPayload {
            material: StudyMaterial {
                view,
                file_url: None,
            },
        })
    }

    /// Creates a course (`study` write at the org).
    async fn create_study_course(
        &self,
        ctx: &Context<'_>,
        input: CreateStudyCourseInput,
    ) -> async_graphql::Result<StudyCoursePayload> {
        let c = tenant(ctx)?;
        let row = study::create_course(
            &c,
            app(ctx),
            CourseInput {
                org_id: org_id(&input.org_id)?,
                title: input.title,
                summary: input.summary,
                material_ids: material_ids(&input.material_ids)?,
            },
        )
        .await
        .gql()?;
        Ok(StudyCoursePayload {
            course: StudyCourse(row),
        })
    }

    /// Changes a course (`study` write at its org).
    async fn update_study_course(
        &self,
        ctx: &Context<'_>,
        input: UpdateStudyCourseInput,
    ) -> async_graphql::Result<StudyCoursePayload> {
        let (c, id) = target(ctx, NodeType::StudyCourse, &input.course_id)?;
        let row = study::update_course(
            &c,
            app(ctx),
            id,
            CourseInput {
                org_id: Uuid::nil(),
                title: input.title,
                summary: input.summary,
                material_ids: material_ids(&input.material_ids)?,
            },
        )
        .await
        .gql()?;
        Ok(StudyCoursePayload {
            course: StudyCourse(row),
        })
    }

    /// Assigns a study plan (`study` write at the org and wherever the audience reaches); the
    /// members assigned are told.
    async fn create_study_plan(
        &self,
        ctx: &Context<'_>,
        input: CreateStudyPlanInput,
    ) -> async_graphql::Result<StudyPlanPayload> {
        let c = tenant(ctx)?;
        let view = study::create_plan(
            &c,
            app(ctx),
            PlanInput {
                org_id: org_id(&input.org_id)?,
                title: input.title,
                description: input.description,
                audience: input.audience.into_core()?,
                deadline: input.deadline,
                items: items(input.items)?,
            },
        )
        .await
        .gql()?;
        Ok(StudyPlanPayload {
            plan: StudyPlan(view),
        })
    }

    /// Changes an open plan (its managers).
    async fn update_study_plan(
        &self,
        ctx: &Context<'_>,
        input: UpdateStudyPlanInput,
    ) -> async_graphql::Result<StudyPlanPayload> {
        let (c, id) = target(ctx, NodeType::StudyPlan, &input.plan_id)?;
        let view = study::update_plan(
            &c,
            app(ctx),
            id,
            PlanInput {
                org_id: Uuid::nil(),
                title: input.title,
                description: input.description,
                audience: input.audience.into_core()?,
                deadline: input.deadline,
                items: items(input.items)?,
            },
        )
        .await
        .gql()?;
        Ok(StudyPlanPayload {
            plan: StudyPlan(view),
        })
    }

    /// Closes a plan (its managers): no more reminders.
    async fn close_study_plan(
        &self,
        ctx: &Context<'_>,
        input: StudyPlanIdInput,
    ) -> async_graphql::Result<StudyPlanPayload> {
        let (c, id) = target(ctx, NodeType::StudyPlan, &input.plan_id)?;
        Ok(StudyPlanPayload {
            plan: StudyPlan(study::close_plan(&c, app(ctx), id).await.gql()?),
        })
    }

    /// Reminds the plan's incomplete members in one click (its managers; once per member and
    /// day).
    async fn remind_study_plan(
        &self,
        ctx: &Context<'_>,
        input: StudyPlanIdInput,
    ) -> async_graphql::Result<RemindStudyPlanPayload> {
        let (c, id) = target(ctx, NodeType::StudyPlan, &input.plan_id)?;
        let n = study::remind(&c, app(ctx), id).await.gql()?;
        Ok(RemindStudyPlanPayload {
            reminded: i32::try_from(n).unwrap_or(i32::MAX),
        })
    }

    /// Opens a material (starts the clock; completes one asking no reading time).
    async fn open_study_material(
        &self,
        ctx: &Context<'_>,
        input: StudyMaterialIdInput,
    ) -> async_graphql::Result<StudyMaterialPayload> {
        let (c, id) = target(ctx, NodeType::StudyMaterial, &input.material_id)?;
        let view = study::open(&c, app(ctx), id).await.gql()?;
        Ok(StudyMaterialPayload {
            material: StudyMaterial {
                view,
                file_url: None,
            },
        })
    }

    /// A heartbeat crediting study time (at most the time elapsed since the previous one);
    /// completes the material when its reading time is reached.
    async fn record_study_time(
        &self,
        ctx: &Context<'_>,
        input: RecordStudyTimeInput,
    ) -> async_graphql::Result<StudyMaterialPayload> {
        let (c, id) = target(ctx, NodeType::StudyMaterial, &input.material_id)?;
        let view = study::record_time(&c, app(ctx), id, input.seconds)
            .await
            .gql()?;
        Ok(StudyMaterialPayload {
            material: StudyMaterial {
                view,
                file_url: None,
            },
        })
    }

    /// Finishes a material explicitly (when no reading time is asked, or it was reached).
    async fn finish_study_material(
        &self,
        ctx: &Context<'_>,
        input: StudyMaterialIdInput,
    ) -> async_graphql::Result<StudyMaterialPayload> {
        let (c, id) = target(ctx, NodeType::StudyMaterial, &input.material_id)?;
        let view = study::finish(&c, app(ctx), id).await.gql()?;
        Ok(StudyMaterialPayload {
            material: StudyMaterial {
                view,
                file_url: None,
            },
        })
    }

    /// Writes or edits the viewer's 心得 on a material.
    async fn save_study_note(
        &self,
        ctx: &Context<'_>,
        input: SaveStudyNoteInput,
    ) -> async_graphql::Result<StudyNotePayload> {
        let (c, id) = target(ctx, NodeType::StudyMaterial, &input.material_id)?;
        let row = study::save_note(&c, app(ctx), id, &input.body, input.shared)
            .await
            .gql()?;
        let viewer = c.member_id();
        Ok(StudyNotePayload {
            note: StudyNote { row, viewer },
        })
    }
}
