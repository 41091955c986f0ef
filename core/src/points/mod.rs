//! Points (积分): per-tenant rules, an append-only ledger, balances, rankings and appeals.
//!
//! Rules are data (`point_rule`, one per [`PointAction`]): points per event, caps per Beijing
//! day / month / year counted in paid entries, the lines and political statuses they apply to,
//! and their source (依据). Other modules report events through [`earn`] inside their own
//! transaction (activity and meeting attendance, an adopted article, an adopted idea; study and
//! quizzes later); dependencies point from them to points, never back. An event is priced
//! under a lock per member and action, so caps hold under parallel events; an event beyond a
//! cap is recorded with 0 points and the reason; a repeated event is a no-op (a unique key on
//! member, action, source kind and id). An event undone (an attendance struck off) is taken
//! back through [`revoke`]: a correction of minus what it stands at, which the caps no longer
//! count; earning the same event again restores it with a correction priced against the caps.
//!
//! The ledger (`point_entry`) is append-only (the runtime role may only insert): corrections
//! are new entries linking the one they correct. A balance is the sum of a year's entries
//! (Beijing year of the event), so balances reset every year. Rankings (an org's sub-tree, and
//! 支部对标 between branches) use competition ranking: ties share a rank and the next skips.
//! A member appeals their own entry (one pending appeal per entry); an officer (`points` write
//! over the member) upholds it with the corrected points (a correction entry) or rejects it.
//! `POINTS` notifications tell the member of an award and a decision, and the officers of a
//! new appeal.

pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::{
    Account, AppealRow, AppealStatus, AppealView, BranchRankRow, EntryRow, Event, PointAction,
    RankRow, RuleRow, RuleUpdate, SourceKind, YearBalance,
};
pub use service::{
    account, appeal, appeals, award, branch_rankings, decide, earn, ledger, may_edit_rules,
    my_appeals, rankings, revoke, rule_list, update_rule,
};
pub(crate) use store::seed_tenant;
