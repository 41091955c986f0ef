//! Parsed inputs of sign-up: slugs, names, emails.

use crate::{AppError, AppResult};

/// Words a tenant slug may not be, because they name routes or roles.
const RESERVED: &[&str] = &[
    "admin", "api", "app", "assets", "graphql", "graphiql", "healthz", "login", "logout",
    "metrics", "operator", "platform", "readyz", "root", "static", "system", "tongxin", "www",
];

/// A tenant's URL-safe unique name: 3–32 of `a-z0-9-`, starting with a letter, no leading,
/// trailing or doubled hyphen, not reserved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    /// Parses a slug, saying exactly which rule it breaks.
    pub fn parse(field: &str, raw: &str) -> AppResult<Self> {
        let s = raw.trim().to_ascii_lowercase();
        let err = |m: &str| Err(AppError::field(field, m));
        if s.len() < 3 || s.len() > 32 {
            return err("企业标识长度需为 3–32 个字符");
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return err("企业标识只能包含小写字母、数字和连字符");
        }
        if !s.starts_with(|c: char| c.is_ascii_lowercase()) {
            return err("企业标识必须以字母开头");
        }
        if s.ends_with('-') || s.contains("--") {
            return err("企业标识不能以连字符结尾或包含连续的连字符");
        }
        if RESERVED.contains(&s.as_str()) {
            return err("该企业标识为系统保留，请换一个");
        }
        Ok(Self(s))
    }

    /// The slug text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A trimmed display name with a length limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(String);

impl Name {
    /// Parses a name of 1..=max characters (after trimming).
    pub fn parse(field: &str, raw: &str, max: usize) -> AppResult<Self> {
        let s = raw.trim();
        if s.is_empty() {
            return Err(AppError::field(field, "不能为空"));
        }
        if s.chars().count() > max {
            return Err(AppError::field(field, format!("不能超过 {max} 个字符")));
        }
        if s.chars().any(char::is_control) {
            return Err(AppError::field(field, "不能包含控制字符"));
        }
        Ok(Self(s.to_string()))
    }

    /// The name text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A lower-cased email address with a plausible shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Parses an email address.
    pub fn parse(field: &str, raw: &str) -> AppResult<Self> {
        let s = raw.trim().to_lowercase();
        let valid = s.len() <= 254
            && s.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
                    && !s.chars().any(|c| c.is_whitespace() || c == ',' || c == ';')
                    && !domain.contains('@')
            });
        if valid {
            Ok(Self(s))
        } else {
            Err(AppError::field(field, "邮箱格式不正确"))
        }
    }

    /// The address text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A mainland mobile number (11 digits starting with 1), optionally with +86.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// Parses a phone number.
    pub fn parse(field: &str, raw: &str) -> AppResult<Self> {
        let digits: String = raw
            .trim()
            .trim_start_matches("+86")
            .chars()
            .filter(|c| *c != ' ' && *c != '-')
            .collect();
        if digits.len() == 11
            && digits.starts_with('1')
            && digits.chars().all(|c| c.is_ascii_digit())
        {
            Ok(Self(digits))
        } else {
            Err(AppError::field(field, "手机号应为 11 位数字"))
        }
    }

    /// The number text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason(raw: &str) -> String {
        match Slug::parse("slug", raw) {
            Err(AppError::Validation { message, .. }) => message,
            other => panic!("expected a validation error, got {other:?}"),
        }
    }

    #[test]
    fn a_good_slug_is_lower_cased_and_kept() {
        assert_eq!(
            Slug::parse("s", " Sinopec-Beijing ").unwrap().as_str(),
            "sinopec-beijing"
        );
    }

    #[test]
    fn each_broken_slug_rule_has_its_own_message() {
        assert!(reason("ab").contains("3–32"));
        assert!(reason("abc_def").contains("小写字母"));
        assert!(reason("1abc").contains("字母开头"));
        assert!(reason("abc-").contains("连字符"));
        assert!(reason("ab--c").contains("连字符"));
        assert!(reason("admin").contains("保留"));
    }

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(
            Name::parse("n", "  中国石化  ", 10).unwrap().as_str(),
            "中国石化"
        );
        assert!(Name::parse("n", "   ", 10).is_err());
        assert!(Name::parse("n", "一二三四五六七八九十一", 10).is_err());
    }

    #[test]
    fn emails_are_lower_cased_and_checked() {
        assert_eq!(
            Email::parse("e", "Li.Lei@Example.COM").unwrap().as_str(),
            "li.lei@example.com"
        );
        for bad in ["", "a@b", "@x.cn", "a b@x.cn", "a@.cn", "a@x.cn."] {
            assert!(Email::parse("e", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones_accept_mainland_mobiles() {
        assert_eq!(
            Phone::parse("p", "+86 138-0013-8000").unwrap().as_str(),
            "13800138000"
        );
        assert!(Phone::parse("p", "12345").is_err());
    }
}
