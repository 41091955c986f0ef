//! Organisation relationship transfers (组织关系接转) over GraphQL: introduction letters issued,
//! looked up by code and accepted by a receiving org in this tenant or another.

use super::{
    context::{app, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    types::Member,
};
use async_graphql::{Context, Enum, ID, InputObject, Json, Object, SimpleObject};
use chrono::{DateTime, Utc};
use serde_json::Value;
use tongxin_core::transfer::{self, Found, IssueInput, LetterRow, LetterStatus};

/// Where a letter stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
pub enum TransferLetterStatus {
    /// Issued, valid, not yet accepted.
    Issued,
    /// Issued and past its validity: it can no longer be accepted.
    Expired,
    /// Accepted: the receipt is in.
    Accepted,
    /// Cancelled by the sender.
    Cancelled,
}

fn status_of(l: &LetterRow) -> TransferLetterStatus {
    match l.status {
        LetterStatus::Accepted => TransferLetterStatus::Accepted,
        LetterStatus::Cancelled => TransferLetterStatus::Cancelled,
        LetterStatus::Issued if l.expired(Utc::now()) => TransferLetterStatus::Expired,
        LetterStatus::Issued => TransferLetterStatus::Issued,
    }
}

/// An introduction letter (介绍信) as its sender sees it.
pub struct TransferLetter(LetterRow);

/// An introduction letter (介绍信) as its sender sees it.
#[Object]
impl TransferLetter {
    /// Global ID.
    async fn id(&self) -> ID {
        encode(NodeType::TransferLetter, self.0.id)
    }
    /// The member.
    async fn member_id(&self) -> ID {
        encode(NodeType::Member, self.0.member_id)
    }
    /// Their name.
    async fn member_name(&self) -> &str {
        &self.0.member_name
    }
    /// `PARTY`, `UNION` or `YOUTH`.
    async fn line(&self) -> &str {
        &self.0.line
    }
    /// The sending org.
    async fn from_org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.from_org_id)
    }
    /// Its name.
    async fn from_org_name(&self) -> &str {
        &self.0.from_org_name
    }
    /// Addressed to (as written).
    async fn destination(&self) -> &str {
        &self.0.destination
    }
    /// Across provinces (the longer validity of `transfer.letter`).
    async fn cross_province(&self) -> bool {
        self.0.cross_province
    }
    /// The code the receiving org types in.
    async fn code(&self) -> &str {
        &self.0.code
    }
    /// Valid until.
    async fn valid_until(&self) -> DateTime<Utc> {
        self.0.valid_until
    }
    /// Dues paid through this month (`YYYY-MM`).
    async fn dues_paid_through(&self) -> Option<String> {
        self.0
            .dues_paid_through
            .map(|d| d.format("%Y-%m").to_string())
    }
    /// Exactly what crosses to the receiving tenant (the fields of `transfer.crossing`).
    async fn crossing(&self) -> Json<Value> {
        Json(self.0.snapshot.clone())
    }
    /// Where it stands.
    async fn status(&self) -> TransferLetterStatus {
        status_of(&self.0)
    }
    /// Note.
    async fn note(&self) -> Option<&str> {
        self.0.note.as_deref()
    }
    /// Issued.
    async fn issued_at(&self) -> DateTime<Utc> {
        self.0.issued_at
    }
    /// Accepted.
    async fn accepted_at(&self) -> Option<DateTime<Utc>> {
        self.0.accepted_at
    }
    /// The receipt (回执): `{tenant, org, acceptedAt}` of the receiving side.
    async fn receipt(&self) -> Option<Json<Value>> {
        self.0.receipt.clone().map(Json)
    }
}

/// A letter found by its code, as a receiving org sees it before accepting.
#[derive(SimpleObject)]
pub struct FoundTransferLetter {
    /// The sending unit (tenant).
    pub from_tenant_name: String,
    /// The sending org.
    pub from_org_name: String,
    /// The member.
    pub member_name: String,
    /// `PARTY`, `UNION` or `YOUTH`.
    pub line: String,
    /// Addressed to.
    pub destination: String,
    /// Valid until.
    pub valid_until: DateTime<Utc>,
    /// Where it stands.
    pub status: TransferLetterStatus,
    /// Dues paid through (`YYYY-MM`).
    pub dues_paid_through: Option<String>,
    /// What would cross.
    pub crossing: Json<Value>,
}

impl From<Found> for FoundTransferLetter {
    fn from(f: Found) -> Self {
        Self {
            status: status_of(&f.letter),
            from_tenant_name: f.tenant_name,
            from_org_name: f.letter.from_org_name,
            member_name: f.letter.member_name,
            line: f.letter.line,
            destination: f.letter.destination,
            valid_until: f.letter.valid_until,
            dues_paid_through: f
                .letter
                .dues_paid_through
                .map(|d| d.format("%Y-%m").to_string()),
            crossing: Json(f.letter.snapshot),
        }
    }
}

/// Transfer queries.
#[derive(Default)]
pub struct TransferQuery;

/// Transfer queries.
#[Object(name = "TransferQuery")]
impl TransferQuery {
    /// Letters issued by orgs whose members the viewer reads, open ones first.
    async fn transfer_letters(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<TransferLetter>> {
        let c = tenant(ctx)?;
        Ok(transfer::letters(&c, app(ctx))
            .await
            .gql()?
            .into_iter()
            .map(TransferLetter)
            .collect())
    }

    /// The letter with this code, from any tenant, for those who may receive members
    /// (`member:write` somewhere). VALIDATION on `code` when there is none.
    async fn transfer_letter_by_code(
        &self,
        ctx: &Context<'_>,
        code: String,
    ) -> async_graphql::Result<FoundTransferLetter> {
        let c = tenant(ctx)?;
        Ok(transfer::preview(&c, app(ctx), &code).await.gql()?.into())
    }
}

/// Issuing a letter.
#[derive(InputObject)]
pub struct IssueTransferLetterInput {
    /// The member.
    pub member_id: ID,
    /// `PARTY`, `UNION` or `YOUTH`.
    pub line: String,
    /// The receiving unit, as written on the letter (1–200 characters).
    pub destination: String,
    /// Across provinces (valid longer).
    pub cross_province: Option<bool>,
    /// Note.
    pub note: Option<String>,
}

/// Cancelling a letter.
#[derive(InputObject)]
pub struct CancelTransferLetterInput {
    /// The letter.
    pub letter_id: ID,
}

/// Accepting a letter.
#[derive(InputObject)]
pub struct AcceptTransferLetterInput {
    /// The code on the letter (case, spaces and dashes do not matter).
    pub code: String,
    /// The receiving org (`member:write` there; same line as the letter).
    pub org_id: ID,
}

/// The member after acceptance.
#[derive(SimpleObject)]
pub struct AcceptTransferLetterPayload {
    /// The member in the receiving tenant (moved, or newly begun).
    pub member: Member,
}

/// Transfer mutations.
#[derive(Default)]
pub struct TransferMutation;

/// Transfer mutations.
#[Object(name = "TransferMutation")]
impl TransferMutation {
    /// Issues a letter (`member:write` over the member's org on the line), valid for the
    /// months of `transfer.letter`, recording the dues paid-up month. CONFLICT when the member
    /// already has one out.
    async fn issue_transfer_letter(
        &self,
        ctx: &Context<'_>,
        input: IssueTransferLetterInput,
    ) -> async_graphql::Result<TransferLetter> {
        let c = tenant(ctx)?;
        let member = decode(NodeType::Member, &input.member_id).gql()?;
        Ok(TransferLetter(
            transfer::issue(
                &c,
                app(ctx),
                IssueInput {
                    member_id: member,
                    line: input.line,
                    destination: input.destination,
                    cross_province: input.cross_province.unwrap_or(false),
                    note: input.note,
                },
            )
            .await
            .gql()?,
        ))
    }

    /// Cancels a letter not yet accepted.
    async fn cancel_transfer_letter(
        &self,
        ctx: &Context<'_>,
        input: CancelTransferLetterInput,
    ) -> async_graphql::Result<TransferLetter> {
        let c = tenant(ctx)?;
        let id = decode(NodeType::TransferLetter, &input.letter_id).gql()?;
        Ok(TransferLetter(
            transfer::cancel(&c, app(ctx), id).await.gql()?,
        ))
    }

    /// Accepts a letter by code into an org: within the tenant the member moves; from another
    /// tenant a membership begins here with what the letter carries, and the old one closes
    /// (its roles, group chats and positions end). Refused (VALIDATION on `code`) when expired,
    /// used or cancelled; CONFLICT when the person is already a member here.
    async fn accept_transfer_letter(
        &self,
        ctx: &Context<'_>,
        input: AcceptTransferLetterInput,
    ) -> async_graphql::Result<AcceptTransferLetterPayload> {
        let c = tenant(ctx)?;
        let org = decode(NodeType::Organization, &input.org_id).gql()?;
        let member = transfer::accept(&c, app(ctx), &input.code, org)
            .await
            .gql()?;
        Ok(AcceptTransferLetterPayload {
            member: Member(
                tongxin_core::member::get(&c, app(ctx), member)
                    .await
                    .gql()?,
            ),
        })
    }
}
