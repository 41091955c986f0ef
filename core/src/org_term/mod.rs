//! 换届: the terms of the orgs that elect a committee (党委、党总支、党支部、工会、分会、团委、
//! 团支部). A term ends at the earliest explicit end of the org's active positions, else at
//! their latest start plus the term's years: three by default, five for a village or community
//! org (村、社区), from the rule `org.term` (party branches read `party.branch.committee`, as
//! the branch setting review does). The officers of the org and of the org above are reminded
//! before a term ends (six months and one month, `org.term` `remindBeforeMonths`) and once it
//! has ended; an overview lists a sub-tree's orgs by how soon their terms end.

pub mod rules;
mod service;
mod store;

pub use rules::{Stage, TermState};
pub use service::{
    OrgTerm, Overview, REMIND_TASK, overview, remind_all, remind_in, set_village_or_community,
};
pub use store::TermRow;
