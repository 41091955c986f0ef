//! Surveys' SQL. The anonymous answers (`survey_response`) are written only by
//! [`insert_anonymous`] and [`shuffle_anonymous`], which rewrite them in random order, and read
//! only all together, in random order.

use super::model::{NewSurvey, SurveyStatus};
use super::{OptionRow, QuestionRow, SurveyRow};
use crate::audience::Audience;
use crate::db::TenantTx;
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// The columns of [`SurveyRow`], with the org's name and path.
macro_rules! select_surveys {
    ($tail:literal $(, $arg:expr)* $(,)?) => {
        sqlx::query_as!(
            SurveyRow,
            r#"select s.id, s.org_id, o.name as org_name, o.path::text as "org_path!", s.title,
                      s.description, s.anonymous,
                      s.results_visibility as "results_visibility: crate::vote::ResultsVisibility",
                      s.audience, s.status as "status: SurveyStatus", s.opens_at, s.closes_at,
                      s.opened_at, s.closed_at, s.eligible_count, s.responded_count,
                      s.last_reminded_at, s.created_by, s.created_at
                 from survey s
                 join org_unit o on o.tenant_id = s.tenant_id and o.id = s.org_id "#
                + $tail
            $(, $arg)*
        )
    };
}

/// Writes a new survey, its questions and their options (in order). `question_ids` and
/// `option_ids` follow the form's questions and, per question, its options.
pub(super) async fn insert(
    tx: &mut TenantTx,
    id: Uuid,
    s: &NewSurvey,
    author: Option<Uuid>,
    question_ids: &[Uuid],
    option_ids: &[Vec<Uuid>],
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    let audience = serde_json::to_value(&s.audience).unwrap_or_default();
    sqlx::query!(
        "insert into survey (tenant_id, id, org_id, title, description, anonymous,
                             results_visibility, audience, opens_at, closes_at, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        tenant,
        id,
        s.org_id,
        s.title.as_str(),
        s.description,
        s.anonymous,
        s.results_visibility.as_str(),
        audience,
        s.opens_at,
        s.closes_at,
        author,
    )
    .execute(tx.conn())
    .await?;
    let q = &s.questions;
    let kinds: Vec<String> = q.iter().map(|q| q.kind.as_str().to_string()).collect();
    let titles: Vec<String> = q.iter().map(|q| q.title.as_str().to_string()).collect();
    let required: Vec<bool> = q.iter().map(|q| q.required).collect();
    let min_choices: Vec<Option<i32>> = q.iter().map(|q| q.min_choices).collect();
    let max_choices: Vec<Option<i32>> = q.iter().map(|q| q.max_choices).collect();
    let scale_min: Vec<Option<i32>> = q.iter().map(|q| q.scale_min).collect();
    let scale_max: Vec<Option<i32>> = q.iter().map(|q| q.scale_max).collect();
    let min_label: Vec<Option<String>> = q.iter().map(|q| q.min_label.clone()).collect();
    let max_label: Vec<Option<String>> = q.iter().map(|q| q.max_label.clone()).collect();
    sqlx::query!(
        "insert into survey_question (tenant_id, id, survey_id, position, kind, title, required,
                                      min_choices, max_choices, scale_min, scale_max, min_label,
                                      max_label)
         select $1, u.id, $2, (u.n - 1)::int, u.kind, u.title, u.required, u.min_choices,
                u.max_choices, u.scale_min, u.scale_max, u.min_label, u.max_label
           from unnest($3::uuid[], $4::text[], $5::text[], $6::bool[], $7::int[], $8::int[],
                       $9::int[], $10::int[], $11::text[], $12::text[])
                with ordinality as u(id, kind, title, required, min_choices, max_choices,
                                     scale_min, scale_max, min_label, max_label, n)",
        tenant,
        id,
        question_ids,
        &kinds,
        &titles,
        &required,
        &min_choices as &[Option<i32>],
        &max_choices as &[Option<i32>],
        &scale_min as &[Option<i32>],
        &scale_max as &[Option<i32>],
        &min_label as &[Option<String>],
        &max_label as &[Option<String>],
    )
    .execute(tx.conn())
    .await?;
    let mut ids = vec![];
    let mut questions = vec![];
    let mut positions = vec![];
    let mut labels = vec![];
    for ((question, qid), oids) in q.iter().zip(question_ids).zip(option_ids) {
        for (i, (label, oid)) in question.options.iter().zip(oids).enumerate() {
            ids.push(*oid);
            questions.push(*qid);
            positions.push(i32::try_from(i).unwrap_or(i32::MAX));
            labels.push(label.as_str().to_string());
        }
    }
    sqlx::query!(
        "insert into survey_option (tenant_id, id, survey_id, question_id, position, label)
         select $1, u.id, $2, u.question_id, u.position, u.label
           from unnest($3::uuid[], $4::uuid[], $5::int[], $6::text[])
                as u(id, question_id, position, label)",
        tenant,
        id,
        &ids,
        &questions,
        &positions,
        &labels,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// One survey; `lock` takes its row lock, which serialises the submissions of one survey.
pub(super) async fn get(
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> sqlx::Result<Option<SurveyRow>> {
    let tenant = tx.tenant();
    if lock {
        select_surveys!(
            "where s.tenant_id = $1 and s.id = $2 for update of s",
            tenant,
            id
        )
        .fetch_optional(tx.conn())
        .await
    } else {
        select_surveys!("where s.tenant_id = $1 and s.id = $2", tenant, id)
            .fetch_optional(tx.conn())
            .await
    }
}

/// The surveys of an org, newest first (keyset by id, which is time-ordered).
pub(super) async fn by_org(
    tx: &mut TenantTx,
    org: Uuid,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<SurveyRow>> {
    let tenant = tx.tenant();
    select_surveys!(
        "where s.tenant_id = $1 and s.org_id = $2 and ($3::uuid is null or s.id < $3)
         order by s.id desc limit $4",
        tenant,
        org,
        after,
        limit,
    )
    .fetch_all(tx.conn())
    .await
}

/// The surveys `member` is asked to answer (open and not yet answered, when `pending`), newest
/// first.
pub(super) async fn for_respondent(
    tx: &mut TenantTx,
    member: Uuid,
    pending: bool,
    after: Option<Uuid>,
    limit: i64,
) -> sqlx::Result<Vec<SurveyRow>> {
    let tenant = tx.tenant();
    select_surveys!(
        "join survey_respondent r on r.tenant_id = s.tenant_id and r.survey_id = s.id
                                 and r.member_id = $2
          where s.tenant_id = $1 and ($3::uuid is null or s.id < $3)
            and (not $5 or (s.status = 'OPEN' and not r.responded))
          order by s.id desc limit $4",
        tenant,
        member,
        after,
        limit,
        pending,
    )
    .fetch_all(tx.conn())
    .await
}

/// The questions of several surveys, in order.
pub(super) async fn questions_of(
    tx: &mut TenantTx,
    surveys: &[Uuid],
) -> sqlx::Result<Vec<QuestionRow>> {
    let tenant = tx.tenant();
    sqlx::query_as!(
        QuestionRow,
        r#"select id, survey_id, position, kind as "kind: super::model::QuestionKind", title,
                  required, min_choices, max_choices, scale_min, scale_max, min_label, max_label
             from survey_question
            where tenant_id = $1 and survey_id = any($2::uuid[]) order by survey_id, position"#,
        tenant,
        surveys,
    )
    .fetch_all(tx.conn())
    .await
}

/// The options of several surveys, by question and in order.
pub(super) async fn options_of(
    tx: &mut TenantTx,
    surveys: &[Uuid],
) -> sqlx::Result<Vec<(Uuid, OptionRow)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select survey_id, id, question_id, position, label from survey_option
          where tenant_id = $1 and survey_id = any($2::uuid[])
          order by survey_id, question_id, position",
        tenant,
        surveys,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.survey_id,
                OptionRow {
                    id: r.id,
                    question_id: r.question_id,
                    position: r.position,
                    label: r.label,
                },
            )
        })
        .collect())
}

/// Freezes who is asked: one row per member, in one `insert … select`; returns them.
pub(super) async fn freeze_audience(
    tx: &mut TenantTx,
    survey: Uuid,
    a: &Audience,
) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    crate::audience::store::audience!(
        query_scalar!()
        "insert into survey_respondent (tenant_id, survey_id, member_id, org_id)
         select $1, $11, x.member_id, x.org_id from (",
        ") x on conflict do nothing returning member_id",
        tenant,
        a,
        survey,
    )
    .fetch_all(tx.conn())
    .await
}

/// Marks the survey open with the number asked.
pub(super) async fn mark_open(tx: &mut TenantTx, survey: Uuid, eligible: i32) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update survey set status = 'OPEN', opened_at = now(), eligible_count = $3
          where tenant_id = $1 and id = $2",
        tenant,
        survey,
        eligible,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Whether `member` is asked (`Some(responded)`), for each of `surveys`.
pub(super) async fn respondent_states(
    tx: &mut TenantTx,
    member: Uuid,
    surveys: &[Uuid],
) -> sqlx::Result<Vec<(Uuid, bool)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select survey_id, responded from survey_respondent
          where tenant_id = $1 and member_id = $2 and survey_id = any($3::uuid[])",
        tenant,
        member,
        surveys,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.survey_id, r.responded))
        .collect())
}

/// Records that `member` has responded (the day only); false when they already had.
pub(super) async fn mark_responded(
    tx: &mut TenantTx,
    survey: Uuid,
    member: Uuid,
    day: NaiveDate,
) -> sqlx::Result<bool> {
    let tenant = tx.tenant();
    let n = sqlx::query!(
        "update survey_respondent set responded = true, responded_on = $4
          where tenant_id = $1 and survey_id = $2 and member_id = $3 and not responded",
        tenant,
        survey,
        member,
        day,
    )
    .execute(tx.conn())
    .await?
    .rows_affected();
    if n == 1 {
        sqlx::query!(
            "update survey set responded_count = responded_count + 1
              where tenant_id = $1 and id = $2",
            tenant,
            survey,
        )
        .execute(tx.conn())
        .await?;
    }
    Ok(n == 1)
}

/// Stores an anonymous response and stirs the others, in one statement: up to 499 responses
/// already stored (all of them in a small survey, else a random 499) are deleted and inserted
/// again together with the new one, in random order, so that neither `xmin` nor the physical
/// place says which of them is new.
pub(super) async fn insert_anonymous(
    tx: &mut TenantTx,
    survey: Uuid,
    answers: &serde_json::Value,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "with pick as (
           select id from survey_response where tenant_id = $1 and survey_id = $2
            order by random() limit 499
         ),
         gone as (
           delete from survey_response r using pick
            where r.tenant_id = $1 and r.survey_id = $2 and r.id = pick.id
           returning r.id, r.answers
         ),
         pile as (
           select id, answers from gone
           union all
           select gen_random_uuid(), $3::jsonb
         )
         insert into survey_response (tenant_id, survey_id, id, answers)
         select $1, $2, id, answers from pile order by random()",
        tenant,
        survey,
        answers,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Rewrites all anonymous responses once in random order (at the close).
pub(super) async fn shuffle_anonymous(tx: &mut TenantTx, survey: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "with gone as (
           delete from survey_response where tenant_id = $1 and survey_id = $2
           returning id, answers
         )
         insert into survey_response (tenant_id, survey_id, id, answers)
         select $1, $2, id, answers from gone order by random()",
        tenant,
        survey,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Stores a named response.
pub(super) async fn insert_named(
    tx: &mut TenantTx,
    survey: Uuid,
    member: Uuid,
    answers: &serde_json::Value,
) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "insert into survey_named_response (tenant_id, survey_id, member_id, answers)
         values ($1, $2, $3, $4)",
        tenant,
        survey,
        member,
        answers,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// The answers of an anonymous survey, in random order.
pub(super) async fn anonymous_answers(
    tx: &mut TenantTx,
    survey: Uuid,
) -> sqlx::Result<Vec<serde_json::Value>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "select answers from survey_response where tenant_id = $1 and survey_id = $2
          order by random()",
        tenant,
        survey,
    )
    .fetch_all(tx.conn())
    .await
}

/// The answers of a named survey with their respondents' names, in the order given.
pub(super) async fn named_answers(
    tx: &mut TenantTx,
    survey: Uuid,
) -> sqlx::Result<Vec<(String, serde_json::Value, DateTime<Utc>)>> {
    let tenant = tx.tenant();
    let rows = sqlx::query!(
        "select m.name, r.answers, r.submitted_at from survey_named_response r
           join member m on m.tenant_id = r.tenant_id and m.id = r.member_id
          where r.tenant_id = $1 and r.survey_id = $2
          order by r.submitted_at, r.member_id",
        tenant,
        survey,
    )
    .fetch_all(tx.conn())
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| (r.name, r.answers, r.submitted_at))
        .collect())
}

/// Closes the survey.
pub(super) async fn mark_closed(tx: &mut TenantTx, survey: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update survey set status = 'CLOSED', closed_at = now() where tenant_id = $1 and id = $2",
        tenant,
        survey,
    )
    .execute(tx.conn())
    .await?;
    Ok(())
}

/// Counts a reminder for everyone who has not responded; returns them.
pub(super) async fn mark_reminded(tx: &mut TenantTx, survey: Uuid) -> sqlx::Result<Vec<Uuid>> {
    let tenant = tx.tenant();
    sqlx::query_scalar!(
        "update survey_respondent set reminded_count = reminded_count + 1
          where tenant_id = $1 and survey_id = $2 and not responded returning member_id",
        tenant,
        survey,
    )
    .fetch_all(tx.conn())
    .await
}

/// Records a manual reminder's time.
pub(super) async fn set_last_reminded(tx: &mut TenantTx, survey: Uuid) -> sqlx::Result<()> {
    let tenant = tx.tenant();
    sqlx::query!(
        "update survey set last_reminded_at = now() where tenant_id = $1 and id = $2",
        tenant,
        survey,
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
