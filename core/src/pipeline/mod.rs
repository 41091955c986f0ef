//! The party-entry pipeline (入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员): dated
//! stages, transitions proposed by the branch, checked against the tenant's rules (a refusal
//! names the rule and its source), publicised to the branch with recorded objections where
//! the rules ask for it, and decided by the upper org within `party.upper_approval`.

pub mod model;
pub mod rules;
mod service;
mod store;
mod transitions;

pub use model::{
    BoardEntry, BoardRow, DUE_KIND, PositionHeld, StageRow, TransitionRow, TransitionStatus,
};
pub use service::{board, contacts, history, objections, record_stage, set_contact};
pub use transitions::{decide, object, propose, withdraw};
