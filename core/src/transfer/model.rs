//! Letters, their status and the inputs of transfers.

use chrono::{DateTime, NaiveDate, Utc};
use serde_json::Value;
use uuid::Uuid;

crate::text_enum! {
    /// Where an introduction letter stands (an issued letter past its validity is expired,
    /// which is computed, not stored).
    pub enum LetterStatus {
        /// 已开具: waits for the receiving org.
        Issued = "ISSUED",
        /// 已接收: the receipt is in.
        Accepted = "ACCEPTED",
        /// 已撤销 by the sender.
        Cancelled = "CANCELLED",
    }
}

/// An introduction letter.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct LetterRow {
    /// Id.
    pub id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// `PARTY`, `UNION`, `YOUTH`.
    pub line: String,
    /// Sending org.
    pub from_org_id: Uuid,
    /// Its name.
    pub from_org_name: String,
    /// Addressed to.
    pub destination: String,
    /// Across provinces (longer validity).
    pub cross_province: bool,
    /// The code printed on it.
    pub code: String,
    /// Valid until.
    pub valid_until: DateTime<Utc>,
    /// Dues paid through this month.
    pub dues_paid_through: Option<NaiveDate>,
    /// What crosses.
    pub snapshot: Value,
    /// Issued, accepted or cancelled.
    pub status: LetterStatus,
    /// Note.
    pub note: Option<String>,
    /// Issued.
    pub issued_at: DateTime<Utc>,
    /// Accepted.
    pub accepted_at: Option<DateTime<Utc>>,
    /// The receipt (回执): receiving tenant and org, when.
    pub receipt: Option<Value>,
}

impl LetterRow {
    /// Issued and past its validity.
    pub fn expired(&self, now: DateTime<Utc>) -> bool {
        self.status == LetterStatus::Issued && self.valid_until <= now
    }
}

/// A letter to issue.
#[derive(Debug, Clone)]
pub struct IssueInput {
    /// Member.
    pub member_id: Uuid,
    /// Line.
    pub line: String,
    /// Where it is addressed (the receiving unit as written).
    pub destination: String,
    /// Across provinces.
    pub cross_province: bool,
    /// Note.
    pub note: Option<String>,
}

/// A letter found by its code, as the receiving side sees it before accepting.
#[derive(Debug, Clone)]
pub struct Found {
    /// The sending tenant.
    pub tenant_id: Uuid,
    /// Its name.
    pub tenant_name: String,
    /// The letter.
    pub letter: LetterRow,
}
