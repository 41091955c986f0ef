//! GraphQL over HTTP (the spec's current draft): which of the two response media types a
//! client accepts, and what a response looks like under it.
//!
//! `application/json` is what every client understood before the spec: any GraphQL response
//! is 200, a request error included, so existing clients see no change. A client that asks
//! for `application/graphql-response+json` learns from the status whether execution started:
//! a request error (a document that does not parse or validate, variables that do not
//! coerce, a refusal before execution) is 400 and carries no `data` entry.

use axum::http::{HeaderMap, StatusCode, header};

/// The response media types the API speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Media {
    /// `application/json`: status 200 for every GraphQL response.
    Json,
    /// `application/graphql-response+json`: status 400 and no `data` on a request error.
    GraphqlResponse,
}

/// The media type of the spec's own responses.
const GRAPHQL_RESPONSE: &str = "application/graphql-response+json";

impl Media {
    /// The media type the request's `Accept` header prefers, `application/json` when it names
    /// none; `None` when it accepts neither (406).
    ///
    /// A wildcard counts for both types but an explicit range wins a tie, so `*/*` gets
    /// `application/json` (the spec's advice for clients that do not say) and
    /// `application/graphql-response+json, application/json;q=0.9` gets the former.
    pub fn negotiate(headers: &HeaderMap) -> Option<Self> {
        let mut accept = headers.get_all(header::ACCEPT).iter().peekable();
        if accept.peek().is_none() {
            return Some(Self::Json);
        }
        // (quality, specificity) of the most specific range matching each type.
        let mut json = (0.0_f32, 0_u8);
        let mut spec = (0.0_f32, 0_u8);
        for value in accept {
            let Ok(value) = value.to_str() else { continue };
            for range in value.split(',') {
                let mut parts = range.split(';');
                let media = parts.next().unwrap_or("").trim().to_ascii_lowercase();
                let quality = parts
                    .filter_map(|p| p.split_once('='))
                    .find(|(k, _)| k.trim().eq_ignore_ascii_case("q"))
                    .and_then(|(_, v)| v.trim().parse::<f32>().ok())
                    .unwrap_or(1.0)
                    .clamp(0.0, 1.0);
                let (for_json, for_spec) = match media.as_str() {
                    "application/json" => (3, 0),
                    GRAPHQL_RESPONSE => (0, 3),
                    "application/*" => (2, 2),
                    "*/*" => (1, 1),
                    _ => (0, 0),
                };
                if for_json > json.1 {
                    json = (quality, for_json);
                }
                if for_spec > spec.1 {
                    spec = (quality, for_spec);
                }
            }
        }
        match (json.0 > 0.0, spec.0 > 0.0) {
            (false, false) => None,
            (true, false) => Some(Self::Json),
            (false, true) => Some(Self::GraphqlResponse),
            (true, true) if spec.0 > json.0 || (spec.0 == json.0 && spec.1 > json.1) => {
                Some(Self::GraphqlResponse)
            }
            (true, true) => Some(Self::Json),
        }
    }

    /// The `Content-Type` of a response in this media type.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Json => "application/json",
            Self::GraphqlResponse => GRAPHQL_RESPONSE,
        }
    }

    /// The status of a GraphQL response that is not a database outage.
    pub fn status(self, request_error: bool) -> StatusCode {
        match self {
            Self::GraphqlResponse if request_error => StatusCode::BAD_REQUEST,
            _ => StatusCode::OK,
        }
    }
}

/// Whether `response` is a request error: refused before execution began. The executor's
/// preparation (parsing, validation, the choice of operation, variable coercion) and the
/// edge's own pre-checks (aliases, strings, introspection access) answer with errors that
/// point at no field and with no data; once execution has begun every error has the path of
/// the field it came from, even when a non-null root field nulls the whole `data`.
pub fn is_request_error(response: &async_graphql::Response) -> bool {
    !response.errors.is_empty()
        && response.data == async_graphql::Value::Null
        && response.errors.iter().all(|e| e.path.is_empty())
}

/// The body of `response` in `media`: under `application/graphql-response+json` a request
/// error has no `data` entry; under `application/json` it keeps `"data": null` as it always
/// has.
pub fn body(response: &async_graphql::Response, media: Media) -> String {
    let mut value = serde_json::to_value(response).unwrap_or_else(|_| serde_json::json!({}));
    if media == Media::GraphqlResponse
        && is_request_error(response)
        && let Some(map) = value.as_object_mut()
    {
        map.remove("data");
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn accepting(value: Option<&'static str>) -> Option<Media> {
        let mut headers = HeaderMap::new();
        if let Some(v) = value {
            headers.insert(header::ACCEPT, HeaderValue::from_static(v));
        }
        Media::negotiate(&headers)
    }

    #[test]
    fn a_client_that_names_no_type_or_any_type_gets_json() {
        for accept in [
            None,
            Some("*/*"),
            Some("application/*"),
            Some("text/html,application/xhtml+xml,*/*;q=0.8"),
            Some("application/json"),
        ] {
            assert_eq!(accepting(accept), Some(Media::Json), "{accept:?}");
        }
    }

    #[test]
    fn a_client_that_names_the_graphql_response_type_gets_it_unless_it_prefers_json() {
        assert_eq!(
            accepting(Some("application/graphql-response+json")),
            Some(Media::GraphqlResponse)
        );
        assert_eq!(
            accepting(Some(
                "application/graphql-response+json, application/json;q=0.9"
            )),
            Some(Media::GraphqlResponse)
        );
        assert_eq!(
            accepting(Some("application/graphql-response+json, */*")),
            Some(Media::GraphqlResponse)
        );
        assert_eq!(
            accepting(Some(
                "application/graphql-response+json;q=0.5, application/json"
            )),
            Some(Media::Json)
        );
    }

    #[test]
    fn a_client_that_accepts_neither_type_is_not_acceptable() {
        assert_eq!(accepting(Some("text/html")), None);
        assert_eq!(accepting(Some("application/json;q=0")), None);
    }

    #[test]
    fn a_refusal_before_execution_is_a_request_error_and_a_field_error_is_not() {
        // Arrange
        let refused = async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(
            "unknown field",
            None,
        )]);
        let mut field = async_graphql::ServerError::new("gone", None);
        field.path = vec![async_graphql::PathSegment::Field("viewer".into())];
        let nulled = async_graphql::Response::from_errors(vec![field]);

        // Act
        let refused_body = body(&refused, Media::GraphqlResponse);
        let nulled_body = body(&nulled, Media::GraphqlResponse);
        let json_body = body(&refused, Media::Json);

        // Assert
        assert!(is_request_error(&refused));
        assert!(!is_request_error(&nulled));
        assert!(!refused_body.contains("\"data\""), "{refused_body}");
        assert!(nulled_body.contains("\"data\":null"), "{nulled_body}");
        assert!(json_body.contains("\"data\":null"), "{json_body}");
    }
}
