//! Member types: political status, gender, rows and inputs.

use crate::{AppError, AppResult, org::model::Line};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// 政治面貌, in the order of the party-entry pipeline.
pub const POLITICAL_STATUSES: [(&str, &str); 7] = [
    ("MASSES", "群众"),
    ("LEAGUE_MEMBER", "共青团员"),
    ("APPLICANT", "入党申请人"),
    ("ACTIVIST", "入党积极分子"),
    ("DEVELOPMENT_TARGET", "发展对象"),
    ("PROBATIONARY", "预备党员"),
    ("FULL_MEMBER", "正式党员"),
];

crate::text_enum! {
    /// 政治面貌 — a member's political status, in the order of the party-entry pipeline (the
    /// order and codes of [`POLITICAL_STATUSES`]).
    pub enum PoliticalStatus {
        /// 群众
        Masses = "MASSES",
        /// 共青团员
        LeagueMember = "LEAGUE_MEMBER",
        /// 入党申请人
        Applicant = "APPLICANT",
        /// 入党积极分子
        Activist = "ACTIVIST",
        /// 发展对象
        DevelopmentTarget = "DEVELOPMENT_TARGET",
        /// 预备党员
        Probationary = "PROBATIONARY",
        /// 正式党员
        FullMember = "FULL_MEMBER",
    }
}

impl PoliticalStatus {
    /// The Chinese label, as in exports and imports.
    pub fn label(self) -> &'static str {
        POLITICAL_STATUSES
            .iter()
            .find(|(code, _)| *code == self.as_str())
            .map_or("", |(_, label)| *label)
    }
}

/// Parses a political status from its code or its Chinese label.
pub fn parse_political_status(field: &str, raw: &str) -> AppResult<PoliticalStatus> {
    let raw = raw.trim();
    PoliticalStatus::ALL
        .iter()
        .copied()
        .find(|s| s.as_str() == raw || s.label() == raw)
        .ok_or_else(|| AppError::field(field, format!("未知的政治面貌：{raw}")))
}

/// Parses a gender from `MALE`/`FEMALE` or 男/女.
pub fn parse_gender(field: &str, raw: &str) -> AppResult<&'static str> {
    match raw.trim() {
        "MALE" | "男" => Ok("MALE"),
        "FEMALE" | "女" => Ok("FEMALE"),
        other => Err(AppError::field(
            field,
            format!("性别应为“男”或“女”：{other}"),
        )),
    }
}

crate::text_enum! {
    /// Whether a member is on the roster or disabled (kept for history, cannot sign in).
    pub enum MemberStatus {
        /// On the roster.
        Active = "ACTIVE",
        /// Disabled.
        Disabled = "DISABLED",
    }
}

/// A member as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct MemberRow {
    /// Id.
    pub id: Uuid,
    /// Login account, if the member can sign in.
    pub account_id: Option<Uuid>,
    /// Name.
    pub name: String,
    /// `MALE` / `FEMALE`.
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Political status.
    pub political_status: PoliticalStatus,
    /// On the roster or disabled.
    pub status: MemberStatus,
    /// Primary org.
    pub org_id: Option<Uuid>,
    /// 党支部 (or other party unit).
    pub party_org_id: Option<Uuid>,
    /// 工会小组 (or other union unit).
    pub union_org_id: Option<Uuid>,
    /// 团支部 (or other league unit).
    pub youth_org_id: Option<Uuid>,
    /// Department.
    pub department_id: Option<Uuid>,
    /// Posts held in the company.
    pub posts: Vec<String>,
    /// Created.
    pub created_at: DateTime<Utc>,
    /// Updated.
    pub updated_at: DateTime<Utc>,
}

impl MemberRow {
    /// An active, unplaced member with a fresh id and no profile yet (filled by a create or
    /// an import row).
    pub fn blank() -> Self {
        let now = Utc::now();
        Self {
            id: crate::new_id(),
            account_id: None,
            name: String::new(),
            gender: None,
            birth_date: None,
            phone: None,
            email: None,
            political_status: PoliticalStatus::Masses,
            status: MemberStatus::Active,
            org_id: None,
            party_org_id: None,
            union_org_id: None,
            youth_org_id: None,
            department_id: None,
            posts: vec![],
            created_at: now,
            updated_at: now,
        }
    }
}

/// A new member.
#[derive(Debug, Clone)]
pub struct NewMember {
    /// Id (UUID v7).
    pub id: Uuid,
    /// Account.
    pub account_id: Option<Uuid>,
    /// Name.
    pub name: String,
    /// Gender code.
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Political status.
    pub political_status: PoliticalStatus,
    /// Primary org.
    pub org_id: Option<Uuid>,
    /// Party unit.
    pub party_org_id: Option<Uuid>,
    /// Union unit.
    pub union_org_id: Option<Uuid>,
    /// League unit.
    pub youth_org_id: Option<Uuid>,
    /// Department.
    pub department_id: Option<Uuid>,
    /// Posts.
    pub posts: Vec<String>,
}

impl Default for NewMember {
    fn default() -> Self {
        Self {
            id: crate::new_id(),
            account_id: None,
            name: String::new(),
            gender: None,
            birth_date: None,
            phone: None,
            email: None,
            political_status: PoliticalStatus::Masses,
            org_id: None,
            party_org_id: None,
            union_org_id: None,
            youth_org_id: None,
            department_id: None,
            posts: vec![],
        }
    }
}

impl NewMember {
    /// Places the member in an org: it becomes the primary org (if none yet) and the
    /// member's unit on that org's line.
    pub fn place_in(&mut self, line: Line, org: Uuid) {
        if self.org_id.is_none() {
            self.org_id = Some(org);
        }
        match line {
            Line::Party => self.party_org_id = Some(org),
            Line::Union => self.union_org_id = Some(org),
            Line::Youth => self.youth_org_id = Some(org),
            Line::Admin => self.department_id = Some(org),
            Line::Grid => {}
        }
    }
}

/// Which of its members' units a page reads with them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct UnitsWanted {
    /// The primary unit.
    pub organization: bool,
    /// The party unit.
    pub party: bool,
    /// The union unit.
    pub union: bool,
    /// The league unit.
    pub youth: bool,
    /// The department.
    pub department: bool,
}

impl UnitsWanted {
    /// The distinct ids of the wanted units the rows refer to, in first-seen order.
    pub fn ids(&self, rows: &[MemberRow]) -> Vec<Uuid> {
        let mut seen = std::collections::HashSet::new();
        rows.iter()
            .flat_map(|m| {
                [
                    (self.organization, m.org_id),
                    (self.party, m.party_org_id),
                    (self.union, m.union_org_id),
                    (self.youth, m.youth_org_id),
                    (self.department, m.department_id),
                ]
            })
            .filter_map(|(wanted, id)| if wanted { id } else { None })
            .filter(|id| seen.insert(*id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_wants_each_wanted_unit_once_and_no_unwanted_one() {
        // Arrange: two members in one branch; one also in a union group and a department.
        let (branch, union, dept) = (Uuid::now_v7(), Uuid::now_v7(), Uuid::now_v7());
        let mut a = MemberRow::blank();
        a.org_id = Some(branch);
        a.party_org_id = Some(branch);
        a.union_org_id = Some(union);
        a.department_id = Some(dept);
        let mut b = MemberRow::blank();
        b.org_id = Some(branch);
        let wanted = UnitsWanted {
            organization: true,
            union: true,
            ..UnitsWanted::default()
        };

        // Act
        let ids = wanted.ids(&[a.clone(), b]);

        // Assert
        assert_eq!(ids, vec![branch, union]);
        assert!(UnitsWanted::default().ids(&[a]).is_empty());
    }

    #[test]
    fn statuses_parse_from_codes_and_chinese_labels() {
        assert_eq!(
            parse_political_status("s", "正式党员").unwrap(),
            PoliticalStatus::FullMember
        );
        assert_eq!(
            parse_political_status("s", "ACTIVIST").unwrap(),
            PoliticalStatus::Activist
        );
        assert!(parse_political_status("s", "党员候选").is_err());
    }

    #[test]
    fn placing_in_a_party_branch_sets_the_primary_and_party_unit() {
        let mut m = NewMember::default();
        let branch = Uuid::now_v7();
        let union = Uuid::now_v7();
        m.place_in(Line::Party, branch);
        m.place_in(Line::Union, union);
        assert_eq!(m.org_id, Some(branch));
        assert_eq!(m.party_org_id, Some(branch));
        assert_eq!(m.union_org_id, Some(union));
    }

    #[test]
    fn genders_accept_chinese() {
        assert_eq!(parse_gender("g", "女").unwrap(), "FEMALE");
        assert!(parse_gender("g", "x").is_err());
    }
}
