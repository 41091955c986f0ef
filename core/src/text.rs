//! Free text as the services accept it: trimmed, bounded in characters, and free of control
//! characters (line breaks and tabs allowed only where the text may span lines).

use crate::{AppError, AppResult};

/// `raw` trimmed, when it is at most `max` characters and has no control character (`\n`,
/// `\r` and `\t` allowed when `multiline`); empty is refused when `required`.
pub fn checked(
    field: &str,
    raw: &str,
    max: usize,
    required: bool,
    multiline: bool,
) -> AppResult<String> {
    let s = raw.trim();
    if s.chars().count() > max {
        return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
    }
    let allowed = |c: char| multiline && matches!(c, '\n' | '\r' | '\t');
    if s.chars()
        .any(|c| (c.is_control() && !allowed(c)) || matches!(c, '\u{fffe}' | '\u{ffff}'))
    {
        return Err(AppError::field(field, "不能包含控制字符"));
    }
    if required && s.is_empty() {
        return Err(AppError::field(field, "不能为空"));
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::checked;

    #[test]
    fn text_is_trimmed_and_bounded_in_characters() {
        assert_eq!(checked("f", "  党建  ", 2, true, false).unwrap(), "党建");
        assert!(checked("f", "党建工作", 3, true, false).is_err());
        assert!(checked("f", "   ", 3, true, false).is_err());
        assert_eq!(checked("f", "", 3, false, false).unwrap(), "");
    }

    #[test]
    fn control_characters_are_refused_and_line_breaks_only_where_allowed() {
        assert!(checked("f", "a\u{0}b", 10, true, true).is_err());
        assert!(checked("f", "a\nb", 10, true, false).is_err());
        assert_eq!(checked("f", "a\nb", 10, true, true).unwrap(), "a\nb");
        assert!(checked("f", "a\u{ffff}", 10, true, true).is_err());
    }
}
