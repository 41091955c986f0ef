//! 民主评议党员 (democratic evaluation of party members): a campaign per branch and year walks
//! 个人自评 → 党员互评 → 支委会提出意见 → 党员大会决定 → 结束.
//!
//! Peer ratings are anonymous: stored without the rater, with random ids and the day only;
//! who rated is kept apart without the content; every submission stirs the campaign's ratings
//! and the close of the peer stage rewrites them in random order. Officers see the tally per
//! member and grade from the committee stage on, never who gave what. The 优秀 cap comes from
//! the `evaluation.excellent_cap` rule. Who may run a campaign is Casbin's `evaluation` object
//! at the branch (`read`: turnout, self-assessments, tallies, proposals; `write`: start,
//! advance, propose, decide).

pub mod model;
pub mod rules;
pub mod service;
mod store;

pub use model::{CampaignRow, EvaluationStage, Grade, MemberRow, Tally};
pub use service::{CampaignView, GradeEntry, MemberView, NewCampaign, PeerRating};
