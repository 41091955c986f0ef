//! The second factor: TOTP (RFC 6238) with one-time recovery codes, remembered devices and
//! the tenant's policy of who must use it.
//!
//! A person's second factor belongs to their global account (one authenticator for every
//! tenant they are in); the secret is sealed at rest under the platform KEK
//! ([`crate::sealing`]), recovery codes are kept as SHA-256 hashes. A code is accepted at most
//! once per 30-second step and a recovery code once, each by one atomic statement. Wrong codes
//! count towards a lock of their own (the password's counter is cleared by the right password,
//! which an attacker holding it would send every time).

pub mod rules;
pub(crate) mod store;

use super::{ClientInfo, devices, token};
use crate::db::TenantTx;
use crate::mail::{self, templates};
use crate::{App, AppError, AppResult, Ctx, audit, authz::catalog, ctx::Actor, system};
use chrono::{DateTime, Utc};
use rules::{BadInput, Policy};
use serde_json::json;
use uuid::Uuid;

pub use rules::Policy as SecondFactorPolicy;

/// The viewer's second factor as the security page shows it.
#[derive(Debug, Clone)]
pub struct Status {
    /// Whether a confirmed TOTP protects the account.
    pub enabled: bool,
    /// When it was confirmed.
    pub enabled_at: Option<DateTime<Utc>>,
    /// Recovery codes not yet used.
    pub recovery_codes_left: i64,
    /// Whether the tenant's policy requires a second factor of the viewer.
    pub required: bool,
}

/// A begun enrolment: the secret for manual entry and the URI for a QR code.
#[derive(Debug, Clone)]
pub struct Enrolment {
    /// The secret in base32.
    pub secret: String,
    /// `otpauth://totp/…`.
    pub otpauth_uri: String,
}

/// What a login brought besides the password.
#[derive(Debug, Clone, Default)]
pub struct LoginFactor {
    /// A TOTP code.
    pub totp_code: Option<String>,
    /// A recovery code.
    pub recovery_code: Option<String>,
    /// Remember this device for [`rules::REMEMBER_DAYS`] days.
    pub remember_device: bool,
}

/// How a login passed the second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Passed {
    /// The account has none.
    NotEnrolled,
    /// The device is remembered.
    Remembered,
    /// A TOTP code.
    Code,
    /// A recovery code (now used up).
    RecoveryCode,
}

fn account_of(ctx: &Ctx) -> AppResult<(Uuid, Uuid)> {
    match ctx.actor {
        Actor::Member {
            member_id,
            account_id,
            ..
        } => Ok((member_id, account_id)),
        _ => Err(AppError::Forbidden),
    }
}

fn secret_aad(account: Uuid) -> Vec<u8> {
    format!("tongxin:totp:{account}").into_bytes()
}

fn open_secret(app: &App, account: Uuid, row: &store::TotpRow) -> AppResult<Vec<u8>> {
    let kek = app.report_keys.get(&row.kek_id)?;
    crate::sealing::open(kek, &secret_aad(account), &row.secret_sealed)
}

fn now_step() -> i64 {
    rules::step_at(Utc::now().timestamp())
}

fn code_hash(normalised: &str) -> Vec<u8> {
    token::digest(&format!("recovery:{normalised}"))
}

fn field(name: &str, what: &str, bad: BadInput) -> AppError {
    AppError::field(name, bad.message(what))
}

fn throttle_key(account: Uuid) -> Vec<u8> {
    token::digest(&format!("second-factor:{account}"))
}

async fn refuse_when_locked(app: &App, account: Uuid) -> AppResult<()> {
    if system::login_locked(&app.db, &throttle_key(account)).await? {
        return Err(AppError::RateLimited(format!(
            "验证码错误次数过多，请 {} 分钟后再试",
            app.config.auth.lockout_minutes
        )));
    }
    Ok(())
}

async fn count_failure(app: &App, account: Uuid) -> AppResult<()> {
    system::record_failed_login(
        &app.db,
        &throttle_key(account),
        app.config.auth.max_failed_logins,
        app.config.auth.lockout_minutes,
    )
    .await?;
    Ok(())
}

/// Checks a TOTP code of a confirmed secret and takes its step; counts a failure.
async fn check_code(
    app: &App,
    account: Uuid,
    row: &store::TotpRow,
    code: &str,
    field_name: &str,
) -> AppResult<bool> {
    refuse_when_locked(app, account).await?;
    let code = match rules::parse_code(code) {
        Ok(c) => c,
        Err(bad) => {
            count_failure(app, account).await?;
            return Err(field(field_name, "验证码", bad));
        }
    };
    let secret = open_secret(app, account, row)?;
    let ok = match rules::matching_step(&secret, &code, now_step(), row.last_step) {
        Some(step) => store::take_step(&app.db, account, step).await?,
        None => false,
    };
    if ok {
        system::clear_failed_logins(&app.db, &throttle_key(account)).await?;
    } else {
        count_failure(app, account).await?;
    }
    Ok(ok)
}

/// The confirmed TOTP row of an account, if any.
async fn confirmed(app: &App, account: Uuid) -> AppResult<Option<store::TotpRow>> {
    Ok(store::totp(&app.db, account)
        .await?
        .filter(|r| r.confirmed_at.is_some()))
}

/// Whether the account has a confirmed second factor.
pub(crate) async fn has_second_factor(app: &App, account: Uuid) -> AppResult<bool> {
    Ok(confirmed(app, account).await?.is_some())
}

/// Whether the tenant's policy requires a second factor of the member (inside a transaction
/// of that tenant).
pub(crate) async fn required_in(tx: &mut TenantTx, member: Uuid) -> AppResult<bool> {
    let policy = store::policy(tx).await?;
    let officer = match policy {
        Policy::Officers => store::is_officer(tx, member, catalog::BASE_ROLE).await?,
        _ => false,
    };
    Ok(rules::required(policy, officer))
}

/// The viewer's second factor.
pub async fn status(ctx: &Ctx, app: &App) -> AppResult<Status> {
    let (member, account) = account_of(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let required = required_in(&mut tx, member).await?;
    tx.commit().await?;
    let row = confirmed(app, account).await?;
    let left = match row {
        Some(_) => store::codes_left(&mut *app.db.sys().await?, account).await?,
        None => 0,
    };
    Ok(Status {
        enabled: row.is_some(),
        enabled_at: row.and_then(|r| r.confirmed_at),
        recovery_codes_left: left,
        required,
    })
}

/// Starts (or restarts) the viewer's enrolment: a new secret, pending until a code confirms
/// it. Refused when a confirmed one exists (disable it first).
pub async fn begin_enrolment(ctx: &Ctx, app: &App) -> AppResult<Enrolment> {
    let (_, account) = account_of(ctx)?;
    let row = system::account_by_id(&app.db, account)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    let label = row.email.or(row.phone).unwrap_or(row.name);
    begin_for(app, account, &label).await
}

async fn begin_for(app: &App, account: Uuid, label: &str) -> AppResult<Enrolment> {
    let secret = rules::new_secret();
    let sealed = crate::sealing::seal(app.report_keys.current(), &secret_aad(account), &secret);
    if !store::put_pending(&app.db, account, app.report_keys.current_id(), &sealed).await? {
        return Err(AppError::Conflict(
            "两步验证已启用；如需更换验证器，请先停用".into(),
        ));
    }
    let secret = rules::base32_encode(&secret);
    Ok(Enrolment {
        otpauth_uri: rules::otpauth_uri(label, &secret),
        secret,
    })
}

fn new_codes() -> (Vec<String>, Vec<Vec<u8>>) {
    (0..rules::RECOVERY_CODES)
        .map(|_| {
            let code = rules::new_recovery_code();
            (rules::format_recovery_code(&code), code_hash(&code))
        })
        .unzip()
}

/// The email address of an account, read before a tenant transaction opens (the runtime role
/// may not read accounts).
async fn email_of(app: &App, account: Uuid) -> AppResult<Option<String>> {
    Ok(system::account_by_id(&app.db, account)
        .await?
        .and_then(|a| a.email)
        .filter(|e| !e.is_empty()))
}

/// The mail telling the account holder their second factor changed, in the caller's
/// transaction.
async fn tell(
    tx: &mut TenantTx,
    app: &App,
    account: Uuid,
    to: Option<&str>,
    event: templates::SecondFactorEvent,
) -> AppResult<()> {
    let Some(to) = to.filter(|e| !e.is_empty()) else {
        return Ok(());
    };
    let mail = templates::second_factor_changed(
        templates::Lang::ZhCn,
        format!(
            "second-factor:{}:{account}:{}",
            event.code(),
            crate::new_id()
        ),
        to,
        event,
        &format!("{}/security", app.config.public_url()),
    );
    mail::enqueue(tx, &mail).await?;
    Ok(())
}

/// Confirms the pending enrolment with a code from the authenticator; returns the ten recovery
/// codes, shown this once.
pub async fn confirm_enrolment(ctx: &Ctx, app: &App, code: &str) -> AppResult<Vec<String>> {
    let (_, account) = account_of(ctx)?;
    refuse_when_locked(app, account).await?;
    let code = rules::parse_code(code).map_err(|bad| field("code", "验证码", bad))?;
    let row = store::totp(&app.db, account)
        .await?
        .filter(|r| r.confirmed_at.is_none())
        .ok_or_else(|| AppError::field("code", "请先开始设置两步验证"))?;
    let secret = open_secret(app, account, &row)?;
    let wrong = || AppError::field("code", "验证码不正确");
    let Some(step) = rules::matching_step(&secret, &code, now_step(), row.last_step) else {
        count_failure(app, account).await?;
        return Err(wrong());
    };
    let (shown, hashes) = new_codes();
    if !store::confirm(&app.db, account, step, &hashes).await? {
        return Err(wrong());
    }
    system::clear_failed_logins(&app.db, &throttle_key(account)).await?;
    let to = email_of(app, account).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::object(
        &mut tx,
        ctx,
        "second_factor.enable",
        "account",
        account,
        json!({ "method": "TOTP" }),
    )
    .await?;
    tell(
        &mut tx,
        app,
        account,
        to.as_deref(),
        templates::SecondFactorEvent::Enabled,
    )
    .await?;
    tx.commit().await?;
    Ok(shown)
}

/// Turns the viewer's second factor off, with their password and a current code; refused
/// where the tenant's policy requires one of them.
pub async fn disable(ctx: &Ctx, app: &App, password: &str, code: &str) -> AppResult<()> {
    let (member, account) = account_of(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let required = required_in(&mut tx, member).await?;
    tx.commit().await?;
    if required {
        return Err(AppError::Denied("本单位要求使用两步验证，不能停用".into()));
    }
    let row = confirmed(app, account)
        .await?
        .ok_or_else(|| AppError::field("code", "两步验证未启用"))?;
    let stored = system::account_by_id(&app.db, account)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    if !app
        .hasher
        .verify(password, Some(&stored.password_hash))
        .await?
    {
        return Err(AppError::field("password", "密码不正确"));
    }
    if !check_code(app, account, &row, code, "code").await? {
        return Err(AppError::field("code", "验证码不正确"));
    }
    store::remove(&app.db, account).await?;
    let to = stored.email.clone();
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::object(
        &mut tx,
        ctx,
        "second_factor.disable",
        "account",
        account,
        json!({}),
    )
    .await?;
    tell(
        &mut tx,
        app,
        account,
        to.as_deref(),
        templates::SecondFactorEvent::Disabled,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// New recovery codes (the old ones stop working), with a current code.
pub async fn regenerate_recovery_codes(ctx: &Ctx, app: &App, code: &str) -> AppResult<Vec<String>> {
    let (_, account) = account_of(ctx)?;
    let row = confirmed(app, account)
        .await?
        .ok_or_else(|| AppError::field("code", "两步验证未启用"))?;
    if !check_code(app, account, &row, code, "code").await? {
        return Err(AppError::field("code", "验证码不正确"));
    }
    let (shown, hashes) = new_codes();
    store::replace_codes(&app.db, account, &hashes).await?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    audit::object(
        &mut tx,
        ctx,
        "second_factor.regenerate_recovery_codes",
        "account",
        account,
        json!({ "count": shown.len() }),
    )
    .await?;
    tx.commit().await?;
    Ok(shown)
}

fn required_error(fields: &[(&str, &str)]) -> AppError {
    AppError::SecondFactorRequired {
        message: fields
            .first()
            .map(|(_, m)| m.to_string())
            .unwrap_or_else(|| "请输入两步验证码".into()),
        fields: fields
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    }
}

fn device_hash(device: &str) -> String {
    hex::encode(token::digest(device))
}

/// The second factor of a login whose password was right: passes, or answers
/// `SECOND_FACTOR_REQUIRED` (with a field error when a code was given but is wrong).
pub(crate) async fn check_login(
    app: &App,
    account: Uuid,
    factor: &LoginFactor,
    client: &ClientInfo,
) -> AppResult<Passed> {
    let Some(row) = confirmed(app, account).await? else {
        return Ok(Passed::NotEnrolled);
    };
    let totp = factor.totp_code.as_deref().filter(|c| !c.trim().is_empty());
    let recovery = factor
        .recovery_code
        .as_deref()
        .filter(|c| !c.trim().is_empty());
    if totp.is_none()
        && recovery.is_none()
        && let Some(device) = client.device.as_deref().filter(|d| devices::plausible(d))
        && store::trusted(&app.db, account, &device_hash(device)).await?
    {
        return Ok(Passed::Remembered);
    }
    if let Some(code) = totp {
        return match check_code(app, account, &row, code, "totpCode").await {
            Ok(true) => Ok(Passed::Code),
            Ok(false) => Err(required_error(&[("totpCode", "验证码不正确或已使用")])),
            Err(AppError::Validation { fields, .. }) => Err(AppError::SecondFactorRequired {
                message: fields.values().next().cloned().unwrap_or_default(),
                fields,
            }),
            Err(e) => Err(e),
        };
    }
    if let Some(code) = recovery {
        refuse_when_locked(app, account).await?;
        let ok = match rules::parse_recovery_code(code) {
            Ok(code) => store::take_recovery_code(&app.db, account, &code_hash(&code)).await?,
            Err(_) => false,
        };
        if !ok {
            count_failure(app, account).await?;
            return Err(required_error(&[("recoveryCode", "恢复码不正确或已使用")]));
        }
        system::clear_failed_logins(&app.db, &throttle_key(account)).await?;
        return Ok(Passed::RecoveryCode);
    }
    Err(required_error(&[]))
}

/// After the session of a login is opened (in its transaction, on the system pool: a login has
/// no session yet): remembers the device when asked, audits and mails (to `email`) the use of a
/// recovery code, and marks the session when the policy requires a second factor the account
/// has not enrolled. Everything goes through the transaction's connection, so that a login
/// never waits for a second connection while holding one.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn after_login(
    tx: &mut TenantTx,
    app: &App,
    ctx: &Ctx,
    grant: &super::SessionGrant,
    passed: Passed,
    factor: &LoginFactor,
    email: Option<&str>,
    client: &ClientInfo,
) -> AppResult<()> {
    match passed {
        Passed::NotEnrolled if required_in(tx, grant.member_id).await? => {
            store::mark_session(tx, grant.session_id).await?;
        }
        Passed::Code | Passed::RecoveryCode if factor.remember_device => {
            let device = client
                .device
                .as_deref()
                .filter(|d| devices::plausible(d))
                .or(grant.device_cookie.as_deref());
            if let Some(device) = device {
                store::trust(
                    tx.conn(),
                    grant.account_id,
                    &device_hash(device),
                    rules::REMEMBER_DAYS,
                )
                .await?;
            }
        }
        _ => {}
    }
    if passed == Passed::RecoveryCode {
        let left = store::codes_left(tx.conn(), grant.account_id).await?;
        audit::object(
            tx,
            ctx,
            "second_factor.recovery_code_used",
            "account",
            grant.account_id,
            json!({ "left": left }),
        )
        .await?;
        tell(
            tx,
            app,
            grant.account_id,
            email,
            templates::SecondFactorEvent::RecoveryCodeUsed,
        )
        .await?;
    }
    Ok(())
}

/// A platform operator's second factor at login: required, always.
pub(crate) async fn check_operator(app: &App, account: Uuid, code: Option<&str>) -> AppResult<()> {
    let Some(row) = confirmed(app, account).await? else {
        return Err(AppError::SecondFactorRequired {
            message: "平台运营人员须先设置两步验证（命令 operator-totp）".into(),
            fields: Default::default(),
        });
    };
    let Some(code) = code.filter(|c| !c.trim().is_empty()) else {
        return Err(required_error(&[]));
    };
    match check_code(app, account, &row, code, "totpCode").await {
        Ok(true) => Ok(()),
        Ok(false) => Err(required_error(&[("totpCode", "验证码不正确或已使用")])),
        Err(AppError::Validation { fields, .. }) => Err(AppError::SecondFactorRequired {
            message: fields.values().next().cloned().unwrap_or_default(),
            fields,
        }),
        Err(e) => Err(e),
    }
}

/// Gives an account a new, confirmed TOTP from the command line (platform operators):
/// replaces any earlier one and returns the secret and URI to put in an authenticator.
pub async fn set_up_for_operator(app: &App, email: &str) -> AppResult<Enrolment> {
    let account = system::account_by_login(&app.db, &email.trim().to_lowercase())
        .await?
        .ok_or(AppError::NotFound)?;
    store::remove(&app.db, account.id).await?;
    let label = account.email.clone().unwrap_or(account.name.clone());
    let enrolment = begin_for(app, account.id, &label).await?;
    let (_, hashes) = new_codes();
    // Confirmed as of step 1 (1970), so that the first code of now is accepted at login.
    store::confirm(&app.db, account.id, 1, &hashes).await?;
    Ok(enrolment)
}

/// What re-sealing the TOTP secrets under the current KEK did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reseal {
    /// Secrets sealed again under the current KEK.
    pub resealed: usize,
    /// Secrets under a KEK this node does not have (left as they are, and logged).
    pub unknown: usize,
}

/// Seals every TOTP secret not under the current KEK again with it (the second half of a KEK
/// rotation, beside the report keys): afterwards the retired KEK may be dropped. A secret
/// changed meanwhile (a new enrolment) is left to its new sealing. Safe to run again.
pub async fn reseal_secrets(app: &App) -> AppResult<Reseal> {
    let current = app.report_keys.current_id();
    let mut out = Reseal::default();
    for (account, row) in store::sealed_elsewhere(&app.db, current).await? {
        let Ok(secret) = open_secret(app, account, &row) else {
            tracing::warn!(%account, kek = %row.kek_id, "TOTP secret under an unknown KEK");
            out.unknown += 1;
            continue;
        };
        let sealed = crate::sealing::seal(app.report_keys.current(), &secret_aad(account), &secret);
        if store::reseal(&app.db, account, &row, current, &sealed).await? {
            out.resealed += 1;
        }
    }
    Ok(out)
}

/// Applies the tenant's policy, just changed, to the sessions already open: a member it now
/// covers who has no second factor must enrol before anything else at their next request,
/// without logging in again, and a member it no longer covers is let go. Returns how many
/// sessions changed. Runs in the transaction that changed the policy.
pub(crate) async fn apply_policy_to_sessions(tx: &mut TenantTx, app: &App) -> AppResult<usize> {
    let policy = store::policy(tx).await?;
    let sessions = store::live_sessions(tx).await?;
    let mut accounts: Vec<Uuid> = sessions.iter().map(|s| s.account_id).collect();
    accounts.sort_unstable();
    accounts.dedup();
    let enrolled: std::collections::HashSet<Uuid> = store::enrolled_among(&app.db, &accounts)
        .await?
        .into_iter()
        .collect();
    let mut officers = std::collections::HashMap::new();
    let mut changed = 0;
    for s in sessions {
        let officer = match policy {
            Policy::Officers => match officers.get(&s.member_id) {
                Some(o) => *o,
                None => {
                    let o = store::is_officer(tx, s.member_id, catalog::BASE_ROLE).await?;
                    officers.insert(s.member_id, o);
                    o
                }
            },
            _ => false,
        };
        let needs = rules::required(policy, officer) && !enrolled.contains(&s.account_id);
        if needs != s.needs_second_factor {
            store::set_session_mark(tx, s.id, needs).await?;
            changed += 1;
        }
    }
    Ok(changed)
}
