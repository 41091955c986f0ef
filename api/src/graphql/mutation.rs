//! Mutation root: one `input`, one payload type each.

use super::{
    context::{app, data, set_cookie, tenant},
    errors::Gql,
    ids::{self, NodeType},
    query::Viewer,
    types::*,
};
use crate::edge::cookies::CookieChange;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use base64::Engine;
use chrono::NaiveDate;
use tongxin_core::{
    AppError,
    authz::service as roles,
    identity::{self, Principal, SessionGrant},
    member::{self, ImportMode, MemberUpdate},
    org::{self, NewOrg},
    tenancy::{self, SignUp},
};

/// A new session: the token (also set as an HttpOnly cookie) and the viewer.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Bearer token for API clients; browsers use the cookie.
    pub token: String,
    /// The signed-in viewer.
    pub viewer: Viewer,
}

fn signed_in(ctx: &Context<'_>, grant: SessionGrant) -> AuthPayload {
    set_cookie(ctx, CookieChange::Set(grant.token.clone()));
    if let Some(device) = &grant.device_cookie {
        set_cookie(ctx, CookieChange::Device(device.clone()));
    }
    AuthPayload {
        token: grant.token,
        viewer: Viewer,
    }
}

/// Input of `signUp`.
#[derive(InputObject)]
pub struct SignUpInput {
    /// Enterprise name.
    pub tenant_name: String,
    /// Slug: 3–32 of a-z, 0-9 and hyphens, starting with a letter.
    pub tenant_slug: String,
    /// First administrator's name.
    pub admin_name: String,
    /// First administrator's email.
    pub admin_email: String,
    /// First administrator's password (8+ characters with letters and digits).
    pub admin_password: String,
}

/// Input of `logIn`.
#[derive(InputObject)]
pub struct LogInInput {
    /// Email or phone.
    pub email: String,
    /// Password.
    pub password: String,
    /// Tenant to sign in to; required when the account is in several.
    pub tenant_slug: Option<String>,
}

/// Input of `createOrganization`.
#[derive(InputObject)]
pub struct CreateOrganizationInput {
    /// Parent unit; null makes a top-level unit.
    pub parent_id: Option<ID>,
    /// Name.
    pub name: String,
    /// Line.
    pub line: OrgLine,
    /// Kind; defaults from line and parent.
    pub kind: Option<OrgKind>,
    /// 联合 unit.
    pub is_joint: Option<bool>,
    /// Virtual or temporary unit.
    pub is_virtual: Option<bool>,
}

/// Payload with one org unit.
#[derive(SimpleObject)]
pub struct OrganizationPayload {
    /// The unit.
    pub organization: Organization,
}

/// Input of `renameOrganization`.
#[derive(InputObject)]
pub struct RenameOrganizationInput {
    /// Unit.
    pub id: ID,
    /// New name.
    pub name: String,
}

/// Input of `moveOrganization`.
#[derive(InputObject)]
pub struct MoveOrganizationInput {
    /// Unit to move with its sub-tree.
    pub id: ID,
    /// New parent (same line).
    pub new_parent_id: ID,
}

/// Input of `archiveOrganization`.
#[derive(InputObject)]
pub struct IdInput {
    /// The object.
    pub id: ID,
}

/// Member profile fields.
#[derive(InputObject)]
pub struct MemberInput {
    /// Name.
    pub name: Option<String>,
    /// `MALE` or `FEMALE` (or 男/女); empty clears.
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Mobile number; empty clears.
    pub phone: Option<String>,
    /// Email; empty clears.
    pub email: Option<String>,
    /// Political status.
    pub political_status: Option<PoliticalStatus>,
    /// Units the member belongs to (at most one per line).
    pub organization_ids: Option<Vec<ID>>,
    /// Posts held.
    pub posts: Option<Vec<String>>,
}

impl MemberInput {
    fn into_update(self) -> Result<MemberUpdate, AppError> {
        Ok(MemberUpdate {
            name: self.name,
            gender: self.gender,
            birth_date: self.birth_date,
            phone: self.phone,
            email: self.email,
            political_status: self.political_status.map(|s| s.code().to_string()),
            organization_ids: self
                .organization_ids
                .map(|v| {
                    v.iter()
                        .map(|i| ids::decode(NodeType::Organization, i))
                        .collect::<Result<Vec<_>, _>>()
                })
                .transpose()?,
            posts: self.posts,
        })
    }
}

/// Input of `updateMember`.
#[derive(InputObject)]
pub struct UpdateMemberInput {
    /// Member.
    pub id: ID,
    /// Fields to change.
    pub patch: MemberInput,
}

/// Input of `setMemberDisabled`.
#[derive(InputObject)]
pub struct SetMemberDisabledInput {
    /// Member.
    pub id: ID,
    /// True disables (and signs the member out everywhere), false re-enables.
    pub disabled: bool,
}

/// Payload with one member.
#[derive(SimpleObject)]
pub struct MemberPayload {
    /// The member.
    pub member: Member,
}

/// Input of `inviteMember`.
#[derive(InputObject)]
pub struct InviteMemberInput {
    /// Invitee's email.
    pub email: String,
    /// Invitee's name.
    pub name: String,
    /// Unit they join.
    pub organization_id: ID,
}

/// Payload of `inviteMember`.
#[derive(SimpleObject)]
pub struct InviteMemberPayload {
    /// The invitation.
    pub invitation: Invitation,
    /// The secret token (shown once); the link is `/invite/{token}`.
    pub invitation_token: String,
    /// The full link to share.
    pub invitation_url: String,
}

/// Input of `acceptInvitation`.
#[derive(InputObject)]
pub struct AcceptInvitationInput {
    /// Token from the link.
    pub token: String,
    /// New password, or the existing account's password.
    pub password: String,
    /// Name to use (defaults to the invited name).
    pub name: Option<String>,
}

/// Input of `changePassword`.
#[derive(InputObject)]
pub struct ChangePasswordInput {
    /// Current password.
    pub current_password: String,
    /// New password.
    pub new_password: String,
}

/// Input of `requestPasswordReset`.
#[derive(InputObject)]
pub struct RequestPasswordResetInput {
    /// Account email.
    pub email: String,
}

/// Input of `resetPassword`.
#[derive(InputObject)]
pub struct ResetPasswordInput {
    /// Token from the reset email.
    pub token: String,
    /// New password.
    pub new_password: String,
}

/// Input of `createApiKey`.
#[derive(InputObject)]
pub struct CreateApiKeyInput {
    /// What it is for.
    pub name: String,
    /// Role it holds tenant-wide (default `integrator`).
    pub role: Option<String>,
}

/// Payload of `createApiKey`.
#[derive(SimpleObject)]
pub struct CreateApiKeyPayload {
    /// The key.
    pub api_key: ApiKey,
    /// The secret, shown only now; use it as `Authorization: Bearer …`.
    pub secret: String,
}

/// Input of `assignPosition`.
#[derive(InputObject)]
pub struct AssignPositionInput {
    /// Unit.
    pub organization_id: ID,
    /// Holder.
    pub member_id: ID,
    /// Title, e.g. 支部书记.
    pub title: String,
    /// Role granted over the unit's sub-tree (default `officer`).
    pub role: Option<String>,
    /// Term start.
    pub term_start: NaiveDate,
    /// Planned term end.
    pub term_end: Option<NaiveDate>,
}

/// Payload with one position.
#[derive(SimpleObject)]
pub struct PositionPayload {
    /// The position.
    pub position: Position,
}

/// Input of `grantRole`.
#[derive(InputObject)]
pub struct GrantRoleInput {
    /// Member.
    pub member_id: ID,
    /// Role name.
    pub role: String,
    /// Unit whose sub-tree the grant covers; null for tenant-wide.
    pub organization_id: Option<ID>,
}

/// Payload with one grant.
#[derive(SimpleObject)]
pub struct GrantPayload {
    /// The grant.
    pub grant: Grant,
}

/// Input of `setRolePermissions`.
#[derive(InputObject)]
pub struct SetRolePermissionsInput {
    /// Role name.
    pub role: String,
    /// Permissions as `object:act`, act one of `(read)`, `(write)`, `(read)|(write)`.
    pub permissions: Vec<String>,
}

/// How to treat bad rows in an import.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum ImportModeInput {
    /// Import nothing unless every row is good.
    AllOrNothing,
    /// Import the good rows, report the bad ones.
    ValidRows,
}

/// Input of `importMembers`.
#[derive(InputObject)]
pub struct ImportMembersInput {
    /// File name, ending in .csv or .xlsx.
    pub file_name: String,
    /// File content, base64.
    pub content_base64: String,
    /// Bad-row handling (default ALL_OR_NOTHING).
    pub mode: Option<ImportModeInput>,
}

/// Input of the operator's `setTenantSuspended`.
#[derive(InputObject)]
pub struct SetTenantSuspendedInput {
    /// Tenant id (plain UUID).
    pub tenant_id: String,
    /// True suspends (revoking all sessions), false resumes.
    pub suspended: bool,
}

/// Input of `updateTenantSettings`.
#[derive(InputObject)]
pub struct UpdateTenantSettingsInput {
    /// New display name.
    pub name: Option<String>,
    /// IANA time zone dates are shown in, e.g. `Asia/Shanghai`.
    pub time_zone: Option<String>,
    /// Email members when they log in from a device they have not used before.
    pub login_alerts: Option<bool>,
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

/// Input of `operatorLogIn`.
#[derive(InputObject)]
pub struct OperatorLogInInput {
    /// Email.
    pub email: String,
    /// Password.
    pub password: String,
}

/// Mutation root.
#[derive(Default)]
pub struct Mutation;

/// Mutation root.
#[Object(name = "PlatformMutation")]
impl Mutation {
    /// Signs up an enterprise with its first administrator and signs them in.
    async fn sign_up(
        &self,
        ctx: &Context<'_>,
        input: SignUpInput,
    ) -> async_graphql::Result<AuthPayload> {
        let d = data(ctx);
        d.limit_credentials()?;
        let grant = tenancy::sign_up(
            &d.app,
            SignUp {
                tenant_name: input.tenant_name,
                tenant_slug: input.tenant_slug,
                admin_name: input.admin_name,
                admin_email: input.admin_email,
                admin_password: input.admin_password,
            },
            &d.client,
        )
        .await
        .gql()?;
        Ok(signed_in_with(ctx, grant))
    }

    /// Logs in with email (or phone) and password.
    async fn log_in(
        &self,
        ctx: &Context<'_>,
        input: LogInInput,
    ) -> async_graphql::Result<AuthPayload> {
        let d = data(ctx);
        d.limit_credentials()?;
        let grant = identity::log_in(
            &d.app,
            &input.email,
            &input.password,
            input.tenant_slug.as_deref(),
            &d.client,
        )
        .await
        .gql()?;
        Ok(signed_in_with(ctx, grant))
    }

    /// Ends the current session.
    async fn log_out(&self, ctx: &Context<'_>) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        identity::log_out(&c, app(ctx)).await.gql()?;
        set_cookie(ctx, CookieChange::Clear);
        Ok(true)
    }

    /// Creates an org unit.
    async fn create_organization(
        &self,
        ctx: &Context<'_>,
        input: CreateOrganizationInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let c = tenant(ctx)?;
        let row = org::create(
            &c,
            app(ctx),
            NewOrg {
                parent_id: ids::decode_opt(NodeType::Organization, input.parent_id.as_ref())
                    .gql()?,
                name: input.name,
                line: input.line.into(),
                kind: input.kind.map(Into::into),
                is_joint: input.is_joint.unwrap_or(false),
                is_virtual: input.is_virtual.unwrap_or(false),
            },
        )
        .await
        .gql()?;
        Ok(OrganizationPayload {
            organization: Organization(row),
        })
    }

    /// Renames an org unit.
    async fn rename_organization(
        &self,
        ctx: &Context<'_>,
        input: RenameOrganizationInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Organization, &input.id).gql()?;
        Ok(OrganizationPayload {
            organization: Organization(org::rename(&c, app(ctx), id, &input.name).await.gql()?),
        })
    }

    /// Moves an org unit with its sub-tree under another unit of the same line.
    async fn move_organization(
        &self,
        ctx: &Context<'_>,
        input: MoveOrganizationInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Organization, &input.id).gql()?;
        let to = ids::decode(NodeType::Organization, &input.new_parent_id).gql()?;
        Ok(OrganizationPayload {
            organization: Organization(org::move_to(&c, app(ctx), id, to).await.gql()?),
        })
    }

    /// Archives an org unit with no active sub-units or members.
    async fn archive_organization(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<OrganizationPayload> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Organization, &input.id).gql()?;
        Ok(OrganizationPayload {
            organization: Organization(org::archive(&c, app(ctx), id).await.gql()?),
        })
    }

    /// Adds a member to the roster.
    async fn create_member(
        &self,
        ctx: &Context<'_>,
        input: MemberInput,
    ) -> async_graphql::Result<MemberPayload> {
        let c = tenant(ctx)?;
        let update = input.into_update().gql()?;
        Ok(MemberPayload {
            member: Member(member::create(&c, app(ctx), update).await.gql()?),
        })
    }

    /// Edits a member.
    async fn update_member(
        &self,
        ctx: &Context<'_>,
        input: UpdateMemberInput,
    ) -> async_graphql::Result<MemberPayload> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Member, &input.id).gql()?;
        let update = input.patch.into_update().gql()?;
        Ok(MemberPayload {
            member: Member(member::update(&c, app(ctx), id, update).await.gql()?),
        })
    }

    /// Disables or re-enables a member.
    async fn set_member_disabled(
        &self,
        ctx: &Context<'_>,
        input: SetMemberDisabledInput,
    ) -> async_graphql::Result<MemberPayload> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Member, &input.id).gql()?;
        Ok(MemberPayload {
            member: Member(
                member::set_disabled(&c, app(ctx), id, input.disabled)
                    .await
                    .gql()?,
            ),
        })
    }

    /// Imports members from a .csv or .xlsx file with the export's headers.
    async fn import_members(
        &self,
        ctx: &Context<'_>,
        input: ImportMembersInput,
    ) -> async_graphql::Result<ImportMembersPayload> {
        let c = tenant(ctx)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(input.content_base64.as_bytes())
            .map_err(|_| AppError::field("contentBase64", "文件内容不是有效的 base64"))
            .gql()?;
        let mode = match input.mode.unwrap_or(ImportModeInput::AllOrNothing) {
            ImportModeInput::AllOrNothing => ImportMode::AllOrNothing,
            ImportModeInput::ValidRows => ImportMode::ValidRows,
        };
        let report = member::import_file(&c, app(ctx), &input.file_name, &bytes, mode)
            .await
            .gql()?;
        let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
        Ok(ImportMembersPayload {
            total: n(report.total),
            imported: n(report.imported),
            errors: report
                .errors
                .into_iter()
                .map(|e| ImportRowError {
                    row: n(e.row),
                    column: e.column,
                    message: e.message,
                })
                .collect(),
        })
    }

    /// Invites a person by email into a unit; returns a link to share.
    async fn invite_member(
        &self,
        ctx: &Context<'_>,
        input: InviteMemberInput,
    ) -> async_graphql::Result<InviteMemberPayload> {
        let c = tenant(ctx)?;
        let org_id = ids::decode(NodeType::Organization, &input.organization_id).gql()?;
        let (row, token) = identity::invite_member(&c, app(ctx), &input.email, &input.name, org_id)
            .await
            .gql()?;
        let invitation_url = format!("{}/invite/{token}", app(ctx).config.public_url());
        Ok(InviteMemberPayload {
            invitation: Invitation(row),
            invitation_token: token,
            invitation_url,
        })
    }

    /// Revokes an open invitation.
    async fn revoke_invitation(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Invitation, &input.id).gql()?;
        identity::revoke_invitation(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }

    /// Accepts an invitation and signs in.
    async fn accept_invitation(
        &self,
        ctx: &Context<'_>,
        input: AcceptInvitationInput,
    ) -> async_graphql::Result<AuthPayload> {
        let d = data(ctx);
        d.limit_credentials()?;
        let grant = identity::accept_invitation(
            &d.app,
            &input.token,
            &input.password,
            input.name.as_deref(),
            &d.client,
        )
        .await
        .gql()?;
        Ok(signed_in_with(ctx, grant))
    }

    /// Revokes one of the viewer's sessions.
    async fn revoke_session(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Session, &input.id).gql()?;
        identity::revoke_session(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }

    /// Changes the viewer's password; every other session of the account is revoked.
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        input: ChangePasswordInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        data(ctx).limit_credentials()?;
        identity::change_password(&c, app(ctx), &input.current_password, &input.new_password)
            .await
            .gql()?;
        Ok(true)
    }

    /// Starts a password reset; always answers true so that accounts cannot be discovered.
    async fn request_password_reset(
        &self,
        ctx: &Context<'_>,
        input: RequestPasswordResetInput,
    ) -> async_graphql::Result<bool> {
        let d = data(ctx);
        d.limit_credentials()?;
        // The token is delivered by email; the response never carries it.
        let _token = identity::request_password_reset(&d.app, &input.email)
            .await
            .gql()?;
        Ok(true)
    }

    /// Sets a new password with a reset token.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        input: ResetPasswordInput,
    ) -> async_graphql::Result<bool> {
        let d = data(ctx);
        d.limit_credentials()?;
        identity::reset_password(&d.app, &input.token, &input.new_password)
            .await
            .gql()?;
        Ok(true)
    }

    /// Creates an API key (the secret is returned once).
    async fn create_api_key(
        &self,
        ctx: &Context<'_>,
        input: CreateApiKeyInput,
    ) -> async_graphql::Result<CreateApiKeyPayload> {
        let c = tenant(ctx)?;
        let role = input.role.unwrap_or_else(|| "integrator".into());
        let (row, secret) = identity::create_api_key(&c, app(ctx), &input.name, &role)
            .await
            .gql()?;
        Ok(CreateApiKeyPayload {
            api_key: ApiKey(row),
            secret,
        })
    }

    /// Revokes an API key.
    async fn revoke_api_key(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::ApiKey, &input.id).gql()?;
        identity::revoke_api_key(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }

    /// Puts a member into an officer position; the position grants its role over the unit's sub-tree.
    async fn assign_position(
        &self,
        ctx: &Context<'_>,
        input: AssignPositionInput,
    ) -> async_graphql::Result<PositionPayload> {
        let c = tenant(ctx)?;
        let org_id = ids::decode(NodeType::Organization, &input.organization_id).gql()?;
        let member_id = ids::decode(NodeType::Member, &input.member_id).gql()?;
        let row = org::assign_position(
            &c,
            app(ctx),
            org_id,
            member_id,
            &input.title,
            input.role.as_deref(),
            input.term_start,
            input.term_end,
        )
        .await
        .gql()?;
        Ok(PositionPayload {
            position: Position(row),
        })
    }

    /// Ends a position and its grant.
    async fn end_position(
        &self,
        ctx: &Context<'_>,
        input: IdInput,
    ) -> async_graphql::Result<PositionPayload> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Position, &input.id).gql()?;
        Ok(PositionPayload {
            position: Position(org::end_position(&c, app(ctx), id).await.gql()?),
        })
    }

    /// Grants a role to a member over a unit's sub-tree or tenant-wide.
    async fn grant_role(
        &self,
        ctx: &Context<'_>,
        input: GrantRoleInput,
    ) -> async_graphql::Result<GrantPayload> {
        let c = tenant(ctx)?;
        let member_id = ids::decode(NodeType::Member, &input.member_id).gql()?;
        let org_id =
            ids::decode_opt(NodeType::Organization, input.organization_id.as_ref()).gql()?;
        Ok(GrantPayload {
            grant: Grant(
                roles::grant_role(&c, app(ctx), member_id, &input.role, org_id)
                    .await
                    .gql()?,
            ),
        })
    }

    /// Revokes a grant.
    async fn revoke_grant(&self, ctx: &Context<'_>, input: IdInput) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Grant, &input.id).gql()?;
        roles::revoke_grant(&c, app(ctx), id).await.gql()?;
        Ok(true)
    }

    /// Replaces a role template's permissions.
    async fn set_role_permissions(
        &self,
        ctx: &Context<'_>,
        input: SetRolePermissionsInput,
    ) -> async_graphql::Result<bool> {
        let c = tenant(ctx)?;
        let perms = input
            .permissions
            .iter()
            .map(|p| {
                p.split_once(':')
                    .map(|(o, a)| (o.to_string(), a.to_string()))
                    .ok_or_else(|| {
                        AppError::field("permissions", format!("格式应为 对象:操作：{p}"))
                    })
            })
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        roles::set_role_permissions(&c, app(ctx), &input.role, &perms)
            .await
            .gql()?;
        Ok(true)
    }

    /// Tenant admins: change the enterprise's display name, time zone or new-device login alerts.
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
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::DueItem, &input.id).gql()?;
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
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::DueItem, &input.id).gql()?;
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
        let c = tenant(ctx)?;
        let id = ids::decode(NodeType::Notification, &input.id).gql()?;
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

    /// Platform operators: log in (outside tenants); returns an operator token.
    async fn operator_log_in(
        &self,
        ctx: &Context<'_>,
        input: OperatorLogInInput,
    ) -> async_graphql::Result<String> {
        let d = data(ctx);
        d.limit_credentials()?;
        identity::operator_log_in(&d.app, &input.email, &input.password)
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

/// After login the new session is the request's principal for the payload's `viewer`.
fn signed_in_with(ctx: &Context<'_>, grant: SessionGrant) -> AuthPayload {
    let d = data(ctx);
    *d.late_principal.lock().unwrap_or_else(|p| p.into_inner()) = Some(grant.clone());
    signed_in(ctx, grant)
}
