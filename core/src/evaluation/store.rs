//! The evaluation's SQL. Peer ratings are written and read here only in ways that cannot
//! attribute them: inserted in one statement per submission, stirred after each, rewritten in
//! random order when the peer stage closes, and read as counts per ratee or as comments sorted
//! by their text.

use super::model::{CampaignRow, EvaluationStage, Grade, MemberRow};
use crate::db::TenantTx;
use chrono::NaiveDate;
use uuid::Uuid;

/// Most anonymous rows one write stirs.
pub const STIR_LIMIT: i64 = 500;

/// A branch as the evaluation needs it.
pub(super) struct Branch {
    pub id: Uuid,
    pub name: String,
    pub path: String,
    pub line: String,
    pub archived: bool,
}

pub(super) async fn branch(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<Option<Branch>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        Branch,
        r#"select id, name, path::text as "path!", line, archived_at is not null as "archived!"
             from org_unit where tenant_id = $1 and id = $2"#,
        tenant,
        org,
    )
    .fetch_optional(tx.conn())
    .await
}

macro_rules! select_campaigns {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            CampaignRow,
            r#"select c.id, c.org_id, o.name as org_name, c.year, c.title,
                      c.stage as "stage: EvaluationStage", c.meeting_id, c.created_at, c.updated_at
                 from evaluation_campaign c
                 join org_unit o on o.tenant_id = c.tenant_id and o.id = c.org_id "# + $tail
            $(, $arg)*
        )
    };
}

pub(super) async fn exists(tx: &mut TenantTx, org: Uuid, year: i32) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from evaluation_campaign
                           where tenant_id = $1 and org_id = $2 and year = $3) as "e!""#,
        tenant,
        org,
        year,
    )
    .fetch_one(tx.conn())
    .await
}

pub(super) async fn insert_campaign(
    tx: &mut TenantTx,
    id: Uuid,
    org: Uuid,
    year: i32,
    title: &str,
    created_by: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into evaluation_campaign (tenant_id, id, org_id, year, title, created_by)
         values ($1, $2, $3, $4, $5, $6)",
        tenant,
        id,
        org,
        year,
        title,
        created_by,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Freezes the branch's active full and probationary members into the campaign.
pub(super) async fn freeze_members(
    tx: &mut TenantTx,
    campaign: Uuid,
    org: Uuid,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "insert into evaluation_member (tenant_id, campaign_id, member_id)
         select $1, $2, m.id from member m
          where m.tenant_id = $1 and m.party_org_id = $3 and m.status = 'ACTIVE'
            and m.political_status in ('FULL_MEMBER', 'PROBATIONARY')
         returning member_id",
        tenant,
        campaign,
        org,
    )
    .fetch_all(tx.conn())
    .await
}

/// A campaign with its branch's path.
pub(super) async fn get(
    tx: &mut TenantTx,
    id: Uuid,
) -> sqlx::Result<Option<(CampaignRow, String)>> {
    let tenant = tx.tenant();
    let Some(row) = select_campaigns!("where c.tenant_id = $1 and c.id = $2", tenant, id)
        .fetch_optional(tx.conn())
        .await?
    else {
        return Ok(None);
    };
    let path = org_path(tx, row.org_id).await?;
    Ok(Some((row, path)))
}

async fn org_path(tx: &mut TenantTx, org: Uuid) -> sqlx::Result<String> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select path::text as "p!" from org_unit where tenant_id = $1 and id = $2"#,
        tenant,
        org,
    )
    .fetch_one(tx.conn())
    .await
}

/// The campaign's stage, its row locked for a transition (`for update`).
pub(super) async fn lock(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<EvaluationStage>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select stage as "stage: EvaluationStage" from evaluation_campaign
            where tenant_id = $1 and id = $2 for update"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The campaign's stage, held against a transition until commit (`for share`).
pub(super) async fn hold(tx: &mut TenantTx, id: Uuid) -> sqlx::Result<Option<EvaluationStage>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select stage as "stage: EvaluationStage" from evaluation_campaign
            where tenant_id = $1 and id = $2 for share"#,
        tenant,
        id,
    )
    .fetch_optional(tx.conn())
    .await
}

pub(super) async fn set_stage(
    tx: &mut TenantTx,
    id: Uuid,
    stage: EvaluationStage,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update evaluation_campaign set stage = $3, updated_at = now()
          where tenant_id = $1 and id = $2",
        tenant,
        id,
        stage.as_str(),
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

pub(super) async fn set_meeting(
    tx: &mut TenantTx,
    id: Uuid,
    meeting: Option<Uuid>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update evaluation_campaign set meeting_id = $3 where tenant_id = $1 and id = $2",
        tenant,
        id,
        meeting,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Whether `meeting` is a meeting of `org`.
pub(super) async fn meeting_of(tx: &mut TenantTx, meeting: Uuid, org: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from meeting
                           where tenant_id = $1 and id = $2 and org_id = $3) as "e!""#,
        tenant,
        meeting,
        org,
    )
    .fetch_one(tx.conn())
    .await
}

/// Campaigns of an org, latest year first; only those `member` takes part in when given.
pub(super) async fn list(
    tx: &mut TenantTx,
    org: Option<Uuid>,
    member: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<CampaignRow>> {
    let tenant = tx.tenant();
    select_campaigns!(
        "where c.tenant_id = $1 and ($2::uuid is null or c.org_id = $2)
           and ($3::uuid is null or exists (select 1 from evaluation_member e
                 where e.tenant_id = $1 and e.campaign_id = c.id and e.member_id = $3))
         order by c.year desc, c.created_at desc limit $4",
        tenant,
        org,
        member,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The campaign's members by name.
pub(super) async fn members(tx: &mut TenantTx, campaign: Uuid) -> sqlx::Result<Vec<MemberRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        MemberRow,
        r#"select e.member_id, m.name, e.self_assessment, e.self_assessed_at,
                  e.proposed_grade as "proposed_grade: Grade", e.proposed_reason,
                  e.final_grade as "final_grade: Grade", e.final_reason
             from evaluation_member e
             join member m on m.tenant_id = e.tenant_id and m.id = e.member_id
            where e.tenant_id = $1 and e.campaign_id = $2
            order by m.name, e.member_id"#,
        tenant,
        campaign,
    )
    .fetch_all(tx.conn())
    .await
}

pub(super) async fn set_self_assessment(
    tx: &mut TenantTx,
    campaign: Uuid,
    member: Uuid,
    text: &str,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let n = sqlx::query!(
        "update evaluation_member set self_assessment = $4, self_assessed_at = now()
          where tenant_id = $1 and campaign_id = $2 and member_id = $3",
        tenant,
        campaign,
        member,
        text,
    )
    .execute(tx.conn())
    .await?
    .rows_affected();
    Ok(n == 1)
}

/// Records that `member` submitted peer ratings; `false` when they already had.
pub(super) async fn participate(
    tx: &mut TenantTx,
    campaign: Uuid,
    member: Uuid,
    day: NaiveDate,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let n = sqlx::query!(
        "insert into evaluation_peer_participation (tenant_id, campaign_id, member_id, submitted_on)
         values ($1, $2, $3, $4) on conflict do nothing",
        tenant,
        campaign,
        member,
        day,
    )
    .execute(tx.conn())
    .await?
    .rows_affected();
    Ok(n == 1)
}

pub(super) async fn participated(
    tx: &mut TenantTx,
    campaign: Uuid,
    member: Uuid,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from evaluation_peer_participation
                           where tenant_id = $1 and campaign_id = $2 and member_id = $3) as "e!""#,
        tenant,
        campaign,
        member,
    )
    .fetch_one(tx.conn())
    .await
}

/// How many members submitted peer ratings.
pub(super) async fn turnout(tx: &mut TenantTx, campaign: Uuid) -> sqlx::Result<i64> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select count(*) as "n!" from evaluation_peer_participation
            where tenant_id = $1 and campaign_id = $2"#,
        tenant,
        campaign,
    )
    .fetch_one(tx.conn())
    .await
}

/// Inserts one submission's ratings (random ids, the day only, no rater), then stirs up to
/// [`STIR_LIMIT`] of the campaign's ratings chosen at random, so that they carry this
/// transaction's id like the participation row does.
pub(super) async fn insert_ratings(
    tx: &mut TenantTx,
    campaign: Uuid,
    ratees: &[Uuid],
    grades: &[String],
    comments: &[Option<String>],
    day: NaiveDate,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into evaluation_peer_rating (tenant_id, id, campaign_id, ratee_id, grade, comment, rated_on)
         select $1, gen_random_uuid(), $2, r.ratee, r.grade, r.comment, $6
           from unnest($3::uuid[], $4::text[], $5::text[]) as r (ratee, grade, comment)
          order by random()",
        tenant,
        campaign,
        ratees,
        grades,
        comments as &[Option<String>],
        day,
    )
    .execute(tx.conn())
    .await?;
    sqlx::query!(
        "update evaluation_peer_rating set grade = grade
          where tenant_id = $1 and id in (
                select id from evaluation_peer_rating
                 where tenant_id = $1 and campaign_id = $2
                 order by random() limit $3)",
        tenant,
        campaign,
        STIR_LIMIT,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Rewrites the campaign's ratings once, with new random ids, in random order.
pub(super) async fn reshuffle(tx: &mut TenantTx, campaign: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "with gone as (
           delete from evaluation_peer_rating where tenant_id = $1 and campaign_id = $2
           returning ratee_id, grade, comment, rated_on)
         insert into evaluation_peer_rating (tenant_id, id, campaign_id, ratee_id, grade, comment, rated_on)
         select $1, gen_random_uuid(), $2, ratee_id, grade, comment, rated_on
           from gone order by random()",
        tenant,
        campaign,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The peer ratings per ratee and grade, as counts.
pub(super) async fn tally(
    tx: &mut TenantTx,
    campaign: Uuid,
) -> sqlx::Result<Vec<(Uuid, Grade, i64)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select ratee_id, grade as "grade: Grade", count(*) as "n!"
             from evaluation_peer_rating
            where tenant_id = $1 and campaign_id = $2
            group by ratee_id, grade"#,
        tenant,
        campaign,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.ratee_id, r.grade, r.n))
        .collect())
}

/// The peer comments per ratee, sorted by their text (never by when or by whom).
pub(super) async fn comments(
    tx: &mut TenantTx,
    campaign: Uuid,
) -> sqlx::Result<Vec<(Uuid, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select ratee_id, comment as "comment!" from evaluation_peer_rating
            where tenant_id = $1 and campaign_id = $2 and comment is not null
            order by ratee_id, comment"#,
        tenant,
        campaign,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.ratee_id, r.comment)).collect())
}

/// Sets the committee's proposals (`grades` codes, reasons) for the given members.
pub(super) async fn propose(
    tx: &mut TenantTx,
    campaign: Uuid,
    members: &[Uuid],
    grades: &[String],
    reasons: &[Option<String>],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update evaluation_member e set proposed_grade = p.grade, proposed_reason = p.reason
           from unnest($3::uuid[], $4::text[], $5::text[]) as p (member, grade, reason)
          where e.tenant_id = $1 and e.campaign_id = $2 and e.member_id = p.member",
        tenant,
        campaign,
        members,
        grades,
        reasons as &[Option<String>],
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Sets the decided grades (`grades` codes, reasons) for the given members.
pub(super) async fn decide(
    tx: &mut TenantTx,
    campaign: Uuid,
    members: &[Uuid],
    grades: &[String],
    reasons: &[Option<String>],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update evaluation_member e set final_grade = p.grade, final_reason = p.reason
           from unnest($3::uuid[], $4::text[], $5::text[]) as p (member, grade, reason)
          where e.tenant_id = $1 and e.campaign_id = $2 and e.member_id = p.member",
        tenant,
        campaign,
        members,
        grades,
        reasons as &[Option<String>],
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}
