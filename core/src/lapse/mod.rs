//! Membership lapse (`membership.lapse`): members who, without a proper reason, take no part
//! in organisational life or pay no dues for the rule's months are treated as having left
//! (自行脱党, 脱团; the union's 自动退会). The data shows two of the rule's three grounds —
//! meetings missed without approved leave, and months billed and not paid — each counted on
//! its own; the third (assigned work) has no record to count yet. Members and the officers of
//! their org are warned at the rule's offsets, and each org lists its members at risk.

pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::{GroundStanding, LapseGround, LapseLevel, LapseRisk, StandingRow};
pub use rules::{LapseRule, Stage, whole_months};
pub use service::{WARN_TASK, assess, risks, warn, warn_all};
