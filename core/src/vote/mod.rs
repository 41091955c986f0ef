//! Votes and elections (投票, 民主推荐, 选举) whose turnout is verifiable and whose anonymous
//! choices are never linked to their voters.
//!
//! An org's officer creates a vote with its options (candidates), its electorate (an
//! [`Audience`](crate::audience::Audience)) and its window. When it opens — at once, or by the
//! worker at `opens_at` — the electorate is frozen into `vote_voter`, one row per eligible
//! member, in one `insert … select`. A cast, under the vote's row lock, flips the voter's
//! `voted` flag (the day only, never the choice) and drops the ballot into the urn
//! (`vote_ballot`: no member column, no timestamp, a random v4 id, the options and the
//! receipt's SHA-256), rewriting the urn in random order in the same statement so that system
//! columns (`xmin`, `ctid`) and ids say nothing about who cast which ballot or when. The voter
//! gets a random receipt once; `verify` says whether the ballot with that receipt is counted and,
//! after the close, what it holds. At the close (by hand or by the worker at `closes_at`) the urn
//! is rewritten once more, the tally is published with the list of receipt hashes and the
//! turnout, and an election held at a meeting is marked invalid without its quorum.

pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::{ResultsVisibility, VoteInput, VoteKind, VoteStatus};
pub use service::{
    cast, close, create, electorate_count, export_csv, follow_turnout, get, list_for_org,
    list_mine, non_voters, receipts, remind, run_due, turnout, verify,
};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// The worker task that opens, reminds and closes a vote when their times come.
pub const DUE_TASK: &str = "vote_due";
/// The bus topic of changed turnout (subject and id: the vote).
pub const TURNOUT_CHANGED: &str = "vote_turnout";
/// The notification kind (and category) of votes.
pub const NOTIFICATION_KIND: &str = "VOTE";

/// Payload of [`DUE_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DueJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// The vote.
    pub vote_id: Uuid,
}

/// A vote.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VoteRow {
    /// Id.
    pub id: Uuid,
    /// The issuing org.
    pub org_id: Uuid,
    /// Its name.
    pub org_name: String,
    /// Its path.
    pub org_path: String,
    /// The meeting it is held at.
    pub meeting_id: Option<Uuid>,
    /// What it decides.
    pub kind: VoteKind,
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Fewest choices on a ballot.
    pub min_choices: i32,
    /// Most choices on a ballot.
    pub max_choices: i32,
    /// 应选人数.
    pub seats: Option<i32>,
    /// Secret choices.
    pub anonymous: bool,
    /// When results may be seen.
    pub results_visibility: ResultsVisibility,
    /// The electorate as chosen.
    pub electorate: serde_json::Value,
    /// Where it stands.
    pub status: VoteStatus,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
    /// Opened.
    pub opened_at: Option<DateTime<Utc>>,
    /// Closed.
    pub closed_at: Option<DateTime<Utc>>,
    /// Members in the frozen electorate.
    pub eligible_count: i32,
    /// Members who have voted.
    pub voted_count: i32,
    /// After the close: whether the result stands.
    pub valid: Option<bool>,
    /// Why not, with the rule and its source.
    pub invalid_reason: Option<String>,
    /// Last manual reminder.
    pub last_reminded_at: Option<DateTime<Utc>>,
    /// Author.
    pub created_by: Option<Uuid>,
    /// Created.
    pub created_at: DateTime<Utc>,
}

/// One option (candidate).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OptionRow {
    /// Id.
    pub id: Uuid,
    /// The vote.
    pub vote_id: Uuid,
    /// Its place, from 0.
    pub position: i32,
    /// Label.
    pub label: String,
}

/// One member who has not voted (named votes only).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NonVoterRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// Their org at the opening.
    pub org_name: String,
    /// Reminders sent.
    pub reminded_count: i32,
}

/// What the viewer may do with one vote.
#[derive(Debug, Clone, Copy, Default)]
pub struct Access {
    /// May close it and remind (`vote` `write` at its org, or its author).
    pub manage: bool,
    /// Sees the live turnout (`vote` `read` at its org, or its author).
    pub officer: bool,
    /// In the electorate: `Some(voted)`.
    pub voter: Option<bool>,
}

impl Access {
    /// Whether the vote is visible at all.
    pub fn visible(&self) -> bool {
        self.manage || self.officer || self.voter.is_some()
    }
}

/// A vote as the viewer sees it.
#[derive(Debug, Clone)]
pub struct VoteView {
    /// The vote.
    pub vote: VoteRow,
    /// Its options, in order.
    pub options: Vec<OptionRow>,
    /// The viewer's access.
    pub access: Access,
    /// Ballots per option, when the rule lets them be seen (`None` otherwise).
    pub tally: Option<Vec<(Uuid, i64)>>,
}

impl VoteView {
    /// The turnout, for officers at any time and for everyone after the close.
    pub fn turnout(&self) -> Option<Turnout> {
        (self.access.officer || self.vote.status == VoteStatus::Closed).then(|| Turnout {
            vote_id: self.vote.id,
            eligible: i64::from(self.vote.eligible_count),
            voted: i64::from(self.vote.voted_count),
        })
    }
}

/// How many may vote and how many have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turnout {
    /// The vote.
    pub vote_id: Uuid,
    /// Members in the frozen electorate.
    pub eligible: i64,
    /// Members who have voted.
    pub voted: i64,
}

/// The answer to a receipt check.
#[derive(Debug, Clone)]
pub struct Verification {
    /// Whether a ballot with this receipt is in the urn.
    pub counted: bool,
    /// After the close, the options the ballot holds.
    pub option_ids: Option<Vec<Uuid>>,
    /// The receipt's SHA-256 in hex, as the published list shows it.
    pub fingerprint: Option<String>,
}
