//! 支部设置与换届检查: the party branches of a sub-tree against the rules `party.branch.size`
//! (at least three formal members, at most fifty members) and `party.branch.committee` (a
//! committee of at least three from seven formal members; its term), read as the tenant has
//! them. Counts come from members' party placement and status; the committee is the branch's
//! active positions; the term ends at the earliest explicit end of those positions, else their
//! latest start plus the rule's years.

pub mod rules;
mod service;
mod store;

pub use rules::Warning;
pub use service::{BranchSetting, Review, review};
pub use store::BranchRow;
