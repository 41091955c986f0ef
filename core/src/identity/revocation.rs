//! Ended sessions reach live connections: after a session is revoked, a member disabled, an
//! account's password changed or a tenant suspended, an event goes out on the bus and every
//! node closes the sockets it ends.

use crate::{App, bus::Event, system::SessionInfo};
use uuid::Uuid;

/// What ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// One session.
    Session {
        /// Tenant.
        tenant: Uuid,
        /// Session.
        session: Uuid,
    },
    /// Every session of a member of a tenant.
    Member {
        /// Tenant.
        tenant: Uuid,
        /// Member.
        member: Uuid,
    },
    /// Every session of an account but one (`keep`), in every tenant.
    Account {
        /// Account.
        account: Uuid,
        /// The session that stays (the one that changed the password).
        keep: Option<Uuid>,
    },
    /// Every session of a tenant.
    Tenant(Uuid),
}

/// The bus topic of session endings.
pub const TOPIC: &str = "sessions_ended";

impl Ended {
    fn event(self) -> Event {
        let (tenant, subject, id) = match self {
            Ended::Session { tenant, session } => (tenant, session, Uuid::nil()),
            Ended::Member { tenant, member } => (tenant, member, Uuid::from_u128(1)),
            Ended::Account { account, keep } => (Uuid::nil(), account, keep.unwrap_or(Uuid::max())),
            Ended::Tenant(tenant) => (tenant, tenant, Uuid::from_u128(3)),
        };
        Event {
            tenant,
            topic: TOPIC.to_string(),
            subject,
            id,
        }
    }

    fn from_event(ev: &Event) -> Option<Self> {
        if ev.topic != TOPIC {
            return None;
        }
        Some(match ev.id {
            id if id == Uuid::nil() => Ended::Session {
                tenant: ev.tenant,
                session: ev.subject,
            },
            id if id == Uuid::from_u128(1) => Ended::Member {
                tenant: ev.tenant,
                member: ev.subject,
            },
            id if id == Uuid::from_u128(3) => Ended::Tenant(ev.tenant),
            keep => Ended::Account {
                account: ev.subject,
                keep: (keep != Uuid::max()).then_some(keep),
            },
        })
    }
}

/// Tells every node (after the change committed).
pub async fn announce(app: &App, ended: Ended) {
    app.bus.publish(ended.event()).await;
}

/// Whether an event ends this session.
pub fn ends(ev: &Event, s: &SessionInfo) -> bool {
    match Ended::from_event(ev) {
        Some(Ended::Session { tenant, session }) => {
            tenant == s.tenant_id && session == s.session_id
        }
        Some(Ended::Member { tenant, member }) => tenant == s.tenant_id && member == s.member_id,
        Some(Ended::Account { account, keep }) => {
            account == s.account_id && keep != Some(s.session_id)
        }
        Some(Ended::Tenant(tenant)) => tenant == s.tenant_id,
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session() -> SessionInfo {
        SessionInfo {
            session_id: Uuid::from_u128(10),
            tenant_id: Uuid::from_u128(20),
            member_id: Uuid::from_u128(30),
            account_id: Uuid::from_u128(40),
            needs_second_factor: false,
        }
    }

    #[test]
    fn each_kind_of_ending_ends_exactly_the_sessions_it_names() {
        let s = session();
        let t = s.tenant_id;
        let yes = [
            Ended::Session {
                tenant: t,
                session: s.session_id,
            },
            Ended::Member {
                tenant: t,
                member: s.member_id,
            },
            Ended::Account {
                account: s.account_id,
                keep: None,
            },
            Ended::Account {
                account: s.account_id,
                keep: Some(Uuid::from_u128(99)),
            },
            Ended::Tenant(t),
        ];
        for e in yes {
            assert!(ends(&e.event(), &s), "{e:?}");
        }
        let other = Uuid::from_u128(77);
        let no = [
            Ended::Session {
                tenant: t,
                session: other,
            },
            Ended::Session {
                tenant: other,
                session: s.session_id,
            },
            Ended::Member {
                tenant: other,
                member: s.member_id,
            },
            Ended::Account {
                account: s.account_id,
                keep: Some(s.session_id),
            },
            Ended::Account {
                account: other,
                keep: None,
            },
            Ended::Tenant(other),
        ];
        for e in no {
            assert!(!ends(&e.event(), &s), "{e:?}");
        }
    }

    #[test]
    fn other_topics_end_nothing() {
        let ev = Event {
            tenant: session().tenant_id,
            topic: "notification".into(),
            subject: session().member_id,
            id: Uuid::nil(),
        };
        assert!(!ends(&ev, &session()));
    }
}
