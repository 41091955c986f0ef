//! The few operations that must cross tenants, on the `tongxin_system` pool (BYPASSRLS).
//!
//! This is the list: tenant sign-up and slug lookup, account lookup and login counters,
//! session / API-key / invitation / reset-token lookup by token hash, transfer and report
//! receipt codes by their hash, report-key rotation, platform-operator work and the worker's
//! scans. Three more stores use the system pool, each beside the module whose
//! table the runtime role may not read: `audit::log_store` (the runtime role may only insert
//! into the audit log), `mail::outbox_store` (the worker's sends) and
//! `identity::second_factor::store` (an account's TOTP, recovery codes and remembered devices,
//! platform tables like `account`). They live there, not
//! here, so that `system` may use `audit` and `mail` and never the other way round.
//! Every function filters by tenant explicitly where a tenant is involved.

use crate::db::{Db, TenantTx};
use crate::identity::second_factor::SecondFactorPolicy;
use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

/// A system transaction pinned to one tenant (so the audit chain and policies line up).
pub(crate) async fn begin_for_tenant(db: &Db, tenant: Uuid) -> sqlx::Result<TenantTx> {
    db.sys_begin_tenant(tenant).await
}

/// A tenant row.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct TenantRow {
    /// Id.
    pub id: Uuid,
    /// URL-safe unique name.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// `active` or `suspended`.
    pub status: String,
    /// IANA time zone for dates shown to members.
    pub time_zone: String,
    /// Whether members are emailed when they log in from a new device.
    pub login_alerts: bool,
    /// Who must log in with a second factor.
    pub second_factor_policy: SecondFactorPolicy,
    /// Created.
    pub created_at: DateTime<Utc>,
}

pub(crate) async fn tenant_by_slug(db: &Db, slug: &str) -> sqlx::Result<Option<TenantRow>> {
    sqlx::query_as!(
        TenantRow,
        r#"select id, slug, name, status, time_zone, login_alerts, created_at,
                  second_factor_policy as "second_factor_policy: SecondFactorPolicy"
             from tenant where slug = $1"#,
        slug,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await
}

pub(crate) async fn insert_tenant(
    conn: &mut PgConnection,
    id: Uuid,
    slug: &str,
    name: &str,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into tenant (id, slug, name) values ($1, $2, $3)",
        id,
        slug,
        name,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// A global account.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccountRow {
    /// Id.
    pub id: Uuid,
    /// Email.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Name.
    pub name: String,
    /// argon2id PHC string.
    pub password_hash: String,
}

/// `select`s accounts with the column list of [`AccountRow`] written once; `$tail` is the
/// rest of the statement (a literal, so the query stays checked).
macro_rules! select_accounts {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            AccountRow,
            "select id, email, phone, name, password_hash from account " + $tail
            $(, $arg)*
        )
    };
}

pub(crate) async fn account_by_login(db: &Db, login: &str) -> sqlx::Result<Option<AccountRow>> {
    select_accounts!("where email = $1 or phone = $1 limit 1", login)
        .fetch_optional(&mut *db.sys().await?)
        .await
}

pub(crate) async fn account_by_id(db: &Db, id: Uuid) -> sqlx::Result<Option<AccountRow>> {
    select_accounts!("where id = $1", id)
        .fetch_optional(&mut *db.sys().await?)
        .await
}

pub(crate) async fn account_by_email_in(
    conn: &mut PgConnection,
    email: &str,
) -> sqlx::Result<Option<AccountRow>> {
    select_accounts!("where email = $1 for update", email)
        .fetch_optional(conn)
        .await
}

pub(crate) async fn insert_account(
    conn: &mut PgConnection,
    id: Uuid,
    email: &str,
    name: &str,
    password_hash: &str,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into account (id, email, name, password_hash) values ($1, $2, $3, $4)",
        id,
        email,
        name,
        password_hash,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Whether the identifier is locked out right now.
pub(crate) async fn login_locked(db: &Db, login_hash: &[u8]) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from login_throttle where login_hash = $1 and locked_until > now()) as "locked!""#,
        login_hash,
    )
    .fetch_one(&mut *db.sys().await?)
    .await
}

/// Counts a failed password check for an identifier; locks it for `window_minutes` once
/// `max` failures fall inside one window.
pub(crate) async fn record_failed_login(
    db: &Db,
    login_hash: &[u8],
    max: i32,
    window_minutes: i64,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into login_throttle as t (login_hash, failures, window_start)
         values ($1, 1, now())
         on conflict (login_hash) do update set
           failures = case when t.window_start < now() - $3::bigint * interval '1 minute'
                           then 1 else t.failures + 1 end,
           window_start = case when t.window_start < now() - $3::bigint * interval '1 minute'
                               then now() else t.window_start end,
           locked_until = case when t.window_start >= now() - $3::bigint * interval '1 minute'
                                    and t.failures + 1 >= $2
                               then now() + $3::bigint * interval '1 minute' else t.locked_until end",
        login_hash,
        max,
        window_minutes,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

pub(crate) async fn clear_failed_logins(db: &Db, login_hash: &[u8]) -> sqlx::Result<()> {
    sqlx::query!(
        "delete from login_throttle where login_hash = $1",
        login_hash
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

/// Sets a new password hash and revokes the account's sessions in every tenant except
/// `keep` (the session that made the change, if any).
pub(crate) async fn set_password(
    db: &Db,
    account: Uuid,
    hash: &str,
    keep: Option<Uuid>,
) -> sqlx::Result<()> {
    let mut tx = db.sys_begin().await?;
    sqlx::query!(
        "update account set password_hash = $2, password_changed_at = now() where id = $1",
        account,
        hash,
    )
    .execute(&mut *tx)
    .await?;
    sqlx::query!(
        "update session set revoked_at = now()
          where account_id = $1 and revoked_at is null and ($2::uuid is null or id <> $2)",
        account,
        keep,
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// A tenant an account belongs to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Membership {
    /// Tenant.
    pub tenant_id: Uuid,
    /// Tenant slug.
    pub slug: String,
    /// Tenant name.
    pub tenant_name: String,
    /// The member in that tenant.
    pub member_id: Uuid,
}

pub(crate) async fn active_memberships(db: &Db, account: Uuid) -> sqlx::Result<Vec<Membership>> {
    sqlx::query_as!(
        Membership,
        "select t.id as tenant_id, t.slug, t.name as tenant_name, m.id as member_id
           from member m join tenant t on t.id = m.tenant_id
          where m.account_id = $1 and m.status = 'ACTIVE' and t.status = 'active'
          order by t.name",
        account,
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// What a valid session token stands for.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionInfo {
    /// Session id.
    pub session_id: Uuid,
    /// Tenant.
    pub tenant_id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Account.
    pub account_id: Uuid,
    /// The tenant's policy requires a second factor this account has not enrolled: the
    /// session may only enrol (and read the viewer, log out) until it does.
    pub needs_second_factor: bool,
}

pub(crate) async fn session_by_token(db: &Db, hash: &[u8]) -> sqlx::Result<Option<SessionInfo>> {
    sqlx::query_as!(
        SessionInfo,
        "select s.id as session_id, s.tenant_id, s.member_id, s.account_id, s.needs_second_factor
           from session s
           join tenant t on t.id = s.tenant_id
           join member m on m.tenant_id = s.tenant_id and m.id = s.member_id
          where s.token_hash = $1 and s.revoked_at is null and s.expires_at > now()
            and t.status = 'active' and m.status = 'ACTIVE'",
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await
}

/// What a valid API key stands for: `(tenant, key id)`.
pub(crate) async fn api_key_by_token(db: &Db, hash: &[u8]) -> sqlx::Result<Option<(Uuid, Uuid)>> {
    let row = sqlx::query!(
        "update api_key k set last_used_at = now()
           from tenant t
          where k.token_hash = $1 and k.revoked_at is null and t.id = k.tenant_id and t.status = 'active'
          returning k.tenant_id, k.id",
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await?;
    Ok(row.map(|r| (r.tenant_id, r.id)))
}

/// The tenant of an open invitation: `(tenant, invitation id)`.
pub(crate) async fn invitation_by_token(
    db: &Db,
    hash: &[u8],
) -> sqlx::Result<Option<(Uuid, Uuid)>> {
    let row = sqlx::query!(
        "select i.tenant_id, i.id from invitation i join tenant t on t.id = i.tenant_id
          where i.token_hash = $1 and i.accepted_at is null and i.revoked_at is null
            and i.expires_at > now() and t.status = 'active'",
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await?;
    Ok(row.map(|r| (r.tenant_id, r.id)))
}

/// Stores a reset token and enqueues its email in one transaction.
pub(crate) async fn insert_password_reset(
    db: &Db,
    account: Uuid,
    hash: &[u8],
    minutes: i64,
    mail: &crate::mail::Mail,
) -> sqlx::Result<()> {
    let mut tx = db.sys_begin().await?;
    sqlx::query!(
        "insert into password_reset (id, account_id, token_hash, expires_at)
         values ($1, $2, $3, now() + $4::bigint * interval '1 minute')",
        crate::new_id(),
        account,
        hash,
        minutes,
    )
    .execute(&mut *tx)
    .await?;
    crate::mail::enqueue(&mut tx, mail).await?;
    tx.commit().await
}

/// Marks a reset token used and returns its account, if it was valid.
pub(crate) async fn consume_password_reset(db: &Db, hash: &[u8]) -> sqlx::Result<Option<Uuid>> {
    sqlx::query_scalar!(
        "update password_reset set used_at = now()
          where token_hash = $1 and used_at is null and expires_at > now()
          returning account_id",
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await
}

// ---- platform operators ----------------------------------------------------------------

pub(crate) async fn is_operator(db: &Db, account: Uuid) -> sqlx::Result<bool> {
    sqlx::query_scalar!(
        r#"select exists (select 1 from platform_operator where account_id = $1) as "operator!""#,
        account,
    )
    .fetch_one(&mut *db.sys().await?)
    .await
}

pub(crate) async fn make_operator(db: &Db, account: Uuid) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into platform_operator (account_id) values ($1) on conflict do nothing",
        account,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

pub(crate) async fn insert_operator_session(
    db: &Db,
    account: Uuid,
    hash: &[u8],
    days: i64,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into operator_session (id, account_id, token_hash, expires_at)
         values ($1, $2, $3, now() + $4::bigint * interval '1 day')",
        crate::new_id(),
        account,
        hash,
        days,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

pub(crate) async fn operator_by_token(db: &Db, hash: &[u8]) -> sqlx::Result<Option<Uuid>> {
    sqlx::query_scalar!(
        "select account_id from operator_session
          where token_hash = $1 and revoked_at is null and expires_at > now()",
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await
}

/// A tenant as platform operators see it.
#[derive(Debug, Clone)]
pub struct TenantSummary {
    /// The tenant.
    pub tenant: TenantRow,
    /// Active members.
    pub member_count: i64,
}

/// Tenants in id order after `after`; with `search`, only those whose name or slug contains it
/// (case-insensitive, taken literally).
pub(crate) async fn list_tenants(
    db: &Db,
    after: Option<Uuid>,
    limit: i64,
    search: Option<&str>,
) -> sqlx::Result<Vec<TenantSummary>> {
    let rows = sqlx::query!(
        r#"select t.id, t.slug, t.name, t.status, t.time_zone, t.login_alerts, t.created_at,
                t.second_factor_policy as "second_factor_policy: SecondFactorPolicy",
                (select count(*) from member m where m.tenant_id = t.id and m.status = 'ACTIVE') as "member_count!"
           from tenant t
          where ($1::uuid is null or t.id > $1)
            and ($3::text is null or strpos(lower(t.name), lower($3)) > 0 or strpos(lower(t.slug), lower($3)) > 0)
          order by t.id limit $2"#,
        after,
        limit,
        search,
    )
    .fetch_all(&mut *db.sys().await?)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| TenantSummary {
            tenant: TenantRow {
                id: r.id,
                slug: r.slug,
                name: r.name,
                status: r.status,
                time_zone: r.time_zone,
                login_alerts: r.login_alerts,
                second_factor_policy: r.second_factor_policy,
                created_at: r.created_at,
            },
            member_count: r.member_count,
        })
        .collect())
}

/// Suspends or resumes a tenant; suspension revokes every session of it.
pub(crate) async fn set_tenant_status(
    db: &Db,
    tenant: Uuid,
    suspended: bool,
) -> sqlx::Result<bool> {
    let mut tx = begin_for_tenant(db, tenant).await?;
    let changed = sqlx::query!(
        "update tenant set status = $2, suspended_at = case when $2 = 'suspended' then now() end
          where id = $1",
        tenant,
        if suspended { "suspended" } else { "active" },
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if suspended {
        sqlx::query!(
            "update session set revoked_at = now() where tenant_id = $1 and revoked_at is null",
            tenant,
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(changed == 1)
}

// ---- due-item scan (the worker's cron) ---------------------------------------------------

/// An open due item whose next reminder time has come.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DueCandidate {
    /// Tenant.
    pub tenant_id: Uuid,
    /// Item.
    pub id: Uuid,
    /// Due time.
    pub due_at: DateTime<Utc>,
    /// Reminder offsets in minutes.
    pub offsets_minutes: Vec<i32>,
    /// First offset (1-based) not yet enqueued.
    pub next_offset: i32,
}

pub(crate) async fn due_candidates(
    db: &Db,
    now: DateTime<Utc>,
    limit: i64,
) -> sqlx::Result<Vec<DueCandidate>> {
    sqlx::query_as!(
        DueCandidate,
        "select tenant_id, id, due_at, offsets_minutes, next_offset from due_item
          where status = 'OPEN' and next_offset <= cardinality(offsets_minutes)
            and due_at + make_interval(mins => offsets_minutes[next_offset]) <= $1
          order by due_at limit $2",
        now,
        limit,
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Every tenant, active or suspended (the daily retention purge: a suspended tenant's data
/// ages all the same).
pub(crate) async fn all_tenants(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!("select id from tenant order by id")
        .fetch_all(&mut *db.sys().await?)
        .await
}

/// Active tenants that keep dues bases (the monthly bill run).
pub(crate) async fn tenants_with_dues(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        "select t.id from tenant t
          where t.status = 'active' and exists (select 1 from dues_base d where d.tenant_id = t.id)",
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Active tenants with active members on any line (the daily `membership.lapse` scan).
pub(crate) async fn tenants_with_line_members(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        "select t.id from tenant t
          where t.status = 'active' and exists (select 1 from member m
                where m.tenant_id = t.id and m.status = 'ACTIVE'
                  and (m.political_status in ('PROBATIONARY', 'FULL_MEMBER', 'LEAGUE_MEMBER')
                       or m.union_org_id is not null))",
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Active tenants with orgs that must hold meetings (the compliance scan visits them).
pub(crate) async fn tenants_with_meeting_orgs(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        "select t.id from tenant t
          where t.status = 'active' and exists (select 1 from org_unit o
                where o.tenant_id = t.id and o.archived_at is null
                  and o.kind in ('PARTY_BRANCH', 'PARTY_GROUP', 'YOUTH_BRANCH', 'UNION_COMMITTEE'))",
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Active tenants where some org has a current position (the daily term reminder visits them).
pub(crate) async fn tenants_with_positions(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        "select t.id from tenant t
          where t.status = 'active' and exists (select 1 from position p
                where p.tenant_id = t.id and p.ended_at is null)",
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Active tenants with an open assessment scheme (the daily recomputation visits them).
pub(crate) async fn tenants_with_open_assessments(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        "select t.id from tenant t
          where t.status = 'active' and exists (select 1 from assessment_scheme s
                where s.tenant_id = t.id and s.status = 'OPEN')",
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Registers a transfer letter's code (its hash) in the platform-wide index.
pub(crate) async fn insert_transfer_code(
    db: &Db,
    hash: &[u8],
    tenant: Uuid,
    letter: Uuid,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into transfer_code (code_hash, issuer_tenant, letter_id) values ($1, $2, $3)",
        hash,
        tenant,
        letter,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

/// The tenant and letter a transfer code belongs to.
pub(crate) async fn transfer_code(db: &Db, hash: &[u8]) -> sqlx::Result<Option<(Uuid, Uuid)>> {
    let row = sqlx::query!(
        "select issuer_tenant, letter_id from transfer_code where code_hash = $1",
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await?;
    Ok(row.map(|r| (r.issuer_tenant, r.letter_id)))
}

/// Registers a report's receipt code (its hash) in the platform-wide index.
pub(crate) async fn insert_report_receipt(
    db: &Db,
    hash: &[u8],
    tenant: Uuid,
    report: Uuid,
) -> sqlx::Result<()> {
    sqlx::query!(
        "insert into report_receipt (code_hash, report_tenant, report_id) values ($1, $2, $3)",
        hash,
        tenant,
        report,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

/// The tenant and report a receipt code belongs to.
pub(crate) async fn report_receipt(db: &Db, hash: &[u8]) -> sqlx::Result<Option<(Uuid, Uuid)>> {
    let row = sqlx::query!(
        "select report_tenant, report_id from report_receipt where code_hash = $1",
        hash,
    )
    .fetch_optional(&mut *db.sys().await?)
    .await?;
    Ok(row.map(|r| (r.report_tenant, r.report_id)))
}

/// Forgets a deleted report's receipt code.
pub(crate) async fn delete_report_receipt(db: &Db, tenant: Uuid, report: Uuid) -> sqlx::Result<()> {
    sqlx::query!(
        "delete from report_receipt where report_tenant = $1 and report_id = $2",
        tenant,
        report,
    )
    .execute(&mut *db.sys().await?)
    .await?;
    Ok(())
}

/// Tenants that have report keys (a KEK rotation visits them).
pub(crate) async fn tenants_with_report_keys(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(r#"select distinct tenant_id as "id!" from report_key"#)
        .fetch_all(&mut *db.sys().await?)
        .await
}

/// Tenants with a ready personal data export whose time ended by `now` (the expiry sweep
/// visits them).
pub(crate) async fn tenants_with_expired_exports(
    db: &Db,
    now: DateTime<Utc>,
) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        r#"select distinct tenant_id as "id!" from personal_data_export
            where status = 'READY' and expires_at <= $1"#,
        now
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

/// Active tenants with league members (the age-out scan visits them).
pub(crate) async fn tenants_with_league_members(db: &Db) -> sqlx::Result<Vec<Uuid>> {
    sqlx::query_scalar!(
        "select t.id from tenant t
          where t.status = 'active' and exists (select 1 from member m
                where m.tenant_id = t.id and m.political_status = 'LEAGUE_MEMBER' and m.status = 'ACTIVE')",
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}

pub(crate) async fn link_key(db: &Db) -> sqlx::Result<Vec<u8>> {
    sqlx::query_scalar!("select secret from platform_secret where name = 'links'")
        .fetch_one(&mut *db.sys().await?)
        .await
}

/// An active tenant and the digest periods it finished lately.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct DigestTenant {
    /// Tenant.
    pub id: Uuid,
    /// Its time zone (digests go out in the morning there).
    pub time_zone: String,
    /// The periods it finished most recently.
    pub done: Vec<String>,
}

pub(crate) async fn digest_tenants(db: &Db) -> sqlx::Result<Vec<DigestTenant>> {
    sqlx::query_as!(
        DigestTenant,
        r#"select t.id, t.time_zone,
                array(select b.period from digest_batch b where b.tenant_id = t.id
                       order by b.finished_at desc limit 16) as "done!"
           from tenant t where t.status = 'active'"#,
    )
    .fetch_all(&mut *db.sys().await?)
    .await
}
