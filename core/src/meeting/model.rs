//! The text-coded states of meetings and their invitees.

crate::text_enum! {
    /// Where a meeting's minutes stand.
    pub enum MinutesStatus {
        /// None written yet.
        None = "NONE",
        /// Written, not approved: still editable.
        Draft = "DRAFT",
        /// Approved: locked; corrections are amendments.
        Approved = "APPROVED",
    }
}

crate::text_enum! {
    /// Where an invitee's leave request stands.
    pub enum LeaveStatus {
        /// Asked, not decided.
        Pending = "PENDING",
        /// Granted.
        Approved = "APPROVED",
        /// Refused.
        Refused = "REFUSED",
    }
}

pub use crate::checkin::CheckInMethod;
