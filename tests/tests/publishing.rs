//! Publishing (宣传) against the real server: the review flow and who may submit and review per
//! column, the second review, scheduled publishing, visibility by sub-tree and line with
//! NOT_FOUND outside it and across tenants, the 涉密 and sensitive-word refusals, views counted
//! once under parallel reads, likes, comment moderation and replies, the public page, the
//! contributor statistics with their export, and hostile input.

use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{Tenant, TestApp, code, nodes, owner_pool, uuid_of};

pub(crate) const COLUMNS: &str = "query { columns { id name organizationId submitPolicy secondReview isPublic viewerCanSubmit viewerCanReview } }";
const CREATE_COLUMN: &str = "mutation($i: CreateColumnInput!) { createColumn(input: $i) { column { id name viewerCanReview } } }";
const CREATE: &str = "mutation($i: CreateArticleInput!) { createArticle(input: $i) { article { id status title bodyHtml tags } } }";
const UPDATE: &str = "mutation($i: UpdateArticleInput!) { updateArticle(input: $i) { article { id status title } } }";
pub(crate) const SUBMIT: &str =
    "mutation($i: SubmitArticleInput!) { submitArticle(input: $i) { article { id status } } }";
pub(crate) const REVIEW: &str = "mutation($i: ReviewArticleInput!) { reviewArticle(input: $i) { article { id status returnNote } } }";
pub(crate) const PUBLISH: &str = "mutation($i: PublishArticleInput!) { publishArticle(input: $i) { article { id status publishedAt publishAt isPublic } } }";
const WITHDRAW: &str = "mutation($i: WithdrawArticleInput!) { withdrawArticle(input: $i) { article { id status withdrawReason } } }";
pub(crate) const ARTICLE: &str = "query($id: ID!) { article(id: $id) { id title status viewCount likeCount commentCount viewerLiked viewerCanReview commentsOpen history { action toStatus note } comments(first: 50) { edges { node { id body hidden reply mine } } } } }";
const ARTICLES: &str = "query($c: ID!, $s: String, $f: Int = 20, $a: String) { articles(columnId: $c, search: $s, first: $f, after: $a) { edges { node { id title } cursor } pageInfo { hasNextPage endCursor } } }";
const QUEUE: &str = "query { articleReviewQueue { id status } }";
const LIKE: &str = "mutation($i: ArticleIdInput!) { likeArticle(input: $i) { article { likeCount viewerLiked } } }";
const UNLIKE: &str = "mutation($i: ArticleIdInput!) { unlikeArticle(input: $i) { article { likeCount viewerLiked } } }";
const COMMENT: &str =
    "mutation($i: CommentOnArticleInput!) { commentOnArticle(input: $i) { comment { id body } } }";
const REPLY: &str =
    "mutation($i: ReplyToCommentInput!) { replyToComment(input: $i) { comment { id reply } } }";
const HIDE: &str =
    "mutation($i: HideCommentInput!) { hideComment(input: $i) { comment { id hidden } } }";
const REPORT: &str =
    "mutation($i: ReportCommentInput!) { reportComment(input: $i) { newReport hidden } }";
const SET_COMMENTS: &str = "mutation($i: SetArticleCommentsInput!) { setArticleComments(input: $i) { article { commentsOpen } } }";
const STATS: &str = "query($o: ID, $f: DateTime!, $t: DateTime!) { contributorStatistics(organizationId: $o, from: $f, to: $t) { contributors { memberName submitted adopted returned views likes } organizations { organizationName adopted } exportUrl } }";

/// A tenant with a party branch (an officer, a 信息员, two members), a second branch, a union
/// org with one member, and a column of the branch.
pub(crate) struct World {
    pub app: TestApp,
    pub t: Tenant,
    pub branch: String,
    pub union: String,
    pub officer: (String, String),
    pub correspondent: (String, String),
    pub members: Vec<(String, String)>,
    pub outsider: (String, String),
    pub unionist: (String, String),
    pub column: String,
}

pub(crate) async fn world() -> World {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let branch = app.create_org(&t.token, None, "第一党支部", "PARTY").await;
    let other = app.create_org(&t.token, None, "第二党支部", "PARTY").await;
    let union = app.create_org(&t.token, None, "公司工会", "UNION").await;
    let officer = app.join(&t.token, &branch, "书记").await;
    app.assign_position(&t.token, &branch, &officer.1, "支部书记", "2026-01-01")
        .await;
    let correspondent = app.join(&t.token, &branch, "信息员小王").await;
    app.grant_role(
        &t.token,
        json!({ "memberId": correspondent.1, "role": "correspondent", "organizationId": branch }),
    )
    .await;
    let mut members = vec![];
    for name in ["甲成员", "乙成员"] {
        members.push(app.join(&t.token, &branch, name).await);
    }
    let outsider = app.join(&t.token, &other, "丁成员").await;
    let unionist = app.join(&t.token, &union, "工会会员").await;
    let data = app
        .gql_ok(
            Some(&t.token),
            CREATE_COLUMN,
            json!({ "i": { "organizationId": branch, "name": "支部动态", "submitPolicy": "CORRESPONDENT", "isPublic": true } }),
        )
        .await;
    let column = data["createColumn"]["column"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{data}"))
        .to_string();
    World {
        app,
        t,
        branch,
        union,
        officer,
        correspondent,
        members,
        outsider,
        unionist,
        column,
    }
}

/// Runs `sql` (one `$1`: the uuid of `id`) as the database owner inside the tenant; returns
/// the first column as a count, or the rows affected for statements without rows.
async fn owner_count(w: &World, sql: &str, id: &str) -> i64 {
    let pool = owner_pool().await;
    let tenant = w.app.tenant_id(&w.t.token).await;
    let mut tx = pool.begin().await.unwrap();
    sqlx::query("select set_config('app.tenant_id', $1, true)")
        .bind(tenant.to_string())
        .execute(&mut *tx)
        .await
        .unwrap();
    let n = if sql.trim_start().starts_with("select") {
        sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.to_string()))
            .bind(uuid_of(id))
            .fetch_one(&mut *tx)
            .await
            .unwrap()
    } else {
        sqlx::query(sqlx::AssertSqlSafe(sql.to_string()))
            .bind(uuid_of(id))
            .execute(&mut *tx)
            .await
            .unwrap()
            .rows_affected() as i64
    };
    tx.commit().await.unwrap();
    n
}

pub(crate) fn content(title: &str) -> Value {
    json!({
        "title": title,
        "body": "<p>支部组织党员开展<strong>主题党日</strong>活动。</p><script>alert(1)</script>",
        "tags": ["主题党日", "党建"],
    })
}

fn with(mut base: Value, extra: Value) -> Value {
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    base
}

async fn create(app: &TestApp, token: &str, column: &str, content: Value) -> Value {
    app.gql(
        Some(token),
        CREATE,
        json!({ "i": { "columnId": column, "content": content } }),
    )
    .await
}

pub(crate) async fn draft(app: &TestApp, token: &str, column: &str, content: Value) -> String {
    let body = create(app, token, column, content).await;
    body["data"]["createArticle"]["article"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{body}"))
        .to_string()
}

pub(crate) async fn step(app: &TestApp, token: &str, mutation: &str, input: Value) -> Value {
    app.gql(Some(token), mutation, json!({ "i": input })).await
}

/// Writes and submits an article as the 信息员; returns its id.
pub(crate) async fn submitted(w: &World, column: &str, content: Value) -> String {
    let id = draft(&w.app, &w.correspondent.0, column, content).await;
    let s = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": id, "confidential": false }),
    )
    .await;
    assert_eq!(
        s["data"]["submitArticle"]["article"]["status"], "SUBMITTED",
        "{s}"
    );
    id
}

/// Writes, submits, approves and publishes an article; returns its id.
pub(crate) async fn published(w: &World, column: &str, content: Value) -> String {
    let id = submitted(w, column, content).await;
    let r = step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE" }),
    )
    .await;
    assert_eq!(
        r["data"]["reviewArticle"]["article"]["status"], "APPROVED",
        "{r}"
    );
    let p = step(&w.app, &w.officer.0, PUBLISH, json!({ "articleId": id })).await;
    assert_eq!(
        p["data"]["publishArticle"]["article"]["status"], "PUBLISHED",
        "{p}"
    );
    id
}

pub(crate) async fn article(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql(Some(token), ARTICLE, json!({ "id": id })).await
}

fn field_error(body: &Value, field: &str) -> String {
    assert_eq!(code(body), Some("VALIDATION"), "{body}");
    body["errors"][0]["extensions"]["fields"][field]
        .as_str()
        .unwrap_or_else(|| panic!("no error on {field}: {body}"))
        .to_string()
}

#[tokio::test]
async fn a_correspondent_submits_the_branch_officer_approves_and_publishes_and_members_read_it() {
    // Arrange
    let w = world().await;

    // Act
    let plain_member = create(&w.app, &w.members[0].0, &w.column, content("普通成员投稿")).await;
    let id = draft(
        &w.app,
        &w.correspondent.0,
        &w.column,
        content("支部开展主题党日"),
    )
    .await;
    let member_sees_draft = article(&w.app, &w.members[0].0, &id).await;
    let submitted = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": id, "confidential": false }),
    )
    .await;
    let queue = w.app.gql_ok(Some(&w.officer.0), QUEUE, json!({})).await;
    let officer_told = w.app.notifications(&w.officer.0).await;
    let member_reviews = step(
        &w.app,
        &w.members[0].0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE" }),
    )
    .await;
    let approved = step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE", "note": "很好" }),
    )
    .await;
    let published = step(&w.app, &w.officer.0, PUBLISH, json!({ "articleId": id })).await;
    let listed = w
        .app
        .gql_ok(Some(&w.members[0].0), ARTICLES, json!({ "c": w.column }))
        .await;
    let read = article(&w.app, &w.members[0].0, &id).await;
    let author_told = w.app.notifications(&w.correspondent.0).await;
    let adoptions = owner_count(
        &w,
        "select count(*) from article_adoption where article_id = $1",
        &id,
    )
    .await;

    // Assert
    assert_eq!(code(&plain_member), Some("FORBIDDEN"), "{plain_member}");
    assert_eq!(
        code(&member_sees_draft),
        Some("NOT_FOUND"),
        "{member_sees_draft}"
    );
    assert_eq!(
        submitted["data"]["submitArticle"]["article"]["status"],
        "SUBMITTED"
    );
    assert!(
        queue["articleReviewQueue"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["id"] == id.as_str()),
        "{queue}"
    );
    assert!(
        officer_told
            .iter()
            .any(|n| n["kind"] == "ARTICLE" && n["title"].as_str().unwrap_or("").contains("待审核")),
        "{officer_told:?}"
    );
    assert_eq!(code(&member_reviews), Some("NOT_FOUND"), "{member_reviews}");
    assert_eq!(
        approved["data"]["reviewArticle"]["article"]["status"],
        "APPROVED"
    );
    assert_eq!(
        published["data"]["publishArticle"]["article"]["status"],
        "PUBLISHED"
    );
    assert!(published["data"]["publishArticle"]["article"]["publishedAt"].is_string());
    let items = nodes(&listed["articles"]);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["title"], "支部开展主题党日");
    let a = &read["data"]["article"];
    assert_eq!(a["viewCount"], 1, "{read}");
    let history: Vec<&str> = a["history"]
        .as_array()
        .map(|h| h.iter().filter_map(|e| e["action"].as_str()).collect())
        .unwrap_or_default();
    assert!(history.is_empty(), "readers do not see the history: {read}");
    let mine = article(&w.app, &w.correspondent.0, &id).await;
    let actions: Vec<&str> = mine["data"]["article"]["history"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| e["action"].as_str())
        .collect();
    assert_eq!(actions, vec!["CREATE", "SUBMIT", "APPROVE", "PUBLISH"]);
    assert!(
        author_told
            .iter()
            .any(|n| n["kind"] == "ARTICLE" && n["title"].as_str().unwrap_or("").contains("已发布")),
        "{author_told:?}"
    );
    assert_eq!(adoptions, 1);
}

#[tokio::test]
async fn a_return_needs_a_note_and_a_second_review_needs_another_reviewer() {
    // Arrange
    let w = world().await;
    let second = w.app.join(&w.t.token, &w.branch, "副书记").await;
    w.app
        .assign_position(&w.t.token, &w.branch, &second.1, "支部副书记", "2026-01-01")
        .await;
    let data = w
        .app
        .gql_ok(
            Some(&w.t.token),
            CREATE_COLUMN,
            json!({ "i": { "organizationId": w.branch, "name": "典型宣传", "secondReview": true } }),
        )
        .await;
    let column = data["createColumn"]["column"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let id = draft(&w.app, &w.correspondent.0, &column, content("优秀党员事迹")).await;
    step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": id, "confidential": false }),
    )
    .await;

    // Act
    let without_note = step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "RETURN" }),
    )
    .await;
    let returned = step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "RETURN", "note": "请补充活动照片" }),
    )
    .await;
    let edited = step(
        &w.app,
        &w.correspondent.0,
        UPDATE,
        json!({ "articleId": id, "content": content("优秀党员事迹（修改稿）") }),
    )
    .await;
    step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": id, "confidential": false }),
    )
    .await;
    let first = step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE" }),
    )
    .await;
    let same_again = step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE" }),
    )
    .await;
    let publish_early = step(&w.app, &w.officer.0, PUBLISH, json!({ "articleId": id })).await;
    let other = step(
        &w.app,
        &second.0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE" }),
    )
    .await;

    // Assert
    assert!(field_error(&without_note, "note").contains("修改意见"));
    let r = &returned["data"]["reviewArticle"]["article"];
    assert_eq!(r["status"], "RETURNED");
    assert_eq!(r["returnNote"], "请补充活动照片");
    assert_eq!(
        edited["data"]["updateArticle"]["article"]["title"],
        "优秀党员事迹（修改稿）"
    );
    assert_eq!(
        first["data"]["reviewArticle"]["article"]["status"],
        "SECOND_REVIEW"
    );
    assert_eq!(code(&same_again), Some("CONFLICT"), "{same_again}");
    assert_eq!(code(&publish_early), Some("CONFLICT"), "{publish_early}");
    assert_eq!(
        other["data"]["reviewArticle"]["article"]["status"], "APPROVED",
        "{other}"
    );
}

#[tokio::test]
async fn confidential_content_and_the_tenants_sensitive_words_are_refused_naming_the_field() {
    // Arrange
    let w = world().await;
    w.app
        .gql_ok(
            Some(&w.t.token),
            "mutation($i: SetChatWordInput!) { setChatWord(input: $i) { word } }",
            json!({ "i": { "word": "内部绝密", "action": "MASK" } }),
        )
        .await;
    let clean = draft(&w.app, &w.correspondent.0, &w.column, content("干净的稿件")).await;
    let in_body = draft(
        &w.app,
        &w.correspondent.0,
        &w.column,
        with(
            content("正文有问题"),
            json!({ "body": "<p>这是内部绝密文件</p>" }),
        ),
    )
    .await;
    let in_title = draft(
        &w.app,
        &w.correspondent.0,
        &w.column,
        content("内部绝密通报"),
    )
    .await;

    // Act
    let confidential = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": clean, "confidential": true }),
    )
    .await;
    let unstated = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": clean }),
    )
    .await;
    let body_word = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": in_body, "confidential": false }),
    )
    .await;
    let title_word = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": in_title, "confidential": false }),
    )
    .await;
    let fine = step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": clean, "confidential": false }),
    )
    .await;

    // Assert
    assert_eq!(
        field_error(&confidential, "confidential"),
        "涉密内容不得上网发布"
    );
    assert!(field_error(&unstated, "confidential").contains("涉密"));
    assert!(field_error(&body_word, "body").contains("内部绝密"));
    assert!(field_error(&title_word, "title").contains("内部绝密"));
    assert_eq!(
        fine["data"]["submitArticle"]["article"]["status"], "SUBMITTED",
        "{fine}"
    );
}

#[tokio::test]
async fn visibility_by_sub_tree_and_line_is_not_found_outside_it_and_across_tenants_beside_readers()
{
    // Arrange
    let w = world().await;
    let subtree = published(
        &w,
        &w.column,
        with(
            content("仅限本支部"),
            json!({ "visibilityOrganizationId": w.branch }),
        ),
    )
    .await;
    let columns = w.app.gql_ok(Some(&w.t.token), COLUMNS, json!({})).await;
    let union_column = columns["columns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "工会风采")
        .map(|c| c["id"].as_str().unwrap().to_string())
        .expect("the default columns are seeded");
    // The unit's columns are reviewed by the tenant administrator.
    let line_only = draft(
        &w.app,
        &w.correspondent.0,
        &union_column,
        with(
            content("工会会员专享"),
            json!({ "visibilityLine": "UNION" }),
        ),
    )
    .await;
    step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": line_only, "confidential": false }),
    )
    .await;
    let officer_reviews_unit = step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": line_only, "decision": "APPROVE" }),
    )
    .await;
    step(
        &w.app,
        &w.t.token,
        REVIEW,
        json!({ "articleId": line_only, "decision": "APPROVE" }),
    )
    .await;
    step(
        &w.app,
        &w.t.token,
        PUBLISH,
        json!({ "articleId": line_only }),
    )
    .await;
    let stranger = w.app.sign_up().await;

    // Act
    let member = article(&w.app, &w.members[0].0, &subtree).await;
    let outsider = article(&w.app, &w.outsider.0, &subtree).await;
    let stranger_sees = article(&w.app, &stranger.token, &subtree).await;
    let stranger_likes = step(
        &w.app,
        &stranger.token,
        LIKE,
        json!({ "articleId": subtree }),
    )
    .await;
    let outsider_comments = step(
        &w.app,
        &w.outsider.0,
        COMMENT,
        json!({ "articleId": subtree, "body": "看不到" }),
    )
    .await;
    let unionist = article(&w.app, &w.unionist.0, &line_only).await;
    let party_member = article(&w.app, &w.members[0].0, &line_only).await;
    let outsider_list = w
        .app
        .gql_ok(Some(&w.outsider.0), ARTICLES, json!({ "c": w.column }))
        .await;
    let stranger_list = w
        .app
        .gql(Some(&stranger.token), ARTICLES, json!({ "c": w.column }))
        .await;

    // Assert
    assert_eq!(member["data"]["article"]["title"], "仅限本支部", "{member}");
    assert_eq!(code(&outsider), Some("NOT_FOUND"), "{outsider}");
    assert_eq!(code(&stranger_sees), Some("NOT_FOUND"), "{stranger_sees}");
    assert_eq!(code(&stranger_likes), Some("NOT_FOUND"), "{stranger_likes}");
    assert_eq!(
        code(&outsider_comments),
        Some("NOT_FOUND"),
        "{outsider_comments}"
    );
    assert_eq!(
        code(&officer_reviews_unit),
        Some("NOT_FOUND"),
        "{officer_reviews_unit}"
    );
    assert_eq!(
        unionist["data"]["article"]["title"], "工会会员专享",
        "{unionist}"
    );
    assert_eq!(code(&party_member), Some("NOT_FOUND"), "{party_member}");
    assert!(nodes(&outsider_list["articles"]).is_empty());
    assert_eq!(code(&stranger_list), Some("NOT_FOUND"), "{stranger_list}");
    let _ = &w.union;
}

#[tokio::test]
async fn twenty_parallel_reads_by_one_member_count_one_view_and_a_like_counts_once() {
    // Arrange
    let w = world().await;
    let id = published(&w, &w.column, content("阅读量统计")).await;

    // Act
    let reads = join_all((0..20).map(|_| article(&w.app, &w.members[0].0, &id))).await;
    let others = join_all(
        [&w.members[1].0, &w.officer.0]
            .into_iter()
            .map(|t| article(&w.app, t, &id)),
    )
    .await;
    let likes =
        join_all((0..10).map(|_| step(&w.app, &w.members[0].0, LIKE, json!({ "articleId": id }))))
            .await;
    let after_likes = article(&w.app, &w.members[0].0, &id).await;
    let unliked = step(&w.app, &w.members[0].0, UNLIKE, json!({ "articleId": id })).await;

    // Assert
    for r in reads.iter().chain(others.iter()) {
        assert!(r["errors"].is_null(), "{r}");
    }
    let a = &after_likes["data"]["article"];
    assert_eq!(a["viewCount"], 3, "{after_likes}");
    assert_eq!(a["likeCount"], 1);
    assert_eq!(a["viewerLiked"], true);
    for l in &likes {
        assert!(l["errors"].is_null(), "{l}");
    }
    let u = &unliked["data"]["unlikeArticle"]["article"];
    assert_eq!(u["likeCount"], 0);
    assert_eq!(u["viewerLiked"], false);
}

#[tokio::test]
async fn comments_are_replied_to_hidden_by_officers_reported_to_moderation_and_closed() {
    // Arrange
    let w = world().await;
    let id = published(&w, &w.column, content("学习心得征集")).await;
    let c = step(
        &w.app,
        &w.members[0].0,
        COMMENT,
        json!({ "articleId": id, "body": "收获很大" }),
    )
    .await;
    let comment = c["data"]["commentOnArticle"]["comment"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{c}"))
        .to_string();
    let rude = step(
        &w.app,
        &w.members[1].0,
        COMMENT,
        json!({ "articleId": id, "body": "不当言论" }),
    )
    .await;
    let rude = rude["data"]["commentOnArticle"]["comment"]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Act
    let member_replies = step(
        &w.app,
        &w.members[1].0,
        REPLY,
        json!({ "commentId": comment, "body": "我来回复" }),
    )
    .await;
    let replied = step(
        &w.app,
        &w.correspondent.0,
        REPLY,
        json!({ "commentId": comment, "body": "谢谢分享" }),
    )
    .await;
    let member_hides = step(&w.app, &w.members[0].0, HIDE, json!({ "commentId": rude })).await;
    let reported = step(
        &w.app,
        &w.members[0].0,
        REPORT,
        json!({ "commentId": rude, "reason": "言论不当" }),
    )
    .await;
    let hidden = step(&w.app, &w.officer.0, HIDE, json!({ "commentId": rude })).await;
    let reader_view = article(&w.app, &w.members[0].0, &id).await;
    let officer_view = article(&w.app, &w.officer.0, &id).await;
    let closed = step(
        &w.app,
        &w.correspondent.0,
        SET_COMMENTS,
        json!({ "articleId": id, "open": false }),
    )
    .await;
    let after_close = step(
        &w.app,
        &w.members[0].0,
        COMMENT,
        json!({ "articleId": id, "body": "还能评论吗" }),
    )
    .await;
    let commenter_told = w.app.notifications(&w.members[0].0).await;
    let items = owner_count(
        &w,
        "select count(*) from moderation_item where kind = 'ARTICLE_COMMENT' and content_id = $1",
        &rude,
    )
    .await;

    // Assert
    assert_eq!(code(&member_replies), Some("NOT_FOUND"), "{member_replies}");
    assert_eq!(
        replied["data"]["replyToComment"]["comment"]["reply"],
        "谢谢分享"
    );
    assert_eq!(code(&member_hides), Some("NOT_FOUND"), "{member_hides}");
    assert_eq!(
        reported["data"]["reportComment"]["newReport"], true,
        "{reported}"
    );
    assert_eq!(items, 1);
    assert_eq!(hidden["data"]["hideComment"]["comment"]["hidden"], true);
    let shown = nodes(&reader_view["data"]["article"]["comments"]);
    assert_eq!(shown.len(), 1, "{reader_view}");
    assert_eq!(shown[0]["reply"], "谢谢分享");
    assert_eq!(reader_view["data"]["article"]["commentCount"], 1);
    let all = nodes(&officer_view["data"]["article"]["comments"]);
    assert_eq!(all.len(), 2);
    assert!(all.iter().any(|c| c["hidden"] == true));
    assert_eq!(
        closed["data"]["setArticleComments"]["article"]["commentsOpen"],
        false
    );
    assert_eq!(code(&after_close), Some("CONFLICT"), "{after_close}");
    assert!(
        commenter_told
            .iter()
            .any(|n| n["kind"] == "ARTICLE" && n["title"].as_str().unwrap_or("").contains("回复")),
        "{commenter_told:?}"
    );
}

#[tokio::test]
async fn the_public_page_shows_only_chosen_published_articles_of_public_columns_of_that_tenant() {
    // Arrange
    let w = world().await;
    let chosen = published(
        &w,
        &w.column,
        with(content("公开报道"), json!({ "isPublic": true })),
    )
    .await;
    let internal = published(&w, &w.column, content("内部报道")).await;
    let data = w
        .app
        .gql_ok(
            Some(&w.t.token),
            CREATE_COLUMN,
            json!({ "i": { "organizationId": w.branch, "name": "内部栏目" } }),
        )
        .await;
    let private_column = data["createColumn"]["column"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let refused = create(
        &w.app,
        &w.correspondent.0,
        &private_column,
        with(content("想公开"), json!({ "isPublic": true })),
    )
    .await;
    let withdrawn = published(
        &w,
        &w.column,
        with(content("已撤回的公开报道"), json!({ "isPublic": true })),
    )
    .await;
    let withdrew = step(
        &w.app,
        &w.officer.0,
        WITHDRAW,
        json!({ "articleId": withdrawn, "reason": "信息有误" }),
    )
    .await;
    let stranger = w.app.sign_up().await;
    let get = |path: String| {
        let app = &w.app;
        async move {
            let r = app
                .http
                .get(format!("{}{path}", app.base))
                .send()
                .await
                .unwrap();
            let status = r.status().as_u16();
            (status, r.json::<Value>().await.unwrap_or(Value::Null))
        }
    };

    // Act
    let (status, page) = get(format!("/public/{}/articles", w.t.slug)).await;
    let (one_status, one) = get(format!("/public/{}/articles/{chosen}", w.t.slug)).await;
    let (internal_status, _) = get(format!("/public/{}/articles/{internal}", w.t.slug)).await;
    let (other_status, other_page) = get(format!("/public/{}/articles", stranger.slug)).await;
    let (cross_status, _) = get(format!("/public/{}/articles/{chosen}", stranger.slug)).await;
    let (unknown_status, _) = get("/public/no-such-tenant-x/articles".to_string()).await;

    // Assert
    assert!(field_error(&refused, "isPublic").contains("公开栏目"));
    assert_eq!(
        withdrew["data"]["withdrawArticle"]["article"]["status"],
        "WITHDRAWN"
    );
    assert_eq!(status, 200);
    let titles: Vec<&str> = page["articles"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["title"].as_str())
        .collect();
    assert_eq!(titles, vec!["公开报道"], "{page}");
    let text = page.to_string();
    assert!(
        !text.contains("信息员小王") && !text.contains("书记"),
        "no member data: {text}"
    );
    assert_eq!(one_status, 200);
    let body = one["bodyHtml"].as_str().unwrap();
    assert!(
        body.contains("<strong>主题党日</strong>") && !body.contains("script"),
        "{body}"
    );
    assert_eq!(internal_status, 404);
    assert_eq!(other_status, 200);
    assert!(other_page["articles"].as_array().unwrap().is_empty());
    assert_eq!(cross_status, 404);
    assert_eq!(unknown_status, 404);
}

#[tokio::test]
async fn contributor_statistics_count_submissions_adoptions_returns_views_and_export_as_xlsx() {
    // Arrange
    let w = world().await;
    let a = published(&w, &w.column, content("采用的稿件")).await;
    article(&w.app, &w.members[0].0, &a).await;
    step(&w.app, &w.members[0].0, LIKE, json!({ "articleId": a })).await;
    let b = draft(&w.app, &w.correspondent.0, &w.column, content("退回的稿件")).await;
    step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": b, "confidential": false }),
    )
    .await;
    step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": b, "decision": "RETURN", "note": "重写" }),
    )
    .await;
    let from = (chrono::Utc::now() - chrono::Duration::days(1)).to_rfc3339();
    let to = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();

    // Act
    let stats = w
        .app
        .gql_ok(
            Some(&w.officer.0),
            STATS,
            json!({ "o": w.branch, "f": from, "t": to }),
        )
        .await;
    let member_stats = w
        .app
        .gql(
            Some(&w.members[0].0),
            STATS,
            json!({ "o": w.branch, "f": from, "t": to }),
        )
        .await;
    let url = stats["contributorStatistics"]["exportUrl"]
        .as_str()
        .unwrap()
        .to_string();
    let export = |token: String| {
        let app = &w.app;
        let url = url.clone();
        async move {
            app.http
                .get(format!("{}{url}", app.base))
                .bearer_auth(token)
                .send()
                .await
                .unwrap()
        }
    };
    let officer_export = export(w.officer.0.clone()).await;
    let member_export = export(w.members[0].0.clone()).await;

    // Assert
    let lines = stats["contributorStatistics"]["contributors"]
        .as_array()
        .unwrap();
    let me = lines
        .iter()
        .find(|l| l["memberName"] == "信息员小王")
        .unwrap_or_else(|| panic!("{stats}"));
    assert_eq!(me["submitted"], 2);
    assert_eq!(me["adopted"], 1);
    assert_eq!(me["returned"], 1);
    assert_eq!(me["views"], 1);
    assert_eq!(me["likes"], 1);
    assert_eq!(
        stats["contributorStatistics"]["organizations"][0]["organizationName"],
        "第一党支部"
    );
    assert_eq!(code(&member_stats), Some("NOT_FOUND"), "{member_stats}");
    assert_eq!(officer_export.status(), 200);
    let bytes = officer_export.bytes().await.unwrap();
    assert_eq!(&bytes[..2], b"PK");
    assert_eq!(member_export.status(), 404);
}

#[tokio::test]
async fn a_scheduled_article_is_published_by_the_worker_turn_once_its_time_comes() {
    // Arrange
    let w = world().await;
    let id = draft(
        &w.app,
        &w.correspondent.0,
        &w.column,
        content("定时发布的稿件"),
    )
    .await;
    step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": id, "confidential": false }),
    )
    .await;
    step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE" }),
    )
    .await;
    let at = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let scheduled = step(
        &w.app,
        &w.officer.0,
        PUBLISH,
        json!({ "articleId": id, "publishAt": at }),
    )
    .await;
    let tenant = tongxin_tests::tenant_id_of(&w.app, &w.t).await;
    let job = tongxin_core::publishing::PublishJob {
        tenant_id: tenant,
        article_id: uuid_of(&id),
    };

    // Act
    let early = tongxin_core::publishing::run_scheduled(&w.app.app, &job)
        .await
        .unwrap();
    let reader_early = article(&w.app, &w.members[0].0, &id).await;
    let moved = owner_count(
        &w,
        "update article set publish_at = now() - interval '1 minute' where id = $1",
        &id,
    )
    .await;
    assert_eq!(moved, 1);
    let due = tongxin_core::publishing::run_scheduled(&w.app.app, &job)
        .await
        .unwrap();
    let reader_later = article(&w.app, &w.members[0].0, &id).await;

    // Assert
    assert_eq!(
        scheduled["data"]["publishArticle"]["article"]["status"], "SCHEDULED",
        "{scheduled}"
    );
    assert_eq!(early, "not yet");
    assert_eq!(code(&reader_early), Some("NOT_FOUND"));
    assert_eq!(due, "published");
    assert_eq!(
        reader_later["data"]["article"]["status"], "PUBLISHED",
        "{reader_later}"
    );
}

#[tokio::test]
async fn hostile_and_out_of_range_article_inputs_are_validation_or_not_found_with_the_field() {
    // Arrange
    let w = world().await;

    // Act
    let nul_title = create(
        &w.app,
        &w.correspondent.0,
        &w.column,
        content("标题\u{0}注入"),
    )
    .await;
    let long_title = create(
        &w.app,
        &w.correspondent.0,
        &w.column,
        content(&"长".repeat(101)),
    )
    .await;
    let nul_body = create(
        &w.app,
        &w.correspondent.0,
        &w.column,
        with(content("正文"), json!({ "body": "a\u{0}b" })),
    )
    .await;
    let bad_line = create(
        &w.app,
        &w.correspondent.0,
        &w.column,
        with(content("条线"), json!({ "visibilityLine": "GRID" })),
    )
    .await;
    let wrong_id = create(&w.app, &w.correspondent.0, &w.branch, content("错误的栏目")).await;
    let forged = create(&w.app, &w.correspondent.0, "not-an-id", content("伪造")).await;
    let bad_search = w
        .app
        .gql(
            Some(&w.members[0].0),
            ARTICLES,
            json!({ "c": w.column, "s": "x".repeat(51), "f": 20 }),
        )
        .await;
    let bad_first = w
        .app
        .gql(
            Some(&w.members[0].0),
            ARTICLES,
            json!({ "c": w.column, "f": 0 }),
        )
        .await;
    let far = (chrono::Utc::now() + chrono::Duration::days(400)).to_rfc3339();
    let id = draft(&w.app, &w.correspondent.0, &w.column, content("远期")).await;
    step(
        &w.app,
        &w.correspondent.0,
        SUBMIT,
        json!({ "articleId": id, "confidential": false }),
    )
    .await;
    step(
        &w.app,
        &w.officer.0,
        REVIEW,
        json!({ "articleId": id, "decision": "APPROVE" }),
    )
    .await;
    let too_far = step(
        &w.app,
        &w.officer.0,
        PUBLISH,
        json!({ "articleId": id, "publishAt": far }),
    )
    .await;
    let empty_reason = step(
        &w.app,
        &w.officer.0,
        WITHDRAW,
        json!({ "articleId": id, "reason": " " }),
    )
    .await;

    // Assert
    assert_eq!(code(&nul_title), Some("VALIDATION"), "{nul_title}");
    assert!(!field_error(&long_title, "title").is_empty());
    assert_eq!(code(&nul_body), Some("VALIDATION"), "{nul_body}");
    assert!(!field_error(&bad_line, "visibilityLine").is_empty());
    assert_eq!(code(&wrong_id), Some("NOT_FOUND"), "{wrong_id}");
    assert_eq!(code(&forged), Some("NOT_FOUND"), "{forged}");
    assert!(!field_error(&bad_search, "search").is_empty());
    assert!(!field_error(&bad_first, "first").is_empty());
    assert!(!field_error(&too_far, "publishAt").is_empty());
    assert!(!field_error(&empty_reason, "reason").is_empty());
}
