//! Platform operators, who act outside tenants: tenants and the job queue.

use super::{
    context::{app, data},
    errors::Gql,
    types::{PageInfo, connection},
};
use async_graphql::{Context, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{
    AppError,
    identity::{self, Principal},
    page::PageArgs,
};

connection!(
    TenantConnection,
    TenantEdge,
    TenantSummary,
    "A page of tenants (platform operators)."
);

/// A tenant as platform operators see it.
#[derive(SimpleObject)]
pub struct TenantSummary {
    /// Tenant id (plain UUID; operators act outside tenants).
    pub id: String,
    /// Slug.
    pub slug: String,
    /// Name.
    pub name: String,
    /// `active` or `suspended`.
    pub status: String,
    /// Active members.
    pub member_count: i64,
    /// Signed up.
    pub created_at: DateTime<Utc>,
}

/// A background job that used up its attempts.
#[derive(SimpleObject)]
pub struct DeadJob {
    /// Queue id.
    pub id: String,
    /// Task, e.g. `send_mail`.
    pub task: String,
    /// Attempts made.
    pub attempts: i32,
    /// The last error.
    pub last_error: Option<String>,
    /// Job key.
    pub key: Option<String>,
    /// Enqueued.
    pub created_at: DateTime<Utc>,
    /// Last attempt.
    pub updated_at: DateTime<Utc>,
}

/// The job queue's health (platform operators).
#[derive(SimpleObject)]
pub struct QueueHealth {
    /// Jobs waiting to run now.
    pub runnable: i64,
    /// Jobs being run.
    pub running: i64,
    /// Jobs that used up their attempts.
    pub dead: i64,
    /// Seconds the oldest runnable job has waited.
    pub oldest_runnable_seconds: f64,
    /// The most recent dead jobs with their last error.
    pub dead_jobs: Vec<DeadJob>,
}

/// Input of the operator's `setTenantSuspended`.
#[derive(InputObject)]
pub struct SetTenantSuspendedInput {
    /// Tenant id (plain UUID).
    pub tenant_id: String,
    /// True suspends (revoking all sessions), false resumes.
    pub suspended: bool,
}

/// Input of `operatorLogIn`.
#[derive(InputObject)]
pub struct OperatorLogInInput {
    /// Email.
    pub email: String,
    /// Password.
    pub password: String,
    /// The 6-digit code of the operator's authenticator (set up with the CLI's
    /// `operator-totp`); required: `SECOND_FACTOR_REQUIRED` without a valid one.
    pub totp_code: Option<String>,
}

/// Queries of platform operators.
#[derive(Default)]
pub struct OperatorQuery;

/// Queries of platform operators.
#[Object]
impl OperatorQuery {
    /// Hidden: panics in the `test` configuration (proves a panic becomes a 500 JSON error);
    /// NOT_FOUND everywhere else.
    #[graphql(visible = false)]
    async fn debug_panic(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        if app(ctx).config.env == "test" {
            panic!("deliberate panic for the hardening test");
        }
        Err(AppError::NotFound).gql()
    }

    /// Platform operators: the job queue's health and its dead jobs.
    async fn queue_health(&self, ctx: &Context<'_>) -> async_graphql::Result<QueueHealth> {
        let Some(Principal::Operator { account_id }) = &data(ctx).principal else {
            return Err(AppError::Unauthenticated).gql();
        };
        let (stats, dead) = identity::queue_health(app(ctx), *account_id).await.gql()?;
        Ok(QueueHealth {
            runnable: stats.runnable,
            running: stats.locked,
            dead: stats.dead,
            oldest_runnable_seconds: stats.oldest_runnable_seconds,
            dead_jobs: dead
                .into_iter()
                .map(|d| DeadJob {
                    id: d.id.to_string(),
                    task: d.task,
                    attempts: i32::from(d.attempts),
                    last_error: d.last_error,
                    key: d.key,
                    created_at: d.created_at,
                    updated_at: d.updated_at,
                })
                .collect(),
        })
    }

    /// Platform operators: every tenant in sign-up order, or those a search finds.
    async fn tenants(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
        #[graphql(
            desc = "Only tenants whose name or slug contains this text (up to 100 characters)."
        )]
        search: Option<String>,
    ) -> async_graphql::Result<TenantConnection> {
        let Some(Principal::Operator { account_id }) = &data(ctx).principal else {
            return Err(AppError::Unauthenticated).gql();
        };
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = identity::list_tenants(app(ctx), *account_id, &args, search.as_deref())
            .await
            .gql()?;
        Ok(TenantConnection::from_page(
            page,
            |t| t.tenant.id.to_string(),
            |t| TenantSummary {
                id: t.tenant.id.to_string(),
                slug: t.tenant.slug,
                name: t.tenant.name,
                status: t.tenant.status,
                member_count: t.member_count,
                created_at: t.tenant.created_at,
            },
        ))
    }
}

/// Mutations of platform operators.
#[derive(Default)]
pub struct OperatorMutation;

/// Mutations of platform operators.
#[Object]
impl OperatorMutation {
    /// Platform operators: log in (outside tenants); returns an operator token.
    async fn operator_log_in(
        &self,
        ctx: &Context<'_>,
        input: OperatorLogInInput,
    ) -> async_graphql::Result<String> {
        let d = data(ctx);
        d.limit_credentials()?;
        identity::operator_log_in(
            &d.app,
            &input.email,
            &input.password,
            input.totp_code.as_deref(),
        )
        .await
        .gql()
    }

    /// Platform operators: suspend (revoking every session) or resume a tenant.
    async fn set_tenant_suspended(
        &self,
        ctx: &Context<'_>,
        input: SetTenantSuspendedInput,
    ) -> async_graphql::Result<bool> {
        let Some(Principal::Operator { account_id }) = &data(ctx).principal else {
            return Err(AppError::Unauthenticated).gql();
        };
        let tenant_id = input
            .tenant_id
            .parse()
            .map_err(|_| AppError::NotFound)
            .gql()?;
        identity::set_tenant_suspended(app(ctx), *account_id, tenant_id, input.suspended)
            .await
            .gql()?;
        Ok(true)
    }
}
