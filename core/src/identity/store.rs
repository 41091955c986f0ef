//! SQL of sessions, invitations and API keys (tenant tables, under RLS).

use crate::db::TenantTx;
use uuid::Uuid;

pub(crate) struct NewSession {
    pub id: Uuid,
    pub account_id: Uuid,
    pub member_id: Uuid,
    pub token_hash: Vec<u8>,
    pub user_agent: Option<String>,
    pub ip: Option<String>,
    pub days: i64,
}

pub(crate) async fn insert_session(tx: &mut TenantTx, s: &NewSession) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into session (tenant_id, id, account_id, member_id, token_hash, user_agent, ip, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7, now() + $8::bigint * interval '1 day')",
        tenant,
        s.id,
        s.account_id,
        s.member_id,
        &s.token_hash,
        s.user_agent.as_deref(),
        s.ip.as_deref(),
        s.days,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(crate) async fn member_sessions(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Vec<super::SessionRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        super::SessionRow,
        "select id, user_agent, ip, created_at, last_seen_at, expires_at from session
          where tenant_id = $1 and member_id = $2 and revoked_at is null and expires_at > now()
          order by created_at desc limit 100",
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// Revokes one of a member's sessions; false when there was none to revoke.
pub(crate) async fn revoke_session(
    tx: &mut TenantTx,
    member: Uuid,
    id: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update session set revoked_at = now()
          where tenant_id = $1 and member_id = $2 and id = $3 and revoked_at is null",
        tenant,
        member,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Revokes every session of a member (disabled members lose access at once).
pub(crate) async fn revoke_member_sessions(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update session set revoked_at = now()
          where tenant_id = $1 and member_id = $2 and revoked_at is null",
        tenant,
        member,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(crate) struct NewInvitation<'a> {
    pub id: Uuid,
    pub email: &'a str,
    pub name: &'a str,
    pub org_id: Uuid,
    pub token_hash: Vec<u8>,
    pub invited_by: Uuid,
    pub days: i64,
}

pub(crate) async fn insert_invitation(
    tx: &mut TenantTx,
    i: &NewInvitation<'_>,
) -> sqlx::Result<super::InvitationRow> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        super::InvitationRow,
        "insert into invitation (tenant_id, id, email, name, org_id, token_hash, invited_by, expires_at)
         values ($1, $2, $3, $4, $5, $6, $7, now() + $8::bigint * interval '1 day')
         returning id, email, name, org_id, invited_by, created_at, expires_at, accepted_at, revoked_at, member_id",
        tenant,
        i.id,
        i.email,
        i.name,
        i.org_id,
        &i.token_hash,
        i.invited_by,
        i.days,
    )
    .fetch_one(tx.conn())
    .await
}

/// `select`s invitations with the column list of [`super::InvitationRow`] written once.
macro_rules! select_invitations {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            super::InvitationRow,
            "select id, email, name, org_id, invited_by, created_at, expires_at, accepted_at,
                    revoked_at, member_id
               from invitation " + $tail
            $(, $arg)*
        )
    };
}

pub(crate) async fn open_invitation_for_update(
    tx: &mut TenantTx,
    id: Uuid,
) -> sqlx::Result<Option<super::InvitationRow>> {
    let tenant = tx.tenant();
    select_invitations!(
        "where tenant_id = $1 and id = $2 and accepted_at is null and revoked_at is null
           and expires_at > now() for update",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(crate) async fn mark_invitation_accepted(
    tx: &mut TenantTx,
    id: Uuid,
    member: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update invitation set accepted_at = now(), member_id = $3 where tenant_id = $1 and id = $2",
        tenant,
        id,
        member,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(crate) async fn list_invitations(
    tx: &mut TenantTx,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<super::InvitationRow>> {
    let tenant = tx.tenant();
    select_invitations!(
        "where tenant_id = $1 and ($2::uuid is null or id < $2) order by id desc limit $3",
        tenant,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

pub(crate) async fn revoke_invitation(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update invitation set revoked_at = now()
          where tenant_id = $1 and id = $2 and accepted_at is null and revoked_at is null
          returning org_id",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(crate) async fn invitation_org(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select org_id from invitation where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

#[allow(clippy::too_many_arguments)]
pub(crate) async fn insert_api_key(
    tx: &mut TenantTx,
    id: Uuid,
    name: &str,
    prefix: &str,
    hash: &[u8],
    role: &str,
    created_by: Uuid,
) -> sqlx::Result<super::ApiKeyRow> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        super::ApiKeyRow,
        "insert into api_key (tenant_id, id, name, prefix, token_hash, role, created_by)
         values ($1, $2, $3, $4, $5, $6, $7)
         returning id, name, prefix, role, created_by, created_at, last_used_at, revoked_at",
        tenant,
        id,
        name,
        prefix,
        hash,
        role,
        created_by,
    )
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn list_api_keys(tx: &mut TenantTx) -> sqlx::Result<Vec<super::ApiKeyRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        super::ApiKeyRow,
        "select id, name, prefix, role, created_by, created_at, last_used_at, revoked_at
           from api_key where tenant_id = $1 order by revoked_at nulls first, id desc limit 200",
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}

pub(crate) async fn revoke_api_key(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let done = sqlx::query!(
        "update api_key set revoked_at = now() where tenant_id = $1 and id = $2 and revoked_at is null",
        tenant,
        id,
    )
    .execute(tx.conn())
    .await?;
    Ok(done.rows_affected() == 1)
}
