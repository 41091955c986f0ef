//! The actions on surveys: create, open, submit, remind, close; the results and the export;
//! and what the viewer may see of them.

use super::{
    Access, DUE_TASK, DueJob, QuestionRow, SurveyResults, SurveyRow, SurveyView,
    model::{
        Answer, AnswerInput, NewSurvey, QuestionShape, SurveyInput, SurveyStatus, check_answers,
    },
    store,
};
use crate::audience::Audience;
use crate::db::TenantTx;
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, Scope, catalog},
    jobs::{self, JobOptions},
    notify,
    page::{Page, PageArgs},
};
use chrono::{Duration, Utc};
use rand::seq::SliceRandom;
use serde_json::json;
use uuid::Uuid;

/// How long after a manual reminder the next is allowed.
pub const REMIND_EVERY_MINUTES: i64 = 10;
/// How long before the close the worker reminds those who have not responded.
pub const REMIND_BEFORE_HOURS: i64 = 24;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::Forbidden)
}

async fn may(ctx: &Ctx, app: &App, path: &str, act: &str) -> AppResult<bool> {
    app.authz
        .allowed(ctx, &Scope::Org(path.to_string()), catalog::SURVEY, act)
        .await
}

/// The viewer's access to each of `surveys`, in order: two permission checks per distinct org
/// and one statement for the viewer's own respondent rows.
async fn accesses(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    surveys: &[SurveyRow],
) -> AppResult<Vec<Access>> {
    let member = ctx.member_id();
    let ids: Vec<Uuid> = surveys.iter().map(|s| s.id).collect();
    let states = match member {
        Some(m) => store::respondent_states(tx, m, &ids).await?,
        None => vec![],
    };
    let mut rights = RightsByPath::new(catalog::SURVEY);
    let mut out = Vec::with_capacity(surveys.len());
    for s in surveys {
        let (read, write) = rights.at(&app.authz, ctx, &s.org_path).await?;
        let author = member.is_some() && s.created_by == member;
        out.push(Access {
            manage: write || author,
            officer: read || write || author,
            respondent: states.iter().find(|(id, _)| *id == s.id).map(|(_, r)| *r),
        });
    }
    Ok(out)
}

/// The views of `surveys` the viewer may see, with their questions and options.
async fn views(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    surveys: Vec<SurveyRow>,
) -> AppResult<Vec<SurveyView>> {
    let access = accesses(ctx, app, tx, &surveys).await?;
    let ids: Vec<Uuid> = surveys
        .iter()
        .zip(&access)
        .filter(|(_, a)| a.visible())
        .map(|(s, _)| s.id)
        .collect();
    let mut questions = store::questions_of(tx, &ids).await?;
    let mut options = store::options_of(tx, &ids).await?;
    let mut out = vec![];
    for (survey, access) in surveys.into_iter().zip(access) {
        if !access.visible() {
            continue;
        }
        let (mine, rest): (Vec<_>, Vec<_>) = questions
            .into_iter()
            .partition(|q| q.survey_id == survey.id);
        questions = rest;
        let (my_options, rest): (Vec<_>, Vec<_>) =
            options.into_iter().partition(|(s, _)| *s == survey.id);
        options = rest;
        out.push(SurveyView {
            survey,
            questions: mine,
            options: my_options.into_iter().map(|(_, o)| o).collect(),
            access,
        });
    }
    Ok(out)
}

/// One survey the viewer may see (else `NOT_FOUND`).
async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<SurveyView> {
    let survey = store::get(tx, id, lock).await?.ok_or(AppError::NotFound)?;
    views(ctx, app, tx, vec![survey])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// The author must hold `survey` `write` wherever the audience reaches: each chosen org, the
/// org of each named member, and the whole tenant for tenant-wide filters.
async fn require_audience(ctx: &Ctx, app: &App, tx: &mut TenantTx, a: &Audience) -> AppResult<()> {
    let org_ids: Vec<Uuid> = a.orgs.iter().map(|o| o.org_id).collect();
    let found = store::org_paths(tx, &org_ids).await?;
    if found.len() != org_ids.len() {
        return Err(AppError::field("audience", "所选组织不存在"));
    }
    for (path, name) in found {
        if !may(ctx, app, &path, "write").await? {
            return Err(AppError::field(
                "audience",
                format!("您无权在“{name}”组织发起问卷"),
            ));
        }
    }
    let tenant_wide = || async {
        app.authz
            .allowed(ctx, &Scope::Tenant, catalog::SURVEY, "write")
            .await
    };
    if a.orgs.is_empty() && a.has_filters() && !tenant_wide().await? {
        return Err(AppError::field(
            "audience",
            "按条线、角色或政治面貌面向全单位发起问卷需要单位管理员权限，请先选择组织",
        ));
    }
    let mut named = a.member_ids.clone();
    named.extend(&a.exclude_member_ids);
    if !crate::audience::store::unknown_members(tx, &named)
        .await?
        .is_empty()
    {
        return Err(AppError::field("audience", "所选成员不存在"));
    }
    for path in store::member_org_paths(tx, &a.member_ids).await? {
        let allowed = match path {
            Some(p) => may(ctx, app, &p, "write").await?,
            None => tenant_wide().await?,
        };
        if !allowed {
            return Err(AppError::field(
                "audience",
                "指定的成员中有您无权发起问卷的组织的成员",
            ));
        }
    }
    Ok(())
}

/// The issuing org's path; the author needs `survey` `write` there (else `NOT_FOUND`).
async fn require_org(ctx: &Ctx, app: &App, tx: &mut TenantTx, org: Uuid) -> AppResult<String> {
    let path = crate::org::path_where(ctx, app, tx, org, catalog::SURVEY, "write").await?;
    Ok(path)
}

/// Schedules the worker's turns for a survey: its opening (when ahead), the reminder before
/// the close, and the close.
async fn schedule(tx: &mut TenantTx, ctx: &Ctx, s: &NewSurvey, id: Uuid) -> AppResult<()> {
    let now = Utc::now();
    let job = DueJob {
        tenant_id: ctx.tenant_id(),
        survey_id: id,
    };
    let mut turns = vec![(format!("survey-close:{id}"), s.closes_at)];
    if s.opens_at > now {
        turns.push((format!("survey-open:{id}"), s.opens_at));
    }
    let remind_at = s.closes_at - Duration::hours(REMIND_BEFORE_HOURS);
    if remind_at > now && remind_at > s.opens_at {
        turns.push((format!("survey-remind:{id}"), remind_at));
    }
    for (key, at) in turns {
        jobs::enqueue(
            tx,
            DUE_TASK,
            &job,
            &JobOptions {
                job_key: Some(key),
                run_at: Some(at),
                ..JobOptions::default()
            },
        )
        .await?;
    }
    Ok(())
}

/// Opens a survey inside the caller's transaction: freezes who is asked and tells each member.
/// Returns how many are asked and the notifications written.
async fn open_in(tx: &mut TenantTx, s: &SurveyRow) -> AppResult<(usize, Vec<(Uuid, Uuid)>)> {
    let audience: Audience = serde_json::from_value(s.audience.clone()).unwrap_or_default();
    let members = store::freeze_audience(tx, s.id, &audience).await?;
    let eligible = i32::try_from(members.len()).unwrap_or(i32::MAX);
    store::mark_open(tx, s.id, eligible).await?;
    let written = notify::write_many(
        tx,
        &members,
        &notify::Broadcast {
            kind: "SURVEY",
            title: &format!("请填写问卷：{}", s.title),
            body: &format!("{} 发起，请在截止前填写", s.org_name),
            dedupe_prefix: &format!("survey-open:{}:", s.id),
            detail: &json!({ "survey": s.id }),
        },
    )
    .await?;
    Ok((members.len(), written))
}

/// Creates a survey: checks the form and the author's rights over the org and the audience;
/// opens it now (freezing who is asked) unless it opens later; schedules the worker's turns.
pub async fn create(ctx: &Ctx, app: &App, input: SurveyInput) -> AppResult<SurveyView> {
    let author = me(ctx)?;
    let s = NewSurvey::parse(input, Utc::now())?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, s.org_id).await?;
    require_audience(ctx, app, &mut tx, &s.audience).await?;
    let id = crate::new_id();
    let question_ids: Vec<Uuid> = s.questions.iter().map(|_| Uuid::new_v4()).collect();
    let option_ids: Vec<Vec<Uuid>> = s
        .questions
        .iter()
        .map(|q| q.options.iter().map(|_| Uuid::new_v4()).collect())
        .collect();
    store::insert(&mut tx, id, &s, Some(author), &question_ids, &option_ids).await?;
    let mut written = vec![];
    if s.opens_at <= Utc::now() {
        let row = store::get(&mut tx, id, true)
            .await?
            .ok_or(AppError::NotFound)?;
        let (eligible, w) = open_in(&mut tx, &row).await?;
        if eligible == 0 {
            return Err(AppError::field("audience", "问卷范围内没有可填写的成员"));
        }
        written = w;
    }
    schedule(&mut tx, ctx, &s, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "survey.create",
        "survey",
        id,
        json!({ "title": s.title.as_str(), "anonymous": s.anonymous, "audience": s.audience }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// How many members an audience holds now (the builder's live count); the viewer needs
/// `survey` `write` at the issuing org.
pub async fn audience_count(ctx: &Ctx, app: &App, org: Uuid, audience: Audience) -> AppResult<i64> {
    let audience = audience.parse().map_err(|e| match e {
        AppError::Validation { message, .. } => AppError::field("audience", message),
        other => other,
    })?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    require_org(ctx, app, &mut tx, org).await?;
    let n = crate::audience::store::audience_count(&mut tx, &audience).await?;
    tx.commit().await?;
    Ok(n)
}

/// One survey, as the viewer may see it.
pub async fn get(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<SurveyView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// An org's surveys, newest first; the viewer needs `survey` `read` at the org.
pub async fn list_for_org(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    args: &PageArgs,
) -> AppResult<Page<SurveyView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, _) = crate::org::store::path_and_name(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::SURVEY, "read")
        .await?;
    let rows = store::by_org(&mut tx, org, args.after_uuid()?, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let items = views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

/// The surveys the viewer is (or was) asked to answer, newest first; only those open and not
/// yet answered when `pending`.
pub async fn list_mine(
    ctx: &Ctx,
    app: &App,
    pending: bool,
    args: &PageArgs,
) -> AppResult<Page<SurveyView>> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows =
        store::for_respondent(&mut tx, member, pending, args.after_uuid()?, args.limit()).await?;
    let page = Page::from_fetch(rows, args);
    let items = views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

/// What the answer checks need of the view's questions.
fn shapes(view: &SurveyView) -> Vec<QuestionShape> {
    view.questions
        .iter()
        .map(|q| QuestionShape {
            id: q.id,
            position: q.position,
            kind: q.kind,
            required: q.required,
            option_ids: view
                .options
                .iter()
                .filter(|o| o.question_id == q.id)
                .map(|o| o.id)
                .collect(),
            min_choices: q.min_choices,
            max_choices: q.max_choices,
            scale: q.scale_min.zip(q.scale_max),
        })
        .collect()
}

/// Submits the viewer's response, once: under the survey's row lock, flips their `responded`
/// flag (the day only) and stores the answers — without the member and stirring the others for
/// an anonymous survey, with the member for a named one.
pub async fn submit(ctx: &Ctx, app: &App, id: Uuid, answers: &[AnswerInput]) -> AppResult<()> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    let Some(responded) = view.access.respondent else {
        return Err(AppError::Denied("您不在本问卷的填写范围内".into()));
    };
    let s = &view.survey;
    if s.status != SurveyStatus::Open || Utc::now() >= s.closes_at {
        return Err(AppError::Conflict(match s.status {
            SurveyStatus::Scheduled => "问卷尚未开始".into(),
            _ => "问卷已结束".into(),
        }));
    }
    if responded {
        return Err(AppError::Conflict(
            "您已提交过本问卷，每人只能提交一次".into(),
        ));
    }
    let checked = check_answers(&shapes(&view), answers)?;
    let stored = serde_json::to_value(&checked)
        .map_err(|e| AppError::Internal(anyhow::anyhow!("answers: {e}")))?;
    let day = crate::tenancy::tenant_in(&mut tx)
        .await?
        .time_zone
        .parse::<chrono_tz::Tz>()
        .map(|z| Utc::now().with_timezone(&z).date_naive())
        .unwrap_or_else(|_| Utc::now().date_naive());
    if !store::mark_responded(&mut tx, id, member, day).await? {
        return Err(AppError::Conflict(
            "您已提交过本问卷，每人只能提交一次".into(),
        ));
    }
    if s.anonymous {
        store::insert_anonymous(&mut tx, id, &stored).await?;
    } else {
        store::insert_named(&mut tx, id, member, &stored).await?;
    }
    // Participation only: never the answers.
    audit::object(&mut tx, ctx, "survey.respond", "survey", id, json!({})).await?;
    tx.commit().await?;
    Ok(())
}

/// The stored answers of a survey: for anonymous surveys in random order and without names,
/// for named ones with the respondent's name and time, in the order given.
async fn answers_of(
    tx: &mut TenantTx,
    s: &SurveyRow,
) -> AppResult<Vec<(Option<(String, chrono::DateTime<Utc>)>, Vec<Answer>)>> {
    let parse = |v: serde_json::Value| -> AppResult<Vec<Answer>> {
        serde_json::from_value(v).map_err(|e| AppError::Internal(anyhow::anyhow!("answers: {e}")))
    };
    if s.anonymous {
        store::anonymous_answers(tx, s.id)
            .await?
            .into_iter()
            .map(|v| Ok((None, parse(v)?)))
            .collect()
    } else {
        store::named_answers(tx, s.id)
            .await?
            .into_iter()
            .map(|(name, v, at)| Ok((Some((name, at)), parse(v)?)))
            .collect()
    }
}

/// The results per question, when the rule lets them be seen (`None` before: `AFTER_CLOSE`
/// hides them from everyone, officers included, until the close). Text answers of anonymous
/// surveys come shuffled.
pub async fn results(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<Option<SurveyResults>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    if !view.results_visible() {
        tx.commit().await?;
        return Ok(None);
    }
    let answers = answers_of(&mut tx, &view.survey).await?;
    tx.commit().await?;
    let responses: Vec<Vec<Answer>> = answers.into_iter().map(|(_, a)| a).collect();
    let mut questions = super::results::shape(&view.questions, &view.options, &responses);
    if view.survey.anonymous {
        let mut rng = rand::rng();
        for q in &mut questions {
            q.texts.shuffle(&mut rng);
        }
    }
    Ok(Some(SurveyResults {
        responses: i64::try_from(responses.len()).unwrap_or(i64::MAX),
        view,
        questions,
    }))
}

/// Reminds everyone who has not responded (by hand, at most every ten minutes); returns how
/// many.
pub async fn remind(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<usize> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    if view.survey.status != SurveyStatus::Open {
        return Err(AppError::Conflict("只有进行中的问卷可以提醒".into()));
    }
    if let Some(last) = view.survey.last_reminded_at {
        let until = last + Duration::minutes(REMIND_EVERY_MINUTES);
        if until > Utc::now() {
            let at = until
                .with_timezone(&chrono_tz::Asia::Shanghai)
                .format("%H:%M");
            return Err(AppError::RateLimited(format!(
                "提醒过于频繁：每份问卷 10 分钟内只能提醒一次，请于 {at} 后再试"
            )));
        }
    }
    let members = store::mark_reminded(&mut tx, id).await?;
    let written = remind_in(
        &mut tx,
        &view.survey,
        &members,
        &format!("survey-remind:{id}:{}:", crate::new_id()),
    )
    .await?;
    store::set_last_reminded(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "survey.remind",
        "survey",
        id,
        json!({ "reminded": members.len() }),
    )
    .await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(members.len())
}

async fn remind_in(
    tx: &mut TenantTx,
    s: &SurveyRow,
    members: &[Uuid],
    dedupe: &str,
) -> AppResult<Vec<(Uuid, Uuid)>> {
    let due = s
        .closes_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    Ok(notify::write_many(
        tx,
        members,
        &notify::Broadcast {
            kind: "SURVEY",
            title: &format!("请填写问卷：{}（提醒）", s.title),
            body: &format!("问卷将于 {due} 截止，您尚未填写"),
            dedupe_prefix: dedupe,
            detail: &json!({ "survey": s.id, "reminder": true }),
        },
    )
    .await?)
}

/// Closes a survey inside the caller's transaction, rewriting the anonymous answers once more.
async fn close_in(tx: &mut TenantTx, s: &SurveyRow) -> AppResult<()> {
    if s.anonymous {
        store::shuffle_anonymous(tx, s.id).await?;
    }
    store::mark_closed(tx, s.id).await?;
    Ok(())
}

/// Closes a survey by hand (its managers).
pub async fn close(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<SurveyView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, true).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    if view.survey.status == SurveyStatus::Closed {
        return Err(AppError::Conflict("问卷已结束".into()));
    }
    close_in(&mut tx, &view.survey).await?;
    audit::object(
        &mut tx,
        ctx,
        "survey.close",
        "survey",
        id,
        json!({ "eligible": view.survey.eligible_count, "responded": view.survey.responded_count }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// The worker's turn for a survey ([`DUE_TASK`]): opens it when due, reminds those who have
/// not responded in the last day, closes it when due. Idempotent: a turn that finds nothing due
/// does nothing, and a reminder is written once per member. Returns what it did.
pub async fn run_due(app: &App, job: &DueJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(s) = store::get(&mut tx, job.survey_id, true).await? else {
        return Ok("gone");
    };
    let now = Utc::now();
    let mut written = vec![];
    let done = match s.status {
        SurveyStatus::Scheduled if s.opens_at <= now => {
            let (eligible, w) = open_in(&mut tx, &s).await?;
            written = w;
            audit::object(
                &mut tx,
                &ctx,
                "survey.open",
                "survey",
                s.id,
                json!({ "eligible": eligible }),
            )
            .await?;
            "opened"
        }
        SurveyStatus::Open if s.closes_at <= now => {
            close_in(&mut tx, &s).await?;
            audit::object(
                &mut tx,
                &ctx,
                "survey.close",
                "survey",
                s.id,
                json!({ "eligible": s.eligible_count, "responded": s.responded_count, "automatic": true }),
            )
            .await?;
            "closed"
        }
        SurveyStatus::Open if s.closes_at - Duration::hours(REMIND_BEFORE_HOURS) <= now => {
            let members = store::mark_reminded(&mut tx, s.id).await?;
            written = remind_in(
                &mut tx,
                &s,
                &members,
                &format!("survey-remind-auto:{}:", s.id),
            )
            .await?;
            "reminded"
        }
        _ => "nothing due",
    };
    tx.commit().await?;
    notify::announce(app, job.tenant_id, &written).await;
    Ok(done)
}

/// One answer as a spreadsheet cell.
fn cell(q: &QuestionRow, view: &SurveyView, a: Option<&Answer>) -> String {
    let Some(a) = a else {
        return String::new();
    };
    if q.kind.is_choice() {
        view.options
            .iter()
            .filter(|o| a.option_ids.contains(&o.id))
            .map(|o| o.label.as_str())
            .collect::<Vec<_>>()
            .join("；")
    } else if let Some(r) = a.rating {
        r.to_string()
    } else {
        a.text.clone().unwrap_or_default()
    }
}

/// The answers as .xlsx, one row per response and one column per question, for officers once
/// results may be seen. An anonymous survey's rows come in random order with no respondent
/// column; a named survey's start with the respondent's name and the submission time.
pub async fn export_xlsx(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<(String, Vec<u8>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    if !view.access.officer {
        return Err(AppError::NotFound);
    }
    if !view.results_visible() {
        return Err(AppError::Conflict("问卷结束后才能导出答卷".into()));
    }
    let mut rows = answers_of(&mut tx, &view.survey).await?;
    audit::object(
        &mut tx,
        ctx,
        "survey.export",
        "survey",
        id,
        json!({ "rows": rows.len() }),
    )
    .await?;
    tx.commit().await?;
    let named = !view.survey.anonymous;
    if !named {
        rows.shuffle(&mut rand::rng());
    }
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    sheet.set_name("答卷").map_err(xl)?;
    let mut headers: Vec<String> = vec![];
    if named {
        headers.push("填写人".into());
        headers.push("提交时间".into());
    }
    for q in &view.questions {
        headers.push(format!("{}. {}", q.position + 1, q.title));
    }
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).unwrap_or(u16::MAX), h)
            .map_err(xl)?;
    }
    for (i, (who, answers)) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let mut cells: Vec<String> = vec![];
        if let Some((name, at)) = who {
            cells.push(name.clone());
            cells.push(
                at.with_timezone(&chrono_tz::Asia::Shanghai)
                    .format("%Y-%m-%d %H:%M")
                    .to_string(),
            );
        }
        for q in &view.questions {
            cells.push(cell(
                q,
                &view,
                answers.iter().find(|a| a.question_id == q.id),
            ));
        }
        for (c, v) in cells.iter().enumerate() {
            sheet
                .write_string(row, u16::try_from(c).unwrap_or(u16::MAX), v)
                .map_err(xl)?;
        }
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("问卷答卷-{}.xlsx", view.survey.title), bytes))
}
