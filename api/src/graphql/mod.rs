//! The GraphQL schema: types, roots, loaders and the limits that protect it.

pub mod context;
pub mod errors;
pub mod ids;
mod limits;
pub mod loaders;
pub mod mutation;
pub mod notify;
pub mod query;
pub mod subscription;
pub mod types;

use async_graphql::{MergedObject, Schema};
use tongxin_core::config::GraphqlConfig;

/// The query root: the platform's queries, then each module's.
#[derive(MergedObject, Default)]
#[graphql(name = "Query")]
pub struct QueryRoot(query::Query, notify::NotifyQuery);

/// The mutation root.
#[derive(MergedObject, Default)]
#[graphql(name = "Mutation")]
pub struct MutationRoot(mutation::Mutation, notify::NotifyMutation);

/// The schema type.
pub type TongxinSchema = Schema<QueryRoot, MutationRoot, subscription::SubscriptionRoot>;

/// Builds the schema with its limits; `prod` turns off field suggestions.
pub fn build(cfg: &GraphqlConfig, prod: bool) -> TongxinSchema {
    let mut builder = Schema::build(
        QueryRoot::default(),
        MutationRoot::default(),
        subscription::SubscriptionRoot,
    )
    .limit_depth(cfg.max_depth)
    .limit_complexity(cfg.max_complexity)
    .limit_directives(cfg.max_directives)
    .extension(limits::AliasLimit(cfg.max_aliases));
    if prod {
        builder = builder.disable_suggestions();
    }
    builder.finish()
}

/// The SDL of the schema, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    build(&tongxin_core::Config::default().graphql, false).sdl()
}
