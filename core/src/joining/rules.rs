//! Pure checks of joining.

use crate::{AppError, AppResult};

/// The line code of an application (only the union and the league take applications).
pub(crate) fn org_line(line: &str) -> AppResult<&'static str> {
    match line {
        "UNION" => Ok("UNION"),
        "YOUTH" => Ok("YOUTH"),
        _ => Err(AppError::field("line", "只能申请加入工会或共青团")),
    }
}
