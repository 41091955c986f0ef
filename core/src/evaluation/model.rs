//! The stages, grades and rows of democratic evaluation.

use chrono::{DateTime, Utc};
use uuid::Uuid;

crate::text_enum! {
    /// Where a campaign stands; `ALL` lists the stages in order.
    pub enum EvaluationStage {
        /// 个人自评: each member writes a self-assessment.
        SelfAssessment = "SELF_ASSESSMENT",
        /// 党员互评: each member rates every other member, anonymously.
        PeerReview = "PEER_REVIEW",
        /// 支委会提出等次意见: the committee proposes a grade per member.
        Committee = "COMMITTEE",
        /// 支部党员大会审议决定: the branch meeting decides the final grades.
        Decision = "DECISION",
        /// 已结束: final grades are set.
        Closed = "CLOSED",
    }
}

impl EvaluationStage {
    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            EvaluationStage::SelfAssessment => "个人自评",
            EvaluationStage::PeerReview => "党员互评",
            EvaluationStage::Committee => "支委会提出意见",
            EvaluationStage::Decision => "党员大会决定",
            EvaluationStage::Closed => "已结束",
        }
    }
}

crate::text_enum! {
    /// A grade of democratic evaluation.
    pub enum Grade {
        /// 优秀.
        Excellent = "EXCELLENT",
        /// 合格.
        Qualified = "QUALIFIED",
        /// 基本合格.
        BasicallyQualified = "BASICALLY_QUALIFIED",
        /// 不合格 (needs a reason).
        Unqualified = "UNQUALIFIED",
    }
}

impl Grade {
    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Grade::Excellent => "优秀",
            Grade::Qualified => "合格",
            Grade::BasicallyQualified => "基本合格",
            Grade::Unqualified => "不合格",
        }
    }
}

/// A campaign as stored.
#[derive(Debug, Clone)]
pub struct CampaignRow {
    /// Id.
    pub id: Uuid,
    /// The branch (a PARTY org).
    pub org_id: Uuid,
    /// The branch's name.
    pub org_name: String,
    /// The year evaluated.
    pub year: i32,
    /// Title.
    pub title: String,
    /// Where it stands.
    pub stage: EvaluationStage,
    /// The branch meeting that decided, when linked.
    pub meeting_id: Option<Uuid>,
    /// Started.
    pub created_at: DateTime<Utc>,
    /// Last stage change.
    pub updated_at: DateTime<Utc>,
}

/// One member of a campaign as stored.
#[derive(Debug, Clone)]
pub struct MemberRow {
    /// The member.
    pub member_id: Uuid,
    /// Their name.
    pub name: String,
    /// Their self-assessment.
    pub self_assessment: Option<String>,
    /// When they wrote it last.
    pub self_assessed_at: Option<DateTime<Utc>>,
    /// The committee's proposed grade.
    pub proposed_grade: Option<Grade>,
    /// The reason given with the proposal.
    pub proposed_reason: Option<String>,
    /// The decided grade.
    pub final_grade: Option<Grade>,
    /// The reason given with the decision.
    pub final_reason: Option<String>,
}

/// How many peer ratings of each grade a member received (never who gave them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// 优秀.
    pub excellent: i64,
    /// 合格.
    pub qualified: i64,
    /// 基本合格.
    pub basically_qualified: i64,
    /// 不合格.
    pub unqualified: i64,
}

impl Tally {
    /// Adds `n` ratings of `grade`.
    pub fn add(&mut self, grade: Grade, n: i64) {
        match grade {
            Grade::Excellent => self.excellent += n,
            Grade::Qualified => self.qualified += n,
            Grade::BasicallyQualified => self.basically_qualified += n,
            Grade::Unqualified => self.unqualified += n,
        }
    }

    /// All ratings received.
    pub fn total(&self) -> i64 {
        self.excellent + self.qualified + self.basically_qualified + self.unqualified
    }
}
