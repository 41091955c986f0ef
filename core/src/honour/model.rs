//! Kinds, statuses, rows and the form of honours.

use crate::audience::Audience;
use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Which honour: 两优一先, union and league awards, or another named one.
    pub enum HonourKind {
        /// 优秀共产党员.
        ExcellentPartyMember = "EXCELLENT_PARTY_MEMBER",
        /// 优秀党务工作者.
        ExcellentPartyWorker = "EXCELLENT_PARTY_WORKER",
        /// 先进基层党组织 (an org).
        AdvancedPartyOrg = "ADVANCED_PARTY_ORG",
        /// 优秀工会会员.
        ExcellentUnionMember = "EXCELLENT_UNION_MEMBER",
        /// 优秀工会工作者.
        ExcellentUnionWorker = "EXCELLENT_UNION_WORKER",
        /// 优秀共青团员.
        ExcellentLeagueMember = "EXCELLENT_LEAGUE_MEMBER",
        /// 优秀共青团干部.
        ExcellentLeagueCadre = "EXCELLENT_LEAGUE_CADRE",
        /// 五四红旗团支部 (an org).
        MayFourthRedFlag = "MAY_FOURTH_RED_FLAG",
        /// 其他 (named in the title; a member or an org).
        Other = "OTHER",
    }
}

/// Who an honour of a kind may go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    /// A member.
    Member,
    /// An org.
    Org,
    /// Either.
    Either,
}

impl HonourKind {
    /// The Chinese name of the honour (其他: none; the title names it).
    pub fn label(self) -> &'static str {
        match self {
            HonourKind::ExcellentPartyMember => "优秀共产党员",
            HonourKind::ExcellentPartyWorker => "优秀党务工作者",
            HonourKind::AdvancedPartyOrg => "先进基层党组织",
            HonourKind::ExcellentUnionMember => "优秀工会会员",
            HonourKind::ExcellentUnionWorker => "优秀工会工作者",
            HonourKind::ExcellentLeagueMember => "优秀共青团员",
            HonourKind::ExcellentLeagueCadre => "优秀共青团干部",
            HonourKind::MayFourthRedFlag => "五四红旗团支部",
            HonourKind::Other => "其他",
        }
    }

    /// Who it may go to.
    pub fn recipient(self) -> Recipient {
        match self {
            HonourKind::AdvancedPartyOrg | HonourKind::MayFourthRedFlag => Recipient::Org,
            HonourKind::Other => Recipient::Either,
            _ => Recipient::Member,
        }
    }
}

crate::text_enum! {
    /// Where an honour stands: its 公示's outcome.
    pub enum HonourStatus {
        /// 拟表彰: its 公示 is open.
        Proposed = "PROPOSED",
        /// 已确认: the 公示 closed confirmed.
        Confirmed = "CONFIRMED",
        /// 未通过: the 公示 closed rejected.
        Rejected = "REJECTED",
        /// 已撤回: the 公示 was withdrawn.
        Withdrawn = "WITHDRAWN",
    }
}

/// The form of `proposeHonour`.
#[derive(Debug, Clone)]
pub struct HonourInput {
    /// The proposing org.
    pub org_id: Uuid,
    /// Kind.
    pub kind: HonourKind,
    /// The honour's name (required for 其他; the kind's name otherwise).
    pub title: Option<String>,
    /// The member honoured.
    pub member_id: Option<Uuid>,
    /// The org honoured.
    pub recipient_org_id: Option<Uuid>,
    /// Year.
    pub year: i32,
    /// Issuing body.
    pub issuer: String,
    /// Deeds (事迹), shown in the 公示.
    pub citation: Option<String>,
    /// Who sees the 公示 (the org's sub-tree when absent).
    pub audience: Option<Audience>,
    /// The 公示's window in days (default [`DEFAULT_DAYS`]).
    pub days: Option<i32>,
}

/// The 公示 window of an honour when none is given, in days.
pub const DEFAULT_DAYS: i32 = 5;

/// An honour.
#[derive(Debug, Clone)]
pub struct HonourRow {
    /// Id.
    pub id: Uuid,
    /// The proposing org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// Kind.
    pub kind: HonourKind,
    /// Name of the honour.
    pub title: String,
    /// The member honoured.
    pub member_id: Option<Uuid>,
    /// Their name.
    pub member_name: Option<String>,
    /// The org honoured.
    pub recipient_org_id: Option<Uuid>,
    /// Its name.
    pub recipient_org_name: Option<String>,
    /// Year.
    pub year: i32,
    /// Issuing body.
    pub issuer: String,
    /// Deeds.
    pub citation: String,
    /// Its 公示.
    pub publicity_id: Uuid,
    /// The 公示's window end.
    pub publicity_until: DateTime<Utc>,
    /// Where it stands.
    pub status: HonourStatus,
    /// Proposed at.
    pub created_at: DateTime<Utc>,
}
