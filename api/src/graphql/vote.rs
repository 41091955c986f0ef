//! Votes and elections (投票, 民主推荐, 选举) over GraphQL: create, cast, verify a receipt,
//! close, remind; the live turnout; the tally once the rule lets it be seen. No field links a
//! member to a choice: ballots are exposed only as a tally and as the hashes of their receipts.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, decode_opt, encode},
    types::{OrgLine, PageInfo, PoliticalStatus},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, Subscription};
use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt};
use tongxin_core::{
    audience::{Audience, AudienceOrg},
    org::model::Line,
    page::PageArgs,
    vote::{self, NonVoterRow, Turnout, VoteView},
};
use uuid::Uuid;

/// What a vote decides.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::vote::VoteKind")]
pub enum VoteKind {
    /// 投票: a poll on options.
    Poll,
    /// 民主推荐: candidates for seats; more candidates than seats.
    Recommendation,
    /// 选举: 差额 (candidates exceed seats by the `vote.election.competitive` share); held at a
    /// meeting, it needs the `meeting.quorum` election turnout to be valid.
    Election,
}

/// When results per option may be seen.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::vote::ResultsVisibility")]
pub enum ResultsVisibility {
    /// While the vote runs, by everyone who sees it.
    Live,
    /// Only after the close: nobody — officers and administrators included — sees them before.
    AfterClose,
}

/// Where a vote stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::vote::VoteStatus")]
pub enum VoteStatus {
    /// 未开始: opens at `opensAt`.
    Scheduled,
    /// 进行中.
    Open,
    /// 已结束: the tally is published.
    Closed,
}

/// Who may vote: members placed in the orgs (with their sub-trees), narrowed by lines, roles
/// and political statuses when given (with no orgs the whole tenant is narrowed, which needs
/// tenant-wide rights), plus `memberIds`. Frozen when the vote opens.
#[derive(InputObject, Default)]
pub struct ElectorateInput {
    /// Orgs, each with its sub-tree.
    #[graphql(default)]
    pub org_ids: Vec<ID>,
    /// Only members of these lines.
    #[graphql(default)]
    pub lines: Vec<OrgLine>,
    /// Only holders of these roles (role template names).
    #[graphql(default)]
    pub roles: Vec<String>,
    /// Only members of these political statuses.
    #[graphql(default)]
    pub political_statuses: Vec<PoliticalStatus>,
    /// These members too.
    #[graphql(default)]
    pub member_ids: Vec<ID>,
}

impl ElectorateInput {
    fn into_core(self) -> async_graphql::Result<Audience> {
        let bad = |m: &'static str| move |_| tongxin_core::AppError::field("electorate", m);
        Ok(Audience {
            orgs: self
                .org_ids
                .iter()
                .map(|o| {
                    decode(NodeType::Organization, o)
                        .map(|org_id| AudienceOrg {
                            org_id,
                            include_subtree: true,
                        })
                        .map_err(bad("所选组织不存在"))
                })
                .collect::<Result<Vec<_>, _>>()
                .gql()?,
            lines: self
                .lines
                .into_iter()
                .map(|l| Line::from(l).code().to_string())
                .collect(),
            roles: self.roles,
            political_statuses: self
                .political_statuses
                .into_iter()
                .map(|s| s.code().to_string())
                .collect(),
            member_ids: self
                .member_ids
                .iter()
                .map(|i| decode(NodeType::Member, i).map_err(bad("所选成员不存在")))
                .collect::<Result<Vec<_>, _>>()
                .gql()?,
            exclude_member_ids: vec![],
        })
    }
}

/// The form of `createVote`.
#[derive(InputObject)]
pub struct CreateVoteInput {
    /// The issuing org; the author needs `vote` write there and wherever the electorate reaches.
    pub org_id: ID,
    /// What it decides (default `POLL`).
    #[graphql(default_with = "VoteKind::Poll")]
    pub kind: VoteKind,
    /// Title, 1–100 characters.
    pub title: String,
    /// Description, at most 5,000 characters.
    pub description: Option<String>,
    /// Option labels (candidates' names), 2–100, distinct, each 1–100 characters.
    pub options: Vec<String>,
    /// Fewest options a ballot holds (at least 1).
    #[graphql(default = 1)]
    pub min_choices: i32,
    /// Most options a ballot holds (at most the options, and the seats when given).
    #[graphql(default = 1)]
    pub max_choices: i32,
    /// 应选人数, required for `RECOMMENDATION` and `ELECTION`.
    pub seats: Option<i32>,
    /// Secret ballot (the default): choices are never linked to voters, and officers see only
    /// how many have not voted, not who.
    #[graphql(default = true)]
    pub anonymous: bool,
    /// When results may be seen (default `AFTER_CLOSE`).
    #[graphql(default_with = "ResultsVisibility::AfterClose")]
    pub results_visibility: ResultsVisibility,
    /// Who may vote.
    pub electorate: ElectorateInput,
    /// The meeting the vote is held at.
    pub meeting_id: Option<ID>,
    /// Opens at (now when absent); the electorate is frozen then.
    pub opens_at: Option<DateTime<Utc>>,
    /// Closes at (the worker closes it then), within a year.
    pub closes_at: DateTime<Utc>,
}

/// The form of `castBallot`.
#[derive(InputObject)]
pub struct CastBallotInput {
    /// The vote.
    pub vote_id: ID,
    /// The chosen options, distinct, between the vote's `minChoices` and `maxChoices`.
    pub option_ids: Vec<ID>,
}

/// The form of `closeVote`.
#[derive(InputObject)]
pub struct CloseVoteInput {
    /// The vote.
    pub vote_id: ID,
}

/// The form of `remindVoters`.
#[derive(InputObject)]
pub struct RemindVotersInput {
    /// The vote.
    pub vote_id: ID,
}

/// One option (candidate).
#[derive(SimpleObject, Clone)]
pub struct VoteOption {
    /// Id.
    pub id: ID,
    /// Label.
    pub label: String,
}

/// Ballots for one option.
#[derive(SimpleObject)]
pub struct VoteResult {
    /// The option.
    pub option: VoteOption,
    /// Ballots holding it.
    pub votes: i64,
}

/// How many may vote and how many have.
#[derive(SimpleObject)]
pub struct VoteTurnout {
    /// The vote.
    pub vote_id: ID,
    /// Members in the electorate (frozen at the opening).
    pub eligible: i64,
    /// Members who have voted.
    pub voted: i64,
}

impl From<Turnout> for VoteTurnout {
    fn from(t: Turnout) -> Self {
        Self {
            vote_id: encode(NodeType::Vote, t.vote_id),
            eligible: t.eligible,
            voted: t.voted,
        }
    }
}

/// The viewer's own part in a vote.
#[derive(SimpleObject)]
pub struct MyVoteStatus {
    /// In the electorate.
    pub eligible: bool,
    /// Has voted.
    pub voted: bool,
}

/// A member who has not voted (named votes only).
#[derive(SimpleObject)]
pub struct VoteNonVoter {
    /// The member's id.
    pub member_id: ID,
    /// Name.
    pub name: String,
    /// Their org.
    pub org_name: String,
    /// Reminders sent to them.
    pub reminded_count: i32,
}

impl From<NonVoterRow> for VoteNonVoter {
    fn from(r: NonVoterRow) -> Self {
        Self {
            member_id: encode(NodeType::Member, r.member_id),
            name: r.member_name,
            org_name: r.org_name,
            reminded_count: r.reminded_count,
        }
    }
}

super::types::connection!(
    VoteNonVoterConnection,
    VoteNonVoterEdge,
    VoteNonVoter,
    "A page of the members who have not voted, by member."
);

super::types::connection!(
    VoteReceiptConnection,
    VoteReceiptEdge,
    String,
    "A page of the receipts counted, as their SHA-256 in hex, in hex order."
);

/// A vote or election.
pub struct Vote(pub VoteView);

impl Vote {
    fn option(&self, id: Uuid) -> Option<VoteOption> {
        self.0
            .options
            .iter()
            .find(|o| o.id == id)
            .map(|o| VoteOption {
                id: encode(NodeType::VoteOption, o.id),
                label: o.label.clone(),
            })
    }
}

#[Object]
impl Vote {
    /// Id.
    pub async fn id(&self) -> ID {
        encode(NodeType::Vote, self.0.vote.id)
    }
    /// What it decides.
    async fn kind(&self) -> VoteKind {
        self.0.vote.kind.into()
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.vote.title
    }
    /// Description.
    async fn description(&self) -> &str {
        &self.0.vote.description
    }
    /// The issuing org's id.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.vote.org_id)
    }
    /// The issuing org's name.
    async fn org_name(&self) -> &str {
        &self.0.vote.org_name
    }
    /// The meeting it is held at.
    async fn meeting_id(&self) -> Option<ID> {
        self.0.vote.meeting_id.map(|m| encode(NodeType::Meeting, m))
    }
    /// Where it stands.
    async fn status(&self) -> VoteStatus {
        self.0.vote.status.into()
    }
    /// Secret ballot.
    async fn anonymous(&self) -> bool {
        self.0.vote.anonymous
    }
    /// When results may be seen.
    async fn results_visibility(&self) -> ResultsVisibility {
        self.0.vote.results_visibility.into()
    }
    /// Fewest options a ballot holds.
    async fn min_choices(&self) -> i32 {
        self.0.vote.min_choices
    }
    /// Most options a ballot holds.
    async fn max_choices(&self) -> i32 {
        self.0.vote.max_choices
    }
    /// 应选人数.
    async fn seats(&self) -> Option<i32> {
        self.0.vote.seats
    }
    /// Opens at.
    async fn opens_at(&self) -> DateTime<Utc> {
        self.0.vote.opens_at
    }
    /// Closes at.
    async fn closes_at(&self) -> DateTime<Utc> {
        self.0.vote.closes_at
    }
    /// Closed.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.vote.closed_at
    }
    /// The options, in order.
    async fn options(&self) -> Vec<VoteOption> {
        self.0
            .options
            .iter()
            .map(|o| VoteOption {
                id: encode(NodeType::VoteOption, o.id),
                label: o.label.clone(),
            })
            .collect()
    }
    /// The viewer's own part.
    async fn my_status(&self) -> MyVoteStatus {
        MyVoteStatus {
            eligible: self.0.access.voter.is_some(),
            voted: self.0.access.voter == Some(true),
        }
    }
    /// The turnout: for officers at any time, for everyone after the close (null otherwise).
    async fn turnout(&self) -> Option<VoteTurnout> {
        self.0.turnout().map(Into::into)
    }
    /// Ballots per option when visible by the rule (`LIVE`: always; `AFTER_CLOSE`: after the
    /// close only, for everyone); null otherwise.
    async fn results(&self) -> Option<Vec<VoteResult>> {
        self.0.tally.as_ref().map(|t| {
            t.iter()
                .filter_map(|(id, n)| {
                    self.option(*id)
                        .map(|option| VoteResult { option, votes: *n })
                })
                .collect()
        })
    }
    /// After the close: whether the result stands (an election held at a meeting needs its
    /// quorum); null before.
    async fn valid(&self) -> Option<bool> {
        self.0.vote.valid
    }
    /// Why the result does not stand, citing the rule and its source.
    async fn invalid_reason(&self) -> Option<&str> {
        self.0.vote.invalid_reason.as_deref()
    }
    /// The viewer may close it and remind the voters.
    async fn viewer_can_manage(&self) -> bool {
        self.0.access.manage
    }
    /// The viewer sees the live turnout.
    async fn viewer_is_officer(&self) -> bool {
        self.0.access.officer
    }
    /// Who has not voted, by name: for officers of named votes; null for anonymous votes
    /// (their officers see only the count, `turnout`).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn non_voters(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<Option<VoteNonVoterConnection>> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = vote::non_voters(&c, app(ctx), self.0.vote.id, &args)
            .await
            .gql()?;
        Ok(page
            .map(|p| VoteNonVoterConnection::from_page(p, |r| r.member_id.to_string(), Into::into)))
    }
    /// After the close, the receipts counted — each as the SHA-256 of the receipt in hex, in hex
    /// order — so that every voter can find theirs; empty before.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn receipts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<VoteReceiptConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = vote::receipts(&c, app(ctx), self.0.vote.id, &args)
            .await
            .gql()?;
        Ok(VoteReceiptConnection::from_page(page, Clone::clone, |h| h))
    }
    /// The tally as CSV (options and counts, the turnout and validity — never a ballot or a
    /// voter) once results may be seen: `GET /export/vote-tally.csv?vote=<id>`.
    async fn export_url(&self) -> Option<String> {
        self.0.tally.as_ref().map(|_| {
            format!(
                "/export/vote-tally.csv?vote={}",
                encode(NodeType::Vote, self.0.vote.id).0
            )
        })
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.vote.created_at
    }
}

/// A page of votes.
#[derive(SimpleObject)]
pub struct VoteConnection {
    /// Items with cursors.
    pub edges: Vec<VoteEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// A vote with its cursor.
#[derive(SimpleObject)]
pub struct VoteEdge {
    /// The vote.
    pub node: Vote,
    /// Its cursor.
    pub cursor: String,
}

impl VoteConnection {
    fn from_page(page: tongxin_core::page::Page<VoteView>) -> Self {
        let edges: Vec<VoteEdge> = page
            .items
            .into_iter()
            .map(|v| VoteEdge {
                cursor: tongxin_core::page::encode_cursor(&v.vote.id.to_string()),
                node: Vote(v),
            })
            .collect();
        let end_cursor = edges.last().map(|e| e.cursor.clone());
        Self {
            edges,
            page_info: PageInfo {
                has_next_page: page.has_next,
                end_cursor,
            },
        }
    }
}

/// The answer of `verifyBallotReceipt`.
#[derive(SimpleObject)]
pub struct BallotVerification {
    /// Whether a ballot with this receipt is in the count (false for any other string).
    pub counted: bool,
    /// After the close, the options the ballot holds (null before, and when not counted).
    pub options: Option<Vec<VoteOption>>,
    /// The receipt's SHA-256 in hex, as `Vote.receipts` lists it (when counted).
    pub fingerprint: Option<String>,
}

/// The result of `createVote` and `closeVote`.
#[derive(SimpleObject)]
pub struct VotePayload {
    /// The vote as it is now.
    pub vote: Vote,
}

/// The result of `castBallot`.
#[derive(SimpleObject)]
pub struct CastBallotPayload {
    /// The receipt: shown this once and stored nowhere in readable form; keep it to check
    /// that the ballot was counted (`verifyBallotReceipt`).
    pub receipt: String,
}

/// The result of `remindVoters`.
#[derive(SimpleObject)]
pub struct RemindVotersPayload {
    /// How many were reminded.
    pub reminded: i64,
}

/// Queries of votes.
#[derive(Default)]
pub struct VoteQuery;

#[Object(name = "VoteQuery")]
impl VoteQuery {
    /// One vote: for its electorate, its org's officers (`vote` read) and its author.
    async fn vote(&self, ctx: &Context<'_>, id: ID) -> async_graphql::Result<Vote> {
        let (c, id) = target(ctx, NodeType::Vote, &id)?;
        Ok(Vote(vote::get(&c, app(ctx), id).await.gql()?))
    }

    /// An org's votes, newest first (`vote` read at the org).
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn votes(
        &self,
        ctx: &Context<'_>,
        org_id: ID,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<VoteConnection> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = vote::list_for_org(&c, app(ctx), org, &args).await.gql()?;
        Ok(VoteConnection::from_page(page))
    }

    /// The votes the viewer is asked to vote in (待我投票 with `pendingOnly`), newest first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn my_votes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.")] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
        #[graphql(desc = "Only open votes the viewer has not voted in.")] pending_only: Option<
            bool,
        >,
    ) -> async_graphql::Result<VoteConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        let page = vote::list_mine(&c, app(ctx), pending_only.unwrap_or(false), &args)
            .await
            .gql()?;
        Ok(VoteConnection::from_page(page))
    }

    /// Whether the ballot with this receipt is counted, and after the close which options it
    /// holds. Anyone who sees the vote may ask; a string that is no receipt is not counted.
    async fn verify_ballot_receipt(
        &self,
        ctx: &Context<'_>,
        vote_id: ID,
        receipt: String,
    ) -> async_graphql::Result<BallotVerification> {
        let (c, id) = target(ctx, NodeType::Vote, &vote_id)?;
        let view = vote::get(&c, app(ctx), id).await.gql()?;
        let v = vote::verify(&c, app(ctx), id, &receipt).await.gql()?;
        let shown = Vote(view);
        Ok(BallotVerification {
            counted: v.counted,
            options: v
                .option_ids
                .map(|ids| ids.into_iter().filter_map(|o| shown.option(o)).collect()),
            fingerprint: v.fingerprint,
        })
    }

    /// How many members an electorate holds now (the creation form's live count); needs
    /// `vote` write at the issuing org.
    async fn vote_electorate_count(
        &self,
        ctx: &Context<'_>,
        org_id: ID,
        electorate: ElectorateInput,
    ) -> async_graphql::Result<i64> {
        let (c, org) = target(ctx, NodeType::Organization, &org_id)?;
        vote::electorate_count(&c, app(ctx), org, electorate.into_core()?)
            .await
            .gql()
    }
}

/// Mutations of votes.
#[derive(Default)]
pub struct VoteMutation;

#[Object(name = "VoteMutation")]
impl VoteMutation {
    /// Creates a vote. It opens now (the electorate is frozen and told by a `VOTE`
    /// notification) unless `opensAt` lies ahead, when the worker opens it; the worker reminds
    /// those who have not voted a day before the close and closes it at `closesAt`.
    async fn create_vote(
        &self,
        ctx: &Context<'_>,
        input: CreateVoteInput,
    ) -> async_graphql::Result<VotePayload> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.org_id).gql()?;
        let meeting_id = decode_opt(NodeType::Meeting, input.meeting_id.as_ref())
            .map_err(|_| tongxin_core::AppError::field("meetingId", "会议不存在"))
            .gql()?;
        let core = vote::VoteInput {
            org_id,
            meeting_id,
            kind: input.kind.into(),
            title: input.title,
            description: input.description,
            options: input.options,
            min_choices: input.min_choices,
            max_choices: input.max_choices,
            seats: input.seats,
            anonymous: input.anonymous,
            results_visibility: input.results_visibility.into(),
            electorate: input.electorate.into_core()?,
            opens_at: input.opens_at,
            closes_at: input.closes_at,
        };
        let view = vote::create(&c, app(ctx), core).await.gql()?;
        Ok(VotePayload { vote: Vote(view) })
    }

    /// Casts the viewer's ballot, once per member of the electorate (a second attempt is a
    /// `CONFLICT`). Returns the receipt, shown only now.
    async fn cast_ballot(
        &self,
        ctx: &Context<'_>,
        input: CastBallotInput,
    ) -> async_graphql::Result<CastBallotPayload> {
        let (c, id) = target(ctx, NodeType::Vote, &input.vote_id)?;
        let options = input
            .option_ids
            .iter()
            .map(|o| {
                decode(NodeType::VoteOption, o).map_err(|_| {
                    tongxin_core::AppError::field("optionIds", "所选选项不属于本次投票")
                })
            })
            .collect::<Result<Vec<_>, _>>()
            .gql()?;
        let receipt = vote::cast(&c, app(ctx), id, &options).await.gql()?;
        Ok(CastBallotPayload { receipt })
    }

    /// Closes a vote now (its managers): the urn is frozen, the tally and the receipts counted
    /// are published, and an election held at a meeting without its quorum is marked invalid.
    async fn close_vote(
        &self,
        ctx: &Context<'_>,
        input: CloseVoteInput,
    ) -> async_graphql::Result<VotePayload> {
        let (c, id) = target(ctx, NodeType::Vote, &input.vote_id)?;
        let view = vote::close(&c, app(ctx), id).await.gql()?;
        Ok(VotePayload { vote: Vote(view) })
    }

    /// Reminds everyone who has not voted (its managers; at most every 10 minutes,
    /// `RATE_LIMITED` otherwise).
    async fn remind_voters(
        &self,
        ctx: &Context<'_>,
        input: RemindVotersInput,
    ) -> async_graphql::Result<RemindVotersPayload> {
        let (c, id) = target(ctx, NodeType::Vote, &input.vote_id)?;
        let n = vote::remind(&c, app(ctx), id).await.gql()?;
        Ok(RemindVotersPayload {
            reminded: i64::try_from(n).unwrap_or(i64::MAX),
        })
    }
}

/// Live vote events.
#[derive(Default)]
pub struct VoteSubscription;

#[Subscription(name = "VoteSubscription")]
impl VoteSubscription {
    /// A vote's turnout now, then after every ballot (never a choice). For its officers; ends
    /// with `NOT_FOUND` otherwise.
    async fn vote_turnout_changed(
        &self,
        ctx: &Context<'_>,
        vote_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = async_graphql::Result<VoteTurnout>>> {
        let (c, id) = target(ctx, NodeType::Vote, &vote_id)?;
        let app = app(ctx).clone();
        // Refuse at once rather than on the first item.
        vote::turnout(&c, &app, id).await.gql()?;
        Ok(vote::follow_turnout(app, c, id)
            .map(|r| r.map(VoteTurnout::from).gql())
            .take_while(|r| futures::future::ready(r.is_ok())))
    }
}
