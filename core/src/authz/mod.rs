//! Authorization: Casbin RBAC with hierarchical org domains, one enforcer per tenant.
//!
//! A request domain is `"{tenant}/"` for tenant-wide actions or `"{tenant}/o/1/3/7/"` for an
//! org; a grant on `"{tenant}/o/1/3/*"` covers org 1/3 and everything below it, and a grant on
//! `"{tenant}/*"` covers the whole tenant. Rules live in `casbin_rule` (RLS applies); enforcers
//! are cached in an LRU, dropped on change (across nodes through Redis) and reloaded after
//! [`RELOAD_AFTER`] as a backstop.

mod adapter;
pub mod catalog;
pub mod service;
pub(crate) mod store;
mod watcher;

use crate::db::{Lane, TenantTx};
use crate::{AppError, AppResult, Ctx, Db, ctx::Actor};
use casbin::{CoreApi, DefaultModel, Enforcer, function_map::key_match};
use lru::LruCache;
use std::{
    num::NonZeroUsize,
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};
use uuid::Uuid;

/// The Casbin model: RBAC with domains matched by `keyMatch`.
pub const MODEL: &str = r#"
[request_definition]
r = sub, dom, obj, act
[policy_definition]
p = sub, dom, obj, act
[role_definition]
g = _, _, _
[policy_effect]
e = some(where (p.eft == allow))
[matchers]
m = g(r.sub, p.sub, r.dom) && keyMatch(r.dom, p.dom) && (p.obj == "*" || r.obj == p.obj) && regexMatch(r.act, p.act)
"#;

/// How long a cached enforcer is trusted without any invalidation message.
pub const RELOAD_AFTER: Duration = Duration::from_secs(30);

/// Where an action happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// The tenant as a whole (roles, API keys, audit log).
    Tenant,
    /// One org unit, by its `ltree` path (`"12.15.31"`).
    Org(String),
}

impl Scope {
    /// The Casbin request domain.
    pub fn domain(&self, tenant: Uuid) -> String {
        match self {
            Scope::Tenant => format!("{tenant}/"),
            Scope::Org(path) => format!("{tenant}/o/{}/", path.replace('.', "/")),
        }
    }

    /// The Casbin grant domain covering this scope and everything below it.
    pub fn grant_domain(&self, tenant: Uuid) -> String {
        match self {
            Scope::Tenant => format!("{tenant}/*"),
            Scope::Org(path) => format!("{tenant}/o/{}/*", path.replace('.', "/")),
        }
    }
}

struct Cached {
    enforcer: Enforcer,
    loaded_at: Instant,
}

struct Inner {
    db: Db,
    cache: Mutex<LruCache<Uuid, Arc<Cached>>>,
    /// Held while rules are loaded, so that the requests missing the cache together wait
    /// for one load instead of each making its own.
    loading: tokio::sync::Mutex<()>,
    watcher: Option<watcher::RedisWatcher>,
}

/// Decides whether an actor may do an action in a scope.
#[derive(Clone)]
pub struct Authz {
    inner: Arc<Inner>,
}

impl Authz {
    /// Creates the decision cache, and the Redis watcher when a URL is given.
    pub async fn new(db: Db, redis_url: Option<String>) -> anyhow::Result<Self> {
        let cache = Mutex::new(LruCache::new(NonZeroUsize::new(1024).expect("non-zero")));
        let watcher = match redis_url {
            Some(url) => Some(watcher::RedisWatcher::connect(&url).await?),
            None => None,
        };
        let authz = Self {
            inner: Arc::new(Inner {
                db,
                cache,
                loading: tokio::sync::Mutex::new(()),
                watcher,
            }),
        };
        if let Some(w) = &authz.inner.watcher {
            w.listen(authz.clone());
        }
        Ok(authz)
    }

    /// Whether the actor of `ctx` may do `act` on `obj` in `scope`.
    pub async fn allowed(&self, ctx: &Ctx, scope: &Scope, obj: &str, act: &str) -> AppResult<bool> {
        if ctx.actor == Actor::System {
            return Ok(true);
        }
        let cached = self.enforcer(ctx.tenant_id).await?;
        cached
            .enforcer
            .enforce((ctx.subject(), scope.domain(ctx.tenant_id), obj, act))
            .map_err(|e| AppError::Internal(anyhow::anyhow!("casbin: {e}")))
    }

    /// Fails with `FORBIDDEN` unless allowed; for actions whose target is not secret.
    pub async fn require(&self, ctx: &Ctx, scope: &Scope, obj: &str, act: &str) -> AppResult<()> {
        if self.allowed(ctx, scope, obj, act).await? {
            Ok(())
        } else {
            self.audit_denial(ctx, scope, obj, act).await;
            Err(AppError::Forbidden)
        }
    }

    /// Records a refusal in a transaction of its own (it must survive the failed action).
    async fn audit_denial(&self, ctx: &Ctx, scope: &Scope, obj: &str, act: &str) {
        let entry = crate::audit::Entry {
            action: "authz.denied",
            object_type: "permission",
            object_id: Some(format!("{obj}:{act}")),
            detail: serde_json::json!({ "scope": scope.domain(ctx.tenant_id) }),
        };
        crate::audit::record_failure(&self.inner.db, ctx, entry, crate::audit::Outcome::Denied)
            .await;
    }

    /// Fails with `NOT_FOUND` unless allowed, so that a refusal does not reveal the target.
    pub async fn require_visible(
        &self,
        ctx: &Ctx,
        scope: &Scope,
        obj: &str,
        act: &str,
    ) -> AppResult<()> {
        if self.allowed(ctx, scope, obj, act).await? {
            Ok(())
        } else {
            self.audit_denial(ctx, scope, obj, act).await;
            Err(AppError::NotFound)
        }
    }

    /// Forgets a tenant's enforcer here and on every other node. Call after the commit of
    /// any change to its rules.
    pub async fn invalidate(&self, tenant: Uuid) {
        self.forget(tenant);
        if let Some(w) = &self.inner.watcher {
            w.publish(tenant).await;
        }
    }

    pub(crate) fn forget(&self, tenant: Uuid) {
        self.lock().pop(&tenant);
    }

    pub(crate) fn forget_all(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, LruCache<Uuid, Arc<Cached>>> {
        self.inner.cache.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The tenant's cached enforcer if it is fresh.
    fn fresh(&self, tenant: Uuid) -> Option<Arc<Cached>> {
        self.lock()
            .get(&tenant)
            .filter(|c| c.loaded_at.elapsed() < RELOAD_AFTER)
            .cloned()
    }

    /// The tenant's enforcer, loaded on a miss. The caller usually holds a transaction of
    /// its own, so the load takes its connection from the policy lane (see [`Lane::Policy`]).
    async fn enforcer(&self, tenant: Uuid) -> AppResult<Arc<Cached>> {
        if let Some(c) = self.fresh(tenant) {
            return Ok(c);
        }
        let _loading = self.inner.loading.lock().await;
        if let Some(c) = self.fresh(tenant) {
            return Ok(c);
        }
        let rules = {
            let ctx = Ctx::system(tenant);
            let mut tx = self.inner.db.begin_tenant_on(Lane::Policy, &ctx).await?;
            let rules = store::load_rules(&mut tx).await?;
            tx.commit().await?;
            rules
        };
        let enforcer = build_enforcer(rules)
            .await
            .map_err(|e| AppError::Internal(anyhow::anyhow!("casbin: {e}")))?;
        let cached = Arc::new(Cached {
            enforcer,
            loaded_at: Instant::now(),
        });
        self.lock().put(tenant, cached.clone());
        Ok(cached)
    }
}

/// Read and write rights on one object at org paths, asked once per distinct path: for the
/// lists whose rows belong to a few orgs (votes, surveys).
pub struct RightsByPath {
    object: &'static str,
    seen: Vec<(String, bool, bool)>,
}

impl RightsByPath {
    /// Rights on `object` (an entry of [`catalog`]).
    pub fn new(object: &'static str) -> Self {
        Self {
            object,
            seen: Vec::new(),
        }
    }

    /// `(read, write)` at the org with this `ltree` path.
    pub async fn at(&mut self, authz: &Authz, ctx: &Ctx, path: &str) -> AppResult<(bool, bool)> {
        if let Some((_, r, w)) = self.seen.iter().find(|(p, _, _)| p == path) {
            return Ok((*r, *w));
        }
        let scope = Scope::Org(path.to_string());
        let r = authz.allowed(ctx, &scope, self.object, "read").await?;
        let w = authz.allowed(ctx, &scope, self.object, "write").await?;
        self.seen.push((path.to_string(), r, w));
        Ok((r, w))
    }
}

/// Builds an enforcer over the given rules (`[ptype, v0, v1, …]`).
pub async fn build_enforcer(rules: Vec<Vec<String>>) -> casbin::Result<Enforcer> {
    let model = DefaultModel::from_str(MODEL).await?;
    let mut enforcer = Enforcer::new(model, adapter::RuleAdapter::new(rules)).await?;
    enforcer
        .get_role_manager()
        .write()
        .matching_fn(None, Some(key_match));
    enforcer.build_role_links()?;
    // The adapter is read-only: changes are written by services, then the cache is dropped.
    enforcer.enable_auto_save(false);
    Ok(enforcer)
}

/// Seeds the default role templates and their permissions into a new tenant.
pub(crate) async fn seed_tenant(tx: &mut TenantTx) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let everywhere = Scope::Tenant.grant_domain(tenant);
    for t in catalog::TEMPLATES {
        store::insert_role(tx, t.name, t.label, t.description, true).await?;
        for (obj, act) in t.permissions {
            store::insert_rule(tx, "p", &[t.name, &everywhere, obj, act], "template").await?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(t: Uuid) -> Vec<Vec<String>> {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        vec![
            s(&[
                "p",
                "officer",
                &format!("{t}/*"),
                "meeting",
                "(read)|(write)",
            ]),
            s(&["g", "alice", "officer", &format!("{t}/o/1/3/*")]),
        ]
    }

    #[tokio::test]
    async fn a_grant_at_an_org_covers_its_subtree_and_nothing_else() {
        let t = Uuid::now_v7();
        let other = Uuid::now_v7();
        let e = build_enforcer(rules(t)).await.unwrap();
        let at = |path: &str, tenant: Uuid| Scope::Org(path.into()).domain(tenant);

        assert!(
            e.enforce(("alice", at("1.3", t), "meeting", "write"))
                .unwrap()
        );
        assert!(
            e.enforce(("alice", at("1.3.7", t), "meeting", "write"))
                .unwrap()
        );
        assert!(
            !e.enforce(("alice", at("1.4", t), "meeting", "write"))
                .unwrap()
        );
        assert!(
            !e.enforce(("alice", at("1.30", t), "meeting", "write"))
                .unwrap()
        );
        assert!(
            !e.enforce(("alice", at("1", t), "meeting", "write"))
                .unwrap()
        );
        assert!(
            !e.enforce(("alice", at("1.3", other), "meeting", "write"))
                .unwrap()
        );
        assert!(
            !e.enforce(("alice", Scope::Tenant.domain(t), "meeting", "write"))
                .unwrap()
        );
        assert!(
            !e.enforce(("alice", at("1.3", t), "meeting", "delete"))
                .unwrap()
        );
    }

    #[tokio::test]
    async fn a_tenant_wide_grant_covers_every_org_and_the_tenant_itself() {
        let t = Uuid::now_v7();
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let e = build_enforcer(vec![
            s(&["p", "tenant_admin", &format!("{t}/*"), "*", ".*"]),
            s(&["g", "bob", "tenant_admin", &format!("{t}/*")]),
        ])
        .await
        .unwrap();
        assert!(
            e.enforce(("bob", Scope::Tenant.domain(t), "role", "write"))
                .unwrap()
        );
        assert!(
            e.enforce(("bob", Scope::Org("9.8".into()).domain(t), "org", "write"))
                .unwrap()
        );
        assert!(
            !e.enforce(("bob", Scope::Tenant.domain(Uuid::now_v7()), "role", "write"))
                .unwrap()
        );
    }
}
