//! Kinds, statuses, rows and the form of public notices (公示).

use crate::audience::Audience;
use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// What a 公示 is about.
    pub enum PublicityKind {
        /// 评优: an honour before it is conferred.
        Honour = "HONOUR",
        /// 干部任前: a cadre before appointment.
        Cadre = "CADRE",
        /// 发展对象: a development target before admission as 预备党员.
        Development = "DEVELOPMENT",
        /// 转正: a probationary member before conversion.
        Conversion = "CONVERSION",
        /// 选举结果: an election's result.
        Election = "ELECTION",
        /// 其他.
        Other = "OTHER",
    }
}

impl PublicityKind {
    /// The party kinds, whose window defaults to `party.publicity.days`.
    pub fn is_party(self) -> bool {
        matches!(self, PublicityKind::Development | PublicityKind::Conversion)
    }

    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            PublicityKind::Honour => "评优",
            PublicityKind::Cadre => "干部任前",
            PublicityKind::Development => "发展对象",
            PublicityKind::Conversion => "转正",
            PublicityKind::Election => "选举结果",
            PublicityKind::Other => "其他",
        }
    }
}

crate::text_enum! {
    /// Where a 公示 stands.
    pub enum PublicityStatus {
        /// 公示中 (or not yet begun): objections are taken during the window.
        Open = "OPEN",
        /// 公示无异议 / 经核查通过: no objection upheld.
        Confirmed = "CONFIRMED",
        /// 已撤回 by the publishing org.
        Withdrawn = "WITHDRAWN",
        /// 未通过: an objection was upheld, or the decision went against it.
        Rejected = "REJECTED",
    }
}

crate::text_enum! {
    /// How a 公示 was closed.
    pub enum PublicityOutcome {
        /// No objection upheld: confirmed.
        Confirmed = "CONFIRMED",
        /// Withdrawn by the publishing org (at any time while open).
        Withdrawn = "WITHDRAWN",
        /// Not confirmed.
        Rejected = "REJECTED",
    }
}

impl PublicityOutcome {
    /// The status it leaves the 公示 in.
    pub fn status(self) -> PublicityStatus {
        match self {
            PublicityOutcome::Confirmed => PublicityStatus::Confirmed,
            PublicityOutcome::Withdrawn => PublicityStatus::Withdrawn,
            PublicityOutcome::Rejected => PublicityStatus::Rejected,
        }
    }
}

crate::text_enum! {
    /// Who closes a 公示.
    pub enum PublicityOrigin {
        /// Published directly: its officers close it.
        Direct = "DIRECT",
        /// An honour's 公示: its officers close it, the honour follows the outcome.
        Honour = "HONOUR",
        /// The party pipeline's 公示: closed by the upper org's decision on the transition.
        Pipeline = "PIPELINE",
    }
}

crate::text_enum! {
    /// How the body is written.
    pub enum BodyFormat {
        /// Plain text.
        Plain = "PLAIN",
        /// Rich text, sanitised as notices' bodies are.
        Html = "HTML",
    }
}

crate::text_enum! {
    /// Where an objection stands.
    pub enum ObjectionStatus {
        /// 待处理.
        Pending = "PENDING",
        /// 属实: the objection was upheld.
        Upheld = "UPHELD",
        /// 不属实: dismissed.
        Dismissed = "DISMISSED",
    }
}

crate::text_enum! {
    /// A handler's outcome of an objection.
    pub enum ObjectionOutcome {
        /// 属实.
        Upheld = "UPHELD",
        /// 不属实.
        Dismissed = "DISMISSED",
    }
}

impl ObjectionOutcome {
    /// The status it leaves the objection in.
    pub fn status(self) -> ObjectionStatus {
        match self {
            ObjectionOutcome::Upheld => ObjectionStatus::Upheld,
            ObjectionOutcome::Dismissed => ObjectionStatus::Dismissed,
        }
    }
}

/// Longest title.
pub const TITLE_MAX: usize = 100;
/// Longest body.
pub const BODY_MAX: usize = 20_000;
/// Longest objection.
pub const OBJECTION_MAX: usize = 2_000;
/// Longest handling or closing note.
pub const NOTE_MAX: usize = 1_000;

/// The form of `publishPublicity`.
#[derive(Debug, Clone)]
pub struct PublicityInput {
    /// The publishing org.
    pub org_id: Uuid,
    /// Kind.
    pub kind: PublicityKind,
    /// Title.
    pub title: String,
    /// Body.
    pub body: String,
    /// How the body is written.
    pub body_format: BodyFormat,
    /// The member it is about.
    pub subject_member_id: Option<Uuid>,
    /// The org it is about.
    pub subject_org_id: Option<Uuid>,
    /// Who may read and object.
    pub audience: Audience,
    /// Window start (now when absent).
    pub window_start: Option<DateTime<Utc>>,
    /// Window end (from `days` when absent).
    pub window_end: Option<DateTime<Utc>>,
    /// Window length in days when no end is given (party kinds: `party.publicity.days`).
    pub days: Option<i32>,
}

/// A 公示 to write (checked).
#[derive(Debug, Clone)]
pub(crate) struct NewPublicity {
    pub org_id: Uuid,
    pub kind: PublicityKind,
    pub origin: PublicityOrigin,
    pub title: String,
    pub body: String,
    pub body_format: BodyFormat,
    pub subject_member_id: Option<Uuid>,
    pub subject_org_id: Option<Uuid>,
    pub audience: Audience,
    pub window_start: DateTime<Utc>,
    pub window_end: DateTime<Utc>,
}

/// A 公示.
#[derive(Debug, Clone)]
pub struct PublicityRow {
    /// Id.
    pub id: Uuid,
    /// Publishing org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Kind.
    pub kind: PublicityKind,
    /// Who closes it.
    pub origin: PublicityOrigin,
    /// Title.
    pub title: String,
    /// Body.
    pub body: String,
    /// How the body is written.
    pub body_format: BodyFormat,
    /// The member it is about.
    pub subject_member_id: Option<Uuid>,
    /// Their name.
    pub subject_member_name: Option<String>,
    /// The org it is about.
    pub subject_org_id: Option<Uuid>,
    /// Its name.
    pub subject_org_name: Option<String>,
    /// Window start.
    pub window_start: DateTime<Utc>,
    /// Window end.
    pub window_end: DateTime<Utc>,
    /// Where it stands.
    pub status: PublicityStatus,
    /// The closing note.
    pub outcome_note: Option<String>,
    /// Closed at.
    pub closed_at: Option<DateTime<Utc>>,
    /// Author.
    pub created_by: Option<Uuid>,
    /// Published at.
    pub created_at: DateTime<Utc>,
    /// Objections recorded.
    pub objection_count: i64,
    /// Objections not yet handled.
    pub pending_count: i64,
    /// Objections upheld.
    pub upheld_count: i64,
    /// Members in the audience.
    pub audience_count: i64,
}

/// What the viewer may do with a 公示.
#[derive(Debug, Clone, Copy, Default)]
pub struct Access {
    /// Handles objections and closes it (`publicity` write at its org), and sees who objected.
    pub handler: bool,
    /// Reads it as an officer (`publicity` read).
    pub officer: bool,
    /// In its audience: may object during the window.
    pub invited: bool,
    /// The member it is about: sees a count of objections, never who objected.
    pub subject: bool,
}

impl Access {
    /// Whether the viewer may see the 公示 at all.
    pub fn visible(&self) -> bool {
        self.handler || self.officer || self.invited || self.subject
    }
}

/// A 公示 with the viewer's access.
#[derive(Debug, Clone)]
pub struct PublicityView {
    /// The row.
    pub row: PublicityRow,
    /// The viewer's access.
    pub access: Access,
}

/// An objection as stored.
#[derive(Debug, Clone)]
pub struct ObjectionRow {
    /// Id.
    pub id: Uuid,
    /// The 公示.
    pub publicity_id: Uuid,
    /// Author (always recorded).
    pub author_id: Uuid,
    /// Their name.
    pub author_name: String,
    /// Hidden from other members.
    pub anonymous: bool,
    /// Text.
    pub text: String,
    /// Where it stands.
    pub status: ObjectionStatus,
    /// The handler's note.
    pub handled_note: Option<String>,
    /// Handled at.
    pub handled_at: Option<DateTime<Utc>>,
    /// Recorded at.
    pub created_at: DateTime<Utc>,
}

/// An objection as the viewer may see it.
#[derive(Debug, Clone)]
pub struct ObjectionView {
    /// Id.
    pub id: Uuid,
    /// The 公示.
    pub publicity_id: Uuid,
    /// The author, when the viewer may know it: `(id, name)`.
    pub author: Option<(Uuid, String)>,
    /// Anonymous to other members.
    pub anonymous: bool,
    /// The viewer wrote it.
    pub mine: bool,
    /// Text.
    pub text: String,
    /// Where it stands.
    pub status: ObjectionStatus,
    /// The handler's note.
    pub handled_note: Option<String>,
    /// Handled at.
    pub handled_at: Option<DateTime<Utc>>,
    /// Recorded at.
    pub created_at: DateTime<Utc>,
}
