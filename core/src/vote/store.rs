//! Votes' SQL. The urn (`vote_ballot`) is written only by [`cast_into_urn`] and
//! [`shuffle_urn`], which rewrite it in random order, and read only as a tally, one ballot by
//! its receipt's hash, or the sorted list of receipt hashes.

use super::model::{NewVote, VoteStatus};
use super::{NonVoterRow, OptionRow, VoteRow};
use crate::audience::Audience;
use crate::db::TenantTx;
use chrono::NaiveDate;
use uuid::Uuid;

/// The columns of [`VoteRow`], with the org's name and path.
macro_rules! select_votes {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            VoteRow,
            r#"select v.id, v.org_id, o.name as org_name, o.path::text as "org_path!", v.meeting_id,
                      v.kind as "kind: super::model::VoteKind", v.title, v.description,
                      v.min_choices, v.max_choices, v.seats, v.anonymous,
                      v.results_visibility as "results_visibility: super::model::ResultsVisibility",
                      v.electorate, v.status as "status: VoteStatus", v.opens_at, v.closes_at,
                      v.opened_at, v.closed_at, v.eligible_count, v.voted_count, v.valid,
                      v.invalid_reason, v.last_reminded_at, v.created_by, v.created_at
                 from vote v
                 join org_unit o on o.tenant_id = v.tenant_id and o.id = v.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Writes a new vote and its options (in order).
pub(super) async fn insert(
    tx: &mut TenantTx,
    id: Uuid,
    v: &NewVote,
    author: Option<Uuid>,
    option_ids: &[Uuid],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let electorate = serde_json::to_value(&v.electorate).unwrap_or_default();
    sqlx::query!(
        "insert into vote (tenant_id, id, org_id, meeting_id, kind, title, description, min_choices,
                           max_choices, seats, anonymous, results_visibility, electorate, opens_at,
                           closes_at, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
        tenant,
        id,
        v.org_id,
        v.meeting_id,
        v.kind.as_str(),
        v.title.as_str(),
        v.description,
        v.min_choices,
        v.max_choices,
        v.seats,
        v.anonymous,
        v.results_visibility.as_str(),
        electorate,
        v.opens_at,
        v.closes_at,
        author,
    )
    .execute(tx.conn())
    .await?;
    let labels: Vec<String> = v.options.iter().map(|o| o.as_str().to_string()).collect();
    sqlx::query!(
        "insert into vote_option (tenant_id, id, vote_id, position, label)
         select $1, u.id, $2, (u.n - 1)::int, u.label
           from unnest($3::uuid[], $4::text[]) with ordinality as u(id, label, n)",
        tenant,
        id,
        option_ids,
        &labels,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One vote; `lock` takes its row lock, which serialises the casts of one vote.
pub(super) async fn get(tx: &mut TenantTx, id: Uuid, lock: bool) -> sqlx::Result<Option<VoteRow>> {
    let tenant = tx.tenant();
    if lock {
        select_votes!(
            "where v.tenant_id = $1 and v.id = $2 for update of v",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await
    } else {
        select_votes!("where v.tenant_id = $1 and v.id = $2", tenant, id)
            .fetch_optional(tx.conn())
            .await
    }
}

/// The votes of an org, newest first (keyset by id, which is time-ordered).
pub(super) async fn by_org(
    tx: &mut TenantTx,
    org: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<VoteRow>> {
    let tenant = tx.tenant();
    select_votes!(
        "where v.tenant_id = $1 and v.org_id = $2 and ($3::uuid is null or v.id < $3)
         order by v.id desc limit $4",
        tenant,
        org,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The votes `member` may cast in (open and not yet voted, when `pending`), newest first.
pub(super) async fn for_voter(
    tx: &mut TenantTx,
    member: Uuid,
    pending: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<VoteRow>> {
    let tenant = tx.tenant();
    select_votes!(
        "join vote_voter w on w.tenant_id = v.tenant_id and w.vote_id = v.id and w.member_id = $2
          where v.tenant_id = $1 and ($3::uuid is null or v.id < $3)
            and (not $5 or (v.status = 'OPEN' and not w.voted))
          order by v.id desc limit $4",
        tenant,
        member,
        after,
        limit,
        pending,
    )
    .fetch_all(tx.conn())
    .await
}

/// The options of several votes, in order.
pub(super) async fn options_of(tx: &mut TenantTx, votes: &[Uuid]) -> sqlx::Result<Vec<OptionRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        OptionRow,
        "select id, vote_id, position, label from vote_option
          where tenant_id = $1 and vote_id = any($2::uuid[]) order by vote_id, position",
        tenant,
        votes,
    )
    .fetch_all(tx.conn())
    .await
}

/// Freezes the electorate: one row per eligible member, in one `insert … select`; returns them.
pub(super) async fn freeze_electorate(
    tx: &mut TenantTx,
    vote: Uuid,
    a: &Audience,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    crate::audience::store::audience!(
        query_scalar!()
        "insert into vote_voter (tenant_id, vote_id, member_id, org_id)
         select $1, $11, x.member_id, x.org_id from (",
        ") x on conflict do nothing returning member_id",
        tenant,
        a,
        vote,
    )
    .fetch_all(tx.conn())
    .await
}

/// Marks the vote open with its electorate's size.
pub(super) async fn mark_open(tx: &mut TenantTx, vote: Uuid, eligible: i32) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update vote set status = 'OPEN', opened_at = now(), eligible_count = $3
          where tenant_id = $1 and id = $2",
        tenant,
        vote,
        eligible,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Whether `member` is in the electorate (`Some(voted)`), for each of `votes`.
pub(super) async fn voter_states(
    tx: &mut TenantTx,
    member: Uuid,
    votes: &[Uuid],
) -> sqlx::Result<Vec<(Uuid, bool)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select vote_id, voted from vote_voter
          where tenant_id = $1 and member_id = $2 and vote_id = any($3::uuid[])",
        tenant,
        member,
        votes,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.vote_id, r.voted)).collect())
}

/// Records that `member` has voted (the day only); false when they already had.
pub(super) async fn mark_voted(
    tx: &mut TenantTx,
    vote: Uuid,
    member: Uuid,
    day: NaiveDate,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let n = sqlx::query!(
        "update vote_voter set voted = true, voted_on = $4
          where tenant_id = $1 and vote_id = $2 and member_id = $3 and not voted",
        tenant,
        vote,
        member,
        day,
    )
    .execute(tx.conn())
    .await?
    .rows_affected();
    if n == 1 {
        sqlx::query!(
            "update vote set voted_count = voted_count + 1 where tenant_id = $1 and id = $2",
            tenant,
            vote,
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(n == 1)
}

/// Drops a ballot into the urn and stirs it, in one statement: up to 499 ballots already in it
/// (all of them in a small vote, else a random 499) are deleted and inserted again together
/// with the new one, in random order. Every ballot so written carries this transaction's
/// `xmin` and a fresh physical place, so neither says which of them is new.
pub(super) async fn cast_into_urn(
    tx: &mut TenantTx,
    vote: Uuid,
    option_ids: &[Uuid],
    receipt_hash: &[u8],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "with pick as (
           select id from vote_ballot where tenant_id = $1 and vote_id = $2
            order by random() limit 499
         ),
         gone as (
           delete from vote_ballot b using pick
            where b.tenant_id = $1 and b.vote_id = $2 and b.id = pick.id
           returning b.id, b.option_ids, b.receipt_hash
         ),
         urn as (
           select id, option_ids, receipt_hash from gone
           union all
           select gen_random_uuid(), $3::uuid[], $4::bytea
         )
         insert into vote_ballot (tenant_id, vote_id, id, option_ids, receipt_hash)
         select $1, $2, id, option_ids, receipt_hash from urn order by random()",
        tenant,
        vote,
        option_ids,
        receipt_hash,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Rewrites the whole urn once in random order (at the close).
pub(super) async fn shuffle_urn(tx: &mut TenantTx, vote: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "with gone as (
           delete from vote_ballot where tenant_id = $1 and vote_id = $2
           returning id, option_ids, receipt_hash
         )
         insert into vote_ballot (tenant_id, vote_id, id, option_ids, receipt_hash)
         select $1, $2, id, option_ids, receipt_hash from gone order by random()",
        tenant,
        vote,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Ballots per option (options without ballots count 0), in the options' order.
pub(super) async fn tally(tx: &mut TenantTx, vote: Uuid) -> sqlx::Result<Vec<(Uuid, i64)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select o.id, count(c.option_id) as "votes!"
             from vote_option o
             left join (select unnest(b.option_ids) as option_id from vote_ballot b
                         where b.tenant_id = $1 and b.vote_id = $2) c on c.option_id = o.id
            where o.tenant_id = $1 and o.vote_id = $2
            group by o.id, o.position order by o.position"#,
        tenant,
        vote,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.id, r.votes)).collect())
}

/// The options of the ballot with this receipt hash, if one is in the urn.
pub(super) async fn ballot_by_receipt(
    tx: &mut TenantTx,
    vote: Uuid,
    hash: &[u8],
) -> sqlx::Result<Option<Vec<Uuid>>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select option_ids from vote_ballot
          where tenant_id = $1 and vote_id = $2 and receipt_hash = $3",
        tenant,
        vote,
        hash,
    )
    .fetch_optional(tx.conn())
    .await
}

/// The receipt hashes in the urn, as hex, in their own order (never the ballots').
pub(super) async fn receipt_hashes(
    tx: &mut TenantTx,
    vote: Uuid,
    after: Option<&str>,
    limit: i64,
) -> sqlx::Result<Vec<String>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select encode(receipt_hash, 'hex') as "h!" from vote_ballot
            where tenant_id = $1 and vote_id = $2
              and ($3::text is null or encode(receipt_hash, 'hex') > $3)
            order by 1 limit $4"#,
        tenant,
        vote,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Closes the vote with its validity.
pub(super) async fn mark_closed(
    tx: &mut TenantTx,
    vote: Uuid,
    valid: bool,
    invalid_reason: Option<&str>,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update vote set status = 'CLOSED', closed_at = now(), valid = $3, invalid_reason = $4
          where tenant_id = $1 and id = $2",
        tenant,
        vote,
        valid,
        invalid_reason,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Those who have not voted, by name (keyset by member id).
pub(super) async fn non_voters(
    tx: &mut TenantTx,
    vote: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<NonVoterRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        NonVoterRow,
        r#"select w.member_id, m.name as member_name, coalesce(o.name, '') as "org_name!",
                  w.reminded_count
             from vote_voter w
             join member m on m.tenant_id = w.tenant_id and m.id = w.member_id
             left join org_unit o on o.tenant_id = w.tenant_id and o.id = w.org_id
            where w.tenant_id = $1 and w.vote_id = $2 and not w.voted
              and ($3::uuid is null or w.member_id > $3)
            order by w.member_id limit $4"#,
        tenant,
        vote,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// Counts a reminder for everyone who has not voted; returns them.
pub(super) async fn mark_reminded(tx: &mut TenantTx, vote: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update vote_voter set reminded_count = reminded_count + 1
          where tenant_id = $1 and vote_id = $2 and not voted returning member_id",
        tenant,
        vote,
    )
    .fetch_all(tx.conn())
    .await
}

/// Records a manual reminder's time.
pub(super) async fn set_last_reminded(tx: &mut TenantTx, vote: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update vote set last_reminded_at = now() where tenant_id = $1 and id = $2",
        tenant,
        vote,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The paths of `orgs` (unknown ones left out).
pub(super) async fn org_paths(
    tx: &mut TenantTx,
    orgs: &[Uuid],
) -> sqlx::Result<Vec<(String, String)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        r#"select path::text as "path!", name from org_unit
            where tenant_id = $1 and id = any($2::uuid[])"#,
        tenant,
        orgs,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows.into_iter().map(|r| (r.path, r.name)).collect())
}

/// The org paths of the named members' primary orgs (none for a member without one).
pub(super) async fn member_org_paths(
    tx: &mut TenantTx,
    members: &[Uuid],
) -> sqlx::Result<Vec<Option<String>>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select o.path::text as "path?" from member m
             left join org_unit o on o.tenant_id = m.tenant_id
                  and o.id = coalesce(m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
            where m.tenant_id = $1 and m.id = any($2::uuid[])"#,
        tenant,
        members,
    )
    .fetch_all(tx.conn())
    .await
}

/// Whether the meeting exists in this tenant.
pub(super) async fn meeting_exists(tx: &mut TenantTx, meeting: Uuid) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        r#"select exists (select 1 from meeting where tenant_id = $1 and id = $2) as "e!""#,
        tenant,
        meeting,
    )
    .fetch_one(tx.conn())
    .await
}
