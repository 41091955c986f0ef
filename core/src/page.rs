//! Keyset pagination shared by every list: `first` (1–100) and an opaque `after` cursor.

use crate::{AppError, AppResult};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};

/// Largest page a client may ask for.
pub const MAX_FIRST: i32 = 100;

/// Validated page arguments.
#[derive(Debug, Clone)]
pub struct PageArgs {
    /// How many items to return.
    pub first: i64,
    /// The key of the last item already seen.
    pub after: Option<String>,
}

impl PageArgs {
    /// Parses `first` and an optional cursor.
    pub fn parse(first: i32, after: Option<&str>) -> AppResult<Self> {
        if !(1..=MAX_FIRST).contains(&first) {
            return Err(AppError::field("first", "first 必须在 1 到 100 之间"));
        }
        let after = match after {
            None | Some("") => None,
            Some(c) => {
                Some(decode_cursor(c).ok_or_else(|| AppError::field("after", "无效的游标"))?)
            }
        };
        Ok(Self {
            first: i64::from(first),
            after,
        })
    }

    /// `first + 1`, to learn whether another page exists.
    pub fn limit(&self) -> i64 {
        self.first + 1
    }

    /// The cursor as a UUID key.
    pub fn after_uuid(&self) -> AppResult<Option<uuid::Uuid>> {
        self.after
            .as_deref()
            .map(|s| {
                s.parse()
                    .map_err(|_| AppError::field("after", "无效的游标"))
            })
            .transpose()
    }

    /// The cursor as an integer key.
    pub fn after_i64(&self) -> AppResult<Option<i64>> {
        self.after
            .as_deref()
            .map(|s| {
                s.parse()
                    .map_err(|_| AppError::field("after", "无效的游标"))
            })
            .transpose()
    }
}

/// One page of results.
#[derive(Debug, Clone)]
pub struct Page<T> {
    /// The items, at most `first`.
    pub items: Vec<T>,
    /// Whether more items follow.
    pub has_next: bool,
}

impl<T> Page<T> {
    /// Cuts a `first + 1` fetch down to a page.
    pub fn from_fetch(mut items: Vec<T>, args: &PageArgs) -> Self {
        let first = usize::try_from(args.first).unwrap_or(usize::MAX);
        let has_next = items.len() > first;
        items.truncate(first);
        Self { items, has_next }
    }
}

/// The opaque form of a key.
pub fn encode_cursor(key: &str) -> String {
    URL_SAFE_NO_PAD.encode(format!("c:{key}"))
}

fn decode_cursor(cursor: &str) -> Option<String> {
    let bytes = URL_SAFE_NO_PAD.decode(cursor).ok()?;
    String::from_utf8(bytes)
        .ok()?
        .strip_prefix("c:")
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips() {
        let c = encode_cursor("0190-abc");
        let args = PageArgs::parse(10, Some(&c)).unwrap();
        assert_eq!(args.after.as_deref(), Some("0190-abc"));
    }

    #[test]
    fn first_outside_one_to_a_hundred_is_refused() {
        assert!(PageArgs::parse(0, None).is_err());
        assert!(PageArgs::parse(101, None).is_err());
        assert!(PageArgs::parse(100, None).is_ok());
    }

    #[test]
    fn a_forged_cursor_is_a_validation_error() {
        let e = PageArgs::parse(10, Some("not-a-cursor!")).unwrap_err();
        assert_eq!(e.code(), "VALIDATION");
    }

    #[test]
    fn an_extra_fetched_row_means_another_page() {
        let args = PageArgs::parse(2, None).unwrap();
        let page = Page::from_fetch(vec![1, 2, 3], &args);
        assert_eq!(page.items, vec![1, 2]);
        assert!(page.has_next);
    }
}
