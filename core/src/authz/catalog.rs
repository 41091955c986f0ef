//! What can be granted: permission objects, and the role templates seeded for every tenant.

/// Org units: `read`, `write` (create, rename, move, archive).
pub const ORG: &str = "org";
/// Members' basic directory data: `read`, `write` (create, edit, disable, import).
pub const MEMBER: &str = "member";
/// Members' sensitive data (phone, email, birth date, political status): `read`.
pub const MEMBER_SENSITIVE: &str = "member_sensitive";
/// Invitations: `write`.
pub const INVITATION: &str = "invitation";
/// Officer positions: `read`, `write`.
pub const POSITION: &str = "position";
/// Role templates and grants: `read`, `write`.
pub const ROLE: &str = "role";
/// API keys: `read`, `write`.
pub const API_KEY: &str = "api_key";
/// The audit log: `read`.
pub const AUDIT: &str = "audit";
/// Notices issued by an org: `read` (response boards), `write` (compose, publish, withdraw,
/// remind).
pub const NOTICE: &str = "notice";
/// Dues bases, bills, payments and corrections of an org's members: `read` (ledgers, arrears,
/// roll-ups), `write` (set bases, bill, record payments, correct).
pub const DUES: &str = "dues";
/// Organisation life of an org: `read` (meetings with full attendance, compliance), `write`
/// (schedule, manage attendance and leave, show the check-in code, keep and approve minutes).
pub const MEETING: &str = "meeting";
/// Grid supervision under an org: `read` (boards, statistics, every case of its grids),
/// `write` (accept, cancel, dispatch, verify and close cases, supervision tasks, grid
/// assignments), `handle` (work the cases dispatched to an org in scope), `extend` (dispatch
/// with a deadline later than the category's SLA).
pub const GRID: &str = "grid";
/// Ideas submitted to an org: `read` (every idea, hidden ones included), `write` (review,
/// decide, mark implemented; sees anonymous authors).
pub const IDEA: &str = "idea";
/// Inquiries to an org: `read` (every inquiry), `write` (answer).
pub const INQUIRY: &str = "inquiry";
/// The moderation queue of an org: `read` (the queue), `write` (dismiss, hide, warn, restore).
pub const MODERATION: &str = "moderation";

/// Votes and elections of an org: `read` (turnout, who has not voted in named votes),
/// `write` (create, close, remind).
pub const VOTE: &str = "vote";

/// Surveys (问卷) of an org: `read` (turnout, results when visible, the answers' export),
/// `write` (create, close, remind).
pub const SURVEY: &str = "survey";

/// Activities (活动) of an org: `read` (registrations, attendance, statistics, the export,
/// volunteer-hours totals), `write` (publish, cancel, approve, check in by hand, edit hours).
pub const ACTIVITY: &str = "activity";

/// Public notices (公示) of an org: `read` (its 公示 and their objections), `write` (publish,
/// handle objections and see who raised them, close).
pub const PUBLICITY: &str = "publicity";

/// Honours (荣誉) of an org: `read` (the org's honours), `write` (propose, which starts the 公示).
pub const HONOUR: &str = "honour";
/// Union welfare (工会福利) of an org: `read` (campaigns' orders, distributions, statistics and
/// their export), `write` (create and cancel campaigns, record distributions).
pub const WELFARE: &str = "welfare";
/// Publishing (宣传) of an org's columns: `read` (drafts and the review queue, contributor
/// statistics and their export), `write` (submit articles as a 信息员), `review` (approve,
/// return, publish, withdraw, hide comments, manage columns).
pub const PUBLISHING: &str = "publishing";

/// Points (积分) of an org's members: `read` (rankings, 支部对标 and members' ledgers),
/// `write` (manual awards, deciding appeals), `review` (the tenant's rules, at the unit level).
pub const POINTS: &str = "points";

/// Assessment (考核) of orgs: `read` (an org's target ledgers, scores and the records behind
/// them), `write` (issue schemes, score manual indicators, recompute, close; at an assessed org,
/// submit progress reports).
pub const ASSESSMENT: &str = "assessment";
/// Study (学习) of an org: `read` (plans' completion boards by org and person, and their
/// export), `write` (materials, courses, plans, reminders).
pub const STUDY: &str = "study";
/// Question banks and quizzes (题库、测验考试) of an org: `read` (results and banks), `write`
/// (banks, questions, imports and quizzes).
pub const QUIZ: &str = "quiz";

/// Democratic evaluation (民主评议) of a branch: `read` (turnout, self-assessments, the peer
/// tally from the committee stage on, proposals and grades), `write` (start, advance, propose,
/// decide).
pub const EVALUATION: &str = "evaluation";

/// Every permission object a role can be given, in display order.
pub const OBJECTS: [&str; 27] = [
    ORG,
    MEMBER,
    MEMBER_SENSITIVE,
    INVITATION,
    POSITION,
    ROLE,
    API_KEY,
    AUDIT,
    NOTICE,
    DUES,
    MEETING,
    GRID,
    IDEA,
    INQUIRY,
    MODERATION,
    VOTE,
    EVALUATION,
    SURVEY,
    ACTIVITY,
    PUBLICITY,
    HONOUR,
    PUBLISHING,
    POINTS,
    ASSESSMENT,
    STUDY,
    QUIZ,
    WELFARE,
];

/// The act pattern for read and write.
pub const READ_WRITE: &str = "(read)|(write)";
/// The act pattern for read only.
pub const READ: &str = "(read)";
/// The act pattern for write only.
pub const WRITE: &str = "(write)";
/// Publishing: read, write and review.
pub const PUBLISHING_ALL: &str = "(read)|(write)|(review)";
/// Points: read, write and review.
pub const POINTS_ALL: &str = "(read)|(write)|(review)";
/// Grid supervision: read, supervise and handle.
pub const GRID_SUPERVISE: &str = "(read)|(write)|(handle)";
/// Grid supervision with the right to extend deadlines.
pub const GRID_MANAGE: &str = "(read)|(write)|(handle)|(extend)";
/// A grid worker: read the boards of their grids and handle cases.
pub const GRID_WORK: &str = "(read)|(handle)";

/// A role template with its permissions (`object`, act pattern).
pub struct Template {
    /// Machine name.
    pub name: &'static str,
    /// Chinese label.
    pub label: &'static str,
    /// What the role is for.
    pub description: &'static str,
    /// Granted permissions.
    pub permissions: &'static [(&'static str, &'static str)],
}

/// The default role templates every tenant starts with (editable per tenant).
pub const TEMPLATES: &[Template] = &[
    Template {
        name: "tenant_admin",
        label: "单位管理员",
        description: "党群工作部：管理组织、成员、角色与集成，查看审计日志",
        permissions: &[("*", ".*")],
    },
    Template {
        name: "org_admin",
        label: "组织管理员",
        description: "管理本组织及下级组织的结构、成员与职务",
        permissions: &[
            (ORG, READ_WRITE),
            (MEMBER, READ_WRITE),
            (MEMBER_SENSITIVE, READ),
            (INVITATION, WRITE),
            (POSITION, READ_WRITE),
            (NOTICE, READ_WRITE),
            (DUES, READ_WRITE),
            (MEETING, READ_WRITE),
            (GRID, GRID_MANAGE),
            (IDEA, READ_WRITE),
            (INQUIRY, READ_WRITE),
            (MODERATION, READ_WRITE),
            (VOTE, READ_WRITE),
            (EVALUATION, READ_WRITE),
            (SURVEY, READ_WRITE),
            (ACTIVITY, READ_WRITE),
            (PUBLICITY, READ_WRITE),
            (HONOUR, READ_WRITE),
            (PUBLISHING, PUBLISHING_ALL),
            (POINTS, POINTS_ALL),
            (ASSESSMENT, READ_WRITE),
            (STUDY, READ_WRITE),
            (QUIZ, READ_WRITE),
            (WELFARE, READ_WRITE),
        ],
    },
    Template {
        name: "officer",
        label: "组织委员",
        description: "书记、委员、工会主席、团委书记：管理本组织成员",
        permissions: &[
            (ORG, READ),
            (MEMBER, READ_WRITE),
            (MEMBER_SENSITIVE, READ),
            (INVITATION, WRITE),
            (POSITION, READ),
            (NOTICE, READ_WRITE),
            (DUES, READ_WRITE),
            (MEETING, READ_WRITE),
            (GRID, GRID_SUPERVISE),
            (IDEA, READ_WRITE),
            (INQUIRY, READ_WRITE),
            (MODERATION, READ_WRITE),
            (VOTE, READ_WRITE),
            (EVALUATION, READ_WRITE),
            (SURVEY, READ_WRITE),
            (ACTIVITY, READ_WRITE),
            (PUBLICITY, READ_WRITE),
            (HONOUR, READ_WRITE),
            (PUBLISHING, PUBLISHING_ALL),
            (POINTS, POINTS_ALL),
            (ASSESSMENT, READ_WRITE),
            (STUDY, READ_WRITE),
            (QUIZ, READ_WRITE),
            (WELFARE, READ_WRITE),
        ],
    },
    Template {
        name: "member",
        label: "成员",
        description: "党员、会员、团员与群众：查看组织与通讯录",
        permissions: &[(ORG, READ), (MEMBER, READ)],
    },
    Template {
        name: "correspondent",
        label: "信息员",
        description: "撰写并报送宣传稿件",
        permissions: &[(ORG, READ), (MEMBER, READ), (PUBLISHING, READ_WRITE)],
    },
    Template {
        name: "grid_worker",
        label: "网格员",
        description: "上报与处置网格事件",
        permissions: &[(ORG, READ), (MEMBER, READ), (GRID, GRID_WORK)],
    },
    Template {
        name: "supervisor",
        label: "督办人",
        description: "查看任务看板并督办",
        permissions: &[
            (ORG, READ),
            (MEMBER, READ),
            (MEMBER_SENSITIVE, READ),
            (GRID, GRID_SUPERVISE),
        ],
    },
    Template {
        name: "discipline_inspector",
        label: "纪检人员",
        description: "受理检举控告（唯一可读者）",
        permissions: &[(ORG, READ), (MEMBER, READ)],
    },
    Template {
        name: "integrator",
        label: "系统集成",
        description: "人事、薪酬、OA 等系统通过 API 读写组织与成员",
        permissions: &[
            (ORG, READ_WRITE),
            (MEMBER, READ_WRITE),
            (MEMBER_SENSITIVE, READ),
        ],
    },
];

/// The role every signed-in member holds tenant-wide.
pub const BASE_ROLE: &str = "member";
/// The role of the enterprise's first administrator.
pub const ADMIN_ROLE: &str = "tenant_admin";
/// The role of discipline inspectors (纪检人员), the only readers of reports (检举控告).
pub const INSPECTOR_ROLE: &str = "discipline_inspector";
/// The role a grid assignment grants on its grid.
pub const GRID_WORKER_ROLE: &str = "grid_worker";
/// The role officer positions grant by default.
pub const OFFICER_ROLE: &str = "officer";
