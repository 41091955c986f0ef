//! Our own Casbin adapter: it serves rules already read from `casbin_rule` inside a tenant
//! transaction (the published sqlx adapter pins another sqlx). Writes go through services,
//! which then invalidate the cached enforcer, so the adapter itself is read-only.

use async_trait::async_trait;
use casbin::{Adapter, Filter, Model, Result};

/// Rules of one tenant, each `[ptype, v0, v1, …]`.
pub(super) struct RuleAdapter {
    rules: Vec<Vec<String>>,
}

impl RuleAdapter {
    pub(super) fn new(rules: Vec<Vec<String>>) -> Self {
        Self { rules }
    }

    fn load_into(&self, m: &mut dyn Model) {
        for rule in &self.rules {
            let Some(ptype) = rule.first() else { continue };
            let sec = &ptype[..1];
            let mut values: Vec<String> = rule[1..].to_vec();
            while values.last().is_some_and(String::is_empty) {
                values.pop();
            }
            if let Some(ast) = m
                .get_mut_model()
                .get_mut(sec)
                .and_then(|s| s.get_mut(ptype.as_str()))
            {
                ast.get_mut_policy().insert(values);
            }
        }
    }
}

#[async_trait]
impl Adapter for RuleAdapter {
    async fn load_policy(&mut self, m: &mut dyn Model) -> Result<()> {
        self.load_into(m);
        Ok(())
    }

    async fn load_filtered_policy<'a>(&mut self, m: &mut dyn Model, _f: Filter<'a>) -> Result<()> {
        self.load_into(m);
        Ok(())
    }

    async fn save_policy(&mut self, _m: &mut dyn Model) -> Result<()> {
        Ok(())
    }

    async fn clear_policy(&mut self) -> Result<()> {
        self.rules.clear();
        Ok(())
    }

    fn is_filtered(&self) -> bool {
        // The rules are the whole policy of one tenant; Casbin must load them at construction.
        false
    }

    async fn add_policy(&mut self, _sec: &str, _ptype: &str, _rule: Vec<String>) -> Result<bool> {
        Ok(false)
    }

    async fn add_policies(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _rules: Vec<Vec<String>>,
    ) -> Result<bool> {
        Ok(false)
    }

    async fn remove_policy(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _rule: Vec<String>,
    ) -> Result<bool> {
        Ok(false)
    }

    async fn remove_policies(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _rules: Vec<Vec<String>>,
    ) -> Result<bool> {
        Ok(false)
    }

    async fn remove_filtered_policy(
        &mut self,
        _sec: &str,
        _ptype: &str,
        _field_index: usize,
        _field_values: Vec<String>,
    ) -> Result<bool> {
        Ok(false)
    }
}
