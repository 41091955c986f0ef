//! Who a notice, a vote or a survey goes to: orgs (with or without their sub-trees), lines,
//! roles and political statuses, plus named members, minus excluded ones. The choice is kept as
//! chosen (JSON) and resolved in SQL, once, by the module that freezes it (notice recipients,
//! a vote's electorate); `store::audience!` is that resolution, for a module's own insert.

use crate::{AppError, AppResult};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

pub mod rights;
pub(crate) mod store;

/// Most orgs in one audience.
pub const ORGS_MAX: usize = 200;
/// Most named (or excluded) members in one audience.
pub const MEMBERS_MAX: usize = 5_000;

/// Lines an audience may narrow to.
pub const LINES: [&str; 3] = ["PARTY", "UNION", "YOUTH"];

/// One org of an audience.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AudienceOrg {
    /// The org.
    pub org_id: Uuid,
    /// Its sub-tree too.
    pub include_subtree: bool,
}

/// Who a notice goes to, as chosen; stored with the notice and resolved when it is published.
///
/// Members placed in the orgs (any placement; sub-trees when asked), narrowed by lines, roles
/// and political statuses when given (with no orgs, the whole tenant is narrowed), plus the
/// named members, minus the excluded ones; disabled members never.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Audience {
    /// Orgs.
    pub orgs: Vec<AudienceOrg>,
    /// `PARTY`, `UNION`, `YOUTH`.
    pub lines: Vec<String>,
    /// Role template names.
    pub roles: Vec<String>,
    /// Political status codes.
    pub political_statuses: Vec<String>,
    /// Named members.
    pub member_ids: Vec<Uuid>,
    /// Members left out.
    pub exclude_member_ids: Vec<Uuid>,
}

impl Audience {
    /// Checks the audience's shape: at least one selector, known codes, bounded sizes.
    pub fn parse(mut self) -> AppResult<Self> {
        if self.orgs.is_empty()
            && self.lines.is_empty()
            && self.roles.is_empty()
            && self.political_statuses.is_empty()
            && self.member_ids.is_empty()
        {
            return Err(AppError::field(
                "audience",
                "请选择接收范围：组织、条线、角色、政治面貌或指定成员",
            ));
        }
        if self.orgs.len() > ORGS_MAX {
            return Err(AppError::field(
                "audience",
                format!("一次最多选择 {ORGS_MAX} 个组织"),
            ));
        }
        if self.member_ids.len() > MEMBERS_MAX || self.exclude_member_ids.len() > MEMBERS_MAX {
            return Err(AppError::field(
                "audience",
                format!("指定或排除的成员一次最多 {MEMBERS_MAX} 人"),
            ));
        }
        if let Some(l) = self.lines.iter().find(|l| !LINES.contains(&l.as_str())) {
            return Err(AppError::field(
                "audience",
                format!("条线只能是党、工会或团：{l}"),
            ));
        }
        if let Some(s) = self.political_statuses.iter().find(|s| {
            !crate::member::model::POLITICAL_STATUSES
                .iter()
                .any(|(c, _)| c == s)
        }) {
            return Err(AppError::field("audience", format!("未知的政治面貌：{s}")));
        }
        for list in [
            &mut self.lines,
            &mut self.roles,
            &mut self.political_statuses,
        ] {
            list.sort();
            list.dedup();
        }
        self.member_ids.sort();
        self.member_ids.dedup();
        self.exclude_member_ids.sort();
        self.exclude_member_ids.dedup();
        Ok(self)
    }

    /// Whether anything besides named members selects recipients.
    pub fn has_filters(&self) -> bool {
        !(self.orgs.is_empty()
            && self.lines.is_empty()
            && self.roles.is_empty()
            && self.political_statuses.is_empty())
    }

    /// Orgs chosen alone, and orgs chosen with their sub-trees.
    pub fn split_orgs(&self) -> (Vec<Uuid>, Vec<Uuid>) {
        let (subtree, alone): (Vec<_>, Vec<_>) = self.orgs.iter().partition(|o| o.include_subtree);
        (
            alone.into_iter().map(|o| o.org_id).collect(),
            subtree.into_iter().map(|o| o.org_id).collect(),
        )
    }
}
