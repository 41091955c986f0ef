//! The online payment interface. No provider is configured today: offline recording
//! ([`super::record_payment`]) is the real path. A provider (a bank or a payment platform)
//! implements [`PaymentProvider`]; its confirmed payments become ordinary `PAYMENT` entries
//! with the provider's transaction number as the receipt.

use chrono::NaiveDate;
use uuid::Uuid;

/// An order for a member's dues.
#[derive(Debug, Clone)]
pub struct PaymentOrder {
    /// Tenant.
    pub tenant_id: Uuid,
    /// Member.
    pub member_id: Uuid,
    /// `PARTY`, `UNION` or `YOUTH`.
    pub line: String,
    /// Months paid for.
    pub months: Vec<NaiveDate>,
    /// Amount in fen.
    pub amount_fen: i64,
}

/// A payment the provider confirmed.
#[derive(Debug, Clone)]
pub struct ConfirmedPayment {
    /// The order paid.
    pub order: PaymentOrder,
    /// The provider's transaction number (recorded as the receipt).
    pub transaction_no: String,
}

/// Why a provider refused.
#[derive(Debug, thiserror::Error)]
pub enum PaymentError {
    /// The provider rejected the order or the callback.
    #[error("payment provider refused: {0}")]
    Refused(String),
    /// The callback's signature did not verify.
    #[error("callback signature does not verify")]
    BadSignature,
}

/// What an online payment provider must do.
pub trait PaymentProvider: Send + Sync {
    /// The provider's name, shown to members.
    fn name(&self) -> &str;
    /// Starts a payment; returns where the member pays (a URL or a QR payload).
    fn start(&self, order: &PaymentOrder) -> Result<String, PaymentError>;
    /// Verifies a callback from the provider and returns the confirmed payment.
    fn confirm(&self, callback: &[u8]) -> Result<ConfirmedPayment, PaymentError>;
}

/// The configured provider: none yet, so online payment is not offered.
pub fn provider() -> Option<&'static dyn PaymentProvider> {
    None
}
