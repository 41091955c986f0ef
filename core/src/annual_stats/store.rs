//! SQL of the annual statistics: the reporting units, the people of a line under an org, the
//! orgs, and the year's transfers.

use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// An org with its tree path.
#[derive(Debug, Clone)]
pub struct OrgRow {
    /// Id.
    pub id: Uuid,
    /// Name.
    pub name: String,
    /// Kind code.
    pub kind: String,
    /// Line code.
    pub line: String,
    /// `ltree` path as text.
    pub path: String,
}

/// A member placed on a line under an org, with what the tables count.
#[derive(Debug, Clone)]
pub struct PersonRow {
    /// The member.
    pub id: Uuid,
    /// The path of the member's unit on the line.
    pub path: String,
    /// `MALE` / `FEMALE`.
    pub gender: Option<String>,
    /// Birth date.
    pub birth_date: Option<NaiveDate>,
    /// Today's political status code.
    pub political_status: String,
    /// The stage on the statistics' date, if the stage history reaches back to it.
    pub stage_then: Option<String>,
    /// Whether the member has any stage history.
    pub has_stages: bool,
    /// First admitted as a probationary member (stage history).
    pub probationary_on: Option<NaiveDate>,
    /// Became a full member (stage history, the latest such row).
    pub full_on: Option<NaiveDate>,
    /// 民族 code.
    pub ethnicity: Option<String>,
    /// 学历 code.
    pub education: Option<String>,
    /// 职业 code.
    pub occupation: Option<String>,
    /// Recorded 入党日期.
    pub party_joined_on: Option<NaiveDate>,
    /// Recorded 入团日期.
    pub league_joined_on: Option<NaiveDate>,
    /// Recorded 入会日期.
    pub union_joined_on: Option<NaiveDate>,
}

/// A transfer of the year: the path of the org it left or reached.
#[derive(Debug, Clone)]
pub struct TransferRow {
    /// The org's path.
    pub path: String,
    /// `true` for a transfer in.
    pub inbound: bool,
}

/// The org (not archived), with its line.
pub(super) async fn org(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<OrgRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        OrgRow,
        r#"select id, name, kind, line, path::text as "path!" from org_unit
            where tenant_id = $1 and id = $2 and archived_at is null"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The orgs of a line under a path (the org itself included), not archived, by name.
pub(super) async fn orgs_under(
    tx: &mut TenantTx,
    path: &str,
    line: &str,
) -> sqlx::Result<Vec<OrgRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        OrgRow,
        r#"select id, name, kind, line, path::text as "path!" from org_unit
            where tenant_id = $1 and path <@ $2::text::ltree and line = $3
              and archived_at is null
            order by name, id"#,
        tenant,
        path,
        line,
    )
    .fetch_all(tx.conn())
    .await
}

/// The active members whose unit on `line` is under `path`, with their stage on `as_of`.
pub(super) async fn people(
    tx: &mut TenantTx,
    path: &str,
    line: &str,
    as_of: NaiveDate,
) -> sqlx::Result<Vec<PersonRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        PersonRow,
        r#"select m.id, o.path::text as "path!", m.gender, m.birth_date, m.political_status,
                  s.stage_then, coalesce(s.has_stages, false) as "has_stages!",
                  s.probationary_on, s.full_on,
                  p.ethnicity, p.education, p.occupation,
                  p.party_joined_on, p.league_joined_on, p.union_joined_on
             from member m
             join org_unit o on o.tenant_id = m.tenant_id
                            and o.id = case $3 when 'PARTY' then m.party_org_id
                                               when 'UNION' then m.union_org_id
                                               else m.youth_org_id end
             left join member_profile p on p.tenant_id = m.tenant_id and p.member_id = m.id
             left join lateral (
               select true as has_stages,
                      (select st.stage from member_stage st
                        where st.tenant_id = m.tenant_id and st.member_id = m.id
                          and st.started_on <= $4
                        order by st.started_on desc, st.created_at desc limit 1) as stage_then,
                      min(started_on) filter (where stage = 'PROBATIONARY') as probationary_on,
                      max(started_on) filter (where stage = 'FULL_MEMBER') as full_on
                 from member_stage
                where tenant_id = m.tenant_id and member_id = m.id
               having count(*) > 0) s on true
            where m.tenant_id = $1 and m.status = 'ACTIVE' and o.path <@ $2::text::ltree"#,
        tenant,
        path,
        line,
        as_of,
    )
    .fetch_all(tx.conn())
    .await
}

/// The party transfers completed in `[from, to)` under `path`: letters accepted elsewhere
/// (out) and members received (in).
pub(super) async fn party_transfers(
    tx: &mut TenantTx,
    path: &str,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) -> sqlx::Result<Vec<TransferRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        TransferRow,
        r#"select o.path::text as "path!", false as "inbound!"
             from transfer_letter l
             join org_unit o on o.tenant_id = l.tenant_id and o.id = l.from_org_id
            where l.tenant_id = $1 and l.line = 'PARTY' and l.status = 'ACCEPTED'
              and l.accepted_at >= $3 and l.accepted_at < $4 and o.path <@ $2::text::ltree
           union all
           select o.path::text, true
             from transfer_in t
             join org_unit o on o.tenant_id = t.tenant_id and o.id = t.org_id
            where t.tenant_id = $1 and o.line = 'PARTY'
              and t.accepted_at >= $3 and t.accepted_at < $4 and o.path <@ $2::text::ltree"#,
        tenant,
        path,
        from,
        to,
    )
    .fetch_all(tx.conn())
    .await
}
