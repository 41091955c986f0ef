//! The one mapping from service errors to GraphQL errors with a stable `extensions.code`.

use async_graphql::{ErrorExtensions, Value};
use tongxin_core::AppError;

/// Converts service results into GraphQL results.
pub trait Gql<T> {
    /// Maps the error to a GraphQL error carrying `extensions.code`.
    fn gql(self) -> async_graphql::Result<T>;
}

impl<T> Gql<T> for Result<T, AppError> {
    fn gql(self) -> async_graphql::Result<T> {
        self.map_err(to_gql)
    }
}

/// Maps one error; internal errors are logged here, once, and shown opaquely.
pub fn to_gql(e: AppError) -> async_graphql::Error {
    let code = e.code();
    match e {
        AppError::Internal(inner) => {
            let id = tongxin_core::new_id().to_string();
            tracing::error!(error = ?inner, error_id = %id, "internal error");
            async_graphql::Error::new("internal error").extend_with(|_, ext| {
                ext.set("code", code);
                ext.set("errorId", id.clone());
            })
        }
        AppError::Validation { message, fields } => {
            async_graphql::Error::new(message).extend_with(|_, ext| {
                ext.set("code", code);
                let map: async_graphql::indexmap::IndexMap<async_graphql::Name, Value> = fields
                    .iter()
                    .map(|(k, v)| (async_graphql::Name::new(k), Value::from(v.as_str())))
                    .collect();
                ext.set("fields", Value::Object(map));
            })
        }
        AppError::TenantChoice(choices) => {
            let message = AppError::TenantChoice(vec![]).to_string();
            async_graphql::Error::new(message).extend_with(|_, ext| {
                ext.set("code", code);
                let list: Vec<Value> = choices
                    .iter()
                    .map(|(slug, name)| {
                        let mut m = async_graphql::indexmap::IndexMap::new();
                        m.insert(async_graphql::Name::new("slug"), Value::from(slug.as_str()));
                        m.insert(async_graphql::Name::new("name"), Value::from(name.as_str()));
                        Value::Object(m)
                    })
                    .collect();
                ext.set("tenants", Value::List(list));
                let mut fields = async_graphql::indexmap::IndexMap::new();
                fields.insert(
                    async_graphql::Name::new("tenantSlug"),
                    Value::from("请选择单位"),
                );
                ext.set("fields", Value::Object(fields));
            })
        }
        other => {
            let message = other.to_string();
            async_graphql::Error::new(message).extend_with(|_, ext| ext.set("code", code))
        }
    }
}
