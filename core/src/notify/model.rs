//! The codes a member's notification settings are stored under.

crate::text_enum! {
    /// How a member receives a category of notifications.
    pub enum Channel {
        /// In the inbox only.
        InApp = "IN_APP",
        /// In the inbox and by email right away.
        Email = "EMAIL",
        /// In the inbox and in the daily or weekly digest email.
        Digest = "DIGEST",
        /// Not at all.
        Off = "OFF",
    }
}

crate::text_enum! {
    /// How often a member's digest email comes. Declared here, beside the setting that holds
    /// it, so that the settings do not depend on the digest module that reads them.
    pub enum Frequency {
        /// No digest.
        Off = "OFF",
        /// Every morning.
        Daily = "DAILY",
        /// Monday mornings.
        Weekly = "WEEKLY",
    }
}
