//! Rows, inputs and constants of dues.

use super::rules::{Category, DuesLine, Fen};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// The worker task that bills a tenant for a month.
pub const BILL_TASK: &str = "generate_dues_bills";

crate::text_enum! {
    /// How a payment recorded offline was made.
    pub enum PaymentMethod {
        /// 现金.
        Cash = "CASH",
        /// 转账.
        Transfer = "TRANSFER",
        /// 工资代扣.
        Payroll = "PAYROLL",
    }
}

crate::text_enum! {
    /// What a ledger entry is.
    pub enum EntryKind {
        /// The monthly bill: adds to what is owed.
        Bill = "BILL",
        /// A payment: takes from what is owed.
        Payment = "PAYMENT",
        /// A correction of another entry (signed).
        Correction = "CORRECTION",
    }
}

crate::text_enum! {
    /// Where a base came from.
    pub enum BaseSource {
        /// Set by hand in the app.
        Manual = "MANUAL",
        /// Imported from a payroll file.
        Import = "IMPORT",
        /// Set through the API.
        Api = "API",
    }
}

/// A base in the history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BaseRow {
    /// Id.
    pub id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Line.
    pub line: DuesLine,
    /// Category.
    pub category: Category,
    /// Monthly base in fen.
    pub base_fen: i64,
    /// In force from this month.
    pub from_month: NaiveDate,
    /// The month the new pay was first paid, from which `party.dues.start` derived
    /// `from_month` (none on bases recorded before the rule was applied).
    pub new_pay_month: Option<NaiveDate>,
    /// Where it came from.
    pub source: BaseSource,
    /// Who set it.
    pub created_by: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A ledger entry.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct EntryRow {
    /// Id.
    pub id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// Member's name.
    pub member_name: String,
    /// Line.
    pub line: DuesLine,
    /// The month it concerns.
    pub month: NaiveDate,
    /// Bill, payment or correction.
    pub kind: EntryKind,
    /// Fen: bills and corrections add to what is owed, payments take from it.
    pub amount_fen: i64,
    /// Payment method.
    pub method: Option<PaymentMethod>,
    /// Receipt number.
    pub receipt_no: Option<String>,
    /// The rule a bill was computed by.
    pub rule_key: Option<String>,
    /// The base a bill was computed from.
    pub base_fen: Option<i64>,
    /// Note (required on corrections).
    pub note: Option<String>,
    /// The entry a correction corrects.
    pub corrects: Option<Uuid>,
    /// Who recorded it (none for the monthly run).
    pub recorded_by: Option<Uuid>,
    /// When.
    pub created_at: DateTime<Utc>,
}

/// A member who owes.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ArrearRow {
    /// Member.
    pub member_id: Uuid,
    /// Name.
    pub member_name: String,
    /// Their org on the line.
    pub org_name: String,
    /// Owed in fen.
    pub owed_fen: i64,
    /// Months with something owed.
    pub months_owed: i64,
    /// The oldest such month.
    pub oldest_month: Option<NaiveDate>,
}

/// A member who owes, with the lapse rule applied.
#[derive(Debug, Clone)]
pub struct Arrear {
    /// What they owe.
    pub row: ArrearRow,
    /// Months owed have reached the rule's first warning (`membership.lapse`).
    pub lapse_warning: bool,
    /// The months after which the rule treats a member as having left.
    pub lapse_months: i64,
}

/// Sums of one org and month.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct RollupRow {
    /// Org.
    pub org_id: Option<Uuid>,
    /// Its name.
    pub org_name: String,
    /// Month.
    pub month: NaiveDate,
    /// Billed.
    pub billed_fen: i64,
    /// Corrections (signed).
    pub corrected_fen: i64,
    /// Paid.
    pub paid_fen: i64,
    /// Members billed.
    pub members_billed: i64,
    /// Members who paid.
    pub members_paid: i64,
}

/// A new monthly base.
#[derive(Debug, Clone)]
pub struct NewBase {
    /// Member.
    pub member_id: Uuid,
    /// Line code.
    pub line: String,
    /// Category code.
    pub category: String,
    /// Base in fen.
    pub base_fen: i64,
    /// `YYYY-MM` the new pay was first paid; the base applies from the month
    /// `party.dues.start` derives from it (the same month by statute).
    pub from_month: String,
    /// Where it comes from.
    pub source: BaseSource,
}

/// A payment recorded offline.
#[derive(Debug, Clone)]
pub struct NewPayment {
    /// Member.
    pub member_id: Uuid,
    /// Line code.
    pub line: String,
    /// `YYYY-MM` paid for.
    pub month: String,
    /// Amount in fen.
    pub amount_fen: Fen,
    /// `CASH`, `TRANSFER`, `PAYROLL`.
    pub method: String,
    /// Receipt number.
    pub receipt_no: Option<String>,
    /// Note.
    pub note: Option<String>,
}

/// The standing a member brought from another tenant on a line: their dues there were paid
/// through `paid_through`, so no bill is written here for that month or any before it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct StandingRow {
    /// The first day of the last month paid.
    pub paid_through: NaiveDate,
    /// The tenant it was paid in, as named when the member was received.
    pub from_tenant_name: String,
    /// When the member was received.
    pub recorded_at: DateTime<Utc>,
}
