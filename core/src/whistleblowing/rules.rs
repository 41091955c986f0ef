//! The rules of the channel as pure functions: handling transitions, routing, receipt codes,
//! deadlines and retention.

use super::model::{ReportAction, ReportStatus};
use serde_json::Value;
use sha2::{Digest, Sha256};

/// The rule with the deadlines in working days.
pub const DEADLINES_RULE: &str = "whistleblowing.deadlines";
/// The rule with the retention after closure.
pub const RETENTION_RULE: &str = "whistleblowing.retention";

/// Longest title, in characters.
pub const MAX_TITLE: usize = 100;
/// Longest body, in characters.
pub const MAX_BODY: usize = 20_000;
/// Longest message, in characters.
pub const MAX_MESSAGE: usize = 5_000;
/// Longest handling note, in characters.
pub const MAX_NOTE: usize = 2_000;
/// Most evidence files on one report.
pub const MAX_FILES: usize = 5;
/// Largest evidence file, in bytes.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Digits of a receipt code.
pub const RECEIPT_DIGITS: usize = 20;

/// The status an action leads to from `from`, or `None` when the rules do not allow it there.
/// 受理, 不予受理 and 转办 decide a received report; an accepted one is handled by 谈话函询,
/// 初步核实 or 暂存待查 and ends with 予以了结 (or 转办 when it turns out not to be ours).
pub fn next_status(from: ReportStatus, action: ReportAction) -> Option<ReportStatus> {
    use ReportAction as A;
    use ReportStatus as S;
    match (from, action) {
        (S::Received, A::Accept) => Some(S::Accepted),
        (S::Received, A::NotAccept) => Some(S::NotAccepted),
        (S::Received | S::Accepted, A::Transfer) => Some(S::Transferred),
        (S::Accepted, A::TalkInquiry) => Some(S::TalkInquiry),
        (S::Accepted | S::TalkInquiry | S::Shelved, A::PreliminaryVerification) => {
            Some(S::PreliminaryVerification)
        }
        (S::Accepted | S::TalkInquiry | S::PreliminaryVerification, A::Shelve) => Some(S::Shelved),
        (S::Accepted | S::TalkInquiry | S::PreliminaryVerification | S::Shelved, A::Conclude) => {
            Some(S::Concluded)
        }
        _ => None,
    }
}

/// The actions open from `from`, in the order a handler meets them.
pub fn actions_from(from: ReportStatus) -> Vec<ReportAction> {
    ReportAction::ALL
        .iter()
        .copied()
        .filter(|a| next_status(from, *a).is_some())
        .collect()
}

/// Whether a position's title makes its holder the head (一把手) of the org: 书记, 主席 or 主任,
/// not a deputy (副) and not a committee member.
pub fn is_head_title(title: &str) -> bool {
    let t = title.trim();
    !t.contains('副') && ["书记", "主席", "主任"].iter().any(|h| t.ends_with(h))
}

/// A fresh receipt code: [`RECEIPT_DIGITS`] random decimal digits (about 66 bits).
pub fn new_receipt() -> String {
    let mut bytes = [0u8; RECEIPT_DIGITS];
    let mut out = String::with_capacity(RECEIPT_DIGITS);
    while out.len() < RECEIPT_DIGITS {
        rand::fill(&mut bytes);
        // Bytes of 250 and above would favour the digits 0–5; they are drawn again.
        for b in bytes.iter().filter(|b| **b < 250) {
            if out.len() < RECEIPT_DIGITS {
                out.push(char::from(b'0' + b % 10));
            }
        }
    }
    out
}

/// A typed receipt code with its spaces and hyphens taken out, if it has the right shape.
pub fn normalize_receipt(raw: &str) -> Option<String> {
    if raw.chars().count() > 64 {
        return None;
    }
    let code: String = raw
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    (code.len() == RECEIPT_DIGITS && code.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// A receipt code in groups of four, as shown once to the reporter.
pub fn format_receipt(code: &str) -> String {
    code.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// What the platform-wide index keeps of a receipt code: its SHA-256 (the code is never
/// stored; 66 bits of randomness make the hash no shortcut).
pub fn receipt_hash(code: &str) -> Vec<u8> {
    let mut h = Sha256::new();
    h.update(b"tongxin-report-receipt:");
    h.update(code.as_bytes());
    h.finalize().to_vec()
}

/// The deadlines of `whistleblowing.deadlines`, in working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadlines {
    /// Tell a real-name reporter whether the report is accepted.
    pub acceptance: u32,
    /// Feed back the result after closure.
    pub result: u32,
    /// Transfer to the competent body.
    pub transfer: u32,
}

fn days(params: &Value, key: &str, default: u32, max: u32) -> u32 {
    params[key]
        .as_u64()
        .and_then(|d| u32::try_from(d).ok())
        .filter(|d| (1..=max).contains(d))
        .unwrap_or(default)
}

/// The deadlines from the rule's parameters (15, 15 and 5 when a value is missing or absurd).
pub fn deadlines(params: &Value) -> Deadlines {
    Deadlines {
        acceptance: days(params, "acceptanceNoticeWorkingDays", 15, 60),
        result: days(params, "resultNoticeWorkingDays", 15, 60),
        transfer: days(params, "transferWorkingDays", 5, 60),
    }
}

/// Days a closed report is kept, from `whistleblowing.retention` (1,825 by default; 1 to
/// 36,500).
pub fn retention_days(params: &Value) -> u32 {
    days(params, "daysAfterClosure", 1825, 36_500)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReportAction as A;
    use ReportStatus as S;
    use serde_json::json;

    #[test]
    fn a_received_report_is_accepted_not_accepted_or_transferred_only() {
        assert_eq!(next_status(S::Received, A::Accept), Some(S::Accepted));
        assert_eq!(next_status(S::Received, A::NotAccept), Some(S::NotAccepted));
        assert_eq!(next_status(S::Received, A::Transfer), Some(S::Transferred));
        for a in [
            A::TalkInquiry,
            A::PreliminaryVerification,
            A::Shelve,
            A::Conclude,
        ] {
            assert_eq!(next_status(S::Received, a), None, "{a:?}");
        }
    }

    #[test]
    fn accepted_reports_are_handled_and_concluded_and_closed_ones_take_no_step() {
        assert_eq!(
            next_status(S::Accepted, A::TalkInquiry),
            Some(S::TalkInquiry)
        );
        assert_eq!(
            next_status(S::TalkInquiry, A::PreliminaryVerification),
            Some(S::PreliminaryVerification)
        );
        assert_eq!(next_status(S::Shelved, A::Conclude), Some(S::Concluded));
        assert_eq!(next_status(S::Accepted, A::Accept), None);
        for closed in [S::NotAccepted, S::Transferred, S::Concluded] {
            assert!(closed.is_closed());
            assert!(actions_from(closed).is_empty(), "{closed:?}");
        }
        assert_eq!(
            actions_from(S::Received),
            vec![A::Accept, A::NotAccept, A::Transfer]
        );
    }

    #[test]
    fn heads_are_secretaries_and_chairs_but_not_deputies_or_members() {
        for head in ["书记", "党委书记", "团委书记", "工会主席", "主任"] {
            assert!(is_head_title(head), "{head}");
        }
        for other in ["副书记", "工会副主席", "组织委员", "纪检委员", ""] {
            assert!(!is_head_title(other), "{other}");
        }
    }

    #[test]
    fn receipts_have_twenty_digits_and_are_read_back_with_spaces_or_hyphens() {
        let code = new_receipt();
        assert_eq!(code.len(), RECEIPT_DIGITS);
        assert!(code.bytes().all(|b| b.is_ascii_digit()));
        assert_ne!(code, new_receipt());
        let shown = format_receipt(&code);
        assert_eq!(shown.split(' ').count(), 5);
        assert_eq!(normalize_receipt(&shown).as_deref(), Some(code.as_str()));
        assert_eq!(
            normalize_receipt(&shown.replace(' ', "-")).as_deref(),
            Some(code.as_str())
        );
        for bad in [
            "",
            "1234",
            &format!("{code}1"),
            "1234567890123456789a",
            &"9".repeat(100),
        ] {
            assert_eq!(normalize_receipt(bad), None, "{bad}");
        }
        assert_eq!(receipt_hash(&code), receipt_hash(&code));
        assert_ne!(receipt_hash(&code), receipt_hash(&new_receipt()));
    }

    #[test]
    fn deadlines_and_retention_fall_back_on_missing_or_absurd_values() {
        let d = deadlines(
            &json!({"acceptanceNoticeWorkingDays": 15, "resultNoticeWorkingDays": 10, "transferWorkingDays": 5}),
        );
        assert_eq!(
            d,
            Deadlines {
                acceptance: 15,
                result: 10,
                transfer: 5
            }
        );
        let d = deadlines(&json!({"acceptanceNoticeWorkingDays": 0, "transferWorkingDays": 999}));
        assert_eq!(
            d,
            Deadlines {
                acceptance: 15,
                result: 15,
                transfer: 5
            }
        );
        assert_eq!(retention_days(&json!({"daysAfterClosure": 365})), 365);
        assert_eq!(retention_days(&json!({"daysAfterClosure": -1})), 1825);
        assert_eq!(retention_days(&json!({})), 1825);
    }
}
