//! Ideas and suggestions (金点子 / 微建议): members submit ideas to an org, other members support
//! them (one support each) and comment on them, and the org's handlers walk them through
//! `SUBMITTED` → `UNDER_REVIEW` → `ADOPTED` / `NOT_ADOPTED` → `IMPLEMENTED`.
//!
//! Who may do what is Casbin's `idea` object at the org's place: `read` (every idea of the org,
//! hidden ones included), `write` (review, decide, mark implemented). A member of the org or
//! of an org under it may submit, read, support and comment. An anonymous idea hides its
//! author from other members, never from holders of `idea:write`.
//!
//! Each step appends an [`model::IdeaEventRow`] and notifies the author and the supporters
//! (category `IDEA`). Adoption is recorded for other modules to reward: the `idea_event` row of
//! kind `ADOPTED` (one per adoption, naming the idea; its org and author are the idea's), and,
//! after the commit, a bus event on [`ADOPTED_TOPIC`] whose `subject` is the idea and `id` that
//! row, so a points module can both catch up from the table and follow live.

pub mod model;
pub mod rules;
pub mod service;
pub(crate) mod store;

pub use model::{CommentRow, IdeaEventRow, IdeaRow, IdeaSort, IdeaStatus};
pub use rules::Action;
pub use service::{IdeaView, NewIdea};

/// The bus topic published after an idea is adopted (`subject`: the idea; `id`: the
/// `idea_event` row of kind `ADOPTED`).
pub const ADOPTED_TOPIC: &str = "idea_adopted";
/// The notification category of ideas.
pub const CATEGORY: &str = "IDEA";
