//! SQL of members.

use super::model::{MemberRow, MemberStatus, NewMember, PoliticalStatus};
use crate::{db::TenantTx, org::model::Line};
use uuid::Uuid;

/// A checked `query_as!` of [`MemberRow`]s: the caller's literal head (`select`, or an
/// `insert` / `update … returning`), the member's column list written once here, then the
/// literal tail.
macro_rules! member_rows {
    ($head:literal, $tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            MemberRow,
            $head
                + r#" id, account_id, name, gender, birth_date, phone, email,
                      political_status as "political_status: PoliticalStatus",
                      status as "status: MemberStatus", org_id, party_org_id, union_org_id,
                      youth_org_id, department_id, posts, created_at, updated_at "#
                + $tail
            $(, $arg)*
        )
    };
}

pub(crate) async fn insert(tx: &mut TenantTx, m: &NewMember) -> sqlx::Result<MemberRow> {
    let tenant = tx.tenant();
    member_rows!(
        "insert into member (tenant_id, id, account_id, name, gender, birth_date, phone, email,
                             political_status, org_id, party_org_id, union_org_id, youth_org_id,
                             department_id, posts)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         returning",
        "",
        tenant,
        m.id,
        m.account_id,
        m.name,
        m.gender.as_deref(),
        m.birth_date,
        m.phone.as_deref(),
        m.email.as_deref(),
        m.political_status.as_str(),
        m.org_id,
        m.party_org_id,
        m.union_org_id,
        m.youth_org_id,
        m.department_id,
        m.posts.as_slice(),
    )
    .fetch_one(tx.conn())
    .await
}

/// Names of members, by id (missing ids are left out; disabled members included, since a
/// record outlives a departure).
pub(crate) async fn names(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<(Uuid, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select id, name from member where tenant_id = $1 and id = any($2)",
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}

pub(crate) async fn get(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<MemberRow>> {
    let tenant = tx.tenant();
    member_rows!(
        "select",
        "from member where tenant_id = $1 and id = $2",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(crate) async fn by_ids(tx: &mut TenantTx, ids: &[Uuid]) -> sqlx::Result<Vec<MemberRow>> {
    let tenant = tx.tenant();
    member_rows!(
        "select",
        "from member where tenant_id = $1 and id = any($2)",
        tenant,
        ids,
    )
    .fetch_all(tx.conn())
    .await
}

pub(crate) struct Filter<'a> {
    /// Path of an org: members placed anywhere in its sub-tree.
    pub org_path: Option<&'a str>,
    pub search: Option<&'a str>,
    pub line: Option<&'a str>,
    pub political_status: Option<PoliticalStatus>,
    pub include_disabled: bool,
}

pub(crate) async fn page(
    tx: &mut TenantTx,
    f: &Filter<'_>,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<MemberRow>> {
    let tenant = tx.tenant();
    member_rows!(
        "select",
        "from member m
          where m.tenant_id = $1
            and ($2::text is null or exists (
                  select 1 from org_unit o where o.tenant_id = m.tenant_id and o.path <@ $2::ltree
                     and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)))
            and ($3::text is null or m.name ilike '%' || $3 || '%' or m.phone = $3 or m.email = lower($3))
            and ($4::text is null
                 or ($4 = 'PARTY' and m.party_org_id is not null)
                 or ($4 = 'UNION' and m.union_org_id is not null)
                 or ($4 = 'YOUTH' and m.youth_org_id is not null)
                 or ($4 = 'ADMIN' and m.department_id is not null))
            and ($5::text is null or m.political_status = $5)
            and ($6 or m.status = 'ACTIVE')
            and ($7::uuid is null or m.id > $7)
          order by m.id limit $8",
        tenant,
        f.org_path,
        f.search,
        f.line,
        f.political_status.map(PoliticalStatus::as_str),
        f.include_disabled,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

pub(crate) async fn update(tx: &mut TenantTx, m: &MemberRow) -> sqlx::Result<MemberRow> {
    let tenant = tx.tenant();
    member_rows!(
        "update member set name = $3, gender = $4, birth_date = $5, phone = $6, email = $7,
                political_status = $8, org_id = $9, party_org_id = $10, union_org_id = $11,
                youth_org_id = $12, department_id = $13, posts = $14, updated_at = now()
          where tenant_id = $1 and id = $2 returning",
        "",
        tenant,
        m.id,
        m.name,
        m.gender.as_deref(),
        m.birth_date,
        m.phone.as_deref(),
        m.email.as_deref(),
        m.political_status.as_str(),
        m.org_id,
        m.party_org_id,
        m.union_org_id,
        m.youth_org_id,
        m.department_id,
        m.posts.as_slice(),
    )
    .fetch_one(tx.conn())
    .await
}

pub(crate) async fn set_status(
    tx: &mut TenantTx,
    id: Uuid,
    status: MemberStatus,
) -> sqlx::Result<MemberRow> {
    let tenant = tx.tenant();
    member_rows!(
        "update member set status = $3, updated_at = now() where tenant_id = $1 and id = $2 returning",
        "",
        tenant,
        id,
        status.as_str(),
    )
    .fetch_one(tx.conn())
    .await
}

/// `(political status, count)` and `(line, count)` of active members.
pub(crate) async fn stats(
    tx: &mut TenantTx,
) -> sqlx::Result<(Vec<(String, i64)>, Vec<(String, i64)>, i64)> {
    let tenant = tx.tenant();
    let by_status = sqlx::query!(
        r#"select political_status, count(*) as "count!" from member
            where tenant_id = $1 and status = 'ACTIVE'
            group by political_status order by political_status"#,
        tenant,
    )
    .fetch_all(tx.conn())
    .await?
    .into_iter()
    .map(|r| (r.political_status, r.count))
    .collect();
    let by_line = sqlx::query!(
        r#"select count(*) filter (where party_org_id is not null) as "party!",
                  count(*) filter (where union_org_id is not null) as "union!",
                  count(*) filter (where youth_org_id is not null) as "youth!",
                  count(*) filter (where department_id is not null) as "admin!",
                  count(*) as "total!"
             from member where tenant_id = $1 and status = 'ACTIVE'"#,
        tenant,
    )
    .fetch_one(tx.conn())
    .await?;
    let lines = [
        (Line::Party, by_line.party),
        (Line::Union, by_line.union),
        (Line::Youth, by_line.youth),
        (Line::Admin, by_line.admin),
    ]
    .into_iter()
    .map(|(line, n)| (line.code().to_string(), n))
    .collect();
    Ok((by_status, lines, by_line.total))
}

/// Every active and disabled member, for export.
pub(crate) async fn all(tx: &mut TenantTx) -> sqlx::Result<Vec<MemberRow>> {
    let tenant = tx.tenant();
    member_rows!(
        "select",
        "from member where tenant_id = $1 order by name, id",
        tenant,
    )
    .fetch_all(tx.conn())
    .await
}
