//! SQL of honours.

use super::model::{HonourKind, HonourRow, HonourStatus};
use crate::db::TenantTx;
use uuid::Uuid;

/// Selects honours (alias `h`) with their org (`o`), recipient names and their 公示's outcome
/// (`p`) as the status; `$tail` is the rest of the statement, from the `where` on.
macro_rules! select_honours {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            HonourRow,
            r#"select h.id, h.org_id, o.name as org_name, o.path::text as "org_path!",
                      h.kind as "kind: HonourKind", h.title, h.member_id, m.name as "member_name?",
                      h.recipient_org_id, ro.name as "recipient_org_name?", h.year, h.issuer,
                      h.citation, h.publicity_id, p.window_end as publicity_until,
                      (case p.status when 'OPEN' then 'PROPOSED' when 'CONFIRMED' then 'CONFIRMED'
                                     when 'REJECTED' then 'REJECTED' else 'WITHDRAWN' end)
                        as "status!: HonourStatus",
                      h.created_at
                 from honour h
                 join org_unit o on o.tenant_id = h.tenant_id and o.id = h.org_id
                 join publicity p on p.tenant_id = h.tenant_id and p.id = h.publicity_id
                 left join member m on m.tenant_id = h.tenant_id and m.id = h.member_id
                 left join org_unit ro on ro.tenant_id = h.tenant_id and ro.id = h.recipient_org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// An honour to write.
pub(super) struct NewHonour<'a> {
    pub id: Uuid,
    pub org_id: Uuid,
    pub kind: HonourKind,
    pub title: &'a str,
    pub member_id: Option<Uuid>,
    pub recipient_org_id: Option<Uuid>,
    pub year: i32,
    pub issuer: &'a str,
    pub citation: &'a str,
    pub publicity_id: Uuid,
    pub by: Option<Uuid>,
}

pub(super) async fn insert(tx: &mut TenantTx, h: &NewHonour<'_>) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into honour (tenant_id, id, org_id, kind, title, member_id, recipient_org_id, year,
             issuer, citation, publicity_id, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        tenant,
        h.id,
        h.org_id,
        h.kind.as_str(),
        h.title,
        h.member_id,
        h.recipient_org_id,
        h.year,
        h.issuer,
        h.citation,
        h.publicity_id,
        h.by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<HonourRow>> {
    let tenant = tx.tenant();
    select_honours!("where h.tenant_id = $1 and h.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await
}

/// Honours proposed in an org's sub-tree, newest first, optionally of one year.
pub(super) async fn for_org(
    tx: &mut TenantTx,
    org_path: &str,
    year: Option<i32>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<HonourRow>> {
    let tenant = tx.tenant();
    select_honours!(
        "where h.tenant_id = $1 and o.path <@ $2::text::ltree
           and ($3::int is null or h.year = $3) and ($4::uuid is null or h.id < $4)
          order by h.id desc limit $5",
        tenant,
        org_path,
        year,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// A member's honours, latest year first.
pub(super) async fn for_member(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Vec<HonourRow>> {
    let tenant = tx.tenant();
    select_honours!(
        "where h.tenant_id = $1 and h.member_id = $2 order by h.year desc, h.id desc limit 200",
        tenant,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// An active member's name and the org they are placed in (party first).
pub(super) async fn member(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<Option<(String, Option<String>)>> {
    let tenant = tx.tenant();
    let row = sqlx::query!(
        r#"select m.name, o.path::text as "path?" from member m
             left join org_unit o on o.tenant_id = m.tenant_id
                  and o.id = coalesce(m.party_org_id, m.org_id, m.union_org_id, m.youth_org_id)
            where m.tenant_id = $1 and m.id = $2 and m.status = 'ACTIVE'"#,
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(row.map(|r| (r.name, r.path)))
}
