//! A vote's pure rules: 差额 candidate lists, the election quorum, what a ballot may hold, when
//! results may be seen, and the receipt's form.

use super::model::{ResultsVisibility, VoteKind, VoteStatus};
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The rule of 差额选举 (the share by which candidates must exceed seats).
pub const COMPETITIVE_RULE: &str = "vote.election.competitive";
/// The rule whose `electionAtLeast` is an election's quorum at a meeting.
pub const QUORUM_RULE: &str = "meeting.quorum";
/// Bytes of randomness in a receipt (128 bits).
pub const RECEIPT_BYTES: usize = 16;
/// How long after a manual reminder the next is allowed.
pub const REMIND_EVERY_MINUTES: i64 = 10;
/// How long before the close the worker reminds those who have not voted.
pub const REMIND_BEFORE_HOURS: i64 = 24;

/// Guards float products against representation error (0.2 × 5 is not exactly 1).
const EPSILON: f64 = 1e-9;

/// The fewest candidates a list for `seats` may have: for a recommendation more than the
/// seats; for an election the seats plus `min_excess_share` of them, rounded up (5 seats at
/// 20 % need 6 candidates, 7 seats need 9), and always more than the seats. A poll has no
/// minimum beyond its two options.
pub fn min_candidates(kind: VoteKind, seats: i32, min_excess_share: f64) -> i32 {
    match kind {
        VoteKind::Poll => 2,
        VoteKind::Recommendation => seats + 1,
        VoteKind::Election => {
            let excess = (f64::from(seats) * min_excess_share - EPSILON)
                .ceil()
                .max(1.0);
            // At most 99 seats × a share: far inside i32.
            #[allow(clippy::cast_possible_truncation)]
            let excess = excess as i32;
            seats + excess
        }
    }
}

/// Checks the 差额 rule for a candidate list; the refusal cites the rule's source.
pub fn check_competitive(
    kind: VoteKind,
    candidates: usize,
    seats: Option<i32>,
    min_excess_share: f64,
    source: &str,
) -> AppResult<()> {
    let Some(seats) = seats else {
        return Ok(());
    };
    let need = min_candidates(kind, seats, min_excess_share);
    let have = i32::try_from(candidates).unwrap_or(i32::MAX);
    if have >= need {
        return Ok(());
    }
    let message = match kind {
        VoteKind::Poll => return Ok(()),
        VoteKind::Recommendation => {
            format!("民主推荐实行差额：应选 {seats} 人，候选人至少 {need} 人（现有 {have} 人）")
        }
        VoteKind::Election => format!(
            "差额选举：应选 {seats} 人，候选人至少 {need} 人（现有 {have} 人）。依据：{source}"
        ),
    };
    Err(AppError::field("options", message))
}

/// Whether a turnout meets the quorum: at least `at_least` of the eligible voted. With nobody
/// eligible there is no quorum.
pub fn quorum_met(eligible: i64, voted: i64, at_least: f64) -> bool {
    if eligible <= 0 {
        return false;
    }
    // Counts of members: exactly representable.
    #[allow(clippy::cast_precision_loss)]
    let (eligible, voted) = (eligible as f64, voted as f64);
    voted + EPSILON >= eligible * at_least
}

/// Whether the quorum rule applies: to an election held at a meeting.
pub fn quorum_applies(kind: VoteKind, at_meeting: bool) -> bool {
    kind == VoteKind::Election && at_meeting
}

/// The choice a ballot holds, checked against the vote: distinct options of this vote, at
/// least `min` and at most `max`. Returned sorted, so that the stored array does not keep the
/// order the voter clicked in.
pub fn check_choice(options: &[Uuid], chosen: &[Uuid], min: i32, max: i32) -> AppResult<Vec<Uuid>> {
    let mut sorted = chosen.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted.len() != chosen.len() {
        return Err(AppError::field("optionIds", "同一选项不能重复选择"));
    }
    if sorted.iter().any(|c| !options.contains(c)) {
        return Err(AppError::field("optionIds", "所选选项不属于本次投票"));
    }
    let n = i32::try_from(sorted.len()).unwrap_or(i32::MAX);
    if n < min {
        return Err(AppError::field("optionIds", format!("至少选择 {min} 项")));
    }
    if n > max {
        return Err(AppError::field("optionIds", format!("最多选择 {max} 项")));
    }
    Ok(sorted)
}

/// Whether results per option may be seen now: `LIVE` always, `AFTER_CLOSE` once closed.
pub fn results_visible(visibility: ResultsVisibility, status: VoteStatus) -> bool {
    match visibility {
        ResultsVisibility::Live => true,
        ResultsVisibility::AfterClose => status == VoteStatus::Closed,
    }
}

/// Whether ballots may be cast now.
pub fn accepts_ballots(status: VoteStatus, closes_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    status == VoteStatus::Open && now < closes_at
}

/// When the next manual reminder is allowed, if not now.
pub fn remind_blocked_until(
    last: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let next = last? + Duration::minutes(REMIND_EVERY_MINUTES);
    (next > now).then_some(next)
}

/// A receipt as shown to the voter: the bytes in upper-case hex, in groups of four
/// (`7KQ4-…` style, eight groups).
pub fn format_receipt(bytes: &[u8; RECEIPT_BYTES]) -> String {
    let hex = hex::encode_upper(bytes);
    hex.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// A typed receipt in its canonical form (upper-case hex, no separators), or `None` when it
/// cannot be one. Spaces and dashes are ignored, case does not matter.
pub fn normalize_receipt(raw: &str) -> Option<String> {
    let s: String = raw
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{3000}'))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (s.len() == RECEIPT_BYTES * 2 && s.chars().all(|c| c.is_ascii_hexdigit())).then_some(s)
}

/// The SHA-256 stored for a receipt in canonical form.
pub fn receipt_hash(canonical: &str) -> Vec<u8> {
    Sha256::digest(canonical.as_bytes()).to_vec()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_message(e: AppError) -> String {
        match e {
            AppError::Validation { message, .. } => message,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn an_election_needs_twenty_percent_more_candidates_than_seats_rounded_up() {
        assert_eq!(min_candidates(VoteKind::Election, 5, 0.2), 6);
        assert_eq!(min_candidates(VoteKind::Election, 7, 0.2), 9);
        assert_eq!(min_candidates(VoteKind::Election, 10, 0.2), 12);
        assert_eq!(min_candidates(VoteKind::Election, 1, 0.2), 2);
        let src = "《中国共产党基层组织选举工作条例》";
        assert!(check_competitive(VoteKind::Election, 6, Some(5), 0.2, src).is_ok());
        let refused = check_competitive(VoteKind::Election, 5, Some(5), 0.2, src).unwrap_err();
        assert!(field_message(refused).contains(src));
        assert!(check_competitive(VoteKind::Election, 9, Some(7), 0.2, src).is_ok());
        assert!(check_competitive(VoteKind::Election, 8, Some(7), 0.2, src).is_err());
    }

    #[test]
    fn a_recommendation_needs_more_candidates_than_seats() {
        assert!(check_competitive(VoteKind::Recommendation, 4, Some(3), 0.2, "").is_ok());
        assert!(check_competitive(VoteKind::Recommendation, 3, Some(3), 0.2, "").is_err());
        assert!(check_competitive(VoteKind::Poll, 2, None, 0.2, "").is_ok());
    }

    #[test]
    fn the_election_quorum_is_four_fifths_of_the_eligible() {
        assert!(quorum_met(10, 8, 0.8));
        assert!(!quorum_met(10, 7, 0.8));
        assert!(quorum_met(5, 4, 0.8));
        assert!(!quorum_met(5, 3, 0.8));
        assert!(!quorum_met(0, 0, 0.8));
        assert!(quorum_applies(VoteKind::Election, true));
        assert!(!quorum_applies(VoteKind::Election, false));
        assert!(!quorum_applies(VoteKind::Poll, true));
    }

    #[test]
    fn a_ballot_holds_distinct_options_of_the_vote_within_its_bounds() {
        let (a, b, c) = (Uuid::from_u128(3), Uuid::from_u128(1), Uuid::from_u128(2));
        let options = [a, b, c];
        assert_eq!(check_choice(&options, &[a, b], 1, 2).unwrap(), vec![b, a]);
        assert!(check_choice(&options, &[a, a], 1, 2).is_err());
        assert!(check_choice(&options, &[Uuid::from_u128(9)], 1, 2).is_err());
        assert!(check_choice(&options, &[], 1, 2).is_err());
        assert!(check_choice(&options, &[a, b, c], 1, 2).is_err());
        assert!(check_choice(&options, &[a, b], 2, 2).is_ok());
    }

    #[test]
    fn results_after_the_close_stay_hidden_until_it() {
        use ResultsVisibility::*;
        assert!(results_visible(Live, VoteStatus::Open));
        assert!(!results_visible(AfterClose, VoteStatus::Open));
        assert!(!results_visible(AfterClose, VoteStatus::Scheduled));
        assert!(results_visible(AfterClose, VoteStatus::Closed));
    }

    #[test]
    fn ballots_are_accepted_only_while_open_and_before_the_close() {
        let now = Utc::now();
        assert!(accepts_ballots(
            VoteStatus::Open,
            now + Duration::seconds(1),
            now
        ));
        assert!(!accepts_ballots(VoteStatus::Open, now, now));
        assert!(!accepts_ballots(
            VoteStatus::Closed,
            now + Duration::hours(1),
            now
        ));
        assert!(!accepts_ballots(
            VoteStatus::Scheduled,
            now + Duration::hours(1),
            now
        ));
    }

    #[test]
    fn manual_reminders_wait_ten_minutes() {
        let now = Utc::now();
        assert!(remind_blocked_until(None, now).is_none());
        assert!(remind_blocked_until(Some(now - Duration::minutes(9)), now).is_some());
        assert!(remind_blocked_until(Some(now - Duration::minutes(10)), now).is_none());
    }

    #[test]
    fn receipts_read_in_groups_and_verify_however_they_are_typed() {
        let bytes = [0xab_u8; RECEIPT_BYTES];
        let shown = format_receipt(&bytes);
        assert_eq!(shown.len(), 32 + 7);
        assert_eq!(shown.split('-').count(), 8);
        let canonical = normalize_receipt(&shown).unwrap();
        assert_eq!(
            normalize_receipt(&shown.to_lowercase().replace('-', " ")),
            Some(canonical.clone())
        );
        assert_eq!(receipt_hash(&canonical).len(), 32);
        assert!(normalize_receipt("not a receipt").is_none());
        assert!(normalize_receipt(&"A".repeat(31)).is_none());
        assert!(normalize_receipt(&"G".repeat(32)).is_none());
    }
}
