//! Pure checks of joining.

use super::model::JoinLine;
use crate::{AppError, AppResult};

/// The line code of an application (only the union and the league take applications).
pub(crate) fn org_line(line: &str) -> AppResult<JoinLine> {
    line.parse()
        .map_err(|_| AppError::field("line", "只能申请加入工会或共青团"))
}
