//! The organisation tree: party, union, youth-league, administrative and grid lines.

mod access;
pub mod model;
pub mod rules;
mod service;
pub(crate) mod store;

pub(crate) use access::path_where;
pub(crate) use store::officers;

pub use service::{
    NewOrg, OrgFilter, archive, assign_position, by_ids, counts_by_line, create, end_position, get,
    list, move_to, positions, rename,
};
