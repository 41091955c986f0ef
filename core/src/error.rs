//! One error type for every service; the API maps it once to a stable `extensions.code`.

use std::collections::BTreeMap;

/// A service failure, in terms a client can act on.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No valid session or key.
    #[error("请先登录")]
    Unauthenticated,
    /// A login with a wrong password, an unknown account, or a tenant the account is not in —
    /// one answer for all three.
    #[error("账号或密码错误")]
    InvalidCredentials,
    /// The actor may not do this here (used only where existence is not secret).
    #[error("没有权限执行此操作")]
    Forbidden,
    /// The actor may see the target but a rule of it refuses this action (muted, broadcast-only,
    /// recall window passed); the message says which.
    #[error("{0}")]
    Denied(String),
    /// The object does not exist in this tenant, or the actor may not see it.
    #[error("对象不存在")]
    NotFound,
    /// Input broke a rule; `fields` names the inputs at fault.
    #[error("{message}")]
    Validation {
        /// Readable summary.
        message: String,
        /// Input field → message.
        fields: BTreeMap<String, String>,
    },
    /// The change conflicts with existing state (a duplicate, a stale move).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts; retry later.
    #[error("{0}")]
    RateLimited(String),
    /// The account belongs to several tenants and must choose one (`slug`, name).
    #[error("该账号属于多个单位，请选择要登录的单位")]
    TenantChoice(Vec<(String, String)>),
    /// The account logs in with a second factor and this attempt brought no valid code (or a
    /// wrong one: then `fields` names the input at fault).
    #[error("{message}")]
    SecondFactorRequired {
        /// Readable summary.
        message: String,
        /// Input field → message (empty when no code was given at all).
        fields: BTreeMap<String, String>,
    },
    /// The session must enrol a second factor (the tenant's policy) before anything else.
    #[error("请先设置两步验证")]
    SecondFactorEnrolmentRequired,
    /// The database cannot be reached (an outage, a restart) or the server is saturated:
    /// nothing was done, and the same request may be sent again after a short wait.
    #[error("服务暂时不可用，请稍后重试")]
    Unavailable,
    /// Anything unexpected; details are logged, never shown.
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// Result of a service call.
pub type AppResult<T> = Result<T, AppError>;

impl AppError {
    /// The stable code clients switch on.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthenticated | AppError::InvalidCredentials => "UNAUTHENTICATED",
            AppError::Forbidden | AppError::Denied(_) => "FORBIDDEN",
            AppError::NotFound => "NOT_FOUND",
            AppError::Validation { .. } | AppError::TenantChoice(_) => "VALIDATION",
            AppError::Conflict(_) => "CONFLICT",
            AppError::RateLimited(_) => "RATE_LIMITED",
            AppError::SecondFactorRequired { .. } => "SECOND_FACTOR_REQUIRED",
            AppError::SecondFactorEnrolmentRequired => "SECOND_FACTOR_ENROLMENT_REQUIRED",
            AppError::Unavailable => "UNAVAILABLE",
            AppError::Internal(_) => "INTERNAL",
        }
    }

    /// A validation error about one input field.
    pub fn field(field: &str, message: impl Into<String>) -> Self {
        let message = message.into();
        AppError::Validation {
            fields: BTreeMap::from([(field.to_string(), message.clone())]),
            message,
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::RowNotFound = e {
            return AppError::NotFound;
        }
        if crate::db::is_outage(&e) {
            tracing::warn!(error = %e, "database unavailable");
            return AppError::Unavailable;
        }
        if let Some(db) = e.as_database_error() {
            match db.code().as_deref() {
                // unique_violation
                Some("23505") => return AppError::Conflict(conflict_message(db.constraint())),
                // foreign_key_violation: a referenced object is not in this tenant
                Some("23503") => return AppError::NotFound,
                // check_violation, and class 22 (data exception: a NUL or invalid byte, a value
                // out of range, a malformed number or date) — input that slipped past the
                // edge's checks is still the client's to fix, never an internal error.
                Some(c) if c == "23514" || c.starts_with("22") => {
                    return AppError::Validation {
                        message: "输入不符合要求".into(),
                        fields: BTreeMap::new(),
                    };
                }
                _ => {}
            }
        }
        AppError::Internal(e.into())
    }
}

/// Readable text for a unique constraint, by name.
fn conflict_message(constraint: Option<&str>) -> String {
    match constraint {
        Some("tenant_slug_key") => "该企业标识已被使用".into(),
        Some("account_email_key") => "该邮箱已注册".into(),
        Some("account_phone_key") => "该手机号已注册".into(),
        Some("member_tenant_id_account_id_key") => "该账号已是本单位成员".into(),
        Some("role_template_pkey") => "角色名称已存在".into(),
        Some("casbin_rule_tenant_id_ptype_v0_v1_v2_v3_v4_v5_key") => "该授权已存在".into(),
        _ => "与已有数据冲突".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_a_code_from_the_published_table() {
        let table = [
            "UNAUTHENTICATED",
            "FORBIDDEN",
            "NOT_FOUND",
            "VALIDATION",
            "CONFLICT",
            "RATE_LIMITED",
            "UNAVAILABLE",
            "INTERNAL",
        ];
        for e in [
            AppError::Unauthenticated,
            AppError::InvalidCredentials,
            AppError::Forbidden,
            AppError::NotFound,
            AppError::field("x", "y"),
            AppError::Conflict("c".into()),
            AppError::RateLimited("r".into()),
            AppError::Unavailable,
            AppError::Internal(anyhow::anyhow!("boom")),
        ] {
            assert!(table.contains(&e.code()));
        }
    }

    #[test]
    fn a_pool_timeout_or_a_lost_connection_is_unavailable_not_internal() {
        // Arrange
        let lost = sqlx::Error::Io(std::io::Error::from(std::io::ErrorKind::ConnectionReset));

        // Act
        let codes = [
            AppError::from(sqlx::Error::PoolTimedOut).code(),
            AppError::from(sqlx::Error::PoolClosed).code(),
            AppError::from(lost).code(),
        ];

        // Assert
        assert_eq!(codes, ["UNAVAILABLE"; 3]);
    }

    #[test]
    fn internal_errors_do_not_show_their_cause() {
        let e = AppError::Internal(anyhow::anyhow!("select * from secret_table"));
        assert_eq!(e.to_string(), "internal error");
    }
}
