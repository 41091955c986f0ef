//! Surveys of the first branch: an open anonymous satisfaction survey with a few responses (the
//! two who log in have not answered yet), and a closed named survey of study topics with its
//! results.

use super::Demo;
use crate::{
    App, AppError, AppResult, Ctx,
    audience::{Audience, AudienceOrg},
    survey::{self, AnswerInput, QuestionInput, QuestionKind, SurveyInput},
    vote::ResultsVisibility,
};
use chrono::{Duration, Utc};
use rand::{RngExt, rngs::StdRng};
use uuid::Uuid;

fn question(kind: QuestionKind, title: &str, options: &[&str]) -> QuestionInput {
    QuestionInput {
        kind,
        title: title.into(),
        required: true,
        options: options.iter().map(|o| (*o).to_string()).collect(),
        min_choices: None,
        max_choices: None,
        scale_min: None,
        scale_max: None,
        min_label: None,
        max_label: None,
    }
}

/// Answers for each member of the unit with probability `share` (in per cent), composing the
/// answers with `answer`; members outside the audience are passed over.
async fn answer_some(
    app: &App,
    demo: &Demo,
    rng: &mut StdRng,
    view: &survey::SurveyView,
    share: u32,
    answer: impl Fn(&mut StdRng, &survey::SurveyView) -> Vec<AnswerInput>,
) -> AppResult<()> {
    for p in demo.people.iter().filter(|p| p.unit == 0) {
        if p.id == demo.secretary_id || p.id == demo.admin_id || rng.random_range(0..100) >= share {
            continue;
        }
        let who: Ctx = demo.as_member(p.id);
        let answers = answer(rng, view);
        match survey::submit(&who, app, view.survey.id, &answers).await {
            // Not asked (not a member of the branch).
            Ok(()) | Err(AppError::Denied(_) | AppError::NotFound) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The option ids of the view's question at `at`.
fn options_of(view: &survey::SurveyView, at: usize) -> (Uuid, Vec<Uuid>) {
    let q = &view.questions[at];
    (
        q.id,
        view.options
            .iter()
            .filter(|o| o.question_id == q.id)
            .map(|o| o.id)
            .collect(),
    )
}

pub(super) async fn seed(app: &App, demo: &Demo, rng: &mut StdRng) -> AppResult<()> {
    let branch = demo.branches[0];
    let audience = Audience {
        orgs: vec![AudienceOrg {
            org_id: branch,
            include_subtree: true,
        }],
        ..Audience::default()
    };
    let now = Utc::now();
    let satisfaction = survey::create(
        &demo.secretary,
        app,
        SurveyInput {
            org_id: branch,
            title: "2026 年度组织生活满意度调查".into(),
            description: Some(
                "为改进支部组织生活，请如实填写。本问卷匿名，答案不与姓名关联，结果在问卷结束后公布。"
                    .into(),
            ),
            questions: vec![
                question(
                    QuestionKind::SingleChoice,
                    "您今年参加“三会一课”的次数",
                    &["少于 6 次", "6–12 次", "12 次以上"],
                ),
                QuestionInput {
                    min_choices: Some(1),
                    max_choices: Some(2),
                    ..question(
                        QuestionKind::MultipleChoice,
                        "您希望增加哪些活动形式（最多选两项）",
                        &["专题讲座", "红色教育基地参观", "志愿服务", "读书分享"],
                    )
                },
                QuestionInput {
                    scale_min: Some(1),
                    scale_max: Some(5),
                    min_label: Some("很不满意".into()),
                    max_label: Some("非常满意".into()),
                    ..question(QuestionKind::Rating, "对本年度组织生活的总体满意度", &[])
                },
                QuestionInput {
                    required: false,
                    ..question(QuestionKind::LongText, "意见和建议", &[])
                },
            ],
            anonymous: true,
            results_visibility: ResultsVisibility::AfterClose,
            audience: audience.clone(),
            opens_at: None,
            closes_at: now + Duration::days(5),
        },
    )
    .await?;
    const SUGGESTIONS: [&str; 4] = [
        "希望多组织到基层一线调研的活动。",
        "学习材料可以提前一周发到群里。",
        "建议把读书分享和业务交流结合起来。",
        "",
    ];
    answer_some(app, demo, rng, &satisfaction, 45, |rng, v| {
        let (q0, o0) = options_of(v, 0);
        let (q1, o1) = options_of(v, 1);
        let first = rng.random_range(0..o1.len());
        let second = rng.random_range(0..o1.len());
        let mut forms = vec![o1[first]];
        if second != first {
            forms.push(o1[second]);
        }
        vec![
            AnswerInput {
                question_id: q0,
                option_ids: vec![o0[rng.random_range(0..o0.len())]],
                ..AnswerInput::default()
            },
            AnswerInput {
                question_id: q1,
                option_ids: forms,
                ..AnswerInput::default()
            },
            AnswerInput {
                question_id: v.questions[2].id,
                rating: Some(rng.random_range(3..=5)),
                ..AnswerInput::default()
            },
            AnswerInput {
                question_id: v.questions[3].id,
                text: Some(SUGGESTIONS[rng.random_range(0..SUGGESTIONS.len())].into()),
                ..AnswerInput::default()
            },
        ]
    })
    .await?;

    let topics = survey::create(
        &demo.admin,
        app,
        SurveyInput {
            org_id: branch,
            title: "下半年专题学习内容征集".into(),
            description: Some("实名填写，便于支部安排领学人。".into()),
            questions: vec![
                question(
                    QuestionKind::SingleChoice,
                    "您最希望学习的专题",
                    &["党章党规", "安全生产", "数字化转型", "基层治理"],
                ),
                QuestionInput {
                    required: false,
                    ..question(QuestionKind::ShortText, "您愿意领学的内容", &[])
                },
            ],
            anonymous: false,
            results_visibility: ResultsVisibility::AfterClose,
            audience,
            opens_at: None,
            closes_at: now + Duration::days(1),
        },
    )
    .await?;
    answer_some(app, demo, rng, &topics, 80, |rng, v| {
        let (q0, o0) = options_of(v, 0);
        let weights = [40, 75, 90, 100];
        let roll = rng.random_range(0..100);
        let pick = weights.iter().position(|w| roll < *w).unwrap_or(0);
        vec![AnswerInput {
            question_id: q0,
            option_ids: vec![o0[pick]],
            ..AnswerInput::default()
        }]
    })
    .await?;
    survey::close(&demo.admin, app, topics.survey.id).await?;
    Ok(())
}
