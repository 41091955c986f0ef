//! Member services: create, read, update, disable, statistics, sensitive-read audit.

use super::{
    model::{
        MemberRow, MemberStatus, NewMember, UnitsWanted, parse_gender, parse_political_status,
    },
    store,
};
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx,
    audit::{self, Entry},
    authz::{Scope, catalog},
    identity,
    org::{
        self,
        model::{Line, OrgRow},
    },
    page::{Page, PageArgs},
    tenancy::model::{Email, Name, Phone},
};
use chrono::NaiveDate;
use serde_json::json;
use uuid::Uuid;

/// Profile fields a create or update may set; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct MemberUpdate {
    /// Name.
    pub name: Option<String>,
    /// `MALE`/`FEMALE`/男/女.
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Phone.
    pub phone: Option<String>,
    /// Email.
    pub email: Option<String>,
    /// Political status code or label.
    pub political_status: Option<String>,
    /// Org units to place the member in (one per line at most).
    pub organization_ids: Option<Vec<Uuid>>,
    /// Posts.
    pub posts: Option<Vec<String>>,
}

/// Loads the orgs to place a member in, checking the actor may manage members there.
async fn placement_orgs(
    tx: &mut TenantTx,
    ctx: &Ctx,
    app: &App,
    ids: &[Uuid],
) -> AppResult<Vec<OrgRow>> {
    let orgs = org::store::by_ids(tx, ids).await?;
    if orgs.len() != ids.len() {
        return Err(AppError::NotFound);
    }
    let mut lines = std::collections::HashSet::new();
    for o in &orgs {
        app.authz
            .require_visible(ctx, &Scope::Org(o.path.clone()), catalog::MEMBER, "write")
            .await?;
        if o.archived_at.is_some() {
            return Err(AppError::field(
                "organizationIds",
                format!("{}已归档", o.name),
            ));
        }
        if o.line.0 != Line::Grid && !lines.insert(o.line.0) {
            return Err(AppError::field(
                "organizationIds",
                "每条线只能选择一个所属组织",
            ));
        }
    }
    Ok(orgs)
}

/// Applies an update to a row (pure apart from parsing).
fn apply(row: &mut MemberRow, u: &MemberUpdate, orgs: Option<&[OrgRow]>) -> AppResult<()> {
    if let Some(n) = &u.name {
        row.name = Name::parse("name", n, 50)?.as_str().to_string();
    }
    if let Some(g) = &u.gender {
        row.gender = if g.is_empty() {
            None
        } else {
            Some(parse_gender("gender", g)?.to_string())
        };
    }
    if let Some(d) = u.birth_date {
        if d > chrono::Utc::now().date_naive()
            || d < NaiveDate::from_ymd_opt(1900, 1, 1).unwrap_or(d)
        {
            return Err(AppError::field("birthDate", "出生日期不合理"));
        }
        row.birth_date = Some(d);
    }
    if let Some(p) = &u.phone {
        row.phone = if p.is_empty() {
            None
        } else {
            Some(Phone::parse("phone", p)?.as_str().to_string())
        };
    }
    if let Some(e) = &u.email {
        row.email = if e.is_empty() {
            None
        } else {
            Some(Email::parse("email", e)?.as_str().to_string())
        };
    }
    if let Some(s) = &u.political_status {
        row.political_status = parse_political_status("politicalStatus", s)?;
    }
    if let Some(posts) = &u.posts {
        row.posts = posts
            .iter()
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty())
            .collect();
    }
    if let Some(orgs) = orgs {
        let mut placed = NewMember::default();
        for o in orgs {
            placed.place_in(o.line.0, o.id);
        }
        row.org_id = placed.org_id;
        row.party_org_id = placed.party_org_id;
        row.union_org_id = placed.union_org_id;
        row.youth_org_id = placed.youth_org_id;
        row.department_id = placed.department_id;
    }
    Ok(())
}

/// Applies profile fields without placement (used by import).
pub(crate) fn apply_public(row: &mut MemberRow, u: &MemberUpdate) -> AppResult<()> {
    apply(row, u, None)
}

/// Adds a member to the roster (without a login; invite them to give one).
pub async fn create(ctx: &Ctx, app: &App, input: MemberUpdate) -> AppResult<MemberRow> {
    let ids = input.organization_ids.clone().unwrap_or_default();
    if ids.is_empty() {
        app.authz
            .require(ctx, &Scope::Tenant, catalog::MEMBER, "write")
            .await?;
    }
    if input.name.as_deref().is_none_or(|n| n.trim().is_empty()) {
        return Err(AppError::field("name", "姓名不能为空"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let orgs = placement_orgs(&mut tx, ctx, app, &ids).await?;
    let mut row = MemberRow::blank();
    apply(&mut row, &input, Some(&orgs))?;
    let created = store::insert(&mut tx, &to_new(&row)).await?;
    audit::object(
        &mut tx,
        ctx,
        "member.create",
        "member",
        created.id,
        json!({ "name": created.name }),
    )
    .await?;
    tx.commit().await?;
    // Dashboards of the member's orgs count them.
    crate::chat::publish(app, ctx, super::ADDED, created.id, created.id).await;
    Ok(created)
}

pub(crate) fn to_new(row: &MemberRow) -> NewMember {
    NewMember {
        id: row.id,
        account_id: row.account_id,
        name: row.name.clone(),
        gender: row.gender.clone(),
        birth_date: row.birth_date,
        phone: row.phone.clone(),
        email: row.email.clone(),
        political_status: row.political_status,
        org_id: row.org_id,
        party_org_id: row.party_org_id,
        union_org_id: row.union_org_id,
        youth_org_id: row.youth_org_id,
        department_id: row.department_id,
        posts: row.posts.clone(),
    }
}

/// The scope a member is managed in: their primary org, or the tenant when unplaced.
async fn member_scope(tx: &mut TenantTx, m: &MemberRow) -> AppResult<Scope> {
    Ok(match m.org_id {
        Some(o) => match org::store::get(tx, o).await? {
            Some(org) => Scope::Org(org.path),
            None => Scope::Tenant,
        },
        None => Scope::Tenant,
    })
}

/// Edits a member's profile and placement.
pub async fn update(ctx: &Ctx, app: &App, id: Uuid, input: MemberUpdate) -> AppResult<MemberRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let mut row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let scope = member_scope(&mut tx, &row).await?;
    app.authz
        .require_visible(ctx, &scope, catalog::MEMBER, "write")
        .await?;
    let orgs = match &input.organization_ids {
        Some(ids) => Some(placement_orgs(&mut tx, ctx, app, ids).await?),
        None => None,
    };
    apply(&mut row, &input, orgs.as_deref())?;
    let saved = store::update(&mut tx, &row).await?;
    audit::object(
        &mut tx,
        ctx,
        "member.update",
        "member",
        id,
        json!({ "name": saved.name }),
    )
    .await?;
    tx.commit().await?;
    if orgs.is_some() {
        // Org groups follow placement: live chat subscribers of this member re-check access.
        crate::chat::publish(app, ctx, crate::chat::MEMBER_MOVED, id, id).await;
    }
    Ok(saved)
}

/// Disables (revoking every session at once) or re-enables a member.
pub async fn set_disabled(ctx: &Ctx, app: &App, id: Uuid, disabled: bool) -> AppResult<MemberRow> {
    if disabled && ctx.member_id() == Some(id) {
        return Err(AppError::field("id", "不能停用自己的账号"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let scope = member_scope(&mut tx, &row).await?;
    app.authz
        .require_visible(ctx, &scope, catalog::MEMBER, "write")
        .await?;
    let status = if disabled {
        MemberStatus::Disabled
    } else {
        MemberStatus::Active
    };
    let saved = store::set_status(&mut tx, id, status).await?;
    if disabled {
        identity::store::revoke_member_sessions(&mut tx, id).await?;
    }
    let action = if disabled {
        "member.disable"
    } else {
        "member.enable"
    };
    audit::object(&mut tx, ctx, action, "member", id, json!({})).await?;
    tx.commit().await?;
    if disabled {
        identity::revocation::announce(
            app,
            identity::revocation::Ended::Member {
                tenant: ctx.tenant_id,
                member: id,
            },
        )
        .await;
    }
    Ok(saved)
}

/// Requires member management rights (`member` write) over a member's org, as an edit of the
/// member does; an unknown member or one out of the caller's sight is `NotFound`.
pub(crate) async fn require_manage(
    tx: &mut TenantTx,
    ctx: &Ctx,
    app: &App,
    id: Uuid,
) -> AppResult<MemberRow> {
    let row = store::get(tx, id).await?.ok_or(AppError::NotFound)?;
    let scope = member_scope(tx, &row).await?;
    app.authz
        .require_visible(ctx, &scope, catalog::MEMBER, "write")
        .await?;
    Ok(row)
}

/// One member, if visible.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<MemberRow> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let row = store::get(&mut tx, id).await?.ok_or(AppError::NotFound)?;
    let scope = member_scope(&mut tx, &row).await?;
    tx.commit().await?;
    if ctx.member_id() != Some(id) {
        app.authz
            .require_visible(ctx, &scope, catalog::MEMBER, "read")
            .await?;
    }
    Ok(row)
}

/// Members by id for batch loading.
pub async fn by_ids(ctx: &Ctx, app: &App, ids: &[Uuid]) -> AppResult<Vec<MemberRow>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::by_ids(&mut tx, ids).await?;
    tx.commit().await?;
    Ok(rows)
}

/// List filters.
#[derive(Debug, Clone, Default)]
pub struct MemberFilter {
    /// Members anywhere in this org's sub-tree.
    pub organization_id: Option<Uuid>,
    /// Name contains, or exact phone / email.
    pub search: Option<String>,
    /// Members placed on this line.
    pub line: Option<Line>,
    /// Political status code or label.
    pub political_status: Option<String>,
    /// Include disabled members.
    pub include_disabled: bool,
}

/// A page of members in creation order, with the wanted units it refers to: read in the same
/// transaction, so a page and its units are one consistent view for one round of statements.
pub async fn list(
    ctx: &Ctx,
    app: &App,
    filter: &MemberFilter,
    args: &PageArgs,
    units: UnitsWanted,
) -> AppResult<(Page<MemberRow>, Vec<OrgRow>)> {
    let status = filter
        .political_status
        .as_deref()
        .map(|s| parse_political_status("politicalStatus", s))
        .transpose()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let org_path = match filter.organization_id {
        Some(id) => {
            let org = org::store::get(&mut tx, id)
                .await?
                .ok_or(AppError::NotFound)?;
            app.authz
                .require_visible(ctx, &Scope::Org(org.path.clone()), catalog::MEMBER, "read")
                .await?;
            Some(org.path)
        }
        None => {
            app.authz
                .require(ctx, &Scope::Tenant, catalog::MEMBER, "read")
                .await?;
            None
        }
    };
    let search = filter
        .search
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let rows = store::page(
        &mut tx,
        &store::Filter {
            org_path: org_path.as_deref(),
            search,
            line: filter.line.map(Line::code),
            political_status: status,
            include_disabled: filter.include_disabled,
        },
        args.after_uuid()?,
        args.limit(),
    )
    .await?;
    let page = Page::from_fetch(rows, args);
    let unit_ids = units.ids(&page.items);
    let unit_rows = if unit_ids.is_empty() {
        Vec::new()
    } else {
        org::store::by_ids(&mut tx, &unit_ids).await?
    };
    tx.commit().await?;
    Ok((page, unit_rows))
}

/// Whether the actor may read sensitive fields of members tenant-wide.
pub async fn may_read_sensitive(ctx: &Ctx, app: &App) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &Scope::Tenant, catalog::MEMBER_SENSITIVE, "read")
        .await
}

/// Audits a read of sensitive fields of the given members (one row per request).
pub async fn record_sensitive_read(
    ctx: &Ctx,
    app: &App,
    members: &[Uuid],
    fields: &[&str],
) -> AppResult<()> {
    if members.is_empty() {
        return Ok(());
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::record(
        &mut tx,
        ctx,
        Entry {
            action: "member.read_sensitive",
            object_type: "member",
            object_id: (members.len() == 1).then(|| members[0].to_string()),
            detail: json!({ "members": members, "fields": fields }),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Roster statistics: by political status, by line, and the total of active members.
pub async fn stats(
    ctx: &Ctx,
    app: &App,
) -> AppResult<(Vec<(String, i64)>, Vec<(String, i64)>, i64)> {
    app.authz
        .require(ctx, &Scope::Tenant, catalog::MEMBER, "read")
        .await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let s = store::stats(&mut tx).await?;
    tx.commit().await?;
    Ok(s)
}
