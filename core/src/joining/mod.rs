//! Joining the league and the union (application, then approval by the org, with the league's
//! age rules), the league's annual registration campaigns (团籍注册), age-out warnings at 28,
//! and the union e-member card with a signed, short-lived QR identity.

pub mod age;
mod card;
pub mod model;
pub mod rules;
mod service;
mod store;

pub use card::{union_card, verify_union_card};
pub use model::{
    AGE_OUT_TASK, AgeOut, ApplicationRow, ApplicationStatus, CampaignMember, CampaignRow, JoinLine,
    UnionCard,
};
pub use service::{
    age_out_list, applications, apply, campaign_members, campaigns, decide, register,
    remind_campaign, start_campaign, warn_age_out, warn_age_out_all,
};
