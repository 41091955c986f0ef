//! Live knowledge contests (知识竞赛) over GraphQL: contests hosted from a question bank, the
//! host's pushes and reveals, answers refused after the per-question limit (server clock),
//! and the live state and leaderboard as subscriptions shared by every participant.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, decode, encode},
    quiz::QuestionKind,
    types::PageInfo,
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, Subscription};
use chrono::{DateTime, Utc};
use futures::{Stream, StreamExt};
use std::sync::Arc;
use tongxin_core::{
    contest::{self, ContestInput, ContestView, Leaderboard, Live, Standing},
    page::{PageArgs, encode_cursor},
};

/// Where a live contest stands.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::contest::ContestStatus")]
pub enum ContestStatus {
    /// Created; participants may join, no question asked yet.
    Draft,
    /// Running: the host pushes questions one at a time.
    Live,
    /// Ended; the leaderboard is final.
    Finished,
}

/// What the contest screen shows now.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::contest::Phase")]
pub enum ContestPhase {
    /// Before the first question (DRAFT, or LIVE with no question yet).
    Waiting,
    /// A question is on screen (answers are taken until its deadline, server clock).
    Question,
    /// The question's correct answer and explanation are shown.
    Revealed,
    /// The contest has ended.
    Finished,
}

/// A live knowledge contest (知识竞赛) run by an org from one of its question banks.
pub struct Contest(pub ContestView);

/// A live knowledge contest (知识竞赛) run by an org from one of its question banks; the
/// members of the org's sub-tree may join.
#[Object]
impl Contest {
    /// Id.
    async fn id(&self) -> ID {
        encode(NodeType::Contest, self.0.contest.id)
    }
    /// The hosting org.
    async fn org_id(&self) -> ID {
        encode(NodeType::Organization, self.0.contest.org_id)
    }
    /// Its name.
    async fn org_name(&self) -> &str {
        &self.0.contest.org_name
    }
    /// The bank the questions were drawn from.
    async fn bank_id(&self) -> ID {
        encode(NodeType::QuestionBank, self.0.contest.bank_id)
    }
    /// Its name.
    async fn bank_name(&self) -> &str {
        &self.0.contest.bank_name
    }
    /// Title.
    async fn title(&self) -> &str {
        &self.0.contest.title
    }
    /// Where it stands.
    async fn status(&self) -> ContestStatus {
        self.0.contest.status.into()
    }
    /// Questions in all.
    async fn question_count(&self) -> i32 {
        self.0.contest.question_count
    }
    /// Seconds to answer each question (server clock).
    async fn seconds_per_question(&self) -> i32 {
        self.0.contest.seconds_per_question
    }
    /// Points per correct answer.
    async fn points_per_question(&self) -> i32 {
        self.0.contest.points_per_question
    }
    /// Participants who joined.
    async fn participant_count(&self) -> i32 {
        self.0.contest.participant_count
    }
    /// The viewer may run it (host screen, next question, reveal, finish).
    async fn can_host(&self) -> bool {
        self.0.can_host
    }
    /// The viewer has joined as a participant.
    async fn joined(&self) -> bool {
        self.0.joined
    }
    /// Started.
    async fn started_at(&self) -> Option<DateTime<Utc>> {
        self.0.contest.started_at
    }
    /// Finished.
    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.contest.finished_at
    }
    /// Created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.contest.created_at
    }
}

/// One contest in a page.
#[derive(SimpleObject)]
pub struct ContestEdge {
    /// Cursor.
    pub cursor: String,
    /// The contest.
    pub node: Contest,
}

/// A page of contests.
#[derive(SimpleObject)]
pub struct ContestConnection {
    /// The contests, newest first.
    pub edges: Vec<ContestEdge>,
    /// Paging.
    pub page_info: PageInfo,
}

/// The question on screen (never its key before it is revealed).
#[derive(SimpleObject)]
pub struct ContestQuestion {
    /// 1-based.
    pub position: i32,
    /// Kind.
    pub kind: QuestionKind,
    /// Stem.
    pub stem: String,
    /// Option texts, A first (choice kinds); empty for TRUE_FALSE and FILL_BLANK.
    pub options: Vec<String>,
    /// FILL_BLANK: how many blanks (0 otherwise).
    pub blank_count: i32,
    /// Pushed at (server clock).
    pub started_at: DateTime<Utc>,
    /// After this instant (server clock) answers are refused.
    pub deadline: DateTime<Utc>,
    /// Once revealed: option letters, TRUE/FALSE, or the first accepted answer per blank.
    pub correct_answer: Option<Vec<String>>,
    /// Once revealed.
    pub explanation: Option<String>,
}

/// The live state every participant and the host see at the same moment.
#[derive(SimpleObject)]
pub struct ContestLive {
    /// The contest.
    pub contest_id: ID,
    /// Where it stands.
    pub status: ContestStatus,
    /// What the screen shows.
    pub phase: ContestPhase,
    /// Questions in all.
    pub question_count: i32,
    /// The question on screen.
    pub question: Option<ContestQuestion>,
    /// The server's clock when this state was sent (for the countdown's clock offset).
    pub server_now: DateTime<Utc>,
}

impl From<&Live> for ContestLive {
    fn from(l: &Live) -> Self {
        Self {
            contest_id: encode(NodeType::Contest, l.contest_id),
            status: l.status.into(),
            phase: l.phase.into(),
            question_count: l.question_count,
            question: l.question.as_ref().map(|q| ContestQuestion {
                position: q.position,
                kind: q.kind.into(),
                stem: q.stem.clone(),
                options: q.options.clone(),
                blank_count: q.blank_count,
                started_at: q.started_at,
                deadline: q.deadline,
                correct_answer: q.correct_answer.clone(),
                explanation: q.explanation.clone(),
            }),
            // The clock when this copy is sent: a shared state may have been read a while ago.
            server_now: Utc::now(),
        }
    }
}

/// One participant's standing.
#[derive(SimpleObject)]
pub struct ContestStanding {
    /// Competition rank (1, 1, 3): by score, then by less total time on correct answers.
    pub rank: i32,
    /// The member.
    pub member_id: ID,
    /// Their name.
    pub member_name: String,
    /// Their branch (the deepest org of theirs in the hosting sub-tree).
    pub org_name: Option<String>,
    /// Score.
    pub score: i32,
    /// Correct answers.
    pub correct_count: i32,
    /// Answers given.
    pub answered_count: i32,
    /// Total milliseconds taken on correct answers.
    pub answer_ms: i64,
}

impl From<&Standing> for ContestStanding {
    fn from(s: &Standing) -> Self {
        Self {
            rank: s.rank,
            member_id: encode(NodeType::Member, s.row.member_id),
            member_name: s.row.member_name.clone(),
            org_name: s.row.org_name.clone(),
            score: s.row.score,
            correct_count: s.row.correct_count,
            answered_count: s.row.answered_count,
            answer_ms: s.row.answer_ms,
        }
    }
}

/// One branch's standing (its participants' average score).
#[derive(SimpleObject)]
pub struct ContestBranchStanding {
    /// Competition rank by average score.
    pub rank: i32,
    /// The branch.
    pub org_id: ID,
    /// Its name.
    pub org_name: String,
    /// Its participants.
    pub participants: i64,
    /// Their scores summed.
    pub total_score: i64,
    /// Average score per participant.
    pub average_score: f64,
}

/// The live leaderboard.
#[derive(SimpleObject)]
pub struct ContestLeaderboard {
    /// The contest.
    pub contest_id: ID,
    /// Participants who joined.
    pub participants: i64,
    /// Answers received to the question on screen.
    pub answered_current: i64,
    /// The top 20 participants.
    pub members: Vec<ContestStanding>,
    /// Every branch with a participant, best first.
    pub branches: Vec<ContestBranchStanding>,
}

impl From<&Leaderboard> for ContestLeaderboard {
    fn from(b: &Leaderboard) -> Self {
        Self {
            contest_id: encode(NodeType::Contest, b.contest_id),
            participants: b.participants,
            answered_current: b.answered_current,
            members: b.members.iter().map(ContestStanding::from).collect(),
            branches: b
                .branches
                .iter()
                .map(|s| ContestBranchStanding {
                    rank: s.rank,
                    org_id: encode(NodeType::Organization, s.row.org_id),
                    org_name: s.row.org_name.clone(),
                    participants: s.row.participants,
                    total_score: s.row.total_score,
                    average_score: s.average,
                })
                .collect(),
        }
    }
}

/// An accepted answer (whether it was right is shown when the host reveals it).
#[derive(SimpleObject)]
pub struct ContestAnswerReceipt {
    /// The 1-based position answered.
    pub position: i32,
    /// Milliseconds from the question's start to the answer's arrival (server clock).
    pub elapsed_ms: i32,
}

/// Input of `createContest`.
#[derive(InputObject)]
pub struct CreateContestInput {
    /// The hosting org (needs `quiz` write there); its sub-tree's members may join.
    pub org_id: ID,
    /// The bank to draw from (one the host may read).
    pub bank_id: ID,
    /// Title (1–100 characters).
    pub title: String,
    /// Questions, 1–50, drawn at random from the bank at creation.
    pub question_count: i32,
    /// Seconds per question, 5–300 (default 45).
    pub seconds_per_question: Option<i32>,
    /// Points per correct answer, 1–100 (default 10).
    pub points_per_question: Option<i32>,
}

/// Input of `answerContestQuestion`.
#[derive(InputObject)]
pub struct AnswerContestQuestionInput {
    /// The contest.
    pub contest_id: ID,
    /// The 1-based position on screen.
    pub position: i32,
    /// Option letters, TRUE/FALSE, or one text per blank.
    pub answer: Vec<String>,
}

fn connection(page: tongxin_core::page::Page<ContestView>) -> ContestConnection {
    let edges: Vec<ContestEdge> = page
        .items
        .into_iter()
        .map(|c| ContestEdge {
            cursor: encode_cursor(&c.contest.id.to_string()),
            node: Contest(c),
        })
        .collect();
    let end_cursor = edges.last().map(|e| e.cursor.clone());
    ContestConnection {
        edges,
        page_info: PageInfo {
            has_next_page: page.has_next,
            end_cursor,
        },
    }
}

/// Queries of live contests.
#[derive(Default)]
pub struct ContestQuery;

#[Object(name = "ContestQuery")]
impl ContestQuery {
    /// Contests the viewer may join (hosted at or above one of their orgs) or created, newest
    /// first.
    #[graphql(complexity = "(first.max(1) as usize) * child_complexity + 1")]
    async fn contests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, 1–100.", default = 20)] first: i32,
        #[graphql(desc = "Cursor from `pageInfo.endCursor`.")] after: Option<String>,
    ) -> async_graphql::Result<ContestConnection> {
        let c = tenant(ctx)?;
        let args = PageArgs::parse(first, after.as_deref()).gql()?;
        Ok(connection(
            contest::contests(&c, app(ctx), &args).await.gql()?,
        ))
    }

    /// One contest the viewer may host, see or join (NOT_FOUND otherwise).
    async fn contest(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] id: ID,
    ) -> async_graphql::Result<Contest> {
        let (c, id) = target(ctx, NodeType::Contest, &id)?;
        Ok(Contest(contest::contest(&c, app(ctx), id).await.gql()?))
    }

    /// The live state now.
    async fn contest_live(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<ContestLive> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        let live = contest::live_state(&c, app(ctx), id).await.gql()?;
        Ok(ContestLive::from(&live))
    }

    /// The leaderboard now.
    async fn contest_leaderboard(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<ContestLeaderboard> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        let board = contest::leaderboard(&c, app(ctx), id).await.gql()?;
        Ok(ContestLeaderboard::from(&board))
    }

    /// The viewer's own standing (null before joining).
    async fn my_contest_standing(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<Option<ContestStanding>> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        let mine = contest::my_standing(&c, app(ctx), id).await.gql()?;
        Ok(mine.as_ref().map(ContestStanding::from))
    }
}

/// Mutations of live contests.
#[derive(Default)]
pub struct ContestMutation;

#[Object(name = "ContestMutation")]
impl ContestMutation {
    /// Creates a draft contest at an org (`quiz` write there) from a bank the viewer may read;
    /// its questions are drawn at random now (VALIDATION when the bank has too few).
    async fn create_contest(
        &self,
        ctx: &Context<'_>,
        input: CreateContestInput,
    ) -> async_graphql::Result<Contest> {
        let c = tenant(ctx)?;
        let org_id = decode(NodeType::Organization, &input.org_id).gql()?;
        let bank_id = decode(NodeType::QuestionBank, &input.bank_id).gql()?;
        let view = contest::create(
            &c,
            app(ctx),
            ContestInput {
                org_id,
                bank_id,
                title: input.title,
                question_count: input.question_count,
                seconds_per_question: input.seconds_per_question,
                points_per_question: input.points_per_question,
            },
        )
        .await
        .gql()?;
        Ok(Contest(view))
    }

    /// Joins as a participant (members of the hosting org's sub-tree; idempotent).
    async fn join_contest(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<Contest> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        Ok(Contest(contest::join(&c, app(ctx), id).await.gql()?))
    }

    /// DRAFT -> LIVE (the host).
    async fn start_contest(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<Contest> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        Ok(Contest(contest::start(&c, app(ctx), id).await.gql()?))
    }

    /// Pushes the next question to everyone (the host); CONFLICT after the last one.
    async fn next_contest_question(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<ContestLive> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        let live = contest::next_question(&c, app(ctx), id).await.gql()?;
        Ok(ContestLive::from(&live))
    }

    /// Shows the question's answer (the host); later answers are refused.
    async fn reveal_contest_answer(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<ContestLive> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        let live = contest::reveal(&c, app(ctx), id).await.gql()?;
        Ok(ContestLive::from(&live))
    }

    /// Ends the contest (the host).
    async fn finish_contest(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<Contest> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        Ok(Contest(contest::finish(&c, app(ctx), id).await.gql()?))
    }

    /// Answers the question on screen once; CONFLICT after its deadline (server clock), after
    /// the reveal, for another position, a second time, or before joining.
    async fn answer_contest_question(
        &self,
        ctx: &Context<'_>,
        input: AnswerContestQuestionInput,
    ) -> async_graphql::Result<ContestAnswerReceipt> {
        let (c, id) = target(ctx, NodeType::Contest, &input.contest_id)?;
        let r = contest::answer(&c, app(ctx), id, input.position, &input.answer)
            .await
            .gql()?;
        Ok(ContestAnswerReceipt {
            position: r.position,
            elapsed_ms: r.elapsed_ms,
        })
    }
}

/// Live contest events.
#[derive(Default)]
pub struct ContestSubscription;

#[Subscription(name = "ContestSubscription")]
impl ContestSubscription {
    /// The live state now, then at every push, reveal and status change: every participant
    /// receives each question at the same moment. NOT_FOUND for who may not see the contest.
    async fn contest_state_changed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = ContestLive>> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        let feed = contest::follow_live(&c, app(ctx), id).await.gql()?;
        Ok(feed.map(|l: Arc<Live>| ContestLive::from(l.as_ref())))
    }

    /// The leaderboard now, then as answers arrive (gathered for a tenth of a second).
    /// NOT_FOUND for who may not see the contest.
    async fn contest_leaderboard_changed(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The contest.")] contest_id: ID,
    ) -> async_graphql::Result<impl Stream<Item = ContestLeaderboard>> {
        let (c, id) = target(ctx, NodeType::Contest, &contest_id)?;
        let feed = contest::follow_leaderboard(&c, app(ctx), id).await.gql()?;
        Ok(feed.map(|b: Arc<Leaderboard>| ContestLeaderboard::from(b.as_ref())))
    }
}
