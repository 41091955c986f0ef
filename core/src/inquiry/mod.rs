//! Inquiries (党员问询): a member asks an org a question; its officers answer within the
//! deadline of the `inquiry.answer_deadline` rule (working days, Monday to Friday, in Beijing
//! time); the asker rates the answer once.
//!
//! Who may do what is Casbin's `inquiry` object at the org's place: `read` (every inquiry of
//! the org), `write` (answer). The asker reads their own. The deadline is a due item of the
//! reminder engine; this module delivers its reminders: before and at the deadline to the
//! org's officers, after it to the officers one level up (category `INQUIRY`).

pub mod model;
pub mod rules;
pub mod service;
mod store;

pub use model::{InquiryRow, InquiryStatus};
pub use service::InquiryView;

/// The notification category of inquiries.
pub const CATEGORY: &str = "INQUIRY";
/// The due-item kind of an inquiry's answer deadline (subject: the org).
pub const DUE_KIND: &str = "INQUIRY_ANSWER";

pub(crate) use service::register_reminders;
