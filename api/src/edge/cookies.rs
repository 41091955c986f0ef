//! The session and device cookies: their names and the `Set-Cookie` values that change them.

use tongxin_core::identity;

/// Name of the session cookie.
pub const SESSION: &str = "tx_session";

/// How long a browser keeps the session cookie (the session itself may end sooner).
const SESSION_MAX_AGE_SECS: u32 = 30 * 24 * 3600;

/// How long a browser keeps its device id (new-device alerts need it to outlive sessions).
const DEVICE_MAX_AGE_SECS: u32 = 400 * 24 * 3600;

/// A change to the cookies that a resolver asks for and the HTTP layer applies after execution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CookieChange {
    /// Set the session cookie to this token.
    Set(String),
    /// Clear it.
    Clear,
    /// Give the browser a long-lived device id (new-device login alerts).
    Device(String),
}

/// Renders the `Set-Cookie` value of a cookie change; `secure` adds `Secure` (off only for
/// plain-HTTP development).
pub fn set_cookie_value(change: &CookieChange, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    match change {
        CookieChange::Set(token) => format!(
            "{SESSION}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={SESSION_MAX_AGE_SECS}{secure}"
        ),
        CookieChange::Clear => {
            format!("{SESSION}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}")
        }
        CookieChange::Device(id) => format!(
            "{}={id}; Path=/; HttpOnly; SameSite=Lax; Max-Age={DEVICE_MAX_AGE_SECS}{secure}",
            identity::devices::COOKIE
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cleared_session_cookie_expires_at_once_and_keeps_its_flags() {
        let value = set_cookie_value(&CookieChange::Clear, true);
        assert_eq!(
            value,
            "tx_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure"
        );
    }
}
