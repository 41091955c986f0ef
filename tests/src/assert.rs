//! Checking a GraphQL response for errors in one line.

use serde_json::Value;

/// Panics with the GraphQL errors (and the whole response) if `body` carries any or has no
/// `data`; otherwise evaluates to a clone of `data`. The panic points at the line that uses
/// the macro.
///
/// ```ignore
/// let data = assert_ok!(app.gql(Some(&t.token), "{ viewer { member { id } } }", json!({})).await);
/// ```
#[macro_export]
macro_rules! assert_ok {
    ($body:expr $(,)?) => {
        $crate::ok_data(&$body)
    };
}

/// What [`assert_ok!`] expands to: `body["data"]`, after checking there were no errors.
#[track_caller]
pub fn ok_data(body: &Value) -> Value {
    if !body["errors"].is_null() || body["data"].is_null() {
        panic!(
            "GraphQL errors: {}\nresponse: {body}",
            serde_json::to_string_pretty(&body["errors"]).unwrap_or_default(),
        );
    }
    body["data"].clone()
}
