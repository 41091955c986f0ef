//! Question banks (题库) and quizzes/exams (测验/考试).
//!
//! A bank belongs to an org (a tenant-wide bank at the root org); officers with `quiz` write
//! there add questions by hand or import them from .xlsx with a per-row report ([`import`]).
//! Four kinds of question (single and multiple choice, true/false, fill in the blanks) are
//! scored by the pure functions of [`scoring`], which live contests reuse.
//!
//! A quiz is given by an org to an audience (frozen into `quiz_audience` at creation, and told
//! with a `QUIZ` notification), from one bank: FIXED questions chosen by the officer, or RANDOM
//! (N per kind, drawn per member at the start and stored with the attempt as copies). An
//! attempt's start and deadline are the server's; answers saved or submitted after the
//! deadline plus [`GRACE_SECONDS`] are refused (`CONFLICT` 已超时), and an attempt left open is
//! closed and scored with what was saved — on the next read, and by the worker at its deadline
//! ([`DUE_TASK`]). Starts are serialised per member and quiz (an advisory lock, backed by a
//! unique key on the open attempt and on the attempt number), so parallel starts never exceed
//! the quiz's attempts. Keys and explanations are sent only once an attempt is finished. A
//! pass earns `QUIZ_PASSED` points once per quiz ([`crate::points::earn`], in the submitting
//! transaction). Results per org: participants, average, pass rate and each member's best
//! score, with an .xlsx export.

pub mod import;
pub mod model;
pub mod scoring;
mod service;
mod store;

pub(crate) use model::check_response;
pub use model::{
    Access, AttemptQuestionRow, AttemptRow, AttemptStatus, AttemptView, BankRow, BankView,
    ImportReport, ImportRow, Mine, QuestionInput, QuestionRow, QuizInput, QuizMode, QuizResults,
    QuizRow, QuizStatus, QuizView, ResultRow,
};
pub use scoring::{Key, Marked, QuestionKind};
pub use service::{
    QuizEdit, attempt, bank, banks, close_quiz, create_bank, create_question, create_quiz,
    delete_question, export_results_xlsx, grace, import_questions, my_quizzes, questions, quiz,
    quizzes, results, run_due, save_answer, start_attempt, submit_attempt, template_xlsx,
    update_bank, update_question, update_quiz,
};

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Seconds after an attempt's deadline during which answers are still taken (network delay).
pub const GRACE_SECONDS: i64 = 5;
/// The worker task that closes an attempt left open at its deadline.
pub const DUE_TASK: &str = "quiz_attempt_due";
/// The notification kind (and category) of quizzes.
pub const NOTIFICATION_KIND: &str = "QUIZ";

/// Payload of [`DUE_TASK`].
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DueJob {
    /// Tenant.
    pub tenant_id: Uuid,
    /// The attempt.
    pub attempt_id: Uuid,
}
