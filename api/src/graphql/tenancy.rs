//! The tenant's own settings and workspace: dashboard, statutory rules, due items, notifications.

use super::{
    context::{app, data, target, tenant},
    errors::Gql,
    ids::{self, NodeType, encode},
    member::Member,
    org::{Organization, load_org},
    types::{IdInput, PageInfo, connection},
};
use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use tongxin_core::{member, org, page::PageArgs, system::TenantRow, tenancy};

/// An enterprise using Tongxin.
pub struct Tenant(pub TenantRow);

/// An enterprise using Tongxin.
#[Object]
impl Tenant {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Tenant, self.0.id)
    }
    /// URL-safe unique name used at login.
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    /// Display name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// `active` or `suspended`.
    async fn status(&self) -> &str {
        &self.0.status
    }
    /// Time zone used for dates shown to members (IANA name).
    async fn time_zone(&self) -> &str {
        &self.0.time_zone
    }
    /// Whether members are emailed when they log in from a device they have not used before.
    async fn login_alerts(&self) -> bool {
        self.0.login_alerts
    }
    /// Who must log in with a second factor (TOTP); set with `updateTenantSettings`.
    async fn second_factor_policy(&self) -> super::second_factor::SecondFactorPolicy {
        self.0.second_factor_policy.into()
    }
    /// When the tenant signed up.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A count under a label.
#[derive(SimpleObject)]
pub struct Count {
    /// Code, e.g. `PARTY` or `FULL_MEMBER`.
    pub key: String,
    /// Count.
    pub count: i64,
}

/// Figures for the home dashboard.
#[derive(SimpleObject)]
pub struct Dashboard {
    /// Active members.
    pub member_total: i64,
    /// Active members per line (members placed in a unit of that line).
    pub members_by_line: Vec<Count>,
    /// Active members per political status.
    pub members_by_political_status: Vec<Count>,
    /// Active org units per line.
    pub organizations_by_line: Vec<Count>,
}

/// A statutory rule with the parameters in force for the tenant and where they come from.
pub struct Rule(pub tongxin_core::statute::RuleRow);

/// A statutory rule with the parameters in force for the tenant and where they come from.
#[Object]
impl Rule {
    /// Stable key, e.g. `party.probation`.
    async fn key(&self) -> &str {
        &self.0.key
    }
    /// Area (党费, 发展党员, 组织生活 …).
    async fn area(&self) -> &str {
        &self.0.area
    }
    /// What the rule says.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The statutory default parameters.
    async fn default_params(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.default_params.clone())
    }
    /// Where the default comes from (law, regulation, article).
    async fn source(&self) -> &str {
        &self.0.source
    }
    /// The parameters in force for this tenant (its override, or the default).
    async fn effective_params(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.effective().clone())
    }
    /// The source behind the parameters in force.
    async fn effective_source(&self) -> &str {
        self.0.effective_source()
    }
    /// Whether the tenant overrides the default.
    async fn overridden(&self) -> bool {
        self.0.override_params.is_some()
    }
    /// When the override was last changed.
    async fn overridden_at(&self) -> Option<DateTime<Utc>> {
        self.0.overridden_at
    }
}

/// A notification in the viewer's inbox.
pub struct Notification(pub tongxin_core::notify::NotificationRow);

/// A notification in the viewer's inbox.
#[Object]
impl Notification {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::Notification, self.0.id)
    }
    /// `REMINDER`, `SYSTEM`, `MENTION`, `DIRECT_MESSAGE`, `MESSAGE_REPORT`, `NOTICE`, `TASK`,
    /// `MEETING` or `GRID` (网格督办: warnings, 督办 and escalations of grid timers).
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Body text.
    async fn body(&self) -> &str {
        &self.0.body
    }
    /// Structured facts, e.g. the due item and the rule and source behind a reminder.
    async fn detail(&self) -> async_graphql::Json<serde_json::Value> {
        async_graphql::Json(self.0.detail.clone())
    }
    /// Written.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// Read, if it has been.
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }
    /// The notice a `NOTICE` notification announces (or reminds of), as its global ID.
    async fn notice_id(&self) -> Option<ID> {
        self.0.detail["notice"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .map(|id| encode(NodeType::Notice, id))
    }
    /// The meeting a `MEETING` notification (or a meeting reminder) concerns, as its global ID.
    async fn meeting_id(&self) -> Option<ID> {
        self.0.detail["meeting"]
            .as_str()
            .and_then(|s| s.parse().ok())
            .map(|id| encode(NodeType::Meeting, id))
    }
}

/// Something with a deadline that reminds before it is late and escalates after.
pub struct DueItem(pub tongxin_core::reminder::DueItemRow);

/// Something with a deadline that reminds before it is late and escalates after.
#[Object]
impl DueItem {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::DueItem, self.0.id)
    }
    /// Module-defined kind, e.g. `thought_report`.
    async fn kind(&self) -> &str {
        &self.0.kind
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// Due time.
    async fn due_at(&self) -> DateTime<Utc> {
        self.0.due_at
    }
    /// Key of the rule behind the deadline.
    async fn rule_key(&self) -> Option<&str> {
        self.0.rule_key.as_deref()
    }
    /// Reminder offsets in minutes (negative before the due time, positive for escalation).
    async fn reminder_offsets_minutes(&self) -> &[i32] {
        &self.0.offsets_minutes
    }
    /// `OPEN`, `DONE` or `CANCELLED`.
    async fn status(&self) -> &str {
        self.0.status.as_str()
    }
    /// The member it concerns.
    async fn member(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Member>> {
        let Some(id) = self.0.subject_member_id else {
            return Ok(None);
        };
        match &data(ctx).members {
            Some(l) => Ok(l.load_one(id).await?.map(Member)),
            None => Ok(None),
        }
    }
    /// The org it concerns.
    async fn organization(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Organization>> {
        match self.0.subject_org_id {
            Some(id) => load_org(ctx, id).await,
            None => Ok(None),
        }
    }
    /// Completed or cancelled.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }
}

connection!(
    NotificationConnection,
    NotificationEdge,
    Notification,
    "A page of notifications, newest first."
);
connection!(
    DueItemConnection,
    DueItemEdge,
    DueItem,
    "A page of due items."
);

/// Input of `updateTenantSettings`.
#[derive(InputObject)]
pub struct UpdateTenantSettingsInput {
    /// New display name.
    pub name: Option<String>,
    /// IANA time zone dates are shown in, e.g. `Asia/Shanghai`.
    pub time_zone: Option<String>,
    /// Email members when they log in from a device they have not used before.
    pub login_alerts: Option<bool>,
    /// Who must log in with a second factor. Members it newly covers who have none are
    /// asked to enrol at their next login (their sessions may do nothing else until then).
    pub second_factor_policy: Option<super::second_factor::SecondFactorPolicy>,
}

/// Input of `overrideRule`.
#[derive(InputObject)]
pub struct OverrideRuleInput {
    /// Rule key.
    pub key: String,
    /// New parameters, with the same keys and kinds of values as the defaults.
    pub params: async_graphql::Json<serde_json::Value>,
    /// The tenant's own source (provincial or company document).
    pub source_note: String,
}

/// Input of `resetRule`.
#[derive(InputObject)]
pub struct ResetRuleInput {
    /// Rule key.
    pub key: String,
}

/// Input of `createDueItem`.
#[derive(InputObject)]
pub struct CreateDueItemInput {
    /// Title shown in reminders.
    pub title: String,
    /// Due time.
    pub due_at: chrono::DateTime<chrono::Utc>,
    /// Module-defined kind (default `task`).
    pub kind: Option<String>,
    /// The member it concerns.
    pub member_id: Option<ID>,
    /// The org it concerns (its officers get escalations).
    pub organization_id: Option<ID>,
    /// The rule behind the deadline (its source is shown on every reminder).
    pub rule_key: Option<String>,
}

/// Queries on the tenant's workspace.
#[derive(Default)]
pub struct TenancyQuery;

/// Queries on the tenant's workspace.
#[Object]
impl TenancyQuery {
    /// Figures for the home dashboard.
    async fn dashboard(&self, ctx: &Context<'_>) -> async_graphql::Result<Dashboard> {
        let c = tenant(ctx)?;
        let (by_status, by_line, total) = member::stats(&c, app(ctx)).await.gql()?;
        let orgs = org::counts_by_line(&c, app(ctx)).await.gql()?;
        let counts = |v: Vec<(String, i64)>| {
            v.into_iter()
                .map(|(key, count)| Count { key, count })
                .collect()
        };
        Ok(Dashboard {
            member_total: total,
            members_by_line: counts(by_line),
            members_by_political_status: counts(by_status),
            organizations_by_line: counts(orgs),
        })
    }

    /// The viewer's notifications, newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
        unread_only: Option<bool>,
    ) -> async_graphql::Result<NotificationConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = tongxin_core::notify::list(&c, app(ctx), unread_only.unwrap_or(false), &args)
            .await
            .gql()?;
        Ok(NotificationConnection::from_page(
            page,
            |n| n.id.to_string(),
            Notification,
        ))
    }

    /// Due items: the viewer's own, or all of the tenant's for those who manage members.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn due_items(
        &self,
        ctx: &Context<'_>,
        first: i32,
        after: Option<String>,
        include_closed: Option<bool>,
    ) -> async_graphql::Result<DueItemConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page =
            tongxin_core::reminder::list(&c, app(ctx), include_closed.unwrap_or(false), &args)
                .await
                .gql()?;
        Ok(DueItemConnection::from_page(
            page,
            |d| d.id.to_string(),
            DueItem,
        ))
    }

    /// Statutory rules with the tenant's effective parameters and their sources.
    async fn rules(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Rule>> {
        let c = tenant(ctx)?;
        Ok(tongxin_core::statute::list(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(Rule)
            .collect())
    }
}

/// Mutations of the tenant's settings and workspace.
#[derive(Default)]
pub struct TenancyMutation;

/// Mutations of the tenant's settings and workspace.
#[Object]
impl TenancyMutation {
    /// Tenant admins: change the enterprise's display name, time zone, new-device login alerts
    /// or second-factor policy (audited).
    async fn update_tenant_settings(
        &self,
        ctx: &Context<'_>,
        input: UpdateTenantSettingsInput,
    ) -> async_graphql::Result<Tenant> {
        let c = tenant(ctx)?;
        let row = tenancy::update_settings(
            &c,
            app(ctx),
            input.name.as_deref(),
            input.time_zone.as_deref(),
            input.login_alerts,
            input.second_factor_policy.map(Into::into),
        )
        .await
        .gql()?;
        Ok(Tenant(row))
    }

    /// Tenant admins: override a rule's parameters with the tenant's own source.
    async fn override_rule(
        &self,
        ctx: &Context<'_>,
        input: OverrideRuleInput,
    ) -> async_graphql::Result<Rule> {
        let c = tenant(ctx)?;
        let row = tongxin_core::statute::set_override(
            &c,
            app(ctx),
            &input.key,
            input.params.0,
            &input.source_note,
        )
        .await
        .gql()?;
        Ok(Rule(row))
    }

    /// Tenant admins: drop an override so the statutory default applies again.
    async fn reset_rule(
        &self,
        ctx: &Context<'_>,
        input: ResetRuleInput,
    ) -> async_graphql::Result<Rule> {
        let c = tenant(ctx)?;
        Ok(Rule(
            tongxin_core::statute::reset(&c, app(ctx), &input.key)
                .await
                .gql()?,
        ))
    }

    /// Registers a due item; reminders follow the tenant's `reminder.defaults` rule.
    async fn create_due_item(
        &self,
        ctx: &Context<'_>,
        input: CreateDueItemInput,
    ) -> async_graphql::Result<DueItem> {
        let c = tenant(ctx)?;
        let row = tongxin_core::reminder::create(
            &c,
            app(ctx),
            tongxin_core::reminder::NewDueItem {
                kind: input.kind.unwrap_or_else(|| "task".into()),
                title: input.title,
                due_at: input.due_at,
                rule_key: input.rule_key,
                member_id: ids::decode_opt(NodeType::Member, input.member_id.as_ref()).gql()?,
                org_id: ids::decode_opt(NodeType::Organization, input.organization_id.as_ref())
                    .gql()?,
            },
        )
        .await
        .gql()?;
        Ok(DueItem(row))
    }

    /// Completes a due item; its reminders stop.
    async fn complete_due_item(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<DueItem> {
        let (c, id) = target(ctx, NodeType::DueItem, &input.id)?;
        Ok(DueItem(
            tongxin_core::reminder::close(&c, app(ctx), id, true)
                .await
                .gql()?,
        ))
    }

    /// Cancels a due item; its reminders stop.
    async fn cancel_due_item(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<DueItem> {
        let (c, id) = target(ctx, NodeType::DueItem, &input.id)?;
        Ok(DueItem(
            tongxin_core::reminder::close(&c, app(ctx), id, false)
                .await
                .gql()?,
        ))
    }

    /// Marks one of the viewer's notifications read.
    async fn mark_notification_read(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<bool> {
        let (c, id) = target(ctx, NodeType::Notification, &input.id)?;
        tongxin_core::notify::mark_read(&c, app(ctx), id)
            .await
            .gql()?;
        Ok(true)
    }

    /// Marks all of the viewer's notifications read; returns how many changed.
    async fn mark_all_notifications_read(&self, ctx: &Context<'_>) -> async_graphql::Result<i64> {
        let c = tenant(ctx)?;
        let n = tongxin_core::notify::mark_all_read(&c, app(ctx))
            .await
            .gql()?;
        Ok(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
