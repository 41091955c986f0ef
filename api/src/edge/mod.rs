//! What the GraphQL schema and the HTTP routes both need, so that neither depends on the
//! other for it: global IDs (routes take them in query strings), the session and device
//! cookies (mutations set them, routes read them) and the per-address credential limiter.

pub mod cookies;
pub mod ids;
pub mod ratelimit;
