//! SQL of the second factor. The account's TOTP, recovery codes and remembered devices are
//! platform tables (a person has one second factor in every tenant), read and written on the
//! `tongxin_system` pool, like the account itself; the tenant's policy, officer grants and the
//! session's mark are read in the tenant's transaction.

use crate::db::{Db, TenantTx};
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

/// An account's TOTP row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(crate) struct TotpRow {
    pub kek_id: String,
    pub secret_sealed: Vec<u8>,
    pub confirmed_at: Option<DateTime<Utc>>,
    pub last_step: i64,
}

pub(crate) async fn totp(db: &Db, account: Uuid) -> sqlx::Result<Option<TotpRow>> {
    sqlx::query_as!(
        TotpRow,
        "select kek_id, secret_sealed, confirmed_at, last_step from account_totp where account_id = $1",
        account,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await
}

/// Stores a pending secret, replacing a pending one; false when the account already has a
/// confirmed one (which a new enrolment may not replace).
pub(crate) async fn put_pending(
    db: &Db,
    account: Uuid,
    kek_id: &str,
    sealed: &[u8],
) -> sqlx::Result<bool> {
    let written = sqlx::query_scalar!(
        r#"insert into account_totp as t (account_id, kek_id, secret_sealed)
           values ($1, $2, $3)
           on conflict (account_id) do update
              set kek_id = excluded.kek_id, secret_sealed = excluded.secret_sealed,
                  created_at = now(), last_step = 0
            where t.confirmed_at is null
        returning 1 as "one!""#,
        account,
        kek_id,
        sealed,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await?;
    Ok(written.is_some())
}

/// Confirms the pending secret with the step its first code was for, stores the recovery codes'
/// hashes and lifts the enrolment mark from the account's sessions, in one transaction; false
/// when nothing was pending (or the step was used).
pub(crate) async fn confirm(
    db: &Db,
    account: Uuid,
    step: i64,
    code_hashes: &[Vec<u8>],
) -> sqlx::Result<bool> {
    let mut tx = db.sys_begin().await?;
    let done = sqlx::query_scalar!(
        r#"update account_totp set confirmed_at = now(), last_step = $2
            where account_id = $1 and confirmed_at is null and last_step < $2
        returning 1 as "one!""#,
        account,
        step,
    )
    .fetch_optional(&mut *tx)
    .await?;
    if done.is_none() {
        return Ok(false);
    }
    put_codes(&mut tx, account, code_hashes).await?;
    sqlx::query!(
        "update session set needs_second_factor = false
          where account_id = $1 and needs_second_factor",
        account,
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(true)
}

async fn put_codes(
    conn: &mut sqlx::PgConnection,
    account: Uuid,
    code_hashes: &[Vec<u8>],
) -> sqlx::Result<()> {
    sqlx::query!("delete from recovery_code where account_id = $1", account)
        .execute(&mut *conn)
        .await?;
    sqlx::query!(
        "insert into recovery_code (account_id, code_hash) select $1, unnest($2::bytea[])",
        account,
        code_hashes,
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Replaces the account's recovery codes.
pub(crate) async fn replace_codes(
    db: &Db,
    account: Uuid,
    code_hashes: &[Vec<u8>],
) -> sqlx::Result<()> {
    let mut tx = db.sys_begin().await?;
    put_codes(&mut tx, account, code_hashes).await?;
    tx.commit().await
}

/// Takes a step for a confirmed secret: true when no code of this step or later was accepted
/// before (one statement, so two requests with one code cannot both pass).
pub(crate) async fn take_step(db: &Db, account: Uuid, step: i64) -> sqlx::Result<bool> {
    let row = sqlx::query_scalar!(
        r#"update account_totp set last_step = $2
            where account_id = $1 and confirmed_at is not null and last_step < $2
        returning 1 as "one!""#,
        account,
        step,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await?;
    Ok(row.is_some())
}

/// Uses a recovery code: true for the one request that found it unused.
pub(crate) async fn take_recovery_code(db: &Db, account: Uuid, hash: &[u8]) -> sqlx::Result<bool> {
    let row = sqlx::query_scalar!(
        r#"update recovery_code set used_at = now()
            where account_id = $1 and code_hash = $2 and used_at is null
        returning 1 as "one!""#,
        account,
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await?;
    Ok(row.is_some())
}

/// Unused recovery codes (on a system connection or transaction).
pub(crate) async fn codes_left(conn: &mut PgConnection, account: Uuid) -> sqlx::Result<i64> {
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from recovery_code where account_id = $1 and used_at is null"#,
        account,
    )
    .fetch_one(conn)
    .await
}

/// Removes the account's second factor: secret, recovery codes and remembered devices.
pub(crate) async fn remove(db: &Db, account: Uuid) -> sqlx::Result<bool> {
    let mut tx = db.sys_begin().await?;
    let gone = sqlx::query!("delete from account_totp where account_id = $1", account)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    sqlx::query!("delete from recovery_code where account_id = $1", account)
        .execute(&mut *tx)
        .await?;
    sqlx::query!("delete from trusted_device where account_id = $1", account)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(gone > 0)
}

/// Whether the device skips the second factor now.
pub(crate) async fn trusted(db: &Db, account: Uuid, device_hash: &str) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from trusted_device
                           where account_id = $1 and device_hash = $2 and expires_at > now()) as "t!""#,
        account,
        device_hash,
    )
    .fetch_one(&mut *db.sys().await?)
    .await
}

/// Remembers a device for `days` (on a system connection or transaction).
pub(crate) async fn trust(
    conn: &mut PgConnection,
    account: Uuid,
    device_hash: &str,
    days: i64,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into trusted_device (account_id, device_hash, expires_at)
         values ($1, $2, now() + $3::bigint * interval '1 day')
         on conflict (account_id, device_hash) do update set expires_at = excluded.expires_at",
        account,
        device_hash,
        days,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// The tenant's policy, as stored.
pub(crate) async fn policy(tx: &mut TenantTx) -> sqlx::Result<super::rules::Policy> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select second_factor_policy as "p: super::rules::Policy" from tenant where id = $1"#,
        tenant,
    )
    .fetch_one(tx.conn())
    .await
}

/// Whether the member holds any role beyond plain member anywhere in the tenant (a tenant
/// admin, or an officer through a position or a manual grant).
pub(crate) async fn is_officer(
    tx: &mut TenantTx,
    member: Uuid,
    base_role: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from casbin_rule
                           where tenant_id = $1 and ptype = 'g' and v0 = 'm:' || $2::uuid::text
                             and v1 <> $3) as "o!""#,
        tenant,
        member,
        base_role,
    )
    .fetch_one(tx.conn())
    .await
}

/// Marks a session as one that must enrol a second factor before anything else.
pub(crate) async fn mark_session(tx: &mut TenantTx, session: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update session set needs_second_factor = true where tenant_id = $1 and id = $2",
        tenant,
        session,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The TOTP rows sealed under another KEK than `kek_id`, with their accounts.
pub(crate) async fn sealed_elsewhere(db: &Db, kek_id: &str) -> sqlx::Result<Vec<(Uuid, TotpRow)>> {
    let rows = sqlx::query!(
        "select account_id, kek_id, secret_sealed, confirmed_at, last_step from account_totp
          where kek_id <> $1 order by account_id",
        kek_id,
    )
    .fetch_all(&mut *db.sys().await?)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let row = TotpRow {
                kek_id: r.kek_id,
                secret_sealed: r.secret_sealed,
                confirmed_at: r.confirmed_at,
                last_step: r.last_step,
            };
            (r.account_id, row)
        })
        .collect())
}

/// Replaces the sealing of `was` with `sealed` under `kek_id`, unless the secret changed
/// meanwhile; whether it was replaced.
pub(crate) async fn reseal(
    db: &Db,
    account: Uuid,
    was: &TotpRow,
    kek_id: &str,
    sealed: &[u8],
) -> sqlx::Result<bool> {
    let done = sqlx::query!(
        "update account_totp set kek_id = $3, secret_sealed = $4
          where account_id = $1 and secret_sealed = $2",
        account,
        &was.secret_sealed,
        kek_id,
        sealed,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A live session of the tenant, as the policy sees it.
pub(crate) struct LiveSession {
    pub id: Uuid,
    pub member_id: Uuid,
    pub account_id: Uuid,
    pub needs_second_factor: bool,
}

/// The tenant's sessions that are neither revoked nor expired.
pub(crate) async fn live_sessions(tx: &mut TenantTx) -> sqlx::Result<Vec<LiveSession>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        LiveSession,
        "select id, member_id, account_id, needs_second_factor from session
          where tenant_id = $1 and revoked_at is null and expires_at > now()",
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}

/// Which of `accounts` have a confirmed second factor.
pub(crate) async fn enrolled_among(db: &Db, accounts: &[Uuid]) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        "select account_id from account_totp
          where account_id = any($1) and confirmed_at is not null",
        accounts,
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Sets or lifts a session's enrolment mark.
pub(crate) async fn set_session_mark(
    tx: &mut TenantTx,
    session: Uuid,
    needs: bool,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update session set needs_second_factor = $3 where tenant_id = $1 and id = $2",
        tenant,
        session,
        needs,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}
