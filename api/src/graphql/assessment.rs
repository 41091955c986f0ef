//! Assessment (考核) over GraphQL: target ledgers with weighted indicators, automatic figures
//! with the records behind them, manual scores, progress reports with evidence, ranks and
//! stars.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::assessment::{
    self, IndicatorRow, Ledger, NewIndicator, NewScheme, OrgResult, Record, ReportRow, SchemeRow,
    ScoreRow, rules,
};
use tongxin_core::files::FileRow;

/// Hundredths of a point as a decimal.
fn points(centi: i32) -> f64 {
    f64::from(centi) / 100.0
}

/// How long a scheme's period is.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::assessment::PeriodKind")]
pub enum AssessmentPeriodKind {
    /// 年度: a calendar year.
    Year,
    /// 季度: a calendar quarter.
    Quarter,
}

/// How an indicator is scored.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::assessment::Method")]
pub enum AssessmentMethod {
    /// 自动: computed from the tenant's records by the worker (daily) and on demand.
    Auto,
    /// 人工: scored by the issuing org on the progress reports and evidence.
    Manual,
}

/// What an automatic indicator measures.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::assessment::Metric")]
pub enum AssessmentMetric {
    /// 三会一课按期召开率: of the periods each required meeting type was due in (its statutory
    /// frequency; a period still running counts once held), those with a meeting held.
    MeetingCompliance,
    /// 党费收缴率: dues paid of dues billed after corrections, in fen, for the months of the
    /// period up to the current one, per member (overpayment does not cover another member).
    DuesCollection,
    /// 人均积分: the points of the period of the members placed under the org per member,
    /// against the indicator's target.
    PointsPerMember,
    /// 通知确认率: receipts acknowledged by the deadline, of receipts of notices asking for
    /// acknowledgement whose deadline (seven days when none) has passed or that were
    /// acknowledged.
    NoticeAcknowledgement,
    /// 学习计划按时完成率: study plan assignments of the members placed under the org
    /// completed (every material, courses opened up) by the plan's deadline, of the
    /// assignments whose deadline fell in the period and has passed or that are complete.
    StudyCompletion,
    /// 网格事件按时办结率: grid cases fed back by their deadline, of the cases under the org
    /// whose deadline fell in the period and has passed or that were fed back.
    GridOnTime,
}

/// Where a scheme stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::assessment::SchemeStatus")]
pub enum AssessmentStatus {
    /// 进行中: recomputed daily, manual indicators open to scoring and reports.
    Open,
    /// 已结束: final.
    Closed,
}

/// An assessment scheme (考核方案): issued by an org for a year or a quarter, assessing the
/// orgs of one kind in its sub-tree.
pub struct AssessmentScheme(pub SchemeRow);

/// An assessment scheme (考核方案).
#[Object]
impl AssessmentScheme {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::AssessmentScheme, self.0.id)
    }
    /// Name (2026 年度党支部目标考核).
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// The issuing (assessing) org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.org_name
    }
    /// Year or quarter.
    async fn period_kind(&self) -> AssessmentPeriodKind {
        self.0.period_kind.into()
    }
    /// Year.
    async fn year(&self) -> i32 {
        self.0.year
    }
    /// Quarter (1–4) of a quarterly scheme.
    async fn quarter(&self) -> Option<i32> {
        self.0.quarter.map(i32::from)
    }
    /// The kind of org assessed (`PARTY_BRANCH`, …).
    async fn target_kind(&self) -> &str {
        &self.0.target_kind
    }
    /// The least totals for 1 to 5 stars, ascending.
    async fn star_thresholds(&self) -> Vec<f64> {
        self.0.star_thresholds.iter().copied().map(points).collect()
    }
    /// Status.
    async fn status(&self) -> AssessmentStatus {
        self.0.status.into()
    }
    /// When the automatic indicators were last computed.
    async fn computed_at(&self) -> Option<DateTime<Utc>> {
        self.0.computed_at
    }
    /// Issued at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// An indicator of a scheme.
pub struct AssessmentIndicator(pub IndicatorRow);

/// An indicator (考核指标): its weight is its full score.
#[Object]
impl AssessmentIndicator {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::AssessmentIndicator, self.0.id)
    }
    /// 1-based order.
    async fn position(&self) -> i32 {
        self.0.position
    }
    /// Name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// What it asks for (评分标准).
    async fn description(&self) -> &str {
        &self.0.description
    }
    /// Its full score (points, two decimals at most).
    async fn weight(&self) -> f64 {
        points(self.0.weight)
    }
    /// How it is scored.
    async fn method(&self) -> AssessmentMethod {
        self.0.method.into()
    }
    /// What an automatic one measures.
    async fn metric(&self) -> Option<AssessmentMetric> {
        self.0.metric.map(Into::into)
    }
    /// The metric's Chinese name.
    async fn metric_label(&self) -> Option<&'static str> {
        self.0.metric.map(|m| m.label())
    }
    /// `POINTS_PER_MEMBER`: the points per member that earn the full weight.
    async fn target(&self) -> Option<i32> {
        self.0.target
    }
}

/// One figure of the ledger.
pub struct AssessmentScore(pub ScoreRow);

/// An indicator's score at an assessed org.
#[Object]
impl AssessmentScore {
    /// The indicator.
    async fn indicator_id(&self) -> ID {
        encode(NodeType::AssessmentIndicator, self.0.indicator_id)
    }
    /// The score (points).
    async fn score(&self) -> f64 {
        points(self.0.score)
    }
    /// Automatic: what was done (meetings held, fen paid, points, receipts, cases on time).
    async fn numerator(&self) -> Option<f64> {
        self.0.numerator.map(|n| n as f64)
    }
    /// Automatic: what was due (periods, fen billed, members, receipts, cases).
    async fn denominator(&self) -> Option<f64> {
        self.0.denominator.map(|n| n as f64)
    }
    /// How many records make the figure (see `assessmentRecords`).
    async fn records_total(&self) -> i32 {
        self.0.records_total
    }
    /// Manual: the scorer's note; automatic: how the figure reads.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// Manual: scored by hand.
    async fn manual(&self) -> bool {
        self.0.scored_by.is_some()
    }
    /// Last computed or scored.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// An assessed org's line.
pub struct AssessmentOrgResult(pub OrgResult);

/// An assessed org's line of the ledger: its scores, total, rank and stars.
#[Object]
impl AssessmentOrgResult {
    /// The org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// Its name.
    async fn organization_name(&self) -> &str {
        &self.0.org_name
    }
    /// The sum of its scores.
    async fn total(&self) -> f64 {
        points(self.0.total)
    }
    /// Its rank among every org the scheme assesses (equal totals share a rank; the next
    /// skips).
    async fn rank(&self) -> i32 {
        self.0.rank
    }
    /// Stars (0–5): the thresholds its total reaches.
    async fn stars(&self) -> i32 {
        self.0.stars
    }
    /// Its scores, in the indicators' order (an indicator not yet scored has none).
    async fn scores(&self) -> Vec<AssessmentScore> {
        self.0.scores.iter().cloned().map(AssessmentScore).collect()
    }
}

/// A scheme's ledger.
pub struct AssessmentLedger(pub Ledger);

/// A target ledger (目标考核台账): the scheme, its indicators and the assessed orgs by rank (an
/// officer of an assessed org sees their own orgs' lines, ranked among all).
#[Object]
impl AssessmentLedger {
    /// The scheme.
    async fn scheme(&self) -> AssessmentScheme {
        AssessmentScheme(self.0.scheme.clone())
    }
    /// Its indicators in order.
    async fn indicators(&self) -> Vec<AssessmentIndicator> {
        self.0
            .indicators
            .iter()
            .cloned()
            .map(AssessmentIndicator)
            .collect()
    }
    /// The full score: the indicators' weights together.
    async fn full_score(&self) -> f64 {
        points(self.0.indicators.iter().map(|i| i.weight).sum())
    }
    /// The assessed orgs the viewer sees, by rank.
    async fn results(&self) -> Vec<AssessmentOrgResult> {
        self.0
            .results
            .iter()
            .cloned()
            .map(AssessmentOrgResult)
            .collect()
    }
    /// The viewer may score, recompute, set the stars and close (`assessment` write at the
    /// issuing org).
    async fn can_manage(&self) -> bool {
        self.0.can_manage
    }
}

/// A record behind an automatic figure.
#[derive(SimpleObject)]
pub struct AssessmentRecord {
    /// `MEETING_PERIOD` (a required period; `id` is the meeting held), `DUES_MEMBER`,
    /// `MEMBER_POINTS` (`id` is the member), `NOTICE_RECEIPT` (`id` is the notice), `GRID_CASE`.
    pub kind: String,
    /// The record's global ID (a Meeting, Member, Notice or GridCase), when it has one.
    pub id: Option<ID>,
    /// What it is.
    pub title: String,
    /// The day it belongs to (a period's first day, a notice's or a deadline's day).
    pub on: Option<NaiveDate>,
    /// It counts towards the numerator.
    pub counted: bool,
    /// Its figures in words.
    pub note: String,
}

impl From<Record> for AssessmentRecord {
    fn from(r: Record) -> Self {
        let ty = match r.kind.as_str() {
            "MEETING_PERIOD" => NodeType::Meeting,
            "NOTICE_RECEIPT" => NodeType::Notice,
            "GRID_CASE" => NodeType::GridCase,
            _ => NodeType::Member,
        };
        AssessmentRecord {
            id: r.id.map(|id| encode(ty, id)),
            kind: r.kind,
            title: r.title,
            on: r.on,
            counted: r.counted,
            note: r.note,
        }
    }
}

/// The records behind a figure.
#[derive(SimpleObject)]
pub struct AssessmentRecords {
    /// The records as kept at the last computation (the first 500).
    pub records: Vec<AssessmentRecord>,
    /// How many there were in all.
    pub total: i32,
}

/// An evidence file of a report.
#[derive(SimpleObject)]
pub struct AssessmentEvidence {
    /// The file.
    pub id: ID,
    /// Its name.
    pub file_name: String,
    /// Size in bytes.
    pub byte_size: i64,
    /// A download link (valid for a limited time).
    pub url: String,
}

/// A progress report.
pub struct AssessmentReport(pub ReportRow, pub Vec<(FileRow, String)>);

/// A progress report (进展报告) an assessed org submitted on an indicator, with evidence.
#[Object]
impl AssessmentReport {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::AssessmentReport, self.0.id)
    }
    /// The indicator.
    async fn indicator_id(&self) -> ID {
        encode(NodeType::AssessmentIndicator, self.0.indicator_id)
    }
    /// The assessed org.
    async fn organization_id(&self) -> ID {
        encode(NodeType::Organization, self.0.org_id)
    }
    /// What was done.
    async fn text(&self) -> &str {
        &self.0.text
    }
    /// Who submitted it.
    async fn author_name(&self) -> &str {
        &self.0.author_name
    }
    /// Submitted at.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// The evidence (佐证材料).
    async fn files(&self) -> Vec<AssessmentEvidence> {
        self.1
            .iter()
            .map(|(f, url)| AssessmentEvidence {
                id: encode(NodeType::File, f.id),
                file_name: f.file_name.clone(),
                byte_size: f.byte_size,
                url: url.clone(),
            })
            .collect()
    }
}

/// An indicator of `createAssessmentScheme`.
#[derive(InputObject)]
pub struct AssessmentIndicatorInput {
    /// Name, 1–100 characters.
    pub name: String,
    /// 评分标准, at most 1,000 characters.
    #[graphql(default)]
    pub description: String,
    /// Full score, 0.01–1000 (two decimals at most).
    pub weight: f64,
    /// How it is scored.
    pub method: AssessmentMethod,
    /// What an automatic one measures (required when `AUTO`).
    pub metric: Option<AssessmentMetric>,
    /// `POINTS_PER_MEMBER`: the points per member that earn the full weight (1–100,000).
    pub target: Option<i32>,
}

/// The form of `createAssessmentScheme`.
#[derive(InputObject)]
pub struct CreateAssessmentSchemeInput {
    /// The issuing org (`assessment` write there).
    pub organization_id: ID,
    /// Name, 1–100 characters.
    pub name: String,
    /// Year or quarter.
    pub period_kind: AssessmentPeriodKind,
    /// Year, 2000–2200.
    pub year: i32,
    /// Quarter (1–4), for a quarterly scheme.
    pub quarter: Option<i32>,
    /// The kind of org assessed in the issuing org's sub-tree (`PARTY_BRANCH`, …).
    pub target_kind: String,
    /// The least totals for 1 to 5 stars: five, ascending, within the full score.
    pub star_thresholds: Vec<f64>,
    /// 1–50 indicators in order; their weights together at most 1,000.
    pub indicators: Vec<AssessmentIndicatorInput>,
}

/// The form of `scoreAssessmentIndicator`.
#[derive(InputObject)]
pub struct ScoreAssessmentIndicatorInput {
    /// The scheme.
    pub scheme_id: ID,
    /// A manual indicator of it.
    pub indicator_id: ID,
    /// An org it assesses.
    pub organization_id: ID,
    /// 0 to the indicator's weight, two decimals at most.
    pub score: f64,
    /// Why, at most 1,000 characters.
    #[graphql(default)]
    pub note: String,
}

/// The form of `submitAssessmentReport`.
#[derive(InputObject)]
pub struct SubmitAssessmentReportInput {
    /// The scheme.
    pub scheme_id: ID,
    /// The indicator reported on.
    pub indicator_id: ID,
    /// The assessed org reporting (`assessment` write there).
    pub organization_id: ID,
    /// What was done, 1–2,000 characters.
    pub text: String,
    /// Evidence: the reporter's own uploads, at most 9.
    #[graphql(default)]
    pub file_ids: Vec<ID>,
}

/// The form of `setAssessmentStars`.
#[derive(InputObject)]
pub struct SetAssessmentStarsInput {
    /// The scheme.
    pub scheme_id: ID,
    /// The least totals for 1 to 5 stars: five, ascending, within the full score.
    pub star_thresholds: Vec<f64>,
}

/// A ledger after a change.
#[derive(SimpleObject)]
pub struct AssessmentLedgerPayload {
    /// The ledger as it now stands.
    pub ledger: AssessmentLedger,
}

/// The result of `submitAssessmentReport`.
#[derive(SimpleObject)]
pub struct AssessmentReportPayload {
    /// The report.
    pub report: AssessmentReport,
}

/// Assessment queries.
#[derive(Default)]
pub struct AssessmentQuery;

#[Object]
impl AssessmentQuery {
    /// The schemes the viewer may read: issued by orgs where they hold `assessment` read, and
    /// those assessing their orgs; of one year when given. Newest period first, at most 200.
    async fn assessment_schemes(
        &self,
        ctx: &Context<'_>,
        year: Option<i32>,
    ) -> async_graphql::Result<Vec<AssessmentScheme>> {
        let c = tenant(ctx)?;
        Ok(assessment::schemes(&c, app(ctx), year)
            .await
            .gql()?
            .into_iter()
            .map(AssessmentScheme)
            .collect())
    }

    /// A scheme's ledger (`NOT_FOUND` when the viewer reads neither the issuing org nor an
    /// assessed one).
    async fn assessment_ledger(
        &self,
        ctx: &Context<'_>,
        scheme_id: ID,
    ) -> async_graphql::Result<AssessmentLedger> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &scheme_id)?;
        Ok(AssessmentLedger(
            assessment::ledger(&c, app(ctx), id).await.gql()?,
        ))
    }

    /// The records behind an automatic figure of an assessed org, as kept at the last
    /// computation.
    async fn assessment_records(
        &self,
        ctx: &Context<'_>,
        scheme_id: ID,
        indicator_id: ID,
        organization_id: ID,
    ) -> async_graphql::Result<AssessmentRecords> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &scheme_id)?;
        let indicator = super::ids::decode(NodeType::AssessmentIndicator, &indicator_id).gql()?;
        let org = super::ids::decode(NodeType::Organization, &organization_id).gql()?;
        let (records, total) = assessment::records(&c, app(ctx), id, indicator, org)
            .await
            .gql()?;
        Ok(AssessmentRecords {
            records: records.into_iter().map(Into::into).collect(),
            total,
        })
    }

    /// An assessed org's progress reports under a scheme, newest first, with evidence.
    async fn assessment_reports(
        &self,
        ctx: &Context<'_>,
        scheme_id: ID,
        organization_id: ID,
    ) -> async_graphql::Result<Vec<AssessmentReport>> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &scheme_id)?;
        let org = super::ids::decode(NodeType::Organization, &organization_id).gql()?;
        Ok(assessment::reports(&c, app(ctx), id, org)
            .await
            .gql()?
            .into_iter()
            .map(|(r, f)| AssessmentReport(r, f))
            .collect())
    }
}

/// Assessment mutations.
#[derive(Default)]
pub struct AssessmentMutation;

#[Object]
impl AssessmentMutation {
    /// Issues a scheme and computes its automatic indicators at once.
    async fn create_assessment_scheme(
        &self,
        ctx: &Context<'_>,
        input: CreateAssessmentSchemeInput,
    ) -> async_graphql::Result<AssessmentLedgerPayload> {
        let (c, org) = target(ctx, NodeType::Organization, &input.organization_id)?;
        let quarter = match input.quarter {
            None => None,
            Some(q) => Some(
                i16::try_from(q)
                    .ok()
                    .filter(|q| (1..=4).contains(q))
                    .ok_or_else(|| tongxin_core::AppError::field("quarter", "季度须为 1 到 4"))
                    .gql()?,
            ),
        };
        let mut thresholds = Vec::with_capacity(input.star_thresholds.len());
        for t in &input.star_thresholds {
            thresholds.push(rules::centi("starThresholds", *t, 0, rules::FULL_MAX).gql()?);
        }
        let mut indicators = Vec::with_capacity(input.indicators.len());
        for (i, ind) in input.indicators.into_iter().enumerate() {
            indicators.push(NewIndicator {
                name: ind.name,
                description: ind.description,
                weight: rules::centi(
                    &format!("indicators.{i}.weight"),
                    ind.weight,
                    1,
                    tongxin_core::assessment::model::WEIGHT_MAX,
                )
                .gql()?,
                method: ind.method.into(),
                metric: ind.metric.map(Into::into),
                target: ind.target,
            });
        }
        let ledger = assessment::create(
            &c,
            app(ctx),
            NewScheme {
                org_id: org,
                name: input.name,
                period_kind: input.period_kind.into(),
                year: input.year,
                quarter,
                target_kind: input.target_kind,
                star_thresholds: thresholds,
                indicators,
            },
        )
        .await
        .gql()?;
        Ok(AssessmentLedgerPayload {
            ledger: AssessmentLedger(ledger),
        })
    }

    /// Recomputes a scheme's automatic indicators now (the issuing org; open schemes).
    async fn recompute_assessment(
        &self,
        ctx: &Context<'_>,
        scheme_id: ID,
    ) -> async_graphql::Result<AssessmentLedgerPayload> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &scheme_id)?;
        Ok(AssessmentLedgerPayload {
            ledger: AssessmentLedger(assessment::recompute(&c, app(ctx), id).await.gql()?),
        })
    }

    /// Scores a manual indicator of an assessed org (the issuing org; open schemes).
    async fn score_assessment_indicator(
        &self,
        ctx: &Context<'_>,
        input: ScoreAssessmentIndicatorInput,
    ) -> async_graphql::Result<AssessmentLedgerPayload> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &input.scheme_id)?;
        let indicator =
            super::ids::decode(NodeType::AssessmentIndicator, &input.indicator_id).gql()?;
        let org = super::ids::decode(NodeType::Organization, &input.organization_id).gql()?;
        let ledger = assessment::score(&c, app(ctx), id, indicator, org, input.score, &input.note)
            .await
            .gql()?;
        Ok(AssessmentLedgerPayload {
            ledger: AssessmentLedger(ledger),
        })
    }

    /// An assessed org submits a progress report on an indicator with evidence files.
    async fn submit_assessment_report(
        &self,
        ctx: &Context<'_>,
        input: SubmitAssessmentReportInput,
    ) -> async_graphql::Result<AssessmentReportPayload> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &input.scheme_id)?;
        let indicator =
            super::ids::decode(NodeType::AssessmentIndicator, &input.indicator_id).gql()?;
        let org = super::ids::decode(NodeType::Organization, &input.organization_id).gql()?;
        let mut files = Vec::with_capacity(input.file_ids.len());
        for f in &input.file_ids {
            files.push(super::ids::decode(NodeType::File, f).gql()?);
        }
        let row = assessment::report(&c, app(ctx), id, indicator, org, &input.text, &files)
            .await
            .gql()?;
        let linked = assessment::reports(&c, app(ctx), id, org)
            .await
            .gql()?
            .into_iter()
            .find(|(r, _)| r.id == row.id)
            .map(|(_, f)| f)
            .unwrap_or_default();
        Ok(AssessmentReportPayload {
            report: AssessmentReport(row, linked),
        })
    }

    /// Sets the stars' thresholds (the issuing org; open schemes).
    async fn set_assessment_stars(
        &self,
        ctx: &Context<'_>,
        input: SetAssessmentStarsInput,
    ) -> async_graphql::Result<AssessmentLedgerPayload> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &input.scheme_id)?;
        let ledger = assessment::set_stars(&c, app(ctx), id, &input.star_thresholds)
            .await
            .gql()?;
        Ok(AssessmentLedgerPayload {
            ledger: AssessmentLedger(ledger),
        })
    }

    /// Closes a scheme after a last computation: its ledger is final (`CONFLICT` when closed).
    async fn close_assessment_scheme(
        &self,
        ctx: &Context<'_>,
        scheme_id: ID,
    ) -> async_graphql::Result<AssessmentLedgerPayload> {
        let (c, id) = target(ctx, NodeType::AssessmentScheme, &scheme_id)?;
        Ok(AssessmentLedgerPayload {
            ledger: AssessmentLedger(assessment::close(&c, app(ctx), id).await.gql()?),
        })
    }
}
