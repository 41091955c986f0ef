//! Dues (党费 / 团费 / 会费): each member's monthly base per line (a history, changes taking
//! effect from a month), monthly bills computed by the tenant's rules, payments recorded
//! offline, corrections as new entries (the ledger is append-only, by grant), arrears with the
//! lapse warning of `membership.lapse`, and roll-ups per org and month.

mod import;
pub mod model;
pub mod payment;
pub mod rules;
mod service;
pub mod start;
pub(crate) mod store;

pub use import::{HEADERS as IMPORT_HEADERS, import_bases};
pub use model::{
    Arrear, ArrearRow, BILL_TASK, BaseRow, BaseSource, EntryKind, EntryRow, NewBase, NewPayment,
    PaymentMethod, RollupRow, StandingRow,
};
pub use rules::{current_month, lapse_warning, parse_line, parse_month};
pub(crate) use service::carry_standing;
pub use service::{
    arrears, bases, bill_all, bill_tenant, correct, export_arrears_xlsx, generate_bills,
    record_payment, remind_arrears, rollup, set_base, standing, statement,
};
