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
        AppError::Validation { message, fields }
        | AppError::SecondFactorRequired { message, fields } => async_graphql::Error::new(message)
            .extend_with(|_, ext| {
                ext.set("code", code);
                let map: async_graphql::indexmap::IndexMap<async_graphql::Name, Value> = fields
                    .iter()
                    .map(|(k, v)| (async_graphql::Name::new(k), Value::from(v.as_str())))
                    .collect();
                ext.set("fields", Value::Object(map));
            }),
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

/// A document that does not parse, as one line: `Syntax error at 1:3: expected selection`.
///
/// The parser renders its syntax errors as several lines of text art (an arrow, the source
/// line, a caret, then `= expected …`), which clients show verbatim in a one-line message
/// box. What a reader needs is the position and what was expected; both are kept, the
/// position in `locations` too. Errors of the parse phase that are already one line
/// (`document contains multiple operations`) pass unchanged.
pub fn syntax_error(e: &async_graphql::ServerError) -> async_graphql::ServerError {
    let lines: Vec<&str> = e.message.lines().map(str::trim).collect();
    if !lines.iter().any(|l| l.starts_with("-->")) {
        return e.clone();
    }
    let expected = lines
        .iter()
        .rev()
        .find_map(|l| l.strip_prefix("= "))
        .or_else(|| lines.iter().copied().find(|l| !l.is_empty()))
        .unwrap_or("unexpected input");
    let expected = readable(expected);
    let message = match e.locations.first() {
        Some(at) => format!("Syntax error at {}:{}: {expected}", at.line, at.column),
        None => format!("Syntax error: {expected}"),
    };
    let mut clean = async_graphql::ServerError::new(message, None);
    clean.locations = e.locations.clone();
    clean.extensions = e.extensions.clone();
    clean
}

/// The grammar's rule names as words: `selection_set` → `selection set`, `EOI` → `end of
/// input`.
fn readable(expected: &str) -> String {
    expected.replace("EOI", "end of input").replace('_', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_error(query: &str) -> async_graphql::ServerError {
        match async_graphql::Request::new(query).parsed_query() {
            Ok(_) => panic!("{query:?} parses"),
            Err(e) => e,
        }
    }

    #[test]
    fn an_unclosed_selection_is_one_line_with_its_position_and_expectation() {
        // Arrange
        let e = parse_error("{ me { ");

        // Act
        let clean = syntax_error(&e);

        // Assert
        assert!(!clean.message.contains('\n'), "{}", clean.message);
        assert!(
            clean.message.starts_with("Syntax error at 1:8: expected "),
            "{}",
            clean.message
        );
        assert_eq!(clean.locations, e.locations);
    }

    #[test]
    fn an_empty_selection_names_what_was_expected() {
        // Arrange
        let e = parse_error("{ }");

        // Act
        let clean = syntax_error(&e);

        // Assert
        assert_eq!(clean.message, "Syntax error at 1:3: expected selection");
    }

    #[test]
    fn an_error_on_a_later_line_reports_that_line() {
        // Arrange
        let e = parse_error("query {\n  viewer {\n    id\n  }\n  ]");

        // Act
        let clean = syntax_error(&e);

        // Assert
        assert!(
            clean.message.starts_with("Syntax error at 5:3: "),
            "{}",
            clean.message
        );
        assert!(!clean.message.contains('\n'), "{}", clean.message);
        assert!(!clean.message.contains('_'), "{}", clean.message);
    }

    #[test]
    fn a_one_line_parse_error_passes_unchanged() {
        // Arrange
        let e = parse_error("query A { a } { b }");

        // Act
        let clean = syntax_error(&e);

        // Assert
        assert_eq!(clean.message, e.message);
        assert!(!clean.message.contains('\n'));
    }
}
