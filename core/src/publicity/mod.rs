//! Public notices (公示): one capability for every 公示 a tenant publishes — 评优, 干部任前,
//! 发展对象, 转正, 选举结果 and others.
//!
//! An org's officers (`publicity` write) publish a 公示 with its subject (a member and/or an
//! org), an audience frozen at publishing into `publicity_audience` (the
//! [`Audience`](crate::audience::Audience) resolution notices, votes and activities use), and an
//! objection window (`party.publicity.days` for the party kinds, else a given number of days).
//! Members of the audience object during the window, named or anonymously: the author is always
//! recorded for the handlers, hidden from other members when anonymous, and never shown to the
//! subject, who sees a count at most. Objections are taken under the 公示's row lock, so parallel
//! ones are all recorded. Handlers record an outcome for each objection (`UPHELD`/`DISMISSED`)
//! and close the 公示 after its window: `CONFIRMED` when no objection was upheld, else
//! `REJECTED`; `WITHDRAWN` at any time. Every step is audited; `PUBLICITY` notifications tell the
//! audience (published), the handlers (an objection, never who) and the subject (the outcome).
//!
//! The party pipeline's 公示 before 发展 and 转正 ([`crate::pipeline`]) and honours
//! ([`crate::honour`]) publish through this module; a pipeline 公示 is closed by the upper org's
//! decision on the step, an honour follows its 公示's outcome.

pub mod model;
pub mod rules;
mod service;
mod store;

pub(crate) use model::NewPublicity;
pub use model::{
    Access, BodyFormat, ObjectionOutcome, ObjectionStatus, ObjectionView, PublicityInput,
    PublicityKind, PublicityOrigin, PublicityOutcome, PublicityRow, PublicityStatus, PublicityView,
};
pub(crate) use service::{
    branch_party_members, close_linked, load, object_in, objections_in, parse, party_days,
    publish_in, set_window,
};
pub use service::{close, get, handle, list, object, objections, publish};

/// The notification kind (and category) of 公示.
pub const NOTIFICATION_KIND: &str = "PUBLICITY";
