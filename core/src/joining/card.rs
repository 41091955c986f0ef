//! The union e-member card: a signed, short-lived QR identity and its check.

use super::model::UnionCard;
use super::store;
use crate::{App, AppError, AppResult, Ctx, links::LinkError};
use chrono::{Duration, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What a union card's QR carries.
#[derive(Debug, Serialize, Deserialize)]
struct CardClaim {
    t: Uuid,
    m: Uuid,
    /// Expires (Unix seconds).
    e: i64,
}

/// The purpose union card codes are signed for.
const CARD: &str = "union-card";
/// A card's QR is valid this long (the page refreshes it), so a screenshot soon stops working.
const CARD_SECS: i64 = 120;

/// The viewer's card; NOT_FOUND when they are not a union member.
pub async fn union_card(ctx: &Ctx, app: &App) -> AppResult<UnionCard> {
    let me = ctx.member_id().ok_or(AppError::NotFound)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, _, _, union) = store::member_facts(&mut tx, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let org = crate::org::store::get(&mut tx, union.ok_or(AppError::NotFound)?)
        .await?
        .ok_or(AppError::NotFound)?;
    let member = crate::member::store::get(&mut tx, me)
        .await?
        .ok_or(AppError::NotFound)?;
    let tenant_name = crate::tenancy::tenant_in(&mut tx).await?.name;
    tx.commit().await?;
    let expires_at = Utc::now() + Duration::seconds(CARD_SECS);
    let code = app
        .links
        .sign(
            &app.db,
            CARD,
            &CardClaim {
                t: ctx.tenant_id,
                m: me,
                e: expires_at.timestamp(),
            },
        )
        .await?;
    Ok(UnionCard {
        name: member.name,
        org_name: org.name,
        tenant_name,
        code,
        expires_at,
    })
}

/// Checks a scanned union card (for those who read members somewhere in the tenant): the
/// member's name and union org when the code is genuine, of this tenant and fresh.
pub async fn verify_union_card(ctx: &Ctx, app: &App, code: &str) -> AppResult<(String, String)> {
    let perms = crate::authz::service::permissions_anywhere(ctx, app).await?;
    if !perms.iter().any(|p| p == "member:read") {
        return Err(AppError::NotFound);
    }
    let claim: CardClaim = match app.links.verify(&app.db, CARD, code.trim()).await? {
        Ok(c) => c,
        Err(LinkError::Malformed | LinkError::BadSignature) => {
            return Err(AppError::field("code", "会员码无效"));
        }
    };
    if claim.t != ctx.tenant_id {
        return Err(AppError::field("code", "不是本单位的会员码"));
    }
    if claim.e <= Utc::now().timestamp() {
        return Err(AppError::field("code", "会员码已过期，请让对方刷新"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, _, _, union) = store::member_facts(&mut tx, claim.m)
        .await?
        .ok_or_else(|| AppError::field("code", "该会员已不在本单位"))?;
    let org = match union {
        Some(o) => crate::org::store::get(&mut tx, o).await?,
        None => None,
    }
    .ok_or_else(|| AppError::field("code", "该成员已不是工会会员"))?;
    let member = crate::member::store::get(&mut tx, claim.m)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok((member.name, org.name))
}
