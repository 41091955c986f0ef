//! Live knowledge contests (知识竞赛): an officer hosts a contest drawn from a question bank;
//! the members of the hosting org's sub-tree join on their phones; the host pushes one
//! question at a time to everyone at once (the same moment over the subscription), answers
//! after the per-question limit (server clock) or after the reveal are refused, and the
//! leaderboard per member and per branch updates as answers arrive.
//!
//! Hosting needs `quiz` write at the hosting org (or having created the contest); answers are
//! scored by the quiz module's per-kind rules.

pub mod live;
pub mod model;
mod service;
mod store;

pub use model::{
    BranchStanding, ContestInput, ContestQuestionRow, ContestRow, ContestStatus, ContestView,
    Leaderboard, Live, LiveQuestion, Phase, Receipt, Standing,
};
pub use service::{
    Feeds, answer, contest, contests, create, finish, follow_leaderboard, follow_live, join,
    leaderboard, live_state, my_standing, next_question, reveal, start,
};

/// The bus topic of a contest's state (a push, a reveal, a status change).
pub const STATE_TOPIC: &str = "contest";
/// The bus topic of a contest's leaderboard (an answer, a participant joining).
pub const BOARD_TOPIC: &str = "contest_board";
