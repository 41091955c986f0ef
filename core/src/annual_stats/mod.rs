//! Annual statistics (年报): the party's 党内统计 tables, the union's 会员 and 工会组织 tables
//! and the league's 团员 and 团组织 tables, computed for an org's sub-tree on a date, with the
//! checks that their figures add up and that every person is counted once, and exported as an
//! `.xlsx` in the returns' layout.
//!
//! Placement is today's (the roster keeps no history of moves); party membership on the date
//! follows the stage history where there is one, and nobody counts before their recorded join
//! date. Unrecorded profile fields are counted in a 未登记 column and listed as warnings.

pub mod rules;
mod service;
mod sheet;
mod store;
pub mod table;

pub use service::{Statistics, Warning, compute, export_xlsx};
pub use sheet::FIRST_DATA_ROW;
