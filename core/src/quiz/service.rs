//! The actions on banks, questions, quizzes and attempts, and the results.

use super::model::{
    Access, AttemptRow, AttemptStatus, AttemptView, BankRow, BankView, ImportReport, ImportRow,
    Mine, NAME_MAX, QuestionInput, QuestionRow, QuizInput, QuizMode, QuizResults, QuizRow,
    QuizStatus, QuizView, TEXT_MAX, TITLE_MAX, check_response, check_window, line, text,
};
use super::scoring::{self, QuestionKind};
use super::{DUE_TASK, DueJob, GRACE_SECONDS, NOTIFICATION_KIND, import, store};
use crate::db::TenantTx;
use crate::points::{self, PointAction, SourceKind};
use crate::{
    App, AppError, AppResult, Ctx, audit,
    authz::{RightsByPath, Scope, catalog},
    jobs::{self, JobOptions},
    notify,
    page::{Page, PageArgs},
};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use uuid::Uuid;

fn me(ctx: &Ctx) -> AppResult<Uuid> {
    ctx.member_id().ok_or(AppError::NotFound)
}

/// The grace after a deadline during which answers are still taken.
pub fn grace() -> Duration {
    Duration::seconds(GRACE_SECONDS)
}

// ---------------------------------------------------------------------------------------------
// Banks and questions.

/// Whether the viewer may `act` on a bank: `quiz` `act` at its org, or (to read) at one of the
/// orgs they are placed in below it (a branch officer uses the tenant-wide bank).
async fn bank_allowed(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    bank: &BankRow,
    act: &str,
) -> AppResult<bool> {
    if app
        .authz
        .allowed(ctx, &Scope::Org(bank.org_path.clone()), catalog::QUIZ, act)
        .await?
    {
        return Ok(true);
    }
    if act != "read" {
        return Ok(false);
    }
    let Some(member) = ctx.member_id() else {
        return Ok(false);
    };
    let prefix = format!("{}.", bank.org_path);
    for path in store::member_paths(tx, member).await? {
        if path.starts_with(&prefix)
            && app
                .authz
                .allowed(ctx, &Scope::Org(path), catalog::QUIZ, "read")
                .await?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// A bank the viewer may read (else `NOT_FOUND`), with whether they may edit it.
async fn load_bank(ctx: &Ctx, app: &App, tx: &mut TenantTx, id: Uuid) -> AppResult<BankView> {
    let bank = store::bank(tx, id).await?.ok_or(AppError::NotFound)?;
    let editable = bank_allowed(ctx, app, tx, &bank, "write").await?;
    if !editable && !bank_allowed(ctx, app, tx, &bank, "read").await? {
        return Err(AppError::NotFound);
    }
    Ok(BankView { bank, editable })
}

/// A bank the viewer may edit (else `NOT_FOUND`).
async fn load_bank_editable(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<BankView> {
    let view = load_bank(ctx, app, tx, id).await?;
    if !view.editable {
        return Err(AppError::NotFound);
    }
    Ok(view)
}

/// Creates a bank at an org (`quiz` write there; the root org for a tenant-wide bank).
pub async fn create_bank(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    name: &str,
    description: &str,
) -> AppResult<BankView> {
    let name = line("name", name, NAME_MAX, true)?;
    let description = text("description", description, TEXT_MAX, false)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, _) = crate::org::store::path_and_name(&mut tx, org)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::QUIZ, "write")
        .await?;
    let id = crate::new_id();
    store::insert_bank(&mut tx, id, org, &name, &description, ctx.member_id()).await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.bank.create",
        "question_bank",
        id,
        json!({ "name": name }),
    )
    .await?;
    let view = load_bank(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// Renames a bank or rewrites its description.
pub async fn update_bank(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    name: &str,
    description: &str,
) -> AppResult<BankView> {
    let name = line("name", name, NAME_MAX, true)?;
    let description = text("description", description, TEXT_MAX, false)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    load_bank_editable(ctx, app, &mut tx, id).await?;
    store::update_bank(&mut tx, id, &name, &description).await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.bank.update",
        "question_bank",
        id,
        json!({ "name": name }),
    )
    .await?;
    let view = load_bank(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// One bank the viewer may read.
pub async fn bank(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<BankView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_bank(ctx, app, &mut tx, id).await?;
    tx.commit().await?;
    Ok(view)
}

/// The banks an officer of an org may use (`quiz` read there): those of its sub-tree and of
/// its ancestors.
pub async fn banks(ctx: &Ctx, app: &App, org: Uuid) -> AppResult<Vec<BankView>> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::QUIZ, "read").await?;
    let rows = store::banks_around(&mut tx, &path).await?;
    let mut rights = RightsByPath::new(catalog::QUIZ);
    let mut out = vec![];
    for bank in rows {
        let (_, write) = rights.at(&app.authz, ctx, &bank.org_path).await?;
        out.push(BankView {
            bank,
            editable: write,
        });
    }
    tx.commit().await?;
    Ok(out)
}

/// A page of a bank's questions, oldest first (keys and explanations included: the viewer
/// may read the bank).
pub async fn questions(
    ctx: &Ctx,
    app: &App,
    bank: Uuid,
    page: &PageArgs,
) -> AppResult<Page<QuestionRow>> {
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    load_bank(ctx, app, &mut tx, bank).await?;
    let rows = store::questions(&mut tx, bank, after, page.limit()).await?;
    tx.commit().await?;
    Ok(Page::from_fetch(rows, page))
}

/// Adds a question to a bank the viewer may edit.
pub async fn create_question(
    ctx: &Ctx,
    app: &App,
    bank: Uuid,
    input: QuestionInput,
) -> AppResult<QuestionRow> {
    let q = input.parse()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    load_bank_editable(ctx, app, &mut tx, bank).await?;
    let id = crate::new_id();
    store::insert_question(&mut tx, id, bank, &q, ctx.member_id()).await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.question.create",
        "question",
        id,
        json!({ "bank": bank, "kind": q.kind.as_str() }),
    )
    .await?;
    let row = store::question(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// A question of a bank the viewer may edit (else `NOT_FOUND`).
async fn editable_question(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
) -> AppResult<QuestionRow> {
    let q = store::question(tx, id).await?.ok_or(AppError::NotFound)?;
    load_bank_editable(ctx, app, tx, q.bank_id).await?;
    Ok(q)
}

/// Rewrites a question. Attempts already drawn keep their own copy.
pub async fn update_question(
    ctx: &Ctx,
    app: &App,
    id: Uuid,
    input: QuestionInput,
) -> AppResult<QuestionRow> {
    let q = input.parse()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    editable_question(ctx, app, &mut tx, id).await?;
    store::update_question(&mut tx, id, &q).await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.question.update",
        "question",
        id,
        json!({ "kind": q.kind.as_str() }),
    )
    .await?;
    let row = store::question(&mut tx, id)
        .await?
        .ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(row)
}

/// Deletes a question: it is archived, so it leaves the bank's list and random draws, while
/// attempts keep their copy and FIXED quizzes that chose it still ask it.
pub async fn delete_question(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<()> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let q = editable_question(ctx, app, &mut tx, id).await?;
    store::archive_question(&mut tx, id).await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.question.delete",
        "question",
        id,
        json!({ "bank": q.bank_id }),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Imports questions into a bank from an .xlsx (or .csv) file with the template's columns:
/// every row is checked; the good ones are written in one transaction, the bad ones reported
/// with their reason and skipped. At most [`import::FILE_MAX_BYTES`] and
/// [`import::ROWS_MAX`] rows.
pub async fn import_questions(
    ctx: &Ctx,
    app: &App,
    bank: Uuid,
    file_name: &str,
    bytes: &[u8],
) -> AppResult<ImportReport> {
    if bytes.len() > import::FILE_MAX_BYTES {
        return Err(AppError::field("file", "文件不能超过 2 MB"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    load_bank_editable(ctx, app, &mut tx, bank).await?;
    let rows = crate::member::read_rows(file_name, bytes)?;
    let mut rows = rows.into_iter();
    let header = rows
        .next()
        .ok_or_else(|| AppError::field("file", "文件为空"))?;
    let cols = import::columns(&header)
        .map_err(|missing| AppError::field("file", format!("缺少列：{}", missing.join("、"))))?;
    let data: Vec<Vec<String>> = rows.collect();
    let data: Vec<(usize, Vec<String>)> = data
        .into_iter()
        .enumerate()
        .map(|(i, r)| (i + 2, r))
        .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
        .collect();
    if data.len() > import::ROWS_MAX {
        return Err(AppError::field(
            "file",
            format!("一次最多导入 {} 行", import::ROWS_MAX),
        ));
    }
    let mut report = ImportReport {
        total: data.len(),
        imported: 0,
        rows: vec![],
    };
    for (n, row) in &data {
        let parsed = import::row_to_input(&cols, row)
            .and_then(|i| i.parse().map_err(|e| import::reason(&e)));
        match parsed {
            Ok(q) => {
                store::insert_question(&mut tx, crate::new_id(), bank, &q, ctx.member_id()).await?;
                report.imported += 1;
                report.rows.push(ImportRow {
                    row: *n,
                    ok: true,
                    message: String::new(),
                });
            }
            Err(message) => report.rows.push(ImportRow {
                row: *n,
                ok: false,
                message,
            }),
        }
    }
    audit::object(
        &mut tx,
        ctx,
        "quiz.question.import",
        "question_bank",
        bank,
        json!({ "total": report.total, "imported": report.imported }),
    )
    .await?;
    tx.commit().await?;
    Ok(report)
}

/// The import template: the headers and one example row of each kind.
pub fn template_xlsx() -> AppResult<Vec<u8>> {
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("题目").map_err(xl)?;
    let mut headers: Vec<&str> = import::HEADERS.to_vec();
    headers.push(import::TAGS_HEADER);
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).unwrap_or(0), *h)
            .map_err(xl)?;
    }
    let examples: [[&str; 14]; 4] = [
        [
            "单选题",
            "中国共产党成立于哪一年？",
            "1919年",
            "1921年",
            "1927年",
            "1949年",
            "",
            "",
            "",
            "",
            "B",
            "1921年7月，中国共产党第一次全国代表大会召开。",
            "易",
            "党史",
        ],
        [
            "多选题",
            "“三会一课”中的“三会”包括：",
            "支部党员大会",
            "支部委员会",
            "党小组会",
            "职工代表大会",
            "",
            "",
            "",
            "",
            "ABC",
            "“三会”指支部党员大会、支部委员会、党小组会。",
            "中",
            "党章,组织生活",
        ],
        [
            "判断题",
            "预备党员的预备期为一年。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "对",
            "党章规定，预备党员的预备期为一年。",
            "易",
            "党章",
        ],
        [
            "填空题",
            "党的最高理想和最终目标是实现____。",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "",
            "共产主义",
            "多个空用“;”分隔，同一空的多个答案用“|”分隔。",
            "中",
            "党章",
        ],
    ];
    for (r, row) in examples.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            sheet
                .write_string(
                    u32::try_from(r + 1).unwrap_or(0),
                    u16::try_from(c).unwrap_or(0),
                    *v,
                )
                .map_err(xl)?;
        }
    }
    sheet.set_column_width(1, 40).map_err(xl)?;
    book.save_to_buffer().map_err(xl)
}

// ---------------------------------------------------------------------------------------------
// Quizzes.

/// The viewer's access to each quiz, and their attempts, as views (only those visible).
async fn views(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    quizzes: Vec<QuizRow>,
) -> AppResult<Vec<QuizView>> {
    let member = ctx.member_id();
    let ids: Vec<Uuid> = quizzes.iter().map(|q| q.id).collect();
    let (invited, attempts) = match member {
        Some(m) => (
            store::invited_to(tx, m, &ids).await?,
            store::attempts_at(tx, m, &ids).await?,
        ),
        None => (vec![], vec![]),
    };
    let mut rights = RightsByPath::new(catalog::QUIZ);
    let mut out = vec![];
    for quiz in quizzes {
        let (read, write) = rights.at(&app.authz, ctx, &quiz.org_path).await?;
        let author = member.is_some() && quiz.created_by == member;
        let access = Access {
            manage: write || author,
            officer: read || write || author,
            invited: invited.contains(&quiz.id),
        };
        if !(access.officer || access.invited) {
            continue;
        }
        let mine = summarise(attempts.iter().filter(|a| a.quiz_id == quiz.id));
        let question_ids = if access.officer && quiz.mode == QuizMode::Fixed {
            store::fixed_ids(tx, quiz.id).await?
        } else {
            vec![]
        };
        out.push(QuizView {
            quiz,
            access,
            mine,
            question_ids,
        });
    }
    Ok(out)
}

fn summarise<'a>(attempts: impl Iterator<Item = &'a AttemptRow>) -> Mine {
    let mut mine = Mine::default();
    for a in attempts {
        mine.attempts += 1;
        if a.status == AttemptStatus::Open {
            mine.open_attempt = Some(a.id);
        } else {
            mine.best_score = mine.best_score.max(a.score);
            mine.passed |= a.passed.unwrap_or(false);
            mine.last_finished = Some(a.id);
        }
    }
    mine
}

/// One quiz the viewer may see (else `NOT_FOUND`).
async fn load(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<QuizView> {
    let row = store::quiz(tx, id, lock).await?.ok_or(AppError::NotFound)?;
    views(ctx, app, tx, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)
}

/// One quiz the viewer manages (else `NOT_FOUND`).
async fn load_managed(
    ctx: &Ctx,
    app: &App,
    tx: &mut TenantTx,
    id: Uuid,
    lock: bool,
) -> AppResult<QuizView> {
    let view = load(ctx, app, tx, id, lock).await?;
    if !view.access.manage {
        return Err(AppError::NotFound);
    }
    Ok(view)
}

/// Creates a quiz: checks the form, the author's `quiz` write at the org and over the
/// audience, that the bank is readable and holds the questions (the chosen ones, or enough of
/// each kind to draw), freezes the audience and tells it (`QUIZ`).
pub async fn create_quiz(ctx: &Ctx, app: &App, input: QuizInput) -> AppResult<QuizView> {
    let author = me(ctx)?;
    let now = Utc::now();
    let q = input.parse(now)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (path, org_name) = crate::org::store::path_and_name(&mut tx, q.input.org_id)
        .await?
        .ok_or(AppError::NotFound)?;
    app.authz
        .require_visible(ctx, &Scope::Org(path), catalog::QUIZ, "write")
        .await?;
    load_bank(ctx, app, &mut tx, q.input.bank_id).await?;
    match q.input.mode {
        QuizMode::Fixed => {
            let found = store::in_bank(&mut tx, q.input.bank_id, &q.input.question_ids).await?;
            if usize::try_from(found).unwrap_or(0) != q.input.question_ids.len() {
                return Err(AppError::field("questionIds", "所选题目不在该题库中"));
            }
        }
        QuizMode::Random => {
            let have = store::kind_counts(&mut tx, q.input.bank_id).await?;
            for (kind, n) in &q.input.random_counts {
                let available = have.get(kind).copied().unwrap_or(0);
                if i64::from(*n) > available {
                    return Err(AppError::field(
                        "randomCounts",
                        format!("题库中{}只有 {available} 道", kind.label()),
                    ));
                }
            }
        }
    }
    crate::audience::rights::require(
        ctx,
        app,
        &mut tx,
        &q.input.audience,
        catalog::QUIZ,
        "发布测验",
    )
    .await?;
    let id = crate::new_id();
    store::insert_quiz(&mut tx, id, &q.input, q.question_count, Some(author)).await?;
    if q.input.mode == QuizMode::Fixed {
        store::insert_fixed(&mut tx, id, &q.input.question_ids).await?;
    }
    let members = store::freeze_audience(&mut tx, id, &q.input.audience).await?;
    if members.is_empty() {
        return Err(AppError::field("audience", "测验范围内没有成员"));
    }
    let when = q
        .input
        .opens_at
        .max(now)
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    let until = q
        .input
        .closes_at
        .with_timezone(&chrono_tz::Asia::Shanghai)
        .format("%m月%d日 %H:%M");
    let written = notify::write_many(
        &mut tx,
        &members,
        &notify::Broadcast {
            kind: NOTIFICATION_KIND,
            title: &format!("新测验：{}", q.input.title),
            body: &format!(
                "{org_name} 发布，{when} 至 {until} 可作答，限时 {} 分钟",
                q.input.time_limit_minutes
            ),
            dedupe_prefix: &format!("quiz-open:{id}:"),
            detail: &json!({ "quiz": id }),
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.create",
        "quiz",
        id,
        json!({ "title": q.input.title, "mode": q.input.mode.as_str(),
                "questions": q.question_count, "audience": q.input.audience }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    notify::announce(app, ctx.tenant_id(), &written).await;
    Ok(view)
}

/// What an officer may change of a quiz.
#[derive(Debug, Clone)]
pub struct QuizEdit {
    /// Title.
    pub title: String,
    /// Description.
    pub description: String,
    /// Opens at.
    pub opens_at: DateTime<Utc>,
    /// Closes at.
    pub closes_at: DateTime<Utc>,
    /// Attempts per member (1..5; not below what anyone has used).
    pub max_attempts: i32,
}

/// Edits a quiz's title, description, window and attempts (questions, points and the limit
/// stay as members started with them). `CONFLICT` once closed.
pub async fn update_quiz(ctx: &Ctx, app: &App, id: Uuid, edit: QuizEdit) -> AppResult<QuizView> {
    let title = line("title", &edit.title, TITLE_MAX, true)?;
    let description = text("description", &edit.description, TEXT_MAX, false)?;
    if !(1..=super::model::ATTEMPTS_MAX).contains(&edit.max_attempts) {
        return Err(AppError::field("maxAttempts", "作答次数须为 1 到 5 次"));
    }
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id, true).await?;
    if view.quiz.status == QuizStatus::Closed {
        return Err(AppError::Conflict("测验已结束，不能修改".into()));
    }
    let now = Utc::now();
    if edit.opens_at != view.quiz.opens_at || edit.closes_at != view.quiz.closes_at {
        check_window(edit.opens_at, edit.closes_at, now)?;
    }
    store::update_quiz(
        &mut tx,
        id,
        &title,
        &description,
        edit.opens_at,
        edit.closes_at,
        edit.max_attempts,
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.update",
        "quiz",
        id,
        json!({ "title": title, "opensAt": edit.opens_at, "closesAt": edit.closes_at,
                "maxAttempts": edit.max_attempts }),
    )
    .await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// Closes a quiz by hand: no new attempts; attempts in progress are closed and scored with
/// what was saved. `CONFLICT` when already closed.
pub async fn close_quiz(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<QuizView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load_managed(ctx, app, &mut tx, id, true).await?;
    if view.quiz.status == QuizStatus::Closed {
        return Err(AppError::Conflict("测验已结束".into()));
    }
    store::close_quiz(&mut tx, id).await?;
    let now = Utc::now();
    for attempt in store::open_attempts(&mut tx, id).await? {
        finalise(
            &mut tx,
            ctx,
            &view.quiz,
            attempt,
            AttemptStatus::Expired,
            now,
        )
        .await?;
    }
    audit::object(&mut tx, ctx, "quiz.close", "quiz", id, json!({})).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// One quiz, as the viewer may see it.
pub async fn quiz(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<QuizView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    expire_overdue(&mut tx, ctx, Some(id)).await?;
    let view = load(ctx, app, &mut tx, id, false).await?;
    tx.commit().await?;
    Ok(view)
}

/// The quizzes of an org's sub-tree, newest first (`quiz` read at the org).
pub async fn quizzes(
    ctx: &Ctx,
    app: &App,
    org: Uuid,
    page: &PageArgs,
) -> AppResult<Page<QuizView>> {
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let path = crate::org::path_where(ctx, app, &mut tx, org, catalog::QUIZ, "read").await?;
    let rows = store::quizzes_of(&mut tx, &path, after, page.limit()).await?;
    let page = Page::from_fetch(rows, page);
    let items = views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

/// The quizzes the viewer may take, newest first, with their attempts.
pub async fn my_quizzes(ctx: &Ctx, app: &App, page: &PageArgs) -> AppResult<Page<QuizView>> {
    let member = me(ctx)?;
    let after = page.after_uuid()?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let rows = store::quizzes_for(&mut tx, member, after, page.limit()).await?;
    let page = Page::from_fetch(rows, page);
    for q in &page.items {
        expire_mine(&mut tx, ctx, q, member).await?;
    }
    let items = views(ctx, app, &mut tx, page.items).await?;
    tx.commit().await?;
    Ok(Page {
        items,
        has_next: page.has_next,
    })
}

// ---------------------------------------------------------------------------------------------
// Attempts.

/// Scores an attempt with what was saved and finishes it (under its row lock, which the
/// caller need not hold: a finished attempt is left alone). A pass earns `QUIZ_PASSED` points
/// once per quiz. Returns whether it finished it.
async fn finalise(
    tx: &mut TenantTx,
    ctx: &Ctx,
    quiz: &QuizRow,
    attempt: Uuid,
    status: AttemptStatus,
    now: DateTime<Utc>,
) -> AppResult<bool> {
    let Some(a) = store::attempt(tx, attempt, true).await? else {
        return Ok(false);
    };
    if a.status != AttemptStatus::Open {
        return Ok(false);
    }
    let mut total = 0;
    for q in store::attempt_questions(tx, attempt).await? {
        let m = scoring::score(q.kind, &q.key, q.response.as_deref(), q.points);
        store::mark(tx, attempt, q.position, m.earned, m.correct).await?;
        total += m.earned;
    }
    let passed = scoring::passed(total, quiz.pass_mark);
    let at = if status == AttemptStatus::Expired {
        now.min(a.deadline)
    } else {
        now
    };
    store::finish(tx, attempt, status, at, total, passed).await?;
    if passed {
        points::earn(
            tx,
            ctx,
            &points::Event {
                member_id: a.member_id,
                action: PointAction::QuizPassed,
                source_kind: SourceKind::Quiz,
                source_id: quiz.id.to_string(),
                source_title: quiz.title.clone(),
                occurred_at: now,
            },
        )
        .await?;
    }
    audit::object(
        tx,
        ctx,
        if status == AttemptStatus::Expired {
            "quiz.attempt.expire"
        } else {
            "quiz.attempt.submit"
        },
        "quiz_attempt",
        attempt,
        json!({ "quiz": quiz.id, "score": total, "passed": passed }),
    )
    .await?;
    Ok(true)
}

/// Closes and scores the open attempts past their deadline and grace, of a quiz (or of all
/// quizzes); returns how many.
async fn expire_overdue(tx: &mut TenantTx, ctx: &Ctx, quiz: Option<Uuid>) -> AppResult<usize> {
    let now = Utc::now();
    let ids = store::overdue(tx, quiz, now - grace()).await?;
    let mut done = 0;
    for id in ids {
        let Some(a) = store::attempt(tx, id, false).await? else {
            continue;
        };
        let Some(q) = store::quiz(tx, a.quiz_id, false).await? else {
            continue;
        };
        if finalise(tx, ctx, &q, id, AttemptStatus::Expired, now).await? {
            done += 1;
        }
    }
    Ok(done)
}

/// Closes the viewer's own overdue attempt at a quiz, if any.
async fn expire_mine(tx: &mut TenantTx, ctx: &Ctx, quiz: &QuizRow, member: Uuid) -> AppResult<()> {
    let now = Utc::now();
    for a in store::attempts_of(tx, quiz.id, member).await? {
        if a.status == AttemptStatus::Open && a.deadline + grace() < now {
            finalise(tx, ctx, quiz, a.id, AttemptStatus::Expired, now).await?;
        }
    }
    Ok(())
}

/// An attempt with its questions and its quiz's title.
async fn attempt_view(tx: &mut TenantTx, a: AttemptRow, quiz: &QuizRow) -> AppResult<AttemptView> {
    let questions = store::attempt_questions(tx, a.id).await?;
    Ok(AttemptView {
        attempt: a,
        quiz_title: quiz.title.clone(),
        pass_mark: quiz.pass_mark,
        questions,
    })
}

/// Starts an attempt at a quiz the viewer is asked to take, or returns the one in progress.
/// Refused (`CONFLICT`) outside the window, once closed, or when every attempt is used. The
/// start and deadline are the server's (the deadline: the start plus the limit, or the
/// close if earlier); RANDOM quizzes draw the questions for this attempt now; keys are never
/// sent before the attempt is finished. Parallel starts by one member are serialised: one
/// open attempt at a time, never more than the quiz allows.
pub async fn start_attempt(ctx: &Ctx, app: &App, quiz: Uuid) -> AppResult<AttemptView> {
    let member = me(ctx)?;
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, quiz, false).await?;
    if !view.access.invited {
        return Err(AppError::NotFound);
    }
    store::lock_member_quiz(&mut tx, quiz, member).await?;
    let q = &view.quiz;
    let now = Utc::now();
    expire_mine(&mut tx, ctx, q, member).await?;
    let attempts = store::attempts_of(&mut tx, quiz, member).await?;
    if let Some(open) = attempts
        .iter()
        .find(|a| a.status == AttemptStatus::Open)
        .cloned()
    {
        let out = attempt_view(&mut tx, open, q).await?;
        tx.commit().await?;
        return Ok(out);
    }
    if q.status == QuizStatus::Closed || now >= q.closes_at {
        return Err(AppError::Conflict("测验已结束".into()));
    }
    if now < q.opens_at {
        return Err(AppError::Conflict("测验尚未开始".into()));
    }
    let used = i32::try_from(attempts.len()).unwrap_or(i32::MAX);
    if used >= q.max_attempts {
        return Err(AppError::Conflict(format!(
            "已达最多作答次数（{} 次）",
            q.max_attempts
        )));
    }
    let ids = match q.mode {
        QuizMode::Fixed => store::fixed_ids(&mut tx, quiz).await?,
        QuizMode::Random => {
            let mut ids = vec![];
            for kind in QuestionKind::ALL {
                if let Some(n) = q.random_counts.get(kind) {
                    ids.extend(store::draw(&mut tx, q.bank_id, *kind, i64::from(*n)).await?);
                }
            }
            ids
        }
    };
    if ids.is_empty() {
        return Err(AppError::Conflict("题库中已没有可用的题目".into()));
    }
    let id = crate::new_id();
    let deadline = (now + Duration::minutes(i64::from(q.time_limit_minutes))).min(q.closes_at);
    let n = i32::try_from(ids.len()).unwrap_or(i32::MAX);
    if !store::insert_attempt(
        &mut tx,
        id,
        quiz,
        member,
        used + 1,
        now,
        deadline,
        n * q.points_per_question,
    )
    .await?
    {
        return Err(AppError::Conflict("已有进行中的作答".into()));
    }
    store::insert_attempt_questions(&mut tx, id, &ids, q.points_per_question).await?;
    jobs::enqueue(
        &mut tx,
        DUE_TASK,
        &DueJob {
            tenant_id: ctx.tenant_id(),
            attempt_id: id,
        },
        &JobOptions {
            job_key: Some(format!("quiz-attempt-due:{id}")),
            run_at: Some(deadline + grace() + Duration::seconds(1)),
            max_attempts: None,
        },
    )
    .await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.attempt.start",
        "quiz_attempt",
        id,
        json!({ "quiz": quiz, "number": used + 1, "questions": n }),
    )
    .await?;
    let a = store::attempt(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let out = attempt_view(&mut tx, a, q).await?;
    tx.commit().await?;
    Ok(out)
}

/// The viewer's attempt (else `NOT_FOUND`), locked, with its quiz.
async fn own_attempt(ctx: &Ctx, tx: &mut TenantTx, id: Uuid) -> AppResult<(AttemptRow, QuizRow)> {
    let member = me(ctx)?;
    let a = store::attempt(tx, id, true)
        .await?
        .filter(|a| a.member_id == member)
        .ok_or(AppError::NotFound)?;
    let q = store::quiz(tx, a.quiz_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((a, q))
}

/// Refuses an answer to a finished attempt, or one after the deadline and grace.
fn check_open(a: &AttemptRow, now: DateTime<Utc>) -> AppResult<()> {
    if a.status != AttemptStatus::Open {
        return Err(AppError::Conflict("本次作答已提交".into()));
    }
    if now > a.deadline + grace() {
        return Err(AppError::Conflict("已超时".into()));
    }
    Ok(())
}

/// The longest answer text of one blank or option code.
const RESPONSE_ITEM_MAX: usize = 500;

async fn save_in(
    tx: &mut TenantTx,
    a: &AttemptRow,
    position: i32,
    response: &[String],
) -> AppResult<()> {
    let response = check_response("response", response, RESPONSE_ITEM_MAX)?;
    if !store::save_response(tx, a.id, position, &response).await? {
        return Err(AppError::field("position", "没有这道题"));
    }
    Ok(())
}

/// Saves the answer to one question of the viewer's attempt in progress (autosave): option
/// letters, `TRUE`/`FALSE`, or one text per blank. `CONFLICT` "已超时" after the deadline
/// plus [`GRACE_SECONDS`], or once finished.
pub async fn save_answer(
    ctx: &Ctx,
    app: &App,
    attempt: Uuid,
    position: i32,
    response: &[String],
) -> AppResult<AttemptView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (a, q) = own_attempt(ctx, &mut tx, attempt).await?;
    check_open(&a, Utc::now())?;
    save_in(&mut tx, &a, position, response).await?;
    let out = attempt_view(&mut tx, a, &q).await?;
    tx.commit().await?;
    Ok(out)
}

/// Submits the viewer's attempt with its last answers (`(position, response)`), scores it and
/// returns the review. `CONFLICT` "已超时" after the deadline plus [`GRACE_SECONDS`] (the
/// attempt is then closed with what was saved, by the worker or the next read), or once
/// finished. A pass earns points once per quiz.
pub async fn submit_attempt(
    ctx: &Ctx,
    app: &App,
    attempt: Uuid,
    answers: &[(i32, Vec<String>)],
) -> AppResult<AttemptView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let (a, q) = own_attempt(ctx, &mut tx, attempt).await?;
    let now = Utc::now();
    check_open(&a, now)?;
    if answers.len() > super::model::QUESTIONS_MAX {
        return Err(AppError::field("answers", "答案过多"));
    }
    for (position, response) in answers {
        save_in(&mut tx, &a, *position, response).await?;
    }
    finalise(&mut tx, ctx, &q, attempt, AttemptStatus::Submitted, now).await?;
    let a = store::attempt(&mut tx, attempt, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let out = attempt_view(&mut tx, a, &q).await?;
    tx.commit().await?;
    Ok(out)
}

/// An attempt: the member's own, or one of a quiz whose results the viewer may read. An open
/// attempt past its deadline and grace is closed and scored first.
pub async fn attempt(ctx: &Ctx, app: &App, id: Uuid) -> AppResult<AttemptView> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let a = store::attempt(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let q = store::quiz(&mut tx, a.quiz_id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    if Some(a.member_id) != ctx.member_id() {
        let view = load(ctx, app, &mut tx, q.id, false).await?;
        if !view.access.officer {
            return Err(AppError::NotFound);
        }
    }
    let now = Utc::now();
    if a.status == AttemptStatus::Open && a.deadline + grace() < now {
        finalise(&mut tx, ctx, &q, id, AttemptStatus::Expired, now).await?;
    }
    let a = store::attempt(&mut tx, id, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let out = attempt_view(&mut tx, a, &q).await?;
    tx.commit().await?;
    Ok(out)
}

/// The worker's turn for an attempt ([`DUE_TASK`]): closes and scores it if still open past
/// its deadline and grace. Idempotent. Returns what it did.
pub async fn run_due(app: &App, job: &DueJob) -> AppResult<&'static str> {
    let ctx = Ctx::system(job.tenant_id);
    let mut tx = app.db.begin_tenant(&ctx).await?;
    let Some(a) = store::attempt(&mut tx, job.attempt_id, false).await? else {
        return Ok("gone");
    };
    let now = Utc::now();
    if a.status != AttemptStatus::Open || a.deadline + grace() >= now {
        return Ok("nothing due");
    }
    let Some(q) = store::quiz(&mut tx, a.quiz_id, false).await? else {
        return Ok("gone");
    };
    finalise(&mut tx, &ctx, &q, a.id, AttemptStatus::Expired, now).await?;
    tx.commit().await?;
    Ok("expired")
}

// ---------------------------------------------------------------------------------------------
// Results.

/// A quiz's results over its audience, or the part of it in an org's sub-tree: the audience,
/// participants, passes, the average best score, and a page of per-member rows (participants
/// by best score, then those who have not taken it). `quiz` read at the quiz's org, or at the
/// org asked for.
pub async fn results(
    ctx: &Ctx,
    app: &App,
    quiz: Uuid,
    org: Option<Uuid>,
    page: &PageArgs,
) -> AppResult<QuizResults> {
    let offset = page.after_i64()?.unwrap_or(0).max(0);
    let mut tx = app.db.begin_tenant(ctx).await?;
    expire_overdue(&mut tx, ctx, Some(quiz)).await?;
    let row = store::quiz(&mut tx, quiz, false)
        .await?
        .ok_or(AppError::NotFound)?;
    let view = views(ctx, app, &mut tx, vec![row])
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let path = match org {
        Some(org) => {
            let (path, _) = crate::org::store::path_and_name(&mut tx, org)
                .await?
                .ok_or(AppError::NotFound)?;
            if !view.access.officer
                && !app
                    .authz
                    .allowed(ctx, &Scope::Org(path.clone()), catalog::QUIZ, "read")
                    .await?
            {
                return Err(AppError::NotFound);
            }
            Some(path)
        }
        None if view.access.officer => None,
        None => return Err(AppError::NotFound),
    };
    let (audience, participants, passed, average) =
        store::summary(&mut tx, quiz, path.as_deref()).await?;
    let rows = store::results(&mut tx, quiz, path.as_deref(), offset, page.limit()).await?;
    tx.commit().await?;
    Ok(QuizResults {
        quiz: view.quiz,
        audience,
        participants,
        passed,
        average,
        offset,
        rows: Page::from_fetch(rows, page),
    })
}

/// The results of a quiz as .xlsx (every member of its audience), for its officers.
pub async fn export_results_xlsx(ctx: &Ctx, app: &App, quiz: Uuid) -> AppResult<(String, Vec<u8>)> {
    let mut tx = app.db.begin_tenant(ctx).await?;
    let view = load(ctx, app, &mut tx, quiz, false).await?;
    if !view.access.officer {
        return Err(AppError::NotFound);
    }
    let rows = store::results(&mut tx, quiz, None, 0, 100_000).await?;
    audit::object(
        &mut tx,
        ctx,
        "quiz.export",
        "quiz",
        quiz,
        json!({ "rows": rows.len() }),
    )
    .await?;
    tx.commit().await?;
    let q = &view.quiz;
    let xl = |e: rust_xlsxwriter::XlsxError| AppError::Internal(e.into());
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("成绩").map_err(xl)?;
    let headers = [
        "序号",
        "姓名",
        "所在组织",
        "作答次数",
        "最高分",
        "总分",
        "是否及格",
        "最后交卷时间",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet
            .write_string(0, u16::try_from(c).unwrap_or(0), *h)
            .map_err(xl)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        sheet
            .write_number(row, 0, f64::from(u32::try_from(i + 1).unwrap_or(0)))
            .map_err(xl)?;
        sheet.write_string(row, 1, &r.member_name).map_err(xl)?;
        sheet
            .write_string(row, 2, r.org_name.as_deref().unwrap_or(""))
            .map_err(xl)?;
        sheet.write_number(row, 3, r.attempts as f64).map_err(xl)?;
        match r.best_score {
            Some(s) => sheet.write_number(row, 4, f64::from(s)).map_err(xl)?,
            None => sheet.write_string(row, 4, "未参加").map_err(xl)?,
        };
        sheet
            .write_number(row, 5, f64::from(q.max_score()))
            .map_err(xl)?;
        sheet
            .write_string(
                row,
                6,
                match (r.best_score, r.passed) {
                    (None, _) => "",
                    (_, true) => "及格",
                    (_, false) => "不及格",
                },
            )
            .map_err(xl)?;
        let at = r
            .last_finished_at
            .map(|t| {
                t.with_timezone(&chrono_tz::Asia::Shanghai)
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
            })
            .unwrap_or_default();
        sheet.write_string(row, 7, &at).map_err(xl)?;
    }
    let bytes = book.save_to_buffer().map_err(xl)?;
    Ok((format!("{}-成绩.xlsx", q.title), bytes))
}
