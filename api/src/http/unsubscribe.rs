//! `/mail/unsubscribe?token=…`: the signed link at the foot of digest emails.
//!
//! `GET` shows a page with one button (link scanners that fetch every URL in a mail must not
//! unsubscribe anyone); `POST` — the button, or a mail client's RFC 8058 one-click — does it.
//!
//! A person reads these answers in a browser, so failures are pages; their status, headers
//! and logging still come from the routes' one error path ([`HttpError`]).

use super::{AppState, HttpError, Query};
use axum::{
    extract::State,
    http::{StatusCode, header},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use tongxin_core::{digest, mail::templates::escape};

/// The query string.
#[derive(Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

fn page(status: StatusCode, heading: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>{h} · 同心</title></head>\
         <body style=\"font-family:sans-serif;max-width:480px;margin:48px auto;padding:0 16px;color:#222\">\
         <div style=\"color:#c8161d;font-size:20px;margin-bottom:16px\">同心 Tongxin</div>\
         <h2>{h}</h2>{body}</body></html>",
        h = escape(heading)
    );
    (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response()
}

/// The page for a failure, with the status and headers the error path gives it.
fn failed(e: HttpError) -> Response {
    let reply = e.reply();
    let mut response = if reply.status == StatusCode::NOT_FOUND {
        page(
            reply.status,
            "链接无效",
            "<p>这个退订链接无效或不完整。请使用邮件中的原始链接，或登录后在“通知设置”中更改。</p>",
        )
    } else {
        page(
            reply.status,
            "暂时无法退订",
            "<p>服务暂时不可用，请稍后再试。</p>",
        )
    };
    reply.add_headers(&mut response);
    response
}

/// The token, when it can be one.
fn token(q: TokenQuery) -> Result<String, HttpError> {
    q.token
        .filter(|t| !t.is_empty() && t.len() < 1024)
        .ok_or_else(HttpError::not_found)
}

/// `GET`: asks for the one click.
pub async fn confirm(Query(q): Query<TokenQuery>) -> Response {
    let token = match token(q) {
        Ok(t) => t,
        Err(e) => return failed(e),
    };
    page(
        StatusCode::OK,
        "退订摘要邮件",
        &format!(
            "<p>退订后将不再收到每日或每周摘要邮件。站内通知和到期提醒不受影响。</p>\
             <form method=\"post\" action=\"?token={}\">\
             <button type=\"submit\" style=\"background:#c8161d;color:#fff;border:0;padding:10px 20px;border-radius:4px;font-size:16px\">确认退订</button>\
             </form>",
            escape(&token)
        ),
    )
}

/// `POST`: unsubscribes.
pub async fn apply(State(state): State<AppState>, Query(q): Query<TokenQuery>) -> Response {
    let token = match token(q) {
        Ok(t) => t,
        Err(e) => return failed(e),
    };
    match digest::unsubscribe(&state.app, &token).await {
        Ok(_) => page(
            StatusCode::OK,
            "已退订",
            "<p>您已退订摘要邮件。如需恢复，请登录同心，在“通知设置”中选择摘要频率。</p>",
        ),
        Err(e) => failed(e.into()),
    }
}
