//! The text-coded kinds and roles of conversations.

crate::text_enum! {
    /// What a conversation is, which decides who takes part in it.
    pub enum ConversationKind {
        /// An org unit's group: its members by placement.
        Org = "ORG",
        /// A department's joint group over its units.
        Joint = "JOINT",
        /// A custom group: its membership rows.
        Group = "GROUP",
        /// A direct chat of two members.
        Direct = "DIRECT",
    }
}

impl ConversationKind {
    /// Whether its participants are the conversation's membership rows (rather than
    /// placements in the org tree).
    pub fn has_member_rows(self) -> bool {
        matches!(self, Self::Group | Self::Direct)
    }
}

crate::text_enum! {
    /// What the tenant does with a sensitive word.
    pub enum WordAction {
        /// The message is refused.
        Block = "BLOCK",
        /// The word is replaced by asterisks.
        Mask = "MASK",
    }
}

crate::text_enum! {
    /// A member's role in a custom group or direct chat.
    pub enum MemberRole {
        /// Administers the group.
        Admin = "ADMIN",
        /// Takes part.
        Member = "MEMBER",
    }
}
