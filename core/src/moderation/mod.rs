//! Moderation: members report chat messages, ideas and idea comments; each reported item
//! goes to the moderation queue of one org (the idea's org; a chat message's org group or
//! department; the tenant's root org for custom groups and direct chats), where holders of
//! Casbin's `moderation` object there (`read`: the queue, `write`: its actions) dismiss the
//! reports, hide the content, warn its author or restore it. Every action is recorded (who,
//! when, note) and audited.
//!
//! An item is hidden automatically once N members reported it since the last decision (N from
//! the tenant's `moderation.auto_hide_reports` rule, 3 by default). Hidden ideas and comments
//! disappear for members; a hidden chat message goes through chat's recall path (members read
//! neither its text nor its file) and comes back on RESTORE. The queue keeps the text as
//! reported for the moderators.

pub mod model;
pub mod rules;
pub mod service;
mod store;

pub use model::{ActionRow, ContentKind, ItemRow, ItemStatus, ModerationAction, ReportRow};
pub use service::{ItemView, ReportOutcome};

/// The notification category of moderation (warnings to authors, new items to moderators).
pub const CATEGORY: &str = "MODERATION";
