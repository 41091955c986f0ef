//! Annual statistics (年报) over GraphQL: the party's 党内统计 tables, the union's and the
//! league's, for an org's sub-tree on a date, with their consistency checks; the same tables
//! download as an `.xlsx` in the returns' layout.

use super::{
    context::{app, target},
    errors::Gql,
    ids::{NodeType, encode},
    org::OrgLine,
};
use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::NaiveDate;
use tongxin_core::annual_stats::{self, table};

/// A column of a statistics table.
#[derive(SimpleObject)]
pub struct StatisticsColumn {
    /// Stable key within its table (`female`, `age30`, `BACHELOR`, …).
    pub key: String,
    /// The printed header.
    pub label: String,
}

/// Columns under one merged header.
#[derive(SimpleObject)]
pub struct StatisticsColumnGroup {
    /// The merged header (`年龄`, `学历`, …).
    pub label: String,
    /// Its columns, in order.
    pub columns: Vec<StatisticsColumn>,
}

/// One reporting unit's figures.
#[derive(SimpleObject)]
pub struct StatisticsRow {
    /// The unit's printed name (`本级（…）` for the org's own members and orgs).
    pub label: String,
    /// The org it stands for.
    pub organization_id: ID,
    /// The total first, then one figure per column in the groups' order.
    pub values: Vec<i64>,
}

/// A table of the annual returns.
#[derive(SimpleObject)]
pub struct StatisticsTable {
    /// Stable key (`party.members`, `party.education`, `union.members`, …).
    pub key: String,
    /// The printed title.
    pub title: String,
    /// The header over the units' column.
    pub unit_label: String,
    /// The header of the total column (the first of each row's values).
    pub total_label: String,
    /// The grouped headers after the total column.
    pub groups: Vec<StatisticsColumnGroup>,
    /// One row per reporting unit: the org's own, then each child org on its line.
    pub rows: Vec<StatisticsRow>,
    /// The 合计 row: the sum of the rows, column by column.
    pub totals: Vec<i64>,
}

/// A consistency check of the tables.
#[derive(SimpleObject)]
pub struct StatisticsCheck {
    /// What was checked.
    pub description: String,
    /// Whether it held.
    pub passed: bool,
}

/// Data the tables count as 未登记 (not recorded).
#[derive(SimpleObject)]
pub struct StatisticsWarning {
    /// What is missing, in words.
    pub message: String,
    /// How many people it concerns.
    pub count: i64,
}

/// An org's annual statistics on a date.
#[derive(SimpleObject)]
pub struct AnnualStatistics {
    /// The org.
    pub organization_id: ID,
    /// Its name (the 填报单位).
    pub organization_name: String,
    /// Its line: the party's, the union's or the league's returns.
    pub line: OrgLine,
    /// The date counted (统计截止日期).
    pub as_of: NaiveDate,
    /// The tables, in the returns' order.
    pub tables: Vec<StatisticsTable>,
    /// The consistency checks (sub-totals add up, every person counted once).
    pub checks: Vec<StatisticsCheck>,
    /// Whether every check passed.
    pub consistent: bool,
    /// Unrecorded data, counted in the 未登记 columns.
    pub warnings: Vec<StatisticsWarning>,
    /// Where the `.xlsx` of these tables downloads (same session).
    pub export_url: String,
}

fn table_out(t: table::Table) -> StatisticsTable {
    StatisticsTable {
        key: t.key.to_string(),
        title: t.title.to_string(),
        unit_label: t.unit_label.to_string(),
        total_label: t.total_label.to_string(),
        groups: t
            .groups
            .into_iter()
            .map(|g| StatisticsColumnGroup {
                label: g.label.to_string(),
                columns: g
                    .columns
                    .into_iter()
                    .map(|c| StatisticsColumn {
                        key: c.key.to_string(),
                        label: c.label.to_string(),
                    })
                    .collect(),
            })
            .collect(),
        rows: t
            .rows
            .into_iter()
            .map(|r| StatisticsRow {
                label: r.unit.label,
                organization_id: encode(NodeType::Organization, r.unit.org_id),
                values: r.values,
            })
            .collect(),
        totals: t.totals,
    }
}

/// Queries of the annual statistics.
#[derive(Default)]
pub struct AnnualStatisticsQuery;

#[Object(name = "AnnualStatisticsQuery")]
impl AnnualStatisticsQuery {
    /// 年报: the annual statistics tables of an org's sub-tree on a date — the party's
    /// 党内统计 for a party org, the union's for a union org, the league's for a league org —
    /// with their consistency checks (`member_sensitive` read at the org: the figures come from sensitive fields). Placement is today's; party
    /// membership on the date follows the stage history.
    async fn annual_statistics(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A party, union or league org (its sub-tree is counted).")]
        organization_id: ID,
        #[graphql(desc = "The date counted (统计截止日期), not after today.")] as_of: NaiveDate,
    ) -> async_graphql::Result<AnnualStatistics> {
        let (c, org) = target(ctx, NodeType::Organization, &organization_id)?;
        let s = annual_stats::compute(&c, app(ctx), org, as_of)
            .await
            .gql()?;
        let id = encode(NodeType::Organization, s.org_id);
        Ok(AnnualStatistics {
            export_url: format!(
                "/export/annual-statistics.xlsx?organization={}&asOf={}",
                id.as_str(),
                s.as_of
            ),
            consistent: s.consistent(),
            organization_id: id,
            organization_name: s.org_name,
            line: s.line.into(),
            as_of: s.as_of,
            tables: s.tables.into_iter().map(table_out).collect(),
            checks: s
                .checks
                .into_iter()
                .map(|c| StatisticsCheck {
                    description: c.description,
                    passed: c.passed,
                })
                .collect(),
            warnings: s
                .warnings
                .into_iter()
                .map(|w| StatisticsWarning {
                    message: w.message,
                    count: w.count,
                })
                .collect(),
        })
    }
}
