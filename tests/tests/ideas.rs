//! Ideas (金点子) through the API: the handling steps with their timeline and notifications,
//! one support per member under parallel requests, anonymity to members but not to handlers,
//! comments, hostile inputs, and every query and mutation refused from another tenant beside
//! its positive control.

use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, assert_ok, code, nodes, owner_pool, uuid_of};

const IDEA: &str = "query($id: ID!) { idea(id: $id) { id title status anonymous author { id name }
    supportCount commentCount viewerSupports isMine canSupport decisionReason actions
    timeline { status fromStatus actorName note } } }";

/// A committee with a branch under it: the branch's officer handles its ideas; three members
/// of the branch; a member of another branch of the committee.
pub(crate) struct World {
    pub app: TestApp,
    pub admin: Tenant,
    pub committee: String,
    pub branch: String,
    pub officer: String,
    pub author: String,
    pub author_id: String,
    pub fan: String,
    pub fan2: String,
    pub outsider: String,
}

pub(crate) async fn world() -> World {
    let app = TestApp::spawn().await;
    let admin = app.sign_up().await;
    let t = admin.token.clone();
    let committee = app.create_org(&t, None, "机关党委", "PARTY").await;
    let branch = app
        .create_org(&t, Some(&committee), "第一党支部", "PARTY")
        .await;
    let other = app
        .create_org(&t, Some(&committee), "第二党支部", "PARTY")
        .await;
    let (officer, officer_id) = app.join(&t, &branch, "支部书记").await;
    app.assign_position(&t, &branch, &officer_id, "书记", "2026-01-01")
        .await;
    let (author, author_id) = app.join(&t, &branch, "提议人").await;
    let (fan, _) = app.join(&t, &branch, "支持者甲").await;
    let (fan2, _) = app.join(&t, &branch, "支持者乙").await;
    let (outsider, _) = app.join(&t, &other, "二支部党员").await;
    World {
        app,
        admin,
        committee,
        branch,
        officer,
        author,
        author_id,
        fan,
        fan2,
        outsider,
    }
}

impl World {
    pub(crate) async fn submit(&self, token: &str, title: &str, anonymous: bool) -> String {
        let data = self
            .app
            .gql_ok(
                Some(token),
                "mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { idea { id status } } }",
                json!({ "i": { "orgId": self.branch, "title": title, "body": "建议在食堂增设夜班窗口。", "anonymous": anonymous } }),
            )
            .await;
        assert_eq!(data["submitIdea"]["idea"]["status"], "SUBMITTED");
        data["submitIdea"]["idea"]["id"]
            .as_str()
            .unwrap()
            .to_string()
    }

    async fn idea(&self, token: &str, id: &str) -> Value {
        self.app.gql(Some(token), IDEA, json!({ "id": id })).await
    }

    async fn support(&self, token: &str, id: &str) -> Value {
        self.app
            .gql(
                Some(token),
                "mutation($i: IdeaInput!) { supportIdea(input: $i) { idea { supportCount viewerSupports } } }",
                json!({ "i": { "ideaId": id } }),
            )
            .await
    }

    async fn step(&self, token: &str, mutation: &str, input: Value) -> Value {
        let (name, ty) = match mutation {
            "reviewIdea" => ("reviewIdea", "ReviewIdeaInput"),
            "decideIdea" => ("decideIdea", "DecideIdeaInput"),
            _ => ("markIdeaImplemented", "MarkIdeaImplementedInput"),
        };
        self.app
            .gql(
                Some(token),
                &format!("mutation($i: {ty}!) {{ {name}(input: $i) {{ idea {{ status decisionReason }} }} }}"),
                json!({ "i": input }),
            )
            .await
    }
}

fn idea_titles(ns: &[Value], needle: &str) -> usize {
    ns.iter()
        .filter(|n| n["kind"] == "IDEA" && n["title"].as_str().unwrap_or("").contains(needle))
        .count()
}

#[tokio::test]
async fn an_idea_walks_through_review_adoption_and_implementation_telling_author_and_supporters() {
    // Arrange: an idea with two supporters.
    let w = world().await;
    let id = w.submit(&w.author, "增设夜班窗口", false).await;
    assert_ok!(w.support(&w.fan, &id).await);
    assert_ok!(w.support(&w.fan2, &id).await);

    // Act: the officer reviews, adopts and marks it implemented.
    let reviewed = assert_ok!(
        w.step(&w.officer, "reviewIdea", json!({ "ideaId": id }))
            .await
    );
    let adopted = assert_ok!(
        w.step(
            &w.officer,
            "decideIdea",
            json!({ "ideaId": id, "adopted": true, "reason": "下月起实施" })
        )
        .await
    );
    let done = assert_ok!(
        w.step(
            &w.officer,
            "markIdeaImplemented",
            json!({ "ideaId": id, "note": "已开设" })
        )
        .await
    );

    // Assert: the statuses, the timeline, and a notification per step to the author and to
    // each supporter (never to the officer who acted).
    assert_eq!(reviewed["reviewIdea"]["idea"]["status"], "UNDER_REVIEW");
    assert_eq!(adopted["decideIdea"]["idea"]["status"], "ADOPTED");
    assert_eq!(
        adopted["decideIdea"]["idea"]["decisionReason"],
        "下月起实施"
    );
    assert_eq!(done["markIdeaImplemented"]["idea"]["status"], "IMPLEMENTED");
    let idea = assert_ok!(w.idea(&w.author, &id).await);
    let steps: Vec<&str> = idea["idea"]["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        steps,
        ["SUBMITTED", "UNDER_REVIEW", "ADOPTED", "IMPLEMENTED"]
    );
    for token in [&w.author, &w.fan, &w.fan2] {
        let ns = w.app.notifications(token).await;
        for label in ["研究中", "已采纳", "已落实"] {
            assert_eq!(idea_titles(&ns, label), 1, "{label}: {ns:?}");
        }
    }
    assert_eq!(
        idea_titles(&w.app.notifications(&w.officer).await, "增设"),
        0
    );
    let author_ns = w.app.notifications(&w.author).await;
    assert!(
        author_ns
            .iter()
            .any(|n| n["title"].as_str().unwrap().starts_with("您的建议"))
    );
    let fan_ns = w.app.notifications(&w.fan).await;
    assert!(
        fan_ns
            .iter()
            .any(|n| n["title"].as_str().unwrap().starts_with("您支持的建议"))
    );
}

#[tokio::test]
async fn an_adoption_is_recorded_once_for_other_modules_to_reward() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "节能改造", false).await;
    assert_ok!(
        w.step(&w.officer, "reviewIdea", json!({ "ideaId": id }))
            .await
    );

    // Act
    assert_ok!(
        w.step(
            &w.officer,
            "decideIdea",
            json!({ "ideaId": id, "adopted": true })
        )
        .await
    );

    // Assert: one ADOPTED row names the idea.
    let owner = owner_pool().await;
    let mut tx = owner.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(w.app.tenant_id(&w.admin.token).await.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let adopted: i64 = sqlx::query_scalar(
        "select count(*) from idea_event where idea_id = $1 and kind = 'ADOPTED'",
    )
    .bind(uuid_of(&id))
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    assert_eq!(adopted, 1);
}

#[tokio::test]
async fn each_step_is_refused_from_a_wrong_status_and_not_adopting_needs_a_reason() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "优化报销流程", false).await;

    // Act + Assert: no decision before review, no implementation before adoption.
    let early = w
        .step(
            &w.officer,
            "decideIdea",
            json!({ "ideaId": id, "adopted": true }),
        )
        .await;
    assert_eq!(code(&early), Some("CONFLICT"), "{early}");
    assert_ok!(
        w.step(&w.officer, "reviewIdea", json!({ "ideaId": id }))
            .await
    );
    let again = w
        .step(&w.officer, "reviewIdea", json!({ "ideaId": id }))
        .await;
    assert_eq!(code(&again), Some("CONFLICT"));
    let no_reason = w
        .step(
            &w.officer,
            "decideIdea",
            json!({ "ideaId": id, "adopted": false }),
        )
        .await;
    assert_eq!(code(&no_reason), Some("VALIDATION"), "{no_reason}");
    let blank = w
        .step(
            &w.officer,
            "decideIdea",
            json!({ "ideaId": id, "adopted": false, "reason": "   " }),
        )
        .await;
    assert_eq!(code(&blank), Some("VALIDATION"));
    let rejected = assert_ok!(
        w.step(
            &w.officer,
            "decideIdea",
            json!({ "ideaId": id, "adopted": false, "reason": "已有同类制度" })
        )
        .await
    );
    assert_eq!(rejected["decideIdea"]["idea"]["status"], "NOT_ADOPTED");
    let late = w
        .step(&w.officer, "markIdeaImplemented", json!({ "ideaId": id }))
        .await;
    assert_eq!(code(&late), Some("CONFLICT"));
}

#[tokio::test]
async fn members_cannot_handle_ideas() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "图书角", false).await;

    // Act
    let by_member = w.step(&w.fan, "reviewIdea", json!({ "ideaId": id })).await;
    let by_author = w
        .step(&w.author, "reviewIdea", json!({ "ideaId": id }))
        .await;

    // Assert
    assert_eq!(code(&by_member), Some("NOT_FOUND"));
    assert_eq!(code(&by_author), Some("NOT_FOUND"));
    let idea = assert_ok!(w.idea(&w.officer, &id).await);
    assert_eq!(idea["idea"]["status"], "SUBMITTED");
    assert_eq!(idea["idea"]["actions"], json!(["REVIEW"]));
}

#[tokio::test]
async fn twenty_parallel_supports_by_one_member_count_once_and_can_be_withdrawn() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "增加健身器材", false).await;

    // Act
    let results = join_all((0..20).map(|_| w.support(&w.fan, &id))).await;

    // Assert
    for r in &results {
        assert_ok!(r.clone());
    }
    let idea = assert_ok!(w.idea(&w.fan, &id).await);
    assert_eq!(idea["idea"]["supportCount"], 1);
    assert_eq!(idea["idea"]["viewerSupports"], true);
    let withdrawn = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                "mutation($i: IdeaInput!) { withdrawIdeaSupport(input: $i) { idea { supportCount viewerSupports } } }",
                json!({ "i": { "ideaId": id } }),
            )
            .await
    );
    assert_eq!(withdrawn["withdrawIdeaSupport"]["idea"]["supportCount"], 0);
    assert_eq!(
        withdrawn["withdrawIdeaSupport"]["idea"]["viewerSupports"],
        false
    );
}

#[tokio::test]
async fn parallel_supports_by_many_members_are_all_counted() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "设立意见箱", false).await;

    // Act
    let results = join_all([&w.fan, &w.fan2, &w.officer].map(|t| w.support(t, &id))).await;

    // Assert
    for r in results {
        assert_ok!(r);
    }
    let idea = assert_ok!(w.idea(&w.author, &id).await);
    assert_eq!(idea["idea"]["supportCount"], 3);
}

#[tokio::test]
async fn a_member_cannot_support_their_own_idea_nor_a_decided_one() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "开展读书会", false).await;

    // Act
    let own = w.support(&w.author, &id).await;
    assert_ok!(
        w.step(&w.officer, "reviewIdea", json!({ "ideaId": id }))
            .await
    );
    assert_ok!(
        w.step(
            &w.officer,
            "decideIdea",
            json!({ "ideaId": id, "adopted": true })
        )
        .await
    );
    let decided = w.support(&w.fan, &id).await;

    // Assert
    assert_eq!(code(&own), Some("FORBIDDEN"), "{own}");
    assert_eq!(code(&decided), Some("CONFLICT"), "{decided}");
    let idea = assert_ok!(w.idea(&w.author, &id).await);
    assert_eq!(idea["idea"]["supportCount"], 0);
}

#[tokio::test]
async fn an_anonymous_idea_hides_its_author_from_members_but_not_from_handlers() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "匿名建议", true).await;

    // Act
    let member = assert_ok!(w.idea(&w.fan, &id).await);
    let handler = assert_ok!(w.idea(&w.officer, &id).await);
    let admin = assert_ok!(w.idea(&w.admin.token, &id).await);
    let own = assert_ok!(w.idea(&w.author, &id).await);
    let wall = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                "query($o: ID!) { ideas(orgId: $o) { edges { node { id author { id } timeline { actorName } } } } }",
                json!({ "o": w.branch }),
            )
            .await
    );

    // Assert
    assert!(member["idea"]["author"].is_null(), "{member}");
    assert!(member["idea"]["timeline"][0]["actorName"].is_null());
    assert_eq!(handler["idea"]["author"]["id"], w.author_id);
    assert_eq!(handler["idea"]["author"]["name"], "提议人");
    assert_eq!(handler["idea"]["timeline"][0]["actorName"], "提议人");
    assert_eq!(admin["idea"]["author"]["id"], w.author_id);
    assert_eq!(own["idea"]["author"]["id"], w.author_id);
    let listed = nodes(&wall["ideas"]);
    assert_eq!(listed.len(), 1);
    assert!(listed[0]["author"].is_null());
    assert!(listed[0]["timeline"][0]["actorName"].is_null());
}

#[tokio::test]
async fn the_wall_filters_by_status_and_sorts_by_supports_with_pages() {
    // Arrange: three ideas with 0, 2 and 1 supports; one under review.
    let w = world().await;
    let a = w.submit(&w.author, "甲", false).await;
    let b = w.submit(&w.author, "乙", false).await;
    let c = w.submit(&w.author, "丙", false).await;
    assert_ok!(w.support(&w.fan, &b).await);
    assert_ok!(w.support(&w.fan2, &b).await);
    assert_ok!(w.support(&w.fan, &c).await);
    assert_ok!(
        w.step(&w.officer, "reviewIdea", json!({ "ideaId": a }))
            .await
    );
    let q = "query($o: ID!, $s: IdeaSort, $st: IdeaStatus, $f: Int, $a: String) {
        ideas(orgId: $o, sort: $s, status: $st, first: $f, after: $a) {
          edges { node { id title supportCount } } pageInfo { hasNextPage endCursor } } }";

    // Act
    let first = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                q,
                json!({ "o": w.branch, "s": "MOST_SUPPORTED", "f": 2 })
            )
            .await
    );
    let cursor = first["ideas"]["pageInfo"]["endCursor"].clone();
    let second = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                q,
                json!({ "o": w.branch, "s": "MOST_SUPPORTED", "f": 2, "a": cursor })
            )
            .await
    );
    let newest = assert_ok!(w.app.gql(Some(&w.fan), q, json!({ "o": w.branch })).await);
    let reviewing = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                q,
                json!({ "o": w.branch, "st": "UNDER_REVIEW" })
            )
            .await
    );

    // Assert
    let titles = |d: &Value| -> Vec<String> {
        nodes(&d["ideas"])
            .iter()
            .map(|n| n["title"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(titles(&first), ["乙", "丙"]);
    assert_eq!(first["ideas"]["pageInfo"]["hasNextPage"], true);
    assert_eq!(titles(&second), ["甲"]);
    assert_eq!(second["ideas"]["pageInfo"]["hasNextPage"], false);
    assert_eq!(titles(&newest), ["丙", "乙", "甲"]);
    assert_eq!(titles(&reviewing), ["甲"]);
}

#[tokio::test]
async fn members_of_the_org_comment_and_members_elsewhere_do_not_see_the_idea() {
    // Arrange
    let w = world().await;
    let id = w.submit(&w.author, "建职工书屋", false).await;

    // Act
    let commented = assert_ok!(
        w.app
            .gql(
                Some(&w.fan),
                "mutation($i: CommentOnIdeaInput!) { commentOnIdea(input: $i) { comment { id body authorName } } }",
                json!({ "i": { "ideaId": id, "body": "赞成，可放在三楼" } }),
            )
            .await
    );
    let outsider = w.idea(&w.outsider, &id).await;
    let outsider_comment = w
        .app
        .gql(
            Some(&w.outsider),
            "mutation($i: CommentOnIdeaInput!) { commentOnIdea(input: $i) { comment { id } } }",
            json!({ "i": { "ideaId": id, "body": "路过" } }),
        )
        .await;
    let committee_wall = w
        .app
        .gql(
            Some(&w.outsider),
            "query($o: ID!) { ideas(orgId: $o) { edges { node { id } } } }",
            json!({ "o": w.branch }),
        )
        .await;

    // Assert
    assert_eq!(
        commented["commentOnIdea"]["comment"]["authorName"],
        "支持者甲"
    );
    let idea = assert_ok!(
        w.app
            .gql(
                Some(&w.author),
                "query($id: ID!) { idea(id: $id) { commentCount comments { edges { node { body authorName } } } } }",
                json!({ "id": id }),
            )
            .await
    );
    assert_eq!(idea["idea"]["commentCount"], 1);
    assert_eq!(
        nodes(&idea["idea"]["comments"])[0]["body"],
        "赞成，可放在三楼"
    );
    assert_eq!(code(&outsider), Some("NOT_FOUND"));
    assert_eq!(code(&outsider_comment), Some("NOT_FOUND"));
    assert_eq!(code(&committee_wall), Some("NOT_FOUND"));
}

#[tokio::test]
async fn a_member_of_a_branch_submits_to_the_committee_above_but_not_to_a_sibling_branch() {
    // Arrange
    let w = world().await;
    let sibling = w
        .app
        .create_org(&w.admin.token, Some(&w.committee), "第三党支部", "PARTY")
        .await;
    let submit = |org: String| {
        let app = &w.app;
        let token = w.author.clone();
        async move {
            app.gql(
                Some(&token),
                "mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { idea { id orgName } } }",
                json!({ "i": { "orgId": org, "title": "上级建议", "body": "内容" } }),
            )
            .await
        }
    };

    // Act
    let up = submit(w.committee.clone()).await;
    let across = submit(sibling).await;

    // Assert
    assert_eq!(assert_ok!(up)["submitIdea"]["idea"]["orgName"], "机关党委");
    assert_eq!(code(&across), Some("NOT_FOUND"));
}

#[tokio::test]
async fn hostile_and_out_of_range_inputs_are_validation_errors_naming_the_field() {
    // Arrange
    let w = world().await;
    let submit = |title: String, body: String| {
        let app = &w.app;
        let token = w.author.clone();
        let org = w.branch.clone();
        async move {
            app.gql(
                Some(&token),
                "mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { idea { id } } }",
                json!({ "i": { "orgId": org, "title": title, "body": body } }),
            )
            .await
        }
    };

    // Act
    let nul = submit("a\u{0}b".into(), "正文".into()).await;
    let long = submit("长".repeat(101), "正文".into()).await;
    let empty = submit("  ".into(), "正文".into()).await;
    let long_body = submit("标题".into(), "字".repeat(5001)).await;
    let wrong_id = w
        .app
        .gql(
            Some(&w.author),
            "mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { idea { id } } }",
            json!({ "i": { "orgId": "bm9wZQ", "title": "t", "body": "b" } }),
        )
        .await;
    let wrong_cursor = w
        .app
        .gql(
            Some(&w.author),
            "query($o: ID!) { ideas(orgId: $o, sort: MOST_SUPPORTED, after: \"eHl6\") { edges { cursor } } }",
            json!({ "o": w.branch }),
        )
        .await;

    // Assert
    for (body, field) in [
        (&nul, "title"),
        (&long, "title"),
        (&empty, "title"),
        (&long_body, "body"),
    ] {
        assert_eq!(code(body), Some("VALIDATION"), "{body}");
        assert!(body.to_string().contains(field), "{body}");
    }
    assert_eq!(code(&wrong_id), Some("NOT_FOUND"));
    assert_eq!(code(&wrong_cursor), Some("VALIDATION"), "{wrong_cursor}");
}

#[tokio::test]
async fn every_idea_query_and_mutation_is_not_found_from_another_tenant() {
    // Arrange
    let w = world().await;
    let other = w.app.sign_up().await;
    let id = w.submit(&w.author, "跨租户", false).await;
    let ops: Vec<(&str, Value)> = vec![
        (IDEA, json!({ "id": id })),
        (
            "query($o: ID!) { ideas(orgId: $o) { edges { node { id } } } }",
            json!({ "o": w.branch }),
        ),
        (
            "mutation($i: IdeaInput!) { supportIdea(input: $i) { idea { id } } }",
            json!({ "i": { "ideaId": id } }),
        ),
        (
            "mutation($i: IdeaInput!) { withdrawIdeaSupport(input: $i) { idea { id } } }",
            json!({ "i": { "ideaId": id } }),
        ),
        (
            "mutation($i: ReviewIdeaInput!) { reviewIdea(input: $i) { idea { id } } }",
            json!({ "i": { "ideaId": id } }),
        ),
        (
            "mutation($i: DecideIdeaInput!) { decideIdea(input: $i) { idea { id } } }",
            json!({ "i": { "ideaId": id, "adopted": true } }),
        ),
        (
            "mutation($i: MarkIdeaImplementedInput!) { markIdeaImplemented(input: $i) { idea { id } } }",
            json!({ "i": { "ideaId": id } }),
        ),
        (
            "mutation($i: CommentOnIdeaInput!) { commentOnIdea(input: $i) { comment { id } } }",
            json!({ "i": { "ideaId": id, "body": "x" } }),
        ),
        (
            "mutation($i: SubmitIdeaInput!) { submitIdea(input: $i) { idea { id } } }",
            json!({ "i": { "orgId": w.branch, "title": "t", "body": "b" } }),
        ),
    ];

    for (query, vars) in ops {
        // Act
        let own = w.app.gql(Some(&w.admin.token), query, vars.clone()).await;
        let foreign = w.app.gql(Some(&other.token), query, vars).await;

        // Assert: the tenant's admin gets past the lookup (an answer or a rule of the idea,
        // never NOT_FOUND); the other tenant's admin does not.
        assert_ne!(code(&own), Some("NOT_FOUND"), "{query}: {own}");
        assert_eq!(code(&foreign), Some("NOT_FOUND"), "{query}: {foreign}");
    }
}
