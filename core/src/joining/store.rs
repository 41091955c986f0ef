//! SQL of applications to join, league registration campaigns and age-out candidates.

use super::model::{ApplicationRow, ApplicationStatus, CampaignMember, CampaignRow, JoinLine};
use crate::db::TenantTx;
use crate::member::model::PoliticalStatus;
use chrono::NaiveDate;
use uuid::Uuid;

/// Selects applications (alias `a`) with their applicant (`m`) and org (`o`); `$tail` is the
/// rest of the statement, from the `where` on.
macro_rules! select_applications {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            ApplicationRow,
            r#"select a.id, a.member_id, m.name as member_name, m.birth_date,
                      a.line as "line: JoinLine", a.org_id,
                      o.name as org_name, a.note, a.status as "status: ApplicationStatus",
                      a.created_at, a.decided_at, a.decision_note, o.path::text as "org_path!"
                 from line_application a
                 join member m on m.tenant_id = a.tenant_id and m.id = a.member_id
                 join org_unit o on o.tenant_id = a.tenant_id and o.id = a.org_id "#
                + $tail
            $(, $arg)*
        )
    };
            }

pub(super) async fn insert_application(
    tx: &mut TenantTx,
    id: Uuid,
    member: Uuid,
    line: JoinLine,
    org: Uuid,
    note: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into line_application (tenant_id, id, member_id, line, org_id, note) values ($1, $2, $3, $4, $5, $6)",
        tenant,
        id,
        member,
        line.as_str(),
        org,
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn application(
    tx: &mut TenantTx,
    id: Uuid,
) -> sqlx::Result<Option<ApplicationRow>> {
    let tenant = tx.tenant();
    select_applications!(
        "where a.tenant_id = $1 and a.id = $2 for update of a",
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Applications to orgs under `under` (all when `None`) or by `member`, pending first.
pub(super) async fn applications(
    tx: &mut TenantTx,
    under: Option<&[String]>,
    member: Option<Uuid>,
) -> sqlx::Result<Vec<ApplicationRow>> {
    let tenant = tx.tenant();
    select_applications!(
        "where a.tenant_id = $1
            and ($2::text[] is null or o.path <@ any($2::ltree[]) or a.member_id = $3)
          order by (a.status = 'PENDING') desc, a.created_at desc limit 200",
        tenant,
        under,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn decide_application(
    tx: &mut TenantTx,
    id: Uuid,
    status: ApplicationStatus,
    by: Option<Uuid>,
    note: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update line_application set status = $3, decided_by = $4, decided_at = now(), decision_note = $5
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        status.as_str(),
        by,
        note,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Places the member in the org on the line; a new league member becomes `LEAGUE_MEMBER`
/// unless already a party member.
pub(super) async fn admit(
    tx: &mut TenantTx,
    member: Uuid,
    line: JoinLine,
    org: Uuid,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    if line == JoinLine::Youth {
        sqlx::query!(
            "update member set youth_org_id = $3, political_status = case when political_status = 'MASSES'
                    then 'LEAGUE_MEMBER' else political_status end, updated_at = now()
              where tenant_id = $1 and id = $2",
            tenant,
            member,
            org,
        )
        .execute(tx.conn())
        .await?;
    } else {
        sqlx::query!(
            "update member set union_org_id = $3, updated_at = now() where tenant_id = $1 and id = $2",
            tenant,
            member,
            org,
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(())
}

/// The member's birth date, political status and org on a line.
pub(super) async fn member_facts(
    tx: &mut TenantTx,
    member: Uuid,
) -> sqlx::Result<
    Option<(
        Option<NaiveDate>,
        PoliticalStatus,
        Option<Uuid>,
        Option<Uuid>,
    )>,
> {
    let tenant = tx.tenant();
    let row = sqlx::query!(
        r#"select birth_date, political_status as "political_status: PoliticalStatus",
                youth_org_id, union_org_id
           from member
          where tenant_id = $1 and id = $2 and status = 'ACTIVE'"#,
        tenant,
        member,
    )
    .fetch_optional(tx.conn())
    .await?;
    Ok(row.map(|r| {
        (
            r.birth_date,
            r.political_status,
            r.youth_org_id,
            r.union_org_id,
        )
    }))
}

pub(super) async fn insert_campaign(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    year: i32,
    closes_on: NaiveDate,
    by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into league_campaign (tenant_id, id, org_id, year, closes_on, created_by) values ($1, $2, $3, $4, $5, $6)",
        tenant,
        id,
        org,
        year,
        closes_on,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn campaign(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<CampaignRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CampaignRow,
        r#"select c.id, c.org_id, o.name as org_name, o.path::text as "org_path!", c.year, c.closes_on,
                c.last_reminded_at, c.created_at
           from league_campaign c join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id
          where c.tenant_id = $1 and c.id = $2"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// Campaigns of orgs under `under` (all when `None`), or that `member` belongs to.
pub(super) async fn campaigns(
    tx: &mut TenantTx,
    under: Option<&[String]>,
    member: Option<Uuid>,
) -> sqlx::Result<Vec<CampaignRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CampaignRow,
        r#"select c.id, c.org_id, o.name as org_name, o.path::text as "org_path!", c.year, c.closes_on,
                c.last_reminded_at, c.created_at
           from league_campaign c join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id
          where c.tenant_id = $1
            and ($2::text[] is null or o.path <@ any($2::ltree[])
                 or exists (select 1 from member m join org_unit y on y.tenant_id = m.tenant_id and y.id = m.youth_org_id
                             where m.tenant_id = c.tenant_id and m.id = $3 and y.path <@ o.path))
          order by c.year desc, o.path"#,
        tenant,
        under,
        member,
    )
    .fetch_all(tx.conn())
    .await
}

/// League members under a campaign's org, with their registration.
pub(super) async fn campaign_members(
    tx: &mut TenantTx,
    campaign: Uuid,
    org_path: &str,
) -> sqlx::Result<Vec<CampaignMember>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        CampaignMember,
        r#"select m.id as member_id, m.name, y.name as org_name, r.registered_at as "registered_at?"
           from member m join org_unit y on y.tenant_id = m.tenant_id and y.id = m.youth_org_id
           left join league_registration r on r.tenant_id = m.tenant_id and r.campaign_id = $2 and r.member_id = m.id
          where m.tenant_id = $1 and m.status = 'ACTIVE' and m.political_status = 'LEAGUE_MEMBER'
            and y.path <@ $3::text::ltree
          order by r.registered_at nulls first, y.path, m.name"#,
        tenant,
        campaign,
        org_path,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn register(
    tx: &mut TenantTx,
    campaign: Uuid,
    member: Uuid,
    by: Option<Uuid>,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "insert into league_registration (tenant_id, campaign_id, member_id, registered_by)
         values ($1, $2, $3, $4) on conflict do nothing",
        tenant,
        campaign,
        member,
        by,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// Marks a campaign reminded now, unless it was within the last day; `false` then.
pub(super) async fn mark_reminded(tx: &mut TenantTx, campaign: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let r = sqlx::query!(
        "update league_campaign set last_reminded_at = now()
          where tenant_id = $1 and id = $2
            and (last_reminded_at is null or last_reminded_at < now() - interval '1 day')",
        tenant,
        campaign,
    )
    .execute(tx.conn())
    .await?;
    Ok(r.rows_affected() == 1)
}

/// League members with a birth date, whether they hold a post in a league org, and their org.
#[derive(Debug, sqlx::FromRow)]
pub(super) struct LeagueMember {
    pub member_id: Uuid,
    pub name: String,
    pub birth_date: Option<NaiveDate>,
    pub youth_org_id: Option<Uuid>,
    pub holds_post: bool,
}

pub(super) async fn league_members(
    tx: &mut TenantTx,
    under: Option<&str>,
) -> sqlx::Result<Vec<LeagueMember>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        LeagueMember,
        r#"select m.id as member_id, m.name, m.birth_date, m.youth_org_id,
                exists (select 1 from position p join org_unit po on po.tenant_id = p.tenant_id and po.id = p.org_id
                         where p.tenant_id = m.tenant_id and p.member_id = m.id and p.ended_at is null
                           and po.line = 'YOUTH') as "holds_post!"
           from member m left join org_unit y on y.tenant_id = m.tenant_id and y.id = m.youth_org_id
          where m.tenant_id = $1 and m.status = 'ACTIVE' and m.political_status = 'LEAGUE_MEMBER'
            and ($2::text is null or y.path <@ $2::text::ltree)"#,
        tenant,
        under,
    )
    .fetch_all(tx.conn())
    .await
}
