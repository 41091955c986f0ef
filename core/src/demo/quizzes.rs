//! Quizzes of the demo: a tenant-wide bank of 党章 and 党史 basics (every kind of question),
//! and an open quiz of the first branch that two of its members have already taken (one
//! passed, one not); the secretary and the visitor have not.

use super::Demo;
use crate::audience::{Audience, AudienceOrg};
use crate::quiz::{self, QuestionInput, QuestionKind, QuizInput, QuizMode};
use crate::{App, AppError, AppResult};
use chrono::{Duration, Utc};

/// One demo question: kind, stem, options, answer (letters or 对/错), blanks, explanation,
/// difficulty, tags.
type DemoQuestion = (
    QuestionKind,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static [&'static str]],
    &'static str,
    i32,
    &'static str,
);

const QUESTIONS: [DemoQuestion; 16] = [
    (
        QuestionKind::Single,
        "中国共产党第一次全国代表大会于哪一年召开？",
        &["1919年", "1921年", "1927年", "1935年"],
        &["B"],
        &[],
        "1921年7月，中国共产党第一次全国代表大会在上海召开，宣告了中国共产党的成立。",
        1,
        "党史",
    ),
    (
        QuestionKind::Single,
        "中共一大最后一天的会议转移到哪里举行？",
        &["上海", "北京", "浙江嘉兴南湖", "江西南昌"],
        &["C"],
        &[],
        "一大会议因受到暗探和法租界巡捕的注意，最后一天的会议转移到浙江嘉兴南湖的一条游船上举行。",
        2,
        "党史",
    ),
    (
        QuestionKind::Single,
        "党的最高领导机关是：",
        &[
            "党的全国代表大会和它所产生的中央委员会",
            "中央政治局",
            "中央军事委员会",
            "中央纪律检查委员会",
        ],
        &["A"],
        &[],
        "党章规定：党的最高领导机关，是党的全国代表大会和它所产生的中央委员会。",
        2,
        "党章",
    ),
    (
        QuestionKind::Single,
        "预备党员的预备期为：",
        &["半年", "一年", "两年", "三年"],
        &["B"],
        &[],
        "党章规定：预备党员的预备期为一年。",
        1,
        "党章",
    ),
    (
        QuestionKind::Single,
        "遵义会议召开于哪一年？",
        &["1934年", "1935年", "1936年", "1937年"],
        &["B"],
        &[],
        "1935年1月，中共中央政治局在贵州遵义召开扩大会议，这是党的历史上一个生死攸关的转折点。",
        2,
        "党史",
    ),
    (
        QuestionKind::Multiple,
        "“三会一课”中的“三会”是指：",
        &["支部党员大会", "支部委员会", "党小组会", "职工代表大会"],
        &["A", "B", "C"],
        &[],
        "“三会一课”指定期召开支部党员大会、支部委员会、党小组会，按时上好党课。",
        1,
        "组织生活",
    ),
    (
        QuestionKind::Multiple,
        "党章规定的党的纪律包括：",
        &["政治纪律", "组织纪律", "群众纪律", "生活纪律", "外交纪律"],
        &["A", "B", "C", "D"],
        &[],
        "党的纪律主要包括政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律、生活纪律。",
        3,
        "党章",
    ),
    (
        QuestionKind::Multiple,
        "党的三大优良作风是：",
        &["理论联系实际", "密切联系群众", "批评和自我批评", "好大喜功"],
        &["A", "B", "C"],
        &[],
        "理论联系实际、密切联系群众、批评和自我批评，是党在长期实践中形成的三大优良作风。",
        2,
        "党史",
    ),
    (
        QuestionKind::TrueFalse,
        "党员如果没有正当理由，连续六个月不参加党的组织生活，或不交纳党费，或不做党所分配的工作，就被认为是自行脱党。",
        &[],
        &["TRUE"],
        &[],
        "这是党章第九条的规定。",
        2,
        "党章",
    ),
    (
        QuestionKind::TrueFalse,
        "预备党员享有表决权、选举权和被选举权。",
        &[],
        &["FALSE"],
        &[],
        "党章规定：预备党员的义务同正式党员一样；预备党员的权利，除了没有表决权、选举权和被选举权以外，也同正式党员一样。",
        2,
        "党章",
    ),
    (
        QuestionKind::TrueFalse,
        "党的基层组织是党在社会基层组织中的战斗堡垒，是党的全部工作和战斗力的基础。",
        &[],
        &["TRUE"],
        &[],
        "这是党章第五章的表述。",
        1,
        "党章",
    ),
    (
        QuestionKind::TrueFalse,
        "中华人民共和国于1949年10月1日成立。",
        &[],
        &["TRUE"],
        &[],
        "1949年10月1日，中华人民共和国中央人民政府成立。",
        1,
        "党史",
    ),
    (
        QuestionKind::FillBlank,
        "党的最高理想和最终目标是实现____。",
        &[],
        &[],
        &[&["共产主义"]],
        "党章总纲：党的最高理想和最终目标是实现共产主义。",
        1,
        "党章",
    ),
    (
        QuestionKind::FillBlank,
        "中国共产党以马克思列宁主义、____、邓小平理论、“三个代表”重要思想、科学发展观、习近平新时代中国特色社会主义思想作为自己的行动指南。",
        &[],
        &[],
        &[&["毛泽东思想"]],
        "见党章总纲。",
        2,
        "党章",
    ),
    (
        QuestionKind::FillBlank,
        "中国共产党党员是中国工人阶级的有____的先锋战士。",
        &[],
        &[],
        &[&["共产主义觉悟"]],
        "党章第一章第二条。",
        3,
        "党章",
    ),
    (
        QuestionKind::FillBlank,
        "党是根据自己的纲领和章程，按照____制组织起来的统一整体；党的根本宗旨是____。",
        &[],
        &[],
        &[&["民主集中"], &["全心全意为人民服务"]],
        "党章第十条；党章总纲：党除了工人阶级和最广大人民群众的利益，没有自己特殊的利益，坚持全心全意为人民服务。",
        3,
        "党章",
    ),
];

/// The questions the branch's quiz asks, by index in [`QUESTIONS`].
const QUIZ_QUESTIONS: [usize; 10] = [0, 2, 3, 5, 6, 8, 9, 12, 13, 15];

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| (*s).to_string()).collect()
}

/// The right answer of a demo question, as a member gives it.
fn right_answer(q: &DemoQuestion) -> Vec<String> {
    if q.0 == QuestionKind::FillBlank {
        q.4.iter()
            .map(|b| b.first().copied().unwrap_or_default().to_string())
            .collect()
    } else {
        strings(q.3)
    }
}

/// The right answer of the demo question with this stem (empty for an unknown stem).
pub(super) fn right_answer_to(stem: &str) -> Vec<String> {
    QUESTIONS
        .iter()
        .find(|q| q.1 == stem)
        .map(right_answer)
        .unwrap_or_default()
}

/// Seeds the bank and the quiz; returns the bank.
pub(super) async fn seed(app: &App, demo: &Demo) -> AppResult<uuid::Uuid> {
    let bank = quiz::create_bank(
        &demo.admin,
        app,
        demo.committee,
        "党章党史基础题库",
        "党章与党史基础知识，供各支部组织测验使用。",
    )
    .await?;
    let mut ids = vec![];
    for q in &QUESTIONS {
        let row = quiz::create_question(
            &demo.admin,
            app,
            bank.bank.id,
            QuestionInput {
                kind: Some(q.0),
                stem: q.1.into(),
                options: strings(q.2),
                answer: strings(q.3),
                blanks: q.4.iter().map(|b| strings(b)).collect(),
                explanation: q.5.into(),
                difficulty: q.6,
                tags: vec![q.7.into()],
            },
        )
        .await?;
        ids.push(row.id);
    }
    let now = Utc::now();
    let view = quiz::create_quiz(
        &demo.secretary,
        app,
        QuizInput {
            org_id: demo.branches[0],
            bank_id: bank.bank.id,
            title: "党章党史知识测验".into(),
            description: "10 道题，每题 10 分，60 分及格，限时 20 分钟，可作答 2 次。".into(),
            mode: QuizMode::Fixed,
            question_ids: QUIZ_QUESTIONS.iter().map(|i| ids[*i]).collect(),
            random_counts: Default::default(),
            points_per_question: 10,
            pass_mark: 60,
            time_limit_minutes: 20,
            opens_at: now - Duration::days(2),
            closes_at: now + Duration::days(14),
            max_attempts: 2,
            audience: Audience {
                orgs: vec![AudienceOrg {
                    org_id: demo.branches[0],
                    include_subtree: true,
                }],
                ..Audience::default()
            },
        },
    )
    .await?;
    // Two members of the branch have taken it: one with every answer right but one, one
    // with half of them.
    let takers: Vec<usize> = demo
        .in_branch(0, &["FULL_MEMBER", "PROBATIONARY"])
        .into_iter()
        .filter(|i| demo.people[*i].id != demo.secretary_id && demo.people[*i].id != demo.admin_id)
        .take(2)
        .collect();
    for (n, &i) in takers.iter().enumerate() {
        let ctx = demo.as_person(i);
        let attempt = match quiz::start_attempt(&ctx, app, view.quiz.id).await {
            Ok(a) => a,
            Err(AppError::NotFound) => continue,
            Err(e) => return Err(e),
        };
        let wrong_from = if n == 0 { 9 } else { 5 };
        let answers: Vec<(i32, Vec<String>)> = attempt
            .questions
            .iter()
            .filter_map(|q| {
                let demo_q = QUESTIONS.iter().find(|d| d.1 == q.stem)?;
                let answer = if q.position < wrong_from {
                    right_answer(demo_q)
                } else if q.kind == QuestionKind::TrueFalse {
                    vec![
                        if demo_q.3 == ["TRUE"] {
                            "FALSE"
                        } else {
                            "TRUE"
                        }
                        .to_string(),
                    ]
                } else {
                    vec!["A".to_string(); 1]
                };
                Some((q.position, answer))
            })
            .collect();
        quiz::submit_attempt(&ctx, app, attempt.attempt.id, &answers).await?;
    }
    Ok(bank.bank.id)
}
