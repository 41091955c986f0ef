//! Reading and editing a member's statutory profile (the rows and code lists are
//! [`crate::member_profile`]'s), under the member's own access rules.

use crate::{
    App, AppResult, Ctx, audit,
    member_profile::{ProfileInput, ProfileRow, store},
};
use chrono::Utc;
use serde_json::json;
use uuid::Uuid;

/// A member's profile: for the member themself, or for whoever reads members' sensitive fields
/// (that read is audited). `None` when nothing is recorded or the caller may not read it.
pub async fn profile(ctx: &Ctx, app: &App, member_id: Uuid) -> AppResult<Option<ProfileRow>> {
    // The member's own visibility rules first: an unseen member is NotFound.
    super::get(ctx, app, member_id).await?;
    let own = ctx.member_id() == Some(member_id);
    if !own && !super::may_read_sensitive(ctx, app).await? {
        return Ok(None);
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, member_id).await?;
    tx.commit().await?;
    if !own && row.is_some() {
        super::record_sensitive_read(ctx, app, &[member_id], &["profile"]).await?;
    }
    Ok(row)
}

/// Replaces a member's profile (`member` write over the member's org), audited.
pub async fn update_profile(
    ctx: &Ctx,
    app: &App,
    member_id: Uuid,
    input: ProfileInput,
) -> AppResult<ProfileRow> {
    let today = Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive();
    input.check_dates(today)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    super::require_manage(&mut tx, ctx, app, member_id).await?;
    let saved = store::upsert(&mut tx, member_id, &input).await?;
    audit::object(
        &mut tx,
        ctx,
        "member.profile.update",
        "member",
        member_id,
        json!({
            "ethnicity": saved.ethnicity,
            "education": saved.education.map(|e| e.as_str()),
            "occupation": saved.occupation.map(|o| o.as_str()),
        }),
    )
    .await?;
    tx.commit().await?;
    Ok(saved)
}
