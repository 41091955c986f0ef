//! `POST /graphql` (JSON only, no batching) and `GET /graphql` (queries only), in the media
//! type the client accepts ([`graphql_media`](super::graphql_media)).
//!
//! The shape checks run before the credential is looked up and before the schema sees the
//! document: a POST whose body is not JSON is refused (415), so a cross-site form or
//! `text/plain` post cannot reach a mutation with the session cookie, and GET runs queries
//! only (405 for a mutation), so a link cannot change anything.

use super::{
    AppState, HttpError,
    graphql_media::{self, Media},
    graphql_vars::InputTypes,
    session::{Caller, Client},
};
use crate::graphql::{
    context::RequestData,
    enrolment,
    introspection::{self, Route},
    limits, observe,
};
use axum::{
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use std::{collections::HashMap, sync::OnceLock};
use tongxin_core::AppError;

/// A request the server could not read as GraphQL (`BAD_REQUEST`: not JSON, batched, no query).
fn json_error(media: Media, status: StatusCode, message: &str) -> Response {
    coded_error(media, status, "BAD_REQUEST", message)
}

fn coded_error(media: Media, status: StatusCode, code: &str, message: &str) -> Response {
    let body =
        serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    let mut res = (
        status,
        [(header::CONTENT_TYPE, media.content_type())],
        body.to_string(),
    )
        .into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER));
    }
    res
}

/// The answer to an `Accept` header that allows neither response media type.
fn not_acceptable() -> Response {
    json_error(
        Media::Json,
        StatusCode::NOT_ACCEPTABLE,
        "Accept must allow application/graphql-response+json or application/json",
    )
}

/// Seconds a client waits before sending a request the database outage refused again.
const RETRY_AFTER: &str = "1";

/// The answer when the caller could not be looked up (503 `UNAVAILABLE` during a database
/// outage, else an opaque 500 `INTERNAL`): the routes' status and code, in a GraphQL body.
fn lookup_failed(media: Media, e: HttpError) -> Response {
    let reply = e.reply();
    coded_error(media, reply.status, reply.body.code, &reply.body.message)
}

/// Whether any error of a response says the database is unavailable.
fn unavailable(response: &async_graphql::Response) -> bool {
    let code = async_graphql::Name::new("code");
    response.errors.iter().any(|e| {
        e.extensions.as_ref().and_then(|x| x.get(&code))
            == Some(&async_graphql::Value::from(AppError::Unavailable.code()))
    })
}

/// Who sent a request that has passed the shape checks: the credential is looked up now.
async fn request_data(
    state: &AppState,
    media: Media,
    client: Client,
) -> Result<RequestData, Response> {
    let caller = Caller::of(state, client)
        .await
        .map_err(|e| lookup_failed(media, e))?;
    Ok(RequestData::new(
        state.app.clone(),
        caller.principal,
        caller.client,
        state.limiter.clone(),
    ))
}

async fn execute(
    state: &AppState,
    media: Media,
    data: RequestData,
    mut request: async_graphql::Request,
) -> Response {
    let operation = request.operation_name.clone();
    let route = match request.parsed_query() {
        Ok(doc) => introspection::route(
            doc,
            operation.as_deref(),
            state.app.config.introspection(),
            data.principal.as_ref(),
        ),
        // A document that does not parse is answered by the alias check below, in one line.
        Err(_) => Route::Regular,
    };
    let needs_enrolment = enrolment::needs_enrolment(data.principal.as_ref());
    let mut request = request.data(data);
    let op = observe::Operation::of(&mut request);
    let max_aliases = state.app.config.graphql.max_aliases;
    let refused = limits::refusal(&mut request, max_aliases, needs_enrolment)
        .or_else(|| coercion_refusal(state, &mut request));
    let response = limits::typed(match refused {
        Some(refused) => refused,
        None => match route {
            Route::Regular => {
                op.instrument(state.schema.execute(request.disable_introspection()))
                    .await
            }
            Route::Introspection => op.instrument(state.introspection.execute(request)).await,
            Route::Refused(message) => {
                async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(
                    message, None,
                )])
            }
        },
    });
    op.finish(&response);
    let extra = response.http_headers.clone();
    // A database outage is the server's condition, not the client's: 503 with a hint to retry.
    let status = if unavailable(&response) {
        StatusCode::SERVICE_UNAVAILABLE
    } else {
        media.status(graphql_media::is_request_error(&response))
    };
    let body = graphql_media::body(&response, media);
    let mut res = (status, [(header::CONTENT_TYPE, media.content_type())], body).into_response();
    for (name, value) in extra.iter() {
        res.headers_mut().append(name.clone(), value.clone());
    }
    if status == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER));
    }
    res
}

/// The GraphQL request in a POST body, checked member by member so that a malformed one is
/// a 400 naming what is wrong rather than a document the executor refuses: `query` a
/// string, `operationName` a string, `variables` and `extensions` objects; each but `query`
/// may be null or absent.
fn read_request(value: serde_json::Value) -> Result<async_graphql::Request, &'static str> {
    use serde_json::Value;
    let Value::Object(mut map) = value else {
        return Err("the body must be a JSON object");
    };
    map.retain(|_, v| !v.is_null());
    match map.get("query") {
        Some(Value::String(_)) => {}
        Some(_) => return Err("query must be a string"),
        None => return Err("missing query"),
    }
    if map.get("operationName").is_some_and(|v| !v.is_string()) {
        return Err("operationName must be a string");
    }
    if map.get("variables").is_some_and(|v| !v.is_object()) {
        return Err("variables must be an object");
    }
    if map.get("extensions").is_some_and(|v| !v.is_object()) {
        return Err("extensions must be an object");
    }
    serde_json::from_value(Value::Object(map)).map_err(|_| "the body is not a GraphQL request")
}

/// The schema's input types, read once: every node of a process serves the same schema.
static INPUT_TYPES: OnceLock<InputTypes> = OnceLock::new();

/// The answer to a request whose variables do not coerce to their declared types (a request
/// error), or `None` to run it.
fn coercion_refusal(
    state: &AppState,
    request: &mut async_graphql::Request,
) -> Option<async_graphql::Response> {
    let types = INPUT_TYPES.get_or_init(|| InputTypes::from_sdl(&state.schema.sdl()));
    let variables = std::mem::take(&mut request.variables);
    let operation = request.operation_name.clone();
    let problem = request
        .parsed_query()
        .ok()
        .and_then(|doc| types.refusal(doc, operation.as_deref(), &variables));
    request.variables = variables;
    problem.map(|message| {
        async_graphql::Response::from_errors(vec![async_graphql::ServerError::new(message, None)])
    })
}

/// `POST /graphql`.
pub async fn post(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let Some(media) = Media::negotiate(&headers) else {
        return not_acceptable();
    };
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let is_json = content_type.split(';').next().is_some_and(|m| {
        let m = m.trim();
        m == "application/json" || m == "application/graphql-response+json"
    });
    if !is_json {
        return json_error(
            media,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/json",
        );
    }
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => return json_error(media, StatusCode::BAD_REQUEST, "body is not valid JSON"),
    };
    if value.is_array() {
        return json_error(
            media,
            StatusCode::BAD_REQUEST,
            "batched requests are not supported",
        );
    }
    let request = match read_request(value) {
        Ok(r) => r,
        Err(message) => return json_error(media, StatusCode::BAD_REQUEST, message),
    };
    let data = match request_data(&state, media, client).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    execute(&state, media, data, request).await
}

/// `GET /graphql`: queries only; a mutation over GET is refused with 405.
pub async fn get(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let Some(media) = Media::negotiate(&headers) else {
        return not_acceptable();
    };
    let Some(query) = params.get("query") else {
        return json_error(media, StatusCode::BAD_REQUEST, "missing query parameter");
    };
    let is_mutation = match async_graphql::parser::parse_query(query) {
        Ok(doc) => doc.operations.iter().any(|(name, op)| {
            let chosen = params
                .get("operationName")
                .is_none_or(|n| name.is_some_and(|x| x.as_str() == n));
            chosen && op.node.ty != async_graphql::parser::types::OperationType::Query
        }),
        Err(_) => false,
    };
    if is_mutation {
        let mut res = json_error(
            media,
            StatusCode::METHOD_NOT_ALLOWED,
            "mutations must use POST",
        );
        res.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return res;
    }
    let mut request = async_graphql::Request::new(query.clone());
    if let Some(op) = params.get("operationName") {
        request = request.operation_name(op.clone());
    }
    if let Some(vars) = params.get("variables") {
        match serde_json::from_str::<serde_json::Value>(vars) {
            Ok(serde_json::Value::Null) => {}
            Ok(vars @ serde_json::Value::Object(_)) => {
                request = request.variables(async_graphql::Variables::from_json(vars));
            }
            _ => {
                return json_error(
                    media,
                    StatusCode::BAD_REQUEST,
                    "variables must be a JSON object",
                );
            }
        }
    }
    let data = match request_data(&state, media, client).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    execute(&state, media, data, request).await
}
