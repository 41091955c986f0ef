//! Tenants: self-service sign-up of an enterprise, and what a tenant looks like.

pub mod model;
mod service;

pub(crate) use service::tenant_in;
pub use service::{SignUp, current, sign_up, update_settings};
