//! The `member_profile` rows.

use super::{
    codes::{Education, Occupation},
    rules::ProfileInput,
};
use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// A member's statutory profile as stored.
#[derive(Debug, Clone)]
pub struct ProfileRow {
    /// The member.
    pub member_id: Uuid,
    /// 民族 code (GB/T 3304).
    pub ethnicity: Option<String>,
    /// 学历.
    pub education: Option<Education>,
    /// 职业/岗位.
    pub occupation: Option<Occupation>,
    /// 入党日期 as recorded.
    pub party_joined_on: Option<NaiveDate>,
    /// 入团日期.
    pub league_joined_on: Option<NaiveDate>,
    /// 入会日期.
    pub union_joined_on: Option<NaiveDate>,
    /// Last edited.
    pub updated_at: DateTime<Utc>,
}

pub(crate) async fn get(tx: &mut TenantTx, member: Uuid) -> sqlx::Result<Option<ProfileRow>> {
    Ok(of_members(tx, Some(&[member])).await?.pop())
}

/// Every profile of the tenant (the roster export).
pub(crate) async fn all(tx: &mut TenantTx) -> sqlx::Result<Vec<ProfileRow>> {
    of_members(tx, None).await
}

/// The profiles of `members`, or of everyone for `None`.
async fn of_members(tx: &mut TenantTx, members: Option<&[Uuid]>) -> sqlx::Result<Vec<ProfileRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ProfileRow,
        r#"select member_id, ethnicity, education as "education: Education",
                  occupation as "occupation: Occupation", party_joined_on, league_joined_on,
                  union_joined_on, updated_at
             from member_profile
            where tenant_id = $1 and ($2::uuid[] is null or member_id = any($2))"#,
        tenant,
        members,
    )
    .fetch_all(tx.conn())
    .await
}

/// Writes the whole profile (an absent field clears it).
pub(crate) async fn upsert(
    tx: &mut TenantTx,
    member: Uuid,
    p: &ProfileInput,
) -> sqlx::Result<ProfileRow> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        ProfileRow,
        r#"insert into member_profile (tenant_id, member_id, ethnicity, education, occupation,
                                       party_joined_on, league_joined_on, union_joined_on)
           values ($1, $2, $3, $4, $5, $6, $7, $8)
           on conflict (tenant_id, member_id) do update
              set ethnicity = excluded.ethnicity, education = excluded.education,
                  occupation = excluded.occupation, party_joined_on = excluded.party_joined_on,
                  league_joined_on = excluded.league_joined_on,
                  union_joined_on = excluded.union_joined_on, updated_at = now()
           returning member_id, ethnicity, education as "education: Education",
                     occupation as "occupation: Occupation", party_joined_on, league_joined_on,
                     union_joined_on, updated_at"#,
        tenant,
        member,
        p.ethnicity.map(|e| e.code()),
        p.education.map(Education::as_str),
        p.occupation.map(Occupation::as_str),
        p.party_joined_on,
        p.league_joined_on,
        p.union_joined_on,
    )
    .fetch_one(tx.conn())
    .await
}
