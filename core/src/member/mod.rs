//! Members: the roster, profiles, political status, placement in the org lines.

mod import_export;
pub mod model;
mod profile;

/// The bus topic of a member added to the tenant (live dashboards count them).
pub const ADDED: &str = "member_added";
mod service;
pub(crate) use service::require_manage;
pub(crate) mod store;

pub(crate) use import_export::read_rows;
pub use import_export::{ImportMode, ImportReport, RowError, export_xlsx, import_file};
pub use model::UnitsWanted;
pub use profile::{profile, update_profile};
pub use service::{
    MemberFilter, MemberUpdate, by_ids, create, get, list, may_read_sensitive,
    record_sensitive_read, set_disabled, stats, update,
};
