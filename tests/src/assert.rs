//! Checking a GraphQL response for errors in one line.

/// Panics with the GraphQL errors (and the whole response) if `body` carries any or has no
/// `data`; otherwise evaluates to a clone of `data`. A macro rather than a function so the
/// panic points at the test's line.
///
/// ```ignore
/// let data = assert_ok!(app.gql(Some(&t.token), "{ viewer { member { id } } }", json!({})).await);
/// ```
#[macro_export]
macro_rules! assert_ok {
    ($body:expr $(,)?) => {{
        let body: &$crate::__json::Value = &$body;
        if !body["errors"].is_null() || body["data"].is_null() {
            panic!(
                "GraphQL errors: {}\nresponse: {}",
                $crate::__json::to_string_pretty(&body["errors"]).unwrap_or_default(),
                body
            );
        }
        body["data"].clone()
    }};
}
