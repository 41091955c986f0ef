//! Tenants: self-service sign-up of an enterprise, and what a tenant looks like.

pub mod model;
mod service;

pub use service::{SignUp, current, sign_up};
