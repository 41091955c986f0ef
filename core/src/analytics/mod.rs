//! 数据看板: the figures of an org's sub-tree (members, the party pipeline, organisation life,
//! dues, notices, participation, study and points, grid cases, engagement), read in one
//! repeatable-read transaction on the read pool. Each module's section is present only when
//! the viewer may read that module at the org; what other modules already compute (meeting
//! compliance, dues arrears and rollups, grid statistics) is reused from them, not copied.

pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::*;
pub use service::{TOPICS, dashboard, default_org, follow};
