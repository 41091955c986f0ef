//! The tenant's public page (no login): the published articles it chose in its public columns,
//! addressed by the tenant's slug (as sign-in addresses tenants). Read-only JSON for the web
//! app's `/p/{slug}` page; no member data (no authors, no counts), bodies as cleaned HTML.

use super::{AppState, HttpError};
use crate::edge::ids::{self, NodeType};
use axum::{
    Json,
    extract::{Path, State},
    http::header,
    response::{IntoResponse, Response},
};
use chrono::{DateTime, Utc};
use serde::Serialize;
use tongxin_core::publishing::{self, PublicArticle};

/// One article of the public page.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    id: String,
    column_name: String,
    title: String,
    tags: Vec<String>,
    published_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    body_html: Option<String>,
}

fn item(a: PublicArticle, body: bool) -> Item {
    Item {
        id: ids::encode(NodeType::Article, a.id).0,
        column_name: a.column_name,
        title: a.title,
        tags: a.tags,
        published_at: a.published_at,
        body_html: body.then_some(a.body_html),
    }
}

/// The page's listing.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Listing {
    tenant_name: String,
    articles: Vec<Item>,
}

fn json<T: Serialize>(v: T) -> Response {
    (
        [
            (header::CACHE_CONTROL, "public, max-age=60"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        Json(v),
    )
        .into_response()
}

/// `GET /public/{slug}/articles`: the tenant's name and its public articles, newest first.
pub async fn articles(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, HttpError> {
    let (tenant_name, rows) = publishing::public_articles(&state.app, &slug).await?;
    Ok(json(Listing {
        tenant_name,
        articles: rows.into_iter().map(|a| item(a, false)).collect(),
    }))
}

/// `GET /public/{slug}/articles/{id}`: one public article with its body.
pub async fn article(
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
) -> Result<Response, HttpError> {
    let id = ids::decode(NodeType::Article, &id.into())?;
    let a = publishing::public_article(&state.app, &slug, id).await?;
    Ok(json(item(a, true)))
}
