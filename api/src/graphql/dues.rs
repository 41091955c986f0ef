//! Dues (党费 / 团费 / 会费) over GraphQL: bases, monthly bills, offline payments, corrections,
//! ledgers, arrears and roll-ups. Amounts are in fen (分); months are `YYYY-MM`.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::dues::{self, BaseRow, EntryRow, RollupRow, StandingRow};

/// A dues line.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::dues::rules::DuesLine")]
pub enum DuesLine {
    /// 党费.
    Party,
    /// 会费.
    Union,
    /// 团费.
    Youth,
}

impl DuesLine {
    pub(super) fn code(self) -> &'static str {
        tongxin_core::dues::rules::DuesLine::from(self).as_str()
    }
}

/// What a member's base is, which decides the rule that applies.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::dues::rules::Category")]
pub enum DuesCategory {
    /// 在职: post-tax regular monthly salary, by the employed brackets.
    Employed,
    /// 离退休: monthly basic pension, by the retired brackets.
    Retired,
    /// 学生: flat.
    Student,
    /// 下岗失业: flat.
    LaidOff,
    /// 依靠救济: flat.
    Relief,
    /// 农民: the base is the chosen flat amount, kept within the rule's range.
    Farmer,
}

impl DuesCategory {
    fn code(self) -> &'static str {
        tongxin_core::dues::rules::Category::from(self).as_str()
    }
}

/// How a payment was made (online payment is not offered yet).
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::dues::PaymentMethod")]
pub enum DuesPaymentMethod {
    /// 现金.
    Cash,
    /// 转账.
    Transfer,
    /// 工资代扣.
    Payroll,
}

impl DuesPaymentMethod {
    fn code(self) -> &'static str {
        dues::PaymentMethod::from(self).as_str()
    }
}

pub(super) fn month_text(d: NaiveDate) -> String {
    d.format("%Y-%m").to_string()
}

/// A monthly base in a member's history.
pub struct DuesBase(BaseRow);

/// A monthly base in a member's history.
#[Object]
impl DuesBase {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::DuesBase, self.0.id)
    }
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// `PARTY`, `UNION` or `YOUTH`.
    async fn line(&self) -> &str {
        self.0.line.as_str()
    }
    /// Category code (`EMPLOYED`, `RETIRED`, …).
    async fn category(&self) -> &str {
        self.0.category.as_str()
    }
    /// Monthly base in fen.
    async fn base_fen(&self) -> i64 {
        self.0.base_fen
    }
    /// In force from this month (`YYYY-MM`): the month `party.dues.start` derives from
    /// `newPayMonth` (the same month by statute; party dues only, the other lines apply a base
    /// from the month given).
    async fn from_month(&self) -> String {
        month_text(self.0.from_month)
    }
    /// The month the new pay was first paid (`YYYY-MM`), as given when the base was set;
    /// null on bases recorded before this was kept.
    async fn new_pay_month(&self) -> Option<String> {
        self.0.new_pay_month.map(month_text)
    }
    /// `MANUAL`, `IMPORT` or `API`.
    async fn source(&self) -> &str {
        self.0.source.as_str()
    }
    /// Set.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// The standing a member brought from another tenant on a line.
pub struct DuesStanding(StandingRow);

/// The standing a member brought on a line when received by introduction letter from another
/// tenant: their dues there were paid through `paidThrough`, so no bill is written here for
/// that month or any before it.
#[Object]
impl DuesStanding {
    /// The last month paid (`YYYY-MM`).
    async fn paid_through(&self) -> String {
        month_text(self.0.paid_through)
    }
    /// The enterprise it was paid in, as named when the member was received.
    async fn from_tenant_name(&self) -> &str {
        &self.0.from_tenant_name
    }
    /// When the member was received.
    async fn recorded_at(&self) -> DateTime<Utc> {
        self.0.recorded_at
    }
}

/// An entry of the append-only dues ledger.
pub struct DuesEntry(EntryRow);

/// An entry of the append-only dues ledger: bills and corrections add to what is owed,
/// payments take from it.
#[Object]
impl DuesEntry {
    /// Global ID (pass it to `correctDuesEntry`).
    async fn id(&self) -> ID {
        encode(NodeType::DuesEntry, self.0.id)
    }
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// The member's name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// Line.
    async fn line(&self) -> &str {
        self.0.line.as_str()
    }
    /// The month it concerns (`YYYY-MM`).
    async fn month(&self) -> String {
        month_text(self.0.month)
    }
    /// `BILL`, `PAYMENT` or `CORRECTION`.
    async fn kind(&self) -> &str {
        self.0.kind.as_str()
    }
    /// Amount in fen (corrections may be negative).
    async fn amount_fen(&self) -> i64 {
        self.0.amount_fen
    }
    /// Payment method.
    async fn method(&self) -> Option<&str> {
        self.0.method.map(dues::PaymentMethod::as_str)
    }
    /// Receipt number.
    async fn receipt_no(&self) -> Option<&str> {
        self.0.receipt_no.as_deref()
    }
    /// The rule a bill was computed by.
    async fn rule_key(&self) -> Option<&str> {
        self.0.rule_key.as_deref()
    }
    /// The base a bill was computed from, in fen.
    async fn base_fen(&self) -> Option<i64> {
        self.0.base_fen
    }
    /// Note.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// The entry a correction corrects.
    async fn corrects(&self) -> Option<ID> {
        self.0.corrects.map(|c| encode(NodeType::DuesEntry, c))
    }
    /// Who recorded it (null for the monthly run).
    async fn recorded_by(&self) -> Option<ID> {
        self.0.recorded_by.map(|m| encode(NodeType::Member, m))
    }
    /// When.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// A member who owes.
#[derive(SimpleObject)]
pub struct DuesArrear {
    /// The member.
    pub member_id: ID,
    /// Name.
    pub member_name: String,
    /// Their org on the line.
    pub org_name: String,
    /// Owed in fen.
    pub owed_fen: i64,
    /// Months with something owed.
    pub months_owed: i64,
    /// The oldest such month (`YYYY-MM`).
    pub oldest_month: Option<String>,
    /// Months owed have reached the first warning of the lapse rule (`membership.lapse`).
    pub lapse_warning: bool,
    /// After how many months without dues the rule treats a member as having left.
    pub lapse_months: i64,
}

impl From<dues::Arrear> for DuesArrear {
    fn from(a: dues::Arrear) -> Self {
        let r = a.row;
        Self {
            lapse_warning: a.lapse_warning,
            lapse_months: a.lapse_months,
            member_id: encode(NodeType::Member, r.member_id),
            member_name: r.member_name,
            org_name: r.org_name,
            owed_fen: r.owed_fen,
            months_owed: r.months_owed,
            oldest_month: r.oldest_month.map(month_text),
        }
    }
}

/// Sums of one org and month.
#[derive(SimpleObject)]
pub struct DuesRollup {
    /// The org (null for members without one).
    pub org_id: Option<ID>,
    /// Its name.
    pub org_name: String,
    /// Month (`YYYY-MM`).
    pub month: String,
    /// Billed, in fen.
    pub billed_fen: i64,
    /// Corrections, in fen (signed).
    pub corrected_fen: i64,
    /// Paid, in fen.
    pub paid_fen: i64,
    /// Members billed.
    pub members_billed: i64,
    /// Members who paid.
    pub members_paid: i64,
}

impl From<RollupRow> for DuesRollup {
    fn from(r: RollupRow) -> Self {
        Self {
            org_id: r.org_id.map(|o| encode(NodeType::Organization, o)),
            org_name: r.org_name,
            month: month_text(r.month),
            billed_fen: r.billed_fen,
            corrected_fen: r.corrected_fen,
            paid_fen: r.paid_fen,
            members_billed: r.members_billed,
            members_paid: r.members_paid,
        }
    }
}

/// Input of `setDuesBase`.
#[derive(InputObject)]
pub struct SetDuesBaseInput {
    /// The member.
    pub member_id: ID,
    /// Line.
    pub line: DuesLine,
    /// Category.
    pub category: DuesCategory,
    /// Monthly base in fen (0 to 100,000,000).
    pub base_fen: i64,
    /// The month the new pay was first paid (`YYYY-MM`). The base applies from the month
    /// `party.dues.start` derives from it (that same month by statute, the next month where
    /// the tenant's rule says so); bills already written for the months it reaches back to
    /// are brought in line by corrections (补交差额, or a credit).
    pub from_month: String,
}

/// Input of `generateDuesBills`.
#[derive(InputObject)]
pub struct GenerateDuesBillsInput {
    /// Only members under this org (null: the whole tenant, which needs tenant-wide rights).
    pub organization_id: Option<ID>,
    /// Line.
    pub line: DuesLine,
    /// Month (`YYYY-MM`, not in the future).
    pub month: String,
}

/// Input of `recordDuesPayment`.
#[derive(InputObject)]
pub struct RecordDuesPaymentInput {
    /// The member.
    pub member_id: ID,
    /// Line.
    pub line: DuesLine,
    /// The month paid for (`YYYY-MM`).
    pub month: String,
    /// Amount in fen (> 0).
    pub amount_fen: i64,
    /// How it was paid.
    pub method: DuesPaymentMethod,
    /// Receipt number (≤ 60 characters).
    pub receipt_no: Option<String>,
    /// Note (≤ 500 characters).
    pub note: Option<String>,
}

/// Input of `correctDuesEntry`.
#[derive(InputObject)]
pub struct CorrectDuesEntryInput {
    /// The entry to correct.
    pub entry_id: ID,
    /// Added to what is owed for that month, in fen (negative to reduce it; not 0).
    pub amount_fen: i64,
    /// Why (required, ≤ 500 characters).
    pub note: String,
}

/// Input of `remindDuesArrears`.
#[derive(InputObject)]
pub struct RemindDuesArrearsInput {
    /// Only members under this org (null: the whole tenant).
    pub organization_id: Option<ID>,
    /// Line.
    pub line: DuesLine,
}

/// The result of `remindDuesArrears`.
#[derive(SimpleObject)]
pub struct RemindDuesArrearsPayload {
    /// Members reminded now (each at most once a day).
    pub reminded: i64,
}

/// Input of `importDuesBases`.
#[derive(InputObject)]
pub struct ImportDuesBasesInput {
    /// File name, ending in .csv or .xlsx; columns 姓名, 手机 or 邮箱 (to find the member),
    /// 类别 (在职, 离退休, 学生, 下岗失业, 依靠救济, 农民) and 基数（元）.
    pub file_name: String,
    /// File content, base64.
    pub content_base64: String,
    /// Line.
    pub line: DuesLine,
    /// The month the new pay was first paid (`YYYY-MM`); applied as `setDuesBase` applies it.
    pub from_month: String,
}

/// The result of `importDuesBases`: all rows or none.
#[derive(SimpleObject)]
pub struct ImportDuesBasesPayload {
    /// Data rows read.
    pub total: i32,
    /// Bases written (0 when any row is bad).
    pub imported: i32,
    /// Problems, by row.
    pub errors: Vec<super::types::ImportRowError>,
}

/// The result of `generateDuesBills`.
#[derive(SimpleObject)]
pub struct GenerateDuesBillsPayload {
    /// Bills written now (members billed before are left alone).
    pub written: i64,
}

/// Queries of dues.
#[derive(Default)]
pub struct DuesQuery;

#[Object(name = "DuesQuery")]
impl DuesQuery {
    /// Whether members can pay dues online here. No provider is configured yet, so this is
    /// false and payments are recorded offline (`recordDuesPayment`).
    async fn dues_online_payment_available(&self) -> bool {
        dues::payment::provider().is_some()
    }

    /// A member's base history, newest first per line (the member, or whoever keeps their dues).
    async fn dues_bases(
        &self,
        ctx: &Context<'_>,
        member_id: ID,
    ) -> async_graphql::Result<Vec<DuesBase>> {
        let c = tenant(ctx)?;
        let m = decode(NodeType::Member, &member_id).gql()?;
        Ok(dues::bases(&c, app(ctx), m)
            .await
            .gql()?
            .into_iter()
            .map(DuesBase)
            .collect())
    }

    /// A member's ledger on a line, oldest month first.
    async fn dues_statement(
        &self,
        ctx: &Context<'_>,
        member_id: ID,
        line: DuesLine,
    ) -> async_graphql::Result<Vec<DuesEntry>> {
        let c = tenant(ctx)?;
        let m = decode(NodeType::Member, &member_id).gql()?;
        Ok(dues::statement(&c, app(ctx), m, line.code())
            .await
            .gql()?
            .into_iter()
            .map(DuesEntry)
            .collect())
    }

    /// The standing a member brought on a line from the enterprise they were transferred from
    /// (null when none): months up to it are not billed here.
    async fn dues_standing(
        &self,
        ctx: &Context<'_>,
        member_id: ID,
        line: DuesLine,
    ) -> async_graphql::Result<Option<DuesStanding>> {
        let c = tenant(ctx)?;
        let m = decode(NodeType::Member, &member_id).gql()?;
        Ok(dues::standing(&c, app(ctx), m, line.code())
            .await
            .gql()?
            .map(DuesStanding))
    }

    /// Members who owe on a line, under an org (null: the whole tenant).
    async fn dues_arrears(
        &self,
        ctx: &Context<'_>,
        organization_id: Option<ID>,
        line: DuesLine,
    ) -> async_graphql::Result<Vec<DuesArrear>> {
        let c = tenant(ctx)?;
        let org = organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        Ok(dues::arrears(&c, app(ctx), org, line.code())
            .await
            .gql()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Sums per org and month on a line, under an org (null: the whole tenant).
    async fn dues_rollup(
        &self,
        ctx: &Context<'_>,
        organization_id: Option<ID>,
        line: DuesLine,
        #[graphql(desc = "First month, `YYYY-MM`.")] from_month: String,
        #[graphql(desc = "Last month, `YYYY-MM`.")] to_month: String,
    ) -> async_graphql::Result<Vec<DuesRollup>> {
        let c = tenant(ctx)?;
        let org = organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        Ok(
            dues::rollup(&c, app(ctx), org, line.code(), &from_month, &to_month)
                .await
                .gql()?
                .into_iter()
                .map(Into::into)
                .collect(),
        )
    }
}

/// Mutations of dues.
#[derive(Default)]
pub struct DuesMutation;

#[Object(name = "DuesMutation")]
impl DuesMutation {
    /// Sets a member's monthly base on a line from a month on (the history keeps earlier ones).
    /// Also for integrators: payroll systems set bases with an API key.
    async fn set_dues_base(
        &self,
        ctx: &Context<'_>,
        input: SetDuesBaseInput,
    ) -> async_graphql::Result<DuesBase> {
        let c = tenant(ctx)?;
        let source = if c.member_id().is_some() {
            dues::BaseSource::Manual
        } else {
            dues::BaseSource::Api
        };
        let row = dues::set_base(
            &c,
            app(ctx),
            dues::NewBase {
                member_id: decode(NodeType::Member, &input.member_id).gql()?,
                line: input.line.code().into(),
                category: input.category.code().into(),
                base_fen: input.base_fen,
                from_month: input.from_month,
                source,
            },
        )
        .await
        .gql()?;
        Ok(DuesBase(row))
    }

    /// Bills a month on a line by the tenant's rules (the worker does this on the 1st of every
    /// month); members billed for that month before are left alone.
    async fn generate_dues_bills(
        &self,
        ctx: &Context<'_>,
        input: GenerateDuesBillsInput,
    ) -> async_graphql::Result<GenerateDuesBillsPayload> {
        let c = tenant(ctx)?;
        let org = input
            .organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let written = dues::generate_bills(&c, app(ctx), org, input.line.code(), &input.month)
            .await
            .gql()?;
        Ok(GenerateDuesBillsPayload {
            written: i64::try_from(written).unwrap_or(i64::MAX),
        })
    }

    /// Records a payment made offline (cash, transfer, payroll deduction) with its receipt.
    async fn record_dues_payment(
        &self,
        ctx: &Context<'_>,
        input: RecordDuesPaymentInput,
    ) -> async_graphql::Result<DuesEntry> {
        let c = tenant(ctx)?;
        let row = dues::record_payment(
            &c,
            app(ctx),
            dues::NewPayment {
                member_id: decode(NodeType::Member, &input.member_id).gql()?,
                line: input.line.code().into(),
                month: input.month,
                amount_fen: input.amount_fen,
                method: input.method.code().into(),
                receipt_no: input.receipt_no,
                note: input.note,
            },
        )
        .await
        .gql()?;
        Ok(DuesEntry(row))
    }

    /// Reminds everyone who owes under an org (a `REMINDER` notification stating the amount,
    /// the months and, near the lapse rule, its consequence); each member at most once a day.
    /// The list itself downloads as `GET /export/dues-arrears.xlsx?line=PARTY&organization=<id>`.
    async fn remind_dues_arrears(
        &self,
        ctx: &Context<'_>,
        input: RemindDuesArrearsInput,
    ) -> async_graphql::Result<RemindDuesArrearsPayload> {
        let c = tenant(ctx)?;
        let org = input
            .organization_id
            .map(|o| decode(NodeType::Organization, &o))
            .transpose()
            .gql()?;
        let n = dues::remind_arrears(&c, app(ctx), org, input.line.code())
            .await
            .gql()?;
        Ok(RemindDuesArrearsPayload {
            reminded: i64::try_from(n).unwrap_or(i64::MAX),
        })
    }

    /// Imports monthly bases from a payroll file (.xlsx or .csv): every row must name a member
    /// the importer keeps dues for, or nothing is written and the problems come back by row.
    async fn import_dues_bases(
        &self,
        ctx: &Context<'_>,
        input: ImportDuesBasesInput,
    ) -> async_graphql::Result<ImportDuesBasesPayload> {
        use base64::Engine;
        let c = tenant(ctx)?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(input.content_base64.as_bytes())
            .map_err(|_| {
                tongxin_core::AppError::field("contentBase64", "文件内容不是有效的 base64")
            })
            .gql()?;
        let report = dues::import_bases(
            &c,
            app(ctx),
            &input.file_name,
            &bytes,
            input.line.code(),
            &input.from_month,
        )
        .await
        .gql()?;
        let n = |v: usize| i32::try_from(v).unwrap_or(i32::MAX);
        Ok(ImportDuesBasesPayload {
            total: n(report.total),
            imported: n(report.imported),
            errors: report
                .errors
                .into_iter()
                .map(|e| super::types::ImportRowError {
                    row: n(e.row),
                    column: e.column,
                    message: e.message,
                })
                .collect(),
        })
    }

    /// Corrects an entry with a new one (entries are never edited).
    async fn correct_dues_entry(
        &self,
        ctx: &Context<'_>,
        input: CorrectDuesEntryInput,
    ) -> async_graphql::Result<DuesEntry> {
        let c = tenant(ctx)?;
        let row = dues::correct(
            &c,
            app(ctx),
            decode(NodeType::DuesEntry, &input.entry_id).gql()?,
            input.amount_fen,
            &input.note,
        )
        .await
        .gql()?;
        Ok(DuesEntry(row))
    }
}
