//! Spreadsheet downloads: the member roster, a notice's response list, dues arrears and the
//! grid case list.
//! Failures take the routes' one error path ([`HttpError`]).

use super::{AppState, HttpError, Query, Session};
use crate::edge::ids::{self, NodeType};
use axum::{
    extract::State,
    http::header,
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use tongxin_core::{AppError, notice::rules::ResponseState};

const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// An .xlsx attachment named `name`.
fn xlsx(name: &str, bytes: Vec<u8>) -> Response {
    (
        [
            (header::CONTENT_TYPE, XLSX.to_string()),
            (
                header::CONTENT_DISPOSITION,
                tongxin_core::files::rules::content_disposition(name, XLSX),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response()
}

/// `GET /export/members.xlsx`: the roster (sensitive readers only).
pub async fn members(
    State(state): State<AppState>,
    Session(ctx): Session,
) -> Result<Response, HttpError> {
    let bytes = tongxin_core::member::export_xlsx(&ctx, &state.app).await?;
    Ok(xlsx("成员名册.xlsx", bytes))
}

/// Query of the notice response export.
#[derive(Deserialize)]
pub struct NoticeExport {
    /// The notice's global ID.
    notice: String,
    /// `UNREAD`, `READ`, `UNACKNOWLEDGED`, `ACKNOWLEDGED`; absent for everyone.
    state: Option<String>,
}

/// `GET /export/notice-responses.xlsx?notice=…&state=…`: the response board's list in a
/// state, for those who see the board.
pub async fn notice_responses(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<NoticeExport>,
) -> Result<Response, HttpError> {
    let filter = match q.state.as_deref() {
        None | Some("" | "ALL") => None,
        Some("UNREAD") => Some(ResponseState::Unread),
        Some("READ") => Some(ResponseState::Read),
        Some("UNACKNOWLEDGED") => Some(ResponseState::Unacknowledged),
        Some("ACKNOWLEDGED") => Some(ResponseState::Acknowledged),
        Some(_) => return Err(AppError::field("state", "未知的状态").into()),
    };
    let id = ids::decode(NodeType::Notice, &q.notice.into())?;
    let (name, bytes) = tongxin_core::notice::export_xlsx(&ctx, &state.app, id, filter).await?;
    Ok(xlsx(&name, bytes))
}

/// Query of the dues arrears export.
#[derive(Deserialize)]
pub struct ArrearsExport {
    /// `PARTY`, `UNION` or `YOUTH`.
    line: String,
    /// An org's global ID; absent for the whole tenant.
    organization: Option<String>,
}

/// `GET /export/dues-arrears.xlsx?line=…&organization=…`: who owes, for those who keep the dues.
pub async fn dues_arrears(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<ArrearsExport>,
) -> Result<Response, HttpError> {
    let org = q
        .organization
        .filter(|o| !o.is_empty())
        .map(|o| ids::decode(NodeType::Organization, &o.into()))
        .transpose()?;
    let (name, bytes) =
        tongxin_core::dues::export_arrears_xlsx(&ctx, &state.app, org, &q.line).await?;
    Ok(xlsx(&name, bytes))
}

/// Query of the grid case export (the filters of `gridCases`, plus the org).
#[derive(Deserialize)]
pub struct GridCaseExport {
    /// The org's global ID: the cases of the grids under it.
    #[serde(rename = "orgId")]
    org_id: String,
    /// A case state (`REPORTED`, `DISPATCHED`, …); absent for all.
    state: Option<String>,
    /// A category key; absent for all.
    #[serde(rename = "categoryKey")]
    category_key: Option<String>,
    /// `true` for overdue cases only.
    #[serde(rename = "overdueOnly")]
    overdue_only: Option<bool>,
    /// Number or title contains.
    search: Option<String>,
}

/// `GET /export/grid-cases.xlsx?orgId=…&state=…&categoryKey=…&overdueOnly=…&search=…`: the
/// case list of the grids under an org, for those who hold `grid:read` there.
pub async fn grid_cases(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<GridCaseExport>,
) -> Result<Response, HttpError> {
    use tongxin_core::grid::{CaseState, stats};
    let case_state = match q.state.as_deref() {
        None | Some("" | "ALL") => None,
        Some(s) => Some(
            CaseState::ALL
                .iter()
                .copied()
                .find(|c| c.as_str() == s)
                .ok_or_else(|| AppError::field("state", "未知的状态"))?,
        ),
    };
    let org = ids::decode(NodeType::Organization, &q.org_id.into())?;
    let filter = stats::ExportFilter {
        state: case_state,
        category_key: q.category_key,
        overdue_only: q.overdue_only.unwrap_or(false),
        search: q.search,
    };
    let (name, bytes) = stats::export_xlsx(&ctx, &state.app, org, filter).await?;
    Ok(xlsx(&name, bytes))
}

/// Query of the vote tally export.
#[derive(Deserialize)]
pub struct VoteExport {
    /// The vote's global ID.
    vote: String,
}

/// `GET /export/vote-tally.csv?vote=…`: a vote's tally, turnout and validity — never a ballot,
/// a receipt or a voter — once its results may be seen.
pub async fn vote_tally(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<VoteExport>,
) -> Result<Response, HttpError> {
    const CSV: &str = "text/csv; charset=utf-8";
    let id = ids::decode(NodeType::Vote, &q.vote.into())?;
    let (name, bytes) = tongxin_core::vote::export_csv(&ctx, &state.app, id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, CSV.to_string()),
            (
                header::CONTENT_DISPOSITION,
                tongxin_core::files::rules::content_disposition(&name, CSV),
            ),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        bytes,
    )
        .into_response())
}

/// Query of the survey answers export.
#[derive(Deserialize)]
pub struct SurveyExport {
    /// The survey's global ID.
    survey: String,
}

/// `GET /export/survey-responses.xlsx?survey=…`: a survey's answers, one row per response, for
/// its officers once its results may be seen. An anonymous survey's rows are shuffled and have
/// no respondent column.
pub async fn survey_responses(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<SurveyExport>,
) -> Result<Response, HttpError> {
    let id = ids::decode(NodeType::Survey, &q.survey.into())?;
    let (name, bytes) = tongxin_core::survey::export_xlsx(&ctx, &state.app, id).await?;
    Ok(xlsx(&name, bytes))
}

/// Query of the activity registrations export.
#[derive(Deserialize)]
pub struct ActivityExport {
    /// The activity's global ID.
    activity: String,
}

/// `GET /export/activity-registrations.xlsx?activity=…`: an activity's registrations in line
/// order with the custom fields' answers, attendance and volunteer hours, for its officers.
pub async fn activity_registrations(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<ActivityExport>,
) -> Result<Response, HttpError> {
    let id = ids::decode(NodeType::Activity, &q.activity.into())?;
    let (name, bytes) = tongxin_core::activity::export_xlsx(&ctx, &state.app, id).await?;
    Ok(xlsx(&name, bytes))
}

#[derive(Deserialize)]
pub struct StatisticsExport {
    from: String,
    to: String,
    organization: Option<String>,
}

fn instant(field: &str, raw: &str) -> Result<chrono::DateTime<chrono::Utc>, AppError> {
    chrono::DateTime::parse_from_rfc3339(raw.trim())
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|_| AppError::field(field, "时间格式无效"))
}

/// `GET /export/contributor-statistics.xlsx?from=…&to=…[&organization=…]`: 信息员采用情况 over a
/// period, per contributor and per org (`publishing` read at the org, or tenant-wide).
pub async fn contributor_statistics(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<StatisticsExport>,
) -> Result<Response, HttpError> {
    let org = match q.organization.filter(|o| !o.is_empty()) {
        Some(o) => Some(ids::decode(NodeType::Organization, &o.into())?),
        None => None,
    };
    let period =
        tongxin_core::publishing::Period::parse(instant("from", &q.from)?, instant("to", &q.to)?)?;
    let (name, bytes) =
        tongxin_core::publishing::export_statistics_xlsx(&ctx, &state.app, org, period).await?;
    Ok(xlsx(&name, bytes))
}

#[derive(Deserialize)]
pub struct StudyExport {
    /// The plan's global ID.
    plan: String,
}

/// `GET /export/study-completion.xlsx?plan=…`: a study plan's completion per person, for the
/// officers of its org (`study` read).
pub async fn study_completion(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<StudyExport>,
) -> Result<Response, HttpError> {
    let id = ids::decode(NodeType::StudyPlan, &q.plan.into())?;
    let (name, bytes) = tongxin_core::study::export_xlsx(&ctx, &state.app, id).await?;
    Ok(xlsx(&name, bytes))
}

/// A quiz results export's query string.
#[derive(Deserialize)]
pub struct QuizExport {
    /// The quiz's global ID.
    quiz: String,
}

/// `GET /export/quiz-results.xlsx?quiz=…`: every member of a quiz's audience with their
/// attempts and best score, for its officers.
pub async fn quiz_results(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<QuizExport>,
) -> Result<Response, HttpError> {
    let id = ids::decode(NodeType::Quiz, &q.quiz.into())?;
    let (name, bytes) = tongxin_core::quiz::export_results_xlsx(&ctx, &state.app, id).await?;
    Ok(xlsx(&name, bytes))
}

/// `GET /export/question-template.xlsx`: the question import template (signed-in users).
pub async fn question_template(Session(_ctx): Session) -> Result<Response, HttpError> {
    let bytes = tongxin_core::quiz::template_xlsx()?;
    Ok(xlsx("题目导入模板.xlsx", bytes))
}

/// Query of the welfare statistics export.
#[derive(Deserialize)]
pub struct WelfareExport {
    /// The org's global ID (its sub-tree).
    organization: String,
    /// The year; this year (Beijing time) when absent.
    year: Option<String>,
}

/// `GET /export/welfare-statistics.xlsx?organization=…&year=…`: the year's welfare per
/// category and per giving org, for those who hold `welfare` read at the org.
pub async fn welfare_statistics(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<WelfareExport>,
) -> Result<Response, HttpError> {
    let org = ids::decode(NodeType::Organization, &q.organization.into())?;
    let year = match q.year.as_deref().filter(|y| !y.is_empty()) {
        Some(y) => Some(
            y.parse::<i32>()
                .map_err(|_| AppError::field("year", "年度须为数字"))?,
        ),
        None => None,
    };
    let (name, bytes) =
        tongxin_core::welfare::stats::export_xlsx(&ctx, &state.app, org, year).await?;
    Ok(xlsx(&name, bytes))
}

/// Query of the welfare orders export.
#[derive(Deserialize)]
pub struct WelfareOrdersExport {
    /// The campaign's global ID.
    campaign: String,
}

/// `GET /export/welfare-orders.xlsx?campaign=…`: a campaign's orders for purchasing and handing
/// out, for those who hold `welfare` read at its org.
pub async fn welfare_orders(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<WelfareOrdersExport>,
) -> Result<Response, HttpError> {
    let id = ids::decode(NodeType::WelfareCampaign, &q.campaign.into())?;
    let (name, bytes) =
        tongxin_core::welfare::stats::export_orders_xlsx(&ctx, &state.app, id).await?;
    Ok(xlsx(&name, bytes))
}

/// `GET /exports/personal-data/{id}.zip`: a ready personal data export's ZIP (`id` is the
/// export's global ID), for the member whose data it holds and the administrator who produced
/// it. Any other caller, another tenant, a malformed or unknown id, an export not ready or
/// expired all get the same 404.
pub async fn personal_data(
    State(state): State<AppState>,
    Session(ctx): Session,
    axum::extract::Path(file): axum::extract::Path<String>,
) -> Result<Response, HttpError> {
    use futures::TryStreamExt;
    let id = file
        .strip_suffix(".zip")
        .and_then(|g| ids::decode(NodeType::PersonalDataExport, &g.to_string().into()).ok())
        .ok_or_else(HttpError::not_found)?;
    let (name, size, stream) = tongxin_core::personal_data::download(&ctx, &state.app, id).await?;
    const ZIP: &str = "application/zip";
    let mut res = Response::builder()
        .header(header::CONTENT_TYPE, ZIP)
        .header(
            header::CONTENT_DISPOSITION,
            tongxin_core::files::rules::content_disposition(&name, ZIP),
        )
        .header(header::CACHE_CONTROL, "private, no-store")
        .header("x-content-type-options", "nosniff");
    if let Some(size) = size {
        res = res.header(header::CONTENT_LENGTH, size);
    }
    Ok(res
        .body(axum::body::Body::from_stream(
            stream.map_err(std::io::Error::other),
        ))
        .unwrap_or_default())
}

/// Query of the annual statistics export.
#[derive(Deserialize)]
pub struct AnnualStatisticsExport {
    /// A party, union or league org's global ID.
    organization: String,
    /// The date counted, `YYYY-MM-DD`.
    #[serde(rename = "asOf")]
    as_of: String,
}

/// `GET /export/annual-statistics.xlsx?organization=…&asOf=…`: the annual statistics tables of
/// `annualStatistics` in the returns' layout, with a sheet of the checks (`member_sensitive`
/// read at the org; audited).
pub async fn annual_statistics(
    State(state): State<AppState>,
    Session(ctx): Session,
    Query(q): Query<AnnualStatisticsExport>,
) -> Result<Response, HttpError> {
    let org = ids::decode(NodeType::Organization, &q.organization.into())?;
    let as_of = chrono::NaiveDate::parse_from_str(q.as_of.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::field("asOf", "日期格式无效（YYYY-MM-DD）"))?;
    let (name, bytes) =
        tongxin_core::annual_stats::export_xlsx(&ctx, &state.app, org, as_of).await?;
    Ok(xlsx(&name, bytes))
}
