//! The viewer's second factor (TOTP with recovery codes): enrolment, disabling, new recovery
//! codes, and its status on `Viewer.secondFactor`.

use super::{
    context::{app, tenant},
    errors::Gql,
};
use async_graphql::{Context, Enum, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::identity::second_factor;

/// Who in a tenant must log in with a second factor.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::identity::second_factor::SecondFactorPolicy")]
pub enum SecondFactorPolicy {
    /// Nobody is required to (anyone may still turn it on).
    None,
    /// Tenant admins and members holding any position or role beyond plain member.
    Officers,
    /// Every member.
    Everyone,
}

/// A begun TOTP enrolment, pending until `confirmTotpEnrolment` with a code from the
/// authenticator; a new `beginTotpEnrolment` replaces it.
#[derive(SimpleObject)]
pub struct TotpEnrolment {
    /// The shared secret in base32 (RFC 4648, no padding), for entering by hand.
    pub secret: String,
    /// `otpauth://totp/…` URI (issuer 同心/Tongxin, account = the login email) to show as a QR
    /// code; SHA-1, 6 digits, 30-second period.
    pub otpauth_uri: String,
}

/// The viewer's second factor.
#[derive(SimpleObject)]
pub struct SecondFactorStatus {
    /// Whether a confirmed TOTP protects the account (in every tenant it belongs to).
    pub enabled: bool,
    /// When it was confirmed.
    pub enabled_at: Option<DateTime<Utc>>,
    /// Recovery codes not yet used (0 when not enabled).
    pub recovery_codes_left: i64,
    /// Whether this tenant's policy requires a second factor of the viewer. When true and
    /// `enabled` is false, the session may only enrol: every other operation except `viewer`
    /// and `logOut` answers `SECOND_FACTOR_ENROLMENT_REQUIRED`.
    pub required: bool,
}

impl From<second_factor::Status> for SecondFactorStatus {
    fn from(s: second_factor::Status) -> Self {
        Self {
            enabled: s.enabled,
            enabled_at: s.enabled_at,
            recovery_codes_left: s.recovery_codes_left,
            required: s.required,
        }
    }
}

/// The viewer's second factor (for `Viewer.secondFactor`).
pub async fn status(ctx: &Context<'_>) -> async_graphql::Result<SecondFactorStatus> {
    let c = tenant(ctx)?;
    Ok(second_factor::status(&c, app(ctx)).await.gql()?.into())
}

/// Input of `confirmTotpEnrolment`.
#[derive(InputObject)]
pub struct ConfirmTotpEnrolmentInput {
    /// The 6-digit code the authenticator shows now.
    pub code: String,
}

/// Input of `disableTotp`.
#[derive(InputObject)]
pub struct DisableTotpInput {
    /// The viewer's password.
    pub password: String,
    /// A current 6-digit code.
    pub code: String,
}

/// Input of `regenerateRecoveryCodes`.
#[derive(InputObject)]
pub struct RegenerateRecoveryCodesInput {
    /// A current 6-digit code.
    pub code: String,
}

/// The names of the mutations a session that must enrol may still call (with `viewer`,
/// `logOut` and introspection's `__typename`); see [`super::limits`].
pub const ENROLMENT_FIELDS: &[&str] = &["beginTotpEnrolment", "confirmTotpEnrolment"];

/// Enrolling, disabling and renewing the viewer's second factor.
#[derive(Default)]
pub struct SecondFactorMutation;

/// Enrolling, disabling and renewing the viewer's second factor.
#[Object]
impl SecondFactorMutation {
    /// Starts a TOTP enrolment: a new secret, pending until confirmed (replacing a pending
    /// one). `CONFLICT` when the viewer already has a confirmed second factor.
    async fn begin_totp_enrolment(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<TotpEnrolment> {
        let c = tenant(ctx)?;
        let e = second_factor::begin_enrolment(&c, app(ctx)).await.gql()?;
        Ok(TotpEnrolment {
            secret: e.secret,
            otpauth_uri: e.otpauth_uri,
        })
    }

    /// Confirms the pending enrolment with a code; returns the 10 one-time recovery codes,
    /// shown only now (only their hashes are kept). A wrong code is `VALIDATION` on `code`.
    async fn confirm_totp_enrolment(
        &self,
        ctx: &Context<'_>,
        input: ConfirmTotpEnrolmentInput,
    ) -> async_graphql::Result<Vec<String>> {
        let c = tenant(ctx)?;
        second_factor::confirm_enrolment(&c, app(ctx), &input.code)
            .await
            .gql()
    }

    /// Turns the viewer's second factor off (password and a current code). `FORBIDDEN` when
    /// the tenant's policy requires one of the viewer.
    async fn disable_totp(
        &self,
        ctx: &Context<'_>,
        input: DisableTotpInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        second_factor::disable(&c, app(ctx), &input.password, &input.code)
            .await
            .gql()?;
        Ok(true)
    }

    /// New recovery codes (the old ones stop working), with a current code; shown only now.
    async fn regenerate_recovery_codes(
        &self,
        ctx: &Context<'_>,
        input: RegenerateRecoveryCodesInput,
    ) -> async_graphql::Result<Vec<String>> {
        let c = tenant(ctx)?;
        second_factor::regenerate_recovery_codes(&c, app(ctx), &input.code)
            .await
            .gql()
    }
}
