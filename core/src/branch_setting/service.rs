//! The branch setting review of an org's sub-tree.

use super::{
    rules::{self, Facts, Limits, Warning},
    store::{self, BranchRow},
};
use crate::{App, AppResult, Ctx, authz::catalog};
use chrono::{NaiveDate, Utc};
use uuid::Uuid;

/// One branch as reviewed.
#[derive(Debug, Clone)]
pub struct BranchSetting {
    /// The branch and its figures.
    pub row: BranchRow,
    /// When its term ends.
    pub term_end: Option<NaiveDate>,
    /// What is wrong, with the explanation.
    pub warnings: Vec<(Warning, String)>,
}

/// The review of a sub-tree.
#[derive(Debug, Clone)]
pub struct Review {
    /// The org.
    pub org_id: Uuid,
    /// Today in Beijing.
    pub as_of: NaiveDate,
    /// Its branches, those with warnings first, then by name.
    pub branches: Vec<BranchSetting>,
    /// The rules' sources.
    pub sources: Vec<String>,
}

/// Reviews the party branches of an org's sub-tree (`org` read there) against
/// `party.branch.size` and `party.branch.committee`.
pub async fn review(ctx: &Ctx, app: &App, org: Uuid) -> AppResult<Review> {
    let as_of = Utc::now()
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .date_naive();
    let mut tx = app.db.begin_tenant_read(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::ORG, "read").await?;
    let size = crate::statute::get_in(&mut tx, "party.branch.size").await?;
    let committee = crate::statute::get_in(&mut tx, "party.branch.committee").await?;
    let rows = store::branches(&mut tx, &path).await?;
    tx.commit().await?;
    let limits = Limits::from_params(size.effective(), committee.effective());
    let mut branches: Vec<BranchSetting> = rows
        .into_iter()
        .map(|row| {
            let term_end = rules::term_end(
                row.explicit_end,
                row.latest_start,
                if row.village_or_community {
                    limits.village_term_years
                } else {
                    limits.term_years
                },
            );
            let facts = Facts {
                formal: row.formal,
                probationary: row.probationary,
                committee: row.committee,
                term_end,
            };
            BranchSetting {
                warnings: rules::review(&facts, &limits, as_of),
                term_end,
                row,
            }
        })
        .collect();
    // Stable: the rows come by name, so those with warnings keep their order too.
    branches.sort_by_key(|b| b.warnings.is_empty());
    Ok(Review {
        org_id: org,
        as_of,
        branches,
        sources: vec![
            size.effective_source().to_string(),
            committee.effective_source().to_string(),
        ],
    })
}
