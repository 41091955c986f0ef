//! Per-request DataLoaders (tenant-scoped caches): nested lists cost one query per level.

use async_graphql::dataloader::Loader;
use std::collections::HashMap;
use tongxin_core::{App, Ctx, member::model::MemberRow, org::model::OrgRow};
use uuid::Uuid;

/// Loads org units by id.
pub struct OrgLoader {
    pub(crate) app: App,
    pub(crate) ctx: Ctx,
}

impl Loader<Uuid> for OrgLoader {
    type Value = OrgRow;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, OrgRow>, Self::Error> {
        let rows = tongxin_core::org::by_ids(&self.ctx, &self.app, keys)
            .await
            .map_err(super::errors::to_gql)?;
        Ok(rows.into_iter().map(|r| (r.id, r)).collect())
    }
}

/// Loads members by id.
pub struct MemberLoader {
    pub(crate) app: App,
    pub(crate) ctx: Ctx,
}

impl Loader<Uuid> for MemberLoader {
    type Value = MemberRow;
    type Error = async_graphql::Error;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, MemberRow>, Self::Error> {
        let rows = tongxin_core::member::by_ids(&self.ctx, &self.app, keys)
            .await
            .map_err(super::errors::to_gql)?;
        Ok(rows.into_iter().map(|r| (r.id, r)).collect())
    }
}
