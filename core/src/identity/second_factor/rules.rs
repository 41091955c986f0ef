//! The pure rules of the second factor: TOTP (RFC 6238 over RFC 4226 HOTP, HMAC-SHA-1,
//! 6 digits, 30-second steps, one step of drift either way), base32 secrets, the otpauth URI,
//! recovery codes and the tenant policy.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds in one TOTP step.
pub const STEP_SECONDS: i64 = 30;
/// Steps of clock drift accepted on either side of the current one.
pub const DRIFT_STEPS: i64 = 1;
/// Digits of a code.
pub const DIGITS: usize = 6;
/// Bytes of a secret (160 bits, as RFC 4226 recommends for SHA-1).
pub const SECRET_LEN: usize = 20;
/// Recovery codes issued at enrolment and at each regeneration.
pub const RECOVERY_CODES: usize = 10;
/// Characters of a recovery code, without its hyphen (base32: 5 bits each, 50 bits).
pub const RECOVERY_CODE_CHARS: usize = 10;
/// Days a remembered device skips the second factor.
pub const REMEMBER_DAYS: i64 = 30;
/// The issuer shown in authenticator apps.
pub const ISSUER: &str = "同心/Tongxin";
/// Longest code input looked at (anything longer is refused before any work).
pub const MAX_INPUT: usize = 64;

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

crate::text_enum! {
    /// Who in a tenant must log in with a second factor.
    pub enum Policy {
        /// Nobody is required to (anyone may choose to).
        None = "NONE",
        /// Tenant admins and members holding any position or role beyond plain member.
        Officers = "OFFICERS",
        /// Every member.
        Everyone = "EVERYONE",
    }
}

/// Whether the policy requires a second factor of a member who is (`officer`) or is not an
/// admin or officer.
pub fn required(policy: Policy, officer: bool) -> bool {
    match policy {
        Policy::None => false,
        Policy::Officers => officer,
        Policy::Everyone => true,
    }
}

/// RFC 4648 base32 without padding.
pub fn base32_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for &b in bytes {
        buffer = (buffer << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buffer >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buffer << (5 - bits)) & 31) as usize] as char);
    }
    out
}

/// RFC 4648 base32, case-insensitive, ignoring spaces, hyphens and `=` padding; `None` on any
/// other character.
pub fn base32_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() * 5 / 8);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.chars() {
        if matches!(c, ' ' | '-' | '=') {
            continue;
        }
        let c = c.to_ascii_uppercase();
        let v = ALPHABET.iter().position(|&a| char::from(a) == c)? as u32;
        buffer = (buffer << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push(((buffer >> bits) & 0xff) as u8);
        }
    }
    Some(out)
}

/// The RFC 4226 HOTP value of `counter`, as `DIGITS` decimal digits.
pub fn hotp(secret: &[u8], counter: u64) -> String {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret).expect("HMAC takes keys of any length");
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    format!(
        "{:0width$}",
        binary % 10u32.pow(DIGITS as u32),
        width = DIGITS
    )
}

/// The TOTP step of a Unix time in seconds.
pub fn step_at(unix_seconds: i64) -> i64 {
    unix_seconds.div_euclid(STEP_SECONDS)
}

/// The code of a step.
pub fn code_at_step(secret: &[u8], step: i64) -> String {
    hotp(secret, u64::try_from(step).unwrap_or(0))
}

fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The step a code matches within the drift window around `now_step`, skipping steps at or
/// before `last_step` (a code is good once); `None` when it matches none.
pub fn matching_step(secret: &[u8], code: &str, now_step: i64, last_step: i64) -> Option<i64> {
    let mut found = None;
    for step in (now_step - DRIFT_STEPS)..=(now_step + DRIFT_STEPS) {
        // Every candidate is computed and compared, so the timing says nothing about which.
        if same(code_at_step(secret, step).as_bytes(), code.as_bytes())
            && step > last_step
            && found.is_none()
        {
            found = Some(step);
        }
    }
    found
}

/// Why a code input is refused before it is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadInput {
    /// Longer than [`MAX_INPUT`] characters.
    TooLong,
    /// Not of the expected shape (digits, the alphabet, the length).
    Malformed,
}

impl BadInput {
    /// The message shown beside the field.
    pub fn message(self, what: &str) -> String {
        match self {
            BadInput::TooLong => format!("{what}过长"),
            BadInput::Malformed => match what {
                "验证码" => format!("{what}应为 {DIGITS} 位数字"),
                _ => format!("{what}格式不正确"),
            },
        }
    }
}

/// A TOTP code as typed: spaces are dropped; six ASCII digits remain or it is refused.
pub fn parse_code(raw: &str) -> Result<String, BadInput> {
    if raw.chars().count() > MAX_INPUT {
        return Err(BadInput::TooLong);
    }
    let code: String = raw.chars().filter(|c| *c != ' ').collect();
    if code.len() == DIGITS && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(BadInput::Malformed)
    }
}

/// A recovery code as typed, normalised: hyphens and spaces dropped, upper case, ten
/// characters of the base32 alphabet.
pub fn parse_recovery_code(raw: &str) -> Result<String, BadInput> {
    if raw.chars().count() > MAX_INPUT {
        return Err(BadInput::TooLong);
    }
    let code: String = raw
        .chars()
        .filter(|c| !matches!(c, ' ' | '-'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if code.len() == RECOVERY_CODE_CHARS && code.bytes().all(|b| ALPHABET.contains(&b)) {
        Ok(code)
    } else {
        Err(BadInput::Malformed)
    }
}

/// A recovery code for people: lower case, in two groups of five (`abcde-fghij`).
pub fn format_recovery_code(normalised: &str) -> String {
    let lower = normalised.to_ascii_lowercase();
    let (a, b) = lower.split_at(lower.len() / 2);
    format!("{a}-{b}")
}

/// A fresh recovery code, normalised (see [`parse_recovery_code`]).
pub fn new_recovery_code() -> String {
    let mut bytes = [0u8; RECOVERY_CODE_CHARS];
    rand::fill(&mut bytes);
    bytes
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b & 31)]))
        .collect()
}

/// A fresh secret.
pub fn new_secret() -> [u8; SECRET_LEN] {
    let mut secret = [0u8; SECRET_LEN];
    rand::fill(&mut secret);
    secret
}

fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The `otpauth://` URI authenticator apps read (usually from a QR code).
pub fn otpauth_uri(account: &str, secret_base32: &str) -> String {
    format!(
        "otpauth://totp/{issuer}:{account}?secret={secret_base32}&issuer={issuer}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        issuer = percent_encode(ISSUER),
        account = percent_encode(account),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B: the SHA-1 seed is the ASCII of "12345678901234567890".
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    #[test]
    fn the_rfc_6238_sha1_vectors_hold_in_their_last_six_digits() {
        for (time, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(
                code_at_step(RFC_SECRET, step_at(time)),
                eight[2..],
                "{time}"
            );
        }
    }

    #[test]
    fn the_rfc_4226_hotp_vectors_hold() {
        let expected = [
            "755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583",
            "399871", "520489",
        ];
        for (counter, code) in expected.iter().enumerate() {
            assert_eq!(hotp(RFC_SECRET, counter as u64), *code);
        }
    }

    #[test]
    fn steps_change_on_the_thirty_second_boundary() {
        assert_eq!(step_at(0), 0);
        assert_eq!(step_at(29), 0);
        assert_eq!(step_at(30), 1);
        assert_eq!(step_at(59), 1);
        assert_eq!(step_at(60), 2);
    }

    #[test]
    fn a_code_one_step_either_side_is_accepted_and_two_steps_are_not() {
        let now = 1000;
        for (offset, ok) in [(-2, false), (-1, true), (0, true), (1, true), (2, false)] {
            let code = code_at_step(RFC_SECRET, now + offset);
            assert_eq!(
                matching_step(RFC_SECRET, &code, now, 0),
                ok.then_some(now + offset),
                "{offset}"
            );
        }
    }

    #[test]
    fn a_code_is_refused_for_a_step_already_used() {
        let now = 1000;
        let code = code_at_step(RFC_SECRET, now);
        assert_eq!(matching_step(RFC_SECRET, &code, now, now - 1), Some(now));
        assert_eq!(matching_step(RFC_SECRET, &code, now, now), None);
        let previous = code_at_step(RFC_SECRET, now - 1);
        assert_eq!(matching_step(RFC_SECRET, &previous, now, now - 1), None);
        assert_eq!(
            matching_step(RFC_SECRET, "000000", now, 0).is_some(),
            [-1, 0, 1]
                .iter()
                .any(|o| code_at_step(RFC_SECRET, now + o) == "000000")
        );
    }

    #[test]
    fn base32_round_trips_and_matches_rfc_4648() {
        assert_eq!(base32_encode(b"foobar"), "MZXW6YTBOI");
        assert_eq!(base32_encode(b"f"), "MY");
        assert_eq!(base32_decode("MZXW6YTBOI").unwrap(), b"foobar");
        assert_eq!(base32_decode("mzxw 6ytb-oi======").unwrap(), b"foobar");
        assert_eq!(base32_decode("MZ1"), None);
        let secret = new_secret();
        let text = base32_encode(&secret);
        assert_eq!(text.len(), 32);
        assert_eq!(base32_decode(&text).unwrap(), secret);
    }

    #[test]
    fn codes_are_six_digits_and_nothing_else() {
        assert_eq!(parse_code("123456").unwrap(), "123456");
        assert_eq!(parse_code("123 456").unwrap(), "123456");
        for bad in [
            "12345",
            "1234567",
            "12345a",
            "１２３４５６",
            "123\u{0}456",
            "",
        ] {
            assert_eq!(parse_code(bad), Err(BadInput::Malformed), "{bad:?}");
        }
        assert_eq!(
            parse_code(&"1".repeat(MAX_INPUT + 1)),
            Err(BadInput::TooLong)
        );
    }

    #[test]
    fn recovery_codes_are_normalised_and_checked() {
        let code = new_recovery_code();
        assert_eq!(code.len(), RECOVERY_CODE_CHARS);
        let shown = format_recovery_code(&code);
        assert_eq!(shown.len(), RECOVERY_CODE_CHARS + 1);
        assert_eq!(parse_recovery_code(&shown).unwrap(), code);
        assert_eq!(parse_recovery_code(" abcde-fghij ").unwrap(), "ABCDEFGHIJ");
        for bad in [
            "abcde-fghi",
            "abcde-fghij1",
            "abcde-fgh1j",
            "abcde\u{0}fghij",
        ] {
            assert_eq!(
                parse_recovery_code(bad),
                Err(BadInput::Malformed),
                "{bad:?}"
            );
        }
        assert_eq!(
            parse_recovery_code(&"a".repeat(MAX_INPUT + 1)),
            Err(BadInput::TooLong)
        );
    }

    #[test]
    fn the_uri_names_the_issuer_and_account_and_carries_the_secret() {
        let uri = otpauth_uri("a+b@example.com", "MZXW6YTBOI");
        assert!(
            uri.starts_with("otpauth://totp/%E5%90%8C%E5%BF%83%2FTongxin:a%2Bb%40example.com?")
        );
        assert!(uri.contains("secret=MZXW6YTBOI"));
        assert!(uri.contains("&issuer=%E5%90%8C%E5%BF%83%2FTongxin"));
        assert!(uri.contains("&digits=6&period=30"));
    }

    #[test]
    fn the_policy_requires_what_it_names() {
        assert!(!required(Policy::None, true));
        assert!(required(Policy::Officers, true));
        assert!(!required(Policy::Officers, false));
        assert!(required(Policy::Everyone, false));
    }
}
