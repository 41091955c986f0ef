//! Organisation relationship transfers (组织关系接转). The sending org issues an electronic
//! introduction letter (介绍信) with a code, a validity from `transfer.letter` and the dues
//! paid-up month; a receiving org accepts it by code — in the same tenant the member moves
//! between orgs; in another tenant a new membership begins there with only the data
//! `transfer.crossing` names, and the old one is closed (not deleted): its roles, group chats
//! and positions end. Both sides are written in one transaction and audited on both sides;
//! the receipt (回执) is recorded on the letter.

pub mod model;
mod rules;
mod service;
mod store;

pub use model::{Found, IssueInput, LetterRow, LetterStatus};
pub use rules::normalise_code;
pub use service::{accept, cancel, issue, letters, preview};
