//! Assessment (考核): target ledgers (目标考核台账), scores with their breakdown and evidence,
//! year-end ranking and the branch star rating (星级).
//!
//! An org issues a scheme for a year or a quarter that assesses the orgs of one kind in its
//! sub-tree. Each indicator has a weight (its full score), and is either automatic — computed
//! from the tenant's records ([`Metric`]: 三会一课 periods held, dues collected, points per
//! member, notices acknowledged on time, grid cases fed back on time) with the records that
//! make each figure kept beside it — or manual, scored by the issuing org on the progress
//! reports and evidence the assessed org submits. Nothing due earns the full weight. An org's
//! total is the sum of its scores; ranks are competition ranks; stars count the scheme's five
//! ascending thresholds reached. The worker recomputes every open scheme daily
//! ([`RECOMPUTE_TASK`]); the issuing org may recompute at once, and closing computes a last time
//! and freezes the ledger. Permission object `assessment`: `read` to see, `write` to issue,
//! score, recompute and close at the issuing org, and to report at an assessed org.

mod metrics;
pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::{
    IndicatorRow, Ledger, Method, Metric, NewIndicator, NewScheme, OrgResult, PeriodKind, Record,
    ReportRow, SchemeRow, SchemeStatus, ScoreRow,
};
pub use service::{
    RECOMPUTE_TASK, close, create, ledger, recompute, recompute_all, records, report, reports,
    schemes, score, set_stars,
};
