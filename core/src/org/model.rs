//! Org lines, kinds and rows.

use crate::{AppError, AppResult};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// The parallel lines of organisation inside an enterprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Line {
    /// 党组织
    Party,
    /// 工会
    Union,
    /// 共青团
    Youth,
    /// 行政部门
    Admin,
    /// 网格
    Grid,
}

impl Line {
    /// Every line.
    pub const ALL: [Line; 5] = [
        Line::Party,
        Line::Union,
        Line::Youth,
        Line::Admin,
        Line::Grid,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Line::Party => "PARTY",
            Line::Union => "UNION",
            Line::Youth => "YOUTH",
            Line::Admin => "ADMIN",
            Line::Grid => "GRID",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> AppResult<Self> {
        Line::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| AppError::field("line", "未知的组织条线"))
    }
}

/// The kind of an org unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// 党委
    PartyCommittee,
    /// 党总支
    PartyGeneralBranch,
    /// 党支部
    PartyBranch,
    /// 党小组
    PartyGroup,
    /// 工会
    UnionCommittee,
    /// 分会
    UnionBranch,
    /// 工会小组
    UnionGroup,
    /// 团委
    YouthCommittee,
    /// 团支部
    YouthBranch,
    /// 部门
    Department,
    /// 网格
    Grid,
}

impl Kind {
    /// Every kind.
    pub const ALL: [Kind; 11] = [
        Kind::PartyCommittee,
        Kind::PartyGeneralBranch,
        Kind::PartyBranch,
        Kind::PartyGroup,
        Kind::UnionCommittee,
        Kind::UnionBranch,
        Kind::UnionGroup,
        Kind::YouthCommittee,
        Kind::YouthBranch,
        Kind::Department,
        Kind::Grid,
    ];

    /// The stored code.
    pub fn code(self) -> &'static str {
        match self {
            Kind::PartyCommittee => "PARTY_COMMITTEE",
            Kind::PartyGeneralBranch => "PARTY_GENERAL_BRANCH",
            Kind::PartyBranch => "PARTY_BRANCH",
            Kind::PartyGroup => "PARTY_GROUP",
            Kind::UnionCommittee => "UNION_COMMITTEE",
            Kind::UnionBranch => "UNION_BRANCH",
            Kind::UnionGroup => "UNION_GROUP",
            Kind::YouthCommittee => "YOUTH_COMMITTEE",
            Kind::YouthBranch => "YOUTH_BRANCH",
            Kind::Department => "DEPARTMENT",
            Kind::Grid => "GRID",
        }
    }

    /// The Chinese name.
    pub fn label(self) -> &'static str {
        match self {
            Kind::PartyCommittee => "党委",
            Kind::PartyGeneralBranch => "党总支",
            Kind::PartyBranch => "党支部",
            Kind::PartyGroup => "党小组",
            Kind::UnionCommittee => "工会",
            Kind::UnionBranch => "分会",
            Kind::UnionGroup => "工会小组",
            Kind::YouthCommittee => "团委",
            Kind::YouthBranch => "团支部",
            Kind::Department => "部门",
            Kind::Grid => "网格",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> AppResult<Self> {
        Kind::ALL
            .into_iter()
            .find(|k| k.code() == code)
            .ok_or_else(|| AppError::field("kind", "未知的组织类型"))
    }

    /// The line this kind belongs to.
    pub fn line(self) -> Line {
        match self {
            Kind::PartyCommittee
            | Kind::PartyGeneralBranch
            | Kind::PartyBranch
            | Kind::PartyGroup => Line::Party,
            Kind::UnionCommittee | Kind::UnionBranch | Kind::UnionGroup => Line::Union,
            Kind::YouthCommittee | Kind::YouthBranch => Line::Youth,
            Kind::Department => Line::Admin,
            Kind::Grid => Line::Grid,
        }
    }
}

/// An org unit as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OrgRow {
    /// Id.
    pub id: Uuid,
    /// Short number used as its label in the tree path.
    pub no: i64,
    /// Parent, `None` for a top-level unit.
    pub parent_id: Option<Uuid>,
    /// Line code.
    #[sqlx(try_from = "String")]
    pub line: LineCode,
    /// Kind code.
    #[sqlx(try_from = "String")]
    pub kind: KindCode,
    /// Name.
    pub name: String,
    /// `ltree` path of numbers, e.g. `12.15.31`.
    pub path: String,
    /// 联合 (covers several departments).
    pub is_joint: bool,
    /// Virtual or temporary (临时/网上虚拟).
    pub is_virtual: bool,
    /// Archived.
    pub archived_at: Option<DateTime<Utc>>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// A line read from the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCode(pub Line);
impl TryFrom<String> for LineCode {
    type Error = AppError;
    fn try_from(s: String) -> AppResult<Self> {
        Line::from_code(&s).map(LineCode)
    }
}

/// A kind read from the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindCode(pub Kind);
impl TryFrom<String> for KindCode {
    type Error = AppError;
    fn try_from(s: String) -> AppResult<Self> {
        Kind::from_code(&s).map(KindCode)
    }
}

/// Read as text and parsed: checked queries name the column `line as "line: LineCode"`, and a
/// code the enum does not know fails the decode instead of becoming a default.
impl sqlx::Type<sqlx::Postgres> for LineCode {
    fn type_info() -> sqlx::postgres::PgTypeInfo {
        <&str as sqlx::Type<sqlx::Postgres>>::type_info()
    }

    fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
        <&str as sqlx::Type<sqlx::Postgres>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, sqlx::Postgres> for LineCode {
    fn decode(value: sqlx::postgres::PgValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let code = <&str as sqlx::Decode<'r, sqlx::Postgres>>::decode(value)?;
        Ok(LineCode(Line::from_code(code)?))
    }
}

/// Read like [`LineCode`].
impl sqlx::Type<sqlx::Postgres> for KindCode {
    fn type_info() -> sqlx::postgres::PgTypeInfo {
        <&str as sqlx::Type<sqlx::Postgres>>::type_info()
    }

    fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
        <&str as sqlx::Type<sqlx::Postgres>>::compatible(ty)
    }
}

impl<'r> sqlx::Decode<'r, sqlx::Postgres> for KindCode {
    fn decode(value: sqlx::postgres::PgValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
        let code = <&str as sqlx::Decode<'r, sqlx::Postgres>>::decode(value)?;
        Ok(KindCode(Kind::from_code(code)?))
    }
}

impl OrgRow {
    /// Depth in the tree, 1 for top-level.
    pub fn depth(&self) -> usize {
        self.path.split('.').count()
    }
}

/// An officer position in an org, with its term.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PositionRow {
    /// Id.
    pub id: Uuid,
    /// Org.
    pub org_id: Uuid,
    /// Holder.
    pub member_id: Uuid,
    /// Title, e.g. 书记.
    pub title: String,
    /// Role the position grants over the org's sub-tree.
    pub role: String,
    /// Term start.
    pub term_start: NaiveDate,
    /// Term end (planned).
    pub term_end: Option<NaiveDate>,
    /// Ended.
    pub ended_at: Option<DateTime<Utc>>,
}
