//! The request context every service function takes first.

use uuid::Uuid;

/// Who is acting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// A member signed in through a session.
    Member {
        /// The member in this tenant.
        member_id: Uuid,
        /// The global account behind the member.
        account_id: Uuid,
        /// The session the request came with.
        session_id: Uuid,
    },
    /// An integrator's API key.
    ApiKey {
        /// The key.
        key_id: Uuid,
    },
    /// The system itself (seeding, jobs).
    System,
}

/// Tenant, actor and request facts.
///
/// Only the domain crate makes one: from a verified session or API key (`identity`), or from
/// the tenant a job recorded when it was enqueued (`Ctx::system` is crate-private). The API and
/// the worker can read a context but not forge one.
#[derive(Debug, Clone)]
pub struct Ctx {
    /// The tenant every read and write is confined to.
    pub(crate) tenant_id: Uuid,
    /// Who acts.
    pub(crate) actor: Actor,
    /// Correlates logs and audit rows.
    pub(crate) request_id: String,
    /// The client address (after trusted-proxy resolution).
    pub(crate) ip: Option<String>,
}

impl Ctx {
    /// The tenant every read and write is confined to.
    pub fn tenant_id(&self) -> Uuid {
        self.tenant_id
    }

    /// Who acts.
    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// Correlates logs and audit rows.
    pub fn request_id(&self) -> &str {
        &self.request_id
    }

    /// The client address (after trusted-proxy resolution).
    pub fn ip(&self) -> Option<&str> {
        self.ip.as_deref()
    }

    /// The Casbin subject of the actor.
    pub fn subject(&self) -> String {
        match &self.actor {
            Actor::Member { member_id, .. } => format!("m:{member_id}"),
            Actor::ApiKey { key_id } => format!("k:{key_id}"),
            Actor::System => "system".into(),
        }
    }

    /// The acting member, if the actor is one.
    pub fn member_id(&self) -> Option<Uuid> {
        match &self.actor {
            Actor::Member { member_id, .. } => Some(*member_id),
            _ => None,
        }
    }

    /// The actor's id for audit rows and the `app.actor_id` setting.
    pub fn actor_id(&self) -> Option<Uuid> {
        match &self.actor {
            Actor::Member { member_id, .. } => Some(*member_id),
            Actor::ApiKey { key_id } => Some(*key_id),
            Actor::System => None,
        }
    }

    /// The actor's kind for audit rows.
    pub fn actor_kind(&self) -> &'static str {
        match &self.actor {
            Actor::Member { .. } => "member",
            Actor::ApiKey { .. } => "api_key",
            Actor::System => "system",
        }
    }

    /// A context for system work inside one tenant: seeding, sign-up, and jobs, which take the
    /// tenant recorded in their payload when they were enqueued.
    pub(crate) fn system(tenant_id: Uuid) -> Self {
        Self {
            tenant_id,
            actor: Actor::System,
            request_id: crate::new_id().to_string(),
            ip: None,
        }
    }

    /// A system context for tests and benchmarks, which set up rows a service would refuse to
    /// write (a deadline in the past) and hold connections on purpose.
    #[cfg(feature = "test-support")]
    pub fn for_tests(tenant_id: Uuid) -> Self {
        Self::system(tenant_id)
    }
}
