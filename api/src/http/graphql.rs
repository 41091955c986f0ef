//! `POST /graphql` (JSON only, no batching) and `GET /graphql` (queries only).

use super::{
    AppState, HttpError,
    session::{Caller, Client},
};
use crate::graphql::{
    context::RequestData,
    introspection::{self, Route},
    limits, observe,
};
use axum::{
    body::Bytes,
    extract::{Query, State},
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Response},
};
use std::collections::HashMap;
use tongxin_core::AppError;

/// A request the server could not read as GraphQL (`BAD_REQUEST`: not JSON, batched, no query).
fn json_error(status: StatusCode, message: &str) -> Response {
    coded_error(status, "BAD_REQUEST", message)
}

fn coded_error(status: StatusCode, code: &str, message: &str) -> Response {
    let body =
        serde_json::json!({ "errors": [{ "message": message, "extensions": { "code": code } }] });
    let mut res = (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER));
    }
    res
}

/// Seconds a client waits before sending a request the database outage refused again.
const RETRY_AFTER: &str = "1";

/// The answer when the caller could not be looked up (503 `UNAVAILABLE` during a database
/// outage, else an opaque 500 `INTERNAL`): the routes' status and code, in a GraphQL body.
fn lookup_failed(e: HttpError) -> Response {
    let reply = e.reply();
    coded_error(reply.status, reply.body.code, &reply.body.message)
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
async fn request_data(state: &AppState, client: Client) -> Result<RequestData, Response> {
    let caller = Caller::of(state, client).await.map_err(lookup_failed)?;
    Ok(RequestData::new(
        state.app.clone(),
        caller.principal,
        caller.client,
        state.limiter.clone(),
    ))
}

async fn execute(
    state: &AppState,
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
        // A document that does not parse is left to the executor, which reports it.
        Err(_) => Route::Regular,
    };
    let mut request = request.data(data);
    let op = observe::Operation::of(&mut request);
    let max_aliases = state.app.config.graphql.max_aliases;
    let response = limits::typed(match limits::refusal(&mut request, max_aliases) {
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
        StatusCode::OK
    };
    let body = serde_json::to_string(&response).unwrap_or_else(|_| "{}".into());
    let mut res = (status, [(header::CONTENT_TYPE, "application/json")], body).into_response();
    for (name, value) in extra.iter() {
        res.headers_mut().append(name.clone(), value.clone());
    }
    if status == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from_static(RETRY_AFTER));
    }
    res
}

/// `POST /graphql`.
pub async fn post(
    State(state): State<AppState>,
    client: Client,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
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
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/json",
        );
    }
    let value: serde_json::Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(_) => return json_error(StatusCode::BAD_REQUEST, "body is not valid JSON"),
    };
    if value.is_array() {
        return json_error(
            StatusCode::BAD_REQUEST,
            "batched requests are not supported",
        );
    }
    let request: async_graphql::Request = match serde_json::from_value(value) {
        Ok(r) => r,
        Err(_) => return json_error(StatusCode::BAD_REQUEST, "body is not a GraphQL request"),
    };
    let data = match request_data(&state, client).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    execute(&state, data, request).await
}

/// `GET /graphql`: queries only; a mutation over GET is refused with 405.
pub async fn get(
    State(state): State<AppState>,
    client: Client,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let Some(query) = params.get("query") else {
        return json_error(StatusCode::BAD_REQUEST, "missing query parameter");
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
        let mut res = json_error(StatusCode::METHOD_NOT_ALLOWED, "mutations must use POST");
        res.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return res;
    }
    let mut request = async_graphql::Request::new(query.clone());
    if let Some(op) = params.get("operationName") {
        request = request.operation_name(op.clone());
    }
    if let Some(vars) = params
        .get("variables")
        .and_then(|v| serde_json::from_str(v).ok())
    {
        request = request.variables(async_graphql::Variables::from_json(vars));
    }
    let data = match request_data(&state, client).await {
        Ok(d) => d,
        Err(r) => return r,
    };
    execute(&state, data, request).await
}
