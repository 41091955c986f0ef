//! The actions on honours: propose (which publishes the 公示), list an org's honours, a
//! member's honours.

use super::{
    model::{DEFAULT_DAYS, HonourInput, HonourRow},
    rules, store,
};
use crate::audience::{Audience, AudienceOrg};
use crate::publicity::{self, BodyFormat, PublicityInput, PublicityKind, PublicityOrigin};
use crate::survey::model::parse_text;
use crate::tenancy::model::Name;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, Scope, catalog},
    notify,
    page::{Page, PageArgs},
};
use chrono::{Datelike, Utc};
use serde_json::json;
use uuid::Uuid;

/// Longest citation.
pub const CITATION_MAX: usize = 2_000;

/// Proposes an honour (`honour` write at the proposing org) and starts its 公示 (kind
/// `HONOUR`, subject the member or org, audience the org's sub-tree unless given, window
/// `days`, default five). The honour is confirmed when its 公示 closes confirmed.
pub async fn propose(ctx: &Ctx, app: &App, input: HonourInput) -> AppResult<HonourRow> {
    ctx.member_id().ok_or(AppError::NotFound)?;
    let now = Utc::now();
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, org_name) = crate::org::store::path_and_name(&mut tx, input.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::HONOUR, "write")
        .await?;
    rules::check_recipient(
        input.kind,
        input.member_id.is_some(),
        input.recipient_org_id.is_some(),
    )?;
    rules::check_year(
        input.year,
        now.with_timezone(&chrono_tz::Asia::Shanghai).year(),
    )?;
    let title = match (&input.title, input.kind) {
        (Some(t), _) if !t.trim().is_empty() => Name::parse("title", t, 100)?.as_str().to_string(),
        (_, super::HonourKind::Other) => {
            return Err(AppError::field("title", "请填写荣誉名称"));
        }
        (_, k) => k.label().to_string(),
    };
    let issuer = Name::parse("issuer", &input.issuer, 100)?;
    let citation = parse_text("citation", input.citation.as_deref(), CITATION_MAX)?;
    let recipient = match (input.member_id, input.recipient_org_id) {
        (Some(m), _) => {
            store::member(&mut tx, m)
                .await?
                .ok_or_else(|| AppError::field("memberId", "成员不存在"))?
                .0
        }
        (None, Some(o)) => {
            crate::org::store::path_and_name(&mut tx, o)
                .await?
                .ok_or_else(|| AppError::field("recipientOrgId", "组织不存在"))?
                .1
        }
        (None, None) => unreachable!("checked by check_recipient"),
    };
    let audience = input.audience.unwrap_or_else(|| Audience {
        orgs: vec![AudienceOrg {
            org_id: input.org_id,
            include_subtree: true,
        }],
        ..Audience::default()
    });
    let body = format!(
        "经{org_name}研究，拟授予{recipient}{}年度“{title}”称号（颁发单位：{}）。{}",
        input.year,
        issuer.as_str(),
        if citation.is_empty() {
            String::new()
        } else {
            format!("\n\n主要事迹：{citation}")
        }
    );
    let party_days = publicity::party_days(&mut tx).await?;
    let p = publicity::parse(
        PublicityInput {
            org_id: input.org_id,
            kind: PublicityKind::Honour,
            title: format!("拟授予{recipient}“{title}”"),
            body,
            body_format: BodyFormat::Plain,
            subject_member_id: input.member_id,
            subject_org_id: input.recipient_org_id,
            audience,
            window_start: None,
            window_end: None,
            days: Some(input.days.unwrap_or(DEFAULT_DAYS)),
        },
        PublicityOrigin::Honour,
        party_days,
        now,
    )?;
    for o in &p.audience.orgs {
        let (path, _) = crate::org::store::path_and_name(&mut tx, o.org_id)
            .await?
            .ok_or_else(|| AppError::field("audience", "所选组织不存在"))?;
        if !app
            .authz
            .allowed(ctx, &Scope::Org(path), catalog::HONOUR, "write")
            .await?
        {
            return Err(AppError::field("audience", "您无权面向所选组织公示"));
        }
    }
    let (publicity_id, written) = publicity::publish_in(&mut tx, ctx, &p).await?;
    let id = crate::new_id();
    store::insert(
        &mut tx,
        &store::NewHonour {
            id,
            org_id: input.org_id,
            kind: input.kind,
            title: &title,
            member_id: input.member_id,
            recipient_org_id: input.recipient_org_id,
            year: input.year,
            issuer: issuer.as_str(),
            citation: &citation,
            publicity_id,
            by: ctx.member_id(),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "honour.propose",
        "honour",
        id,
        json!({ "kind": input.kind.as_str(), "year": input.year, "publicity": publicity_id,
                "memberId": input.member_id, "recipientOrgId": input.recipient_org_id }),
    )
    .await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id, &written).await;
    Ok(row)
}

/// A page of the honours proposed in an org's sub-tree (`honour` read there), newest first.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    year: Option<i32>,
    page: &PageArgs,
) -> AppResult<Page<HonourRow>> {
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::HONOUR, "read").await?;
    let rows = store::for_org(&mut tx, &path, year, after, page.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, page))
}

/// A member's honours: all of them for the member, else those of orgs where the viewer holds
/// `honour` read, or — confirmed ones — where the viewer reads the member's org.
pub async fn member_honours(ctx: &Ctx, app: &App, member: Uuid) -> AppResult<Vec<HonourRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (_, placed) = store::member(&mut tx, member)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = store::for_member(&mut tx, member).await?;
    tx.commit().await?;
    if ctx.member_id() == Some(member) {
        return Ok(rows);
    }
    let reads_member = app
        .authz
        .allowed(
            ctx,
            &placed.map(Scope::Org).unwrap_or(Scope::Tenant),
            catalog::MEMBER,
            "read",
        )
        .await?;
    let mut rights = RightsByPath::new(catalog::HONOUR);
    let mut out = vec![];
    for r in rows {
        let (read, _) = rights.at(&app.authz, ctx, &r.org_path).await?;
        if read || (reads_member && r.status == super::HonourStatus::Confirmed) {
            out.push(r);
        }
    }
    Ok(out)
}
