//! The working-day calendar (节假日与调休): statutory deadlines count working days, Monday to
//! Friday except the national holidays, plus the weekend days worked in their place. The
//! national arrangement is data with its source per year (`holiday_year`, `holiday_day`); a
//! tenant's administrators override single days (`holiday_override`). A year not loaded counts
//! Monday to Friday.
//!
//! Modules compute a deadline with [`deadline_in`] inside their own transaction, so the tenant's
//! overrides apply.

pub mod rules;
mod service;
mod store;

pub use rules::{Calendar, DayKind};
pub use service::{CalendarYear, DayInput, deadline, deadline_in, reset_day, set_day, year};
pub use store::DayRow;
