//! The embedded web app: hashed assets cached for a year, `index.html` never cached, and
//! every unknown path answered with `index.html` so client-side routes work.
//!
//! The GraphQL explorer is a second page of the same build (`web/graphiql.html`), so its
//! scripts and styles come from this origin like the app's: it works offline and on an
//! intranet. Its page is served at `/graphiql` only, a route that exists outside production.

use axum::{
    http::{StatusCode, Uri, header},
    response::{IntoResponse, Response},
};
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "../web/dist"]
struct Dist;

/// The explorer's page in `web/dist`; not served by its file name, so that it is reachable
/// only where the `/graphiql` route is.
const GRAPHIQL: &str = "graphiql.html";

pub(super) async fn serve(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    if let Some(file) = Dist::get(path).filter(|_| !path.is_empty() && path != GRAPHIQL) {
        let mime = mime_guess::from_path(path).first_or_octet_stream();
        let cache = if path.starts_with("assets/") {
            "public, max-age=31536000, immutable"
        } else {
            "no-cache"
        };
        return (
            [
                (header::CONTENT_TYPE, mime.as_ref()),
                (header::CACHE_CONTROL, cache),
            ],
            file.data,
        )
            .into_response();
    }
    if path.starts_with("assets/") || path.starts_with("graphql") {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    }
    match Dist::get("index.html") {
        Some(index) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            index.data,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "web app not built").into_response(),
    }
}

/// `GET /graphiql`: the explorer's page, never cached (its assets are, under hashed names).
pub(super) async fn graphiql() -> Response {
    match Dist::get(GRAPHIQL) {
        Some(page) => (
            [
                (header::CONTENT_TYPE, "text/html; charset=utf-8"),
                (header::CACHE_CONTROL, "no-cache"),
            ],
            page.data,
        )
            .into_response(),
        // A build of the API without the web app (a fresh clone before `npm run build`).
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            "The GraphQL explorer is not built: run `cd web && npm run build` (make run does).",
        )
            .into_response(),
    }
}
