//! Contests of the demo: the committee's finished 知识竞赛 over its branches, a dozen members
//! having answered five questions (most right), so the leaderboards are full; and a draft the
//! visitor can host from the big screen.

use super::Demo;
use super::quizzes::right_answer_to;
use crate::contest::{self, ContestInput};
use crate::{App, AppResult};
use uuid::Uuid;

pub(super) async fn seed(app: &App, demo: &Demo, bank: Uuid) -> AppResult<()> {
    let finished = contest::create(
        &demo.admin,
        app,
        ContestInput {
            org_id: demo.committee,
            bank_id: bank,
            title: "“学党史、强信念”知识竞赛".into(),
            question_count: 5,
            seconds_per_question: Some(45),
            points_per_question: Some(10),
        },
    )
    .await?;
    let id = finished.contest.id;
    let mut players = vec![];
    for b in 0..demo.branches.len().min(3) {
        players.extend(
            demo.in_branch(b, &["FULL_MEMBER", "PROBATIONARY"])
                .into_iter()
                .filter(|i| demo.people[*i].id != demo.admin_id)
                .take(4),
        );
    }
    for &i in &players {
        contest::join(&demo.as_person(i), app, id).await?;
    }
    contest::start(&demo.admin, app, id).await?;
    for position in 1..=5 {
        let live = contest::next_question(&demo.admin, app, id).await?;
        let Some(q) = live.question else { break };
        for (n, &i) in players.iter().enumerate() {
            let right = right_answer_to(&q.stem);
            // Most answer right; every third answer of a member is wrong.
            let given = if (n + position) % 3 == 0 {
                vec!["不知道".to_string()]
            } else {
                right
            };
            contest::answer(&demo.as_person(i), app, id, q.position, &given).await?;
        }
        contest::reveal(&demo.admin, app, id).await?;
    }
    contest::finish(&demo.admin, app, id).await?;
    contest::create(
        &demo.admin,
        app,
        ContestInput {
            org_id: demo.committee,
            bank_id: bank,
            title: "支部擂台赛（待开始）".into(),
            question_count: 10,
            seconds_per_question: None,
            points_per_question: None,
        },
    )
    .await?;
    Ok(())
}
