//! The activity album against the real server and object store: organisers and members who
//! attended add photos once the activity started, whoever sees the activity sees them, only
//! the organisers or the one who added a photo take it out; before the start, files that are
//! not the adder's images, repeats, hostile captions and a full album (also under parallel
//! adds) are refused; across tenants and outside the audience `NOT_FOUND`.

use crate::activities::{create, field_error, form, register, with};
use crate::votes::{World, world};
use chrono::{Duration, Utc};
use futures::future::join_all;
use serde_json::{Value, json};
use tongxin_tests::{TestApp, assert_ok, code};

const ADD: &str = "mutation($i: AddActivityPhotosInput!) { addActivityPhotos(input: $i) { activity { photos { id caption addedByName viewerCanRemove url file { isImage } } } } }";
const REMOVE: &str = "mutation($i: RemoveActivityPhotoInput!) { removeActivityPhoto(input: $i) { activity { photos { id } } } }";
const PHOTOS: &str = "query($id: ID!) { activity(id: $id) { viewerCanAddPhotos photos { id caption url viewerCanRemove } } }";
const ATTEND: &str = "mutation($i: RecordActivityAttendanceInput!) { recordActivityAttendance(input: $i) { registration { id } } }";

/// An activity of the branch that started half a minute ago and takes registrations for an
/// hour more.
async fn started(w: &World) -> String {
    let now = Utc::now();
    create(
        &w.app,
        &w.officer.0,
        with(
            form(&w.branch, Duration::days(1)),
            json!({
                "startsAt": (now - Duration::seconds(30)).to_rfc3339(),
                "endsAt": (now + Duration::hours(2)).to_rfc3339(),
                "registrationDeadline": (now + Duration::hours(1)).to_rfc3339(),
            }),
        ),
    )
    .await
}

async fn add(app: &TestApp, token: &str, id: &str, files: &[String], caption: &str) -> Value {
    app.gql(
        Some(token),
        ADD,
        json!({ "i": { "activityId": id, "fileIds": files, "caption": caption } }),
    )
    .await
}

async fn photos(app: &TestApp, token: &str, id: &str) -> Value {
    app.gql(Some(token), PHOTOS, json!({ "id": id })).await
}

#[tokio::test]
async fn attendees_and_organisers_add_photos_everyone_invited_sees_them_and_only_they_take_them_out()
 {
    // Arrange
    let w = world().await;
    let id = started(&w).await;
    let (attendee, attendee_id) = &w.voters[0];
    let onlooker = &w.voters[1].0;
    assert_ok!(register(&w.app, attendee, &id, json!([])).await);
    assert_ok!(
        w.app
            .gql(
                Some(&w.officer.0),
                ATTEND,
                json!({ "i": { "activityId": id, "memberId": attendee_id, "present": true } }),
            )
            .await
    );
    let mine = w.app.upload_image(attendee).await;
    let theirs = w.app.upload_image(onlooker).await;
    let officers = w.app.upload_image(&w.officer.0).await;
    let stranger = w.app.sign_up().await;
    let strangers = w.app.upload_image(&stranger.token).await;

    // Act
    let by_attendee = add(&w.app, attendee, &id, &[mine], "清理绿化带").await;
    let by_officer = add(&w.app, &w.officer.0, &id, &[officers], "合影").await;
    let by_onlooker = add(&w.app, onlooker, &id, &[theirs], "").await;
    let by_stranger = add(&w.app, &stranger.token, &id, &[strangers], "").await;
    let seen_by_onlooker = photos(&w.app, onlooker, &id).await;
    let seen_by_outsider = photos(&w.app, &w.outsider.0, &id).await;

    // Assert
    let album = &assert_ok!(by_attendee)["addActivityPhotos"]["activity"]["photos"];
    assert_eq!(album[0]["caption"], "清理绿化带");
    assert_eq!(album[0]["file"]["isImage"], true);
    assert_eq!(album[0]["viewerCanRemove"], true);
    assert_ok!(by_officer);
    assert_eq!(code(&by_onlooker), Some("NOT_FOUND"), "{by_onlooker}");
    assert_eq!(code(&by_stranger), Some("NOT_FOUND"), "{by_stranger}");
    let seen = assert_ok!(seen_by_onlooker);
    assert_eq!(seen["activity"]["viewerCanAddPhotos"], false);
    let list = seen["activity"]["photos"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert!(list.iter().all(|p| p["viewerCanRemove"] == false));
    let url = list[0]["url"].as_str().unwrap();
    let got = w
        .app
        .http
        .get(if url.starts_with('/') {
            format!("{}{url}", w.app.base)
        } else {
            url.to_string()
        })
        .send()
        .await
        .unwrap();
    assert!(
        got.status().is_success(),
        "the photo downloads: {}",
        got.status()
    );
    assert_eq!(code(&seen_by_outsider), Some("NOT_FOUND"));

    // Act: taking out.
    let photo = list[0]["id"].as_str().unwrap().to_string();
    let by_onlooker = w
        .app
        .gql(Some(onlooker), REMOVE, json!({ "i": { "photoId": photo } }))
        .await;
    let by_stranger = w
        .app
        .gql(
            Some(&stranger.token),
            REMOVE,
            json!({ "i": { "photoId": photo } }),
        )
        .await;
    let by_officer = w
        .app
        .gql(
            Some(&w.officer.0),
            REMOVE,
            json!({ "i": { "photoId": photo } }),
        )
        .await;
    let again = w
        .app
        .gql(
            Some(&w.officer.0),
            REMOVE,
            json!({ "i": { "photoId": photo } }),
        )
        .await;

    // Assert
    assert_eq!(code(&by_onlooker), Some("NOT_FOUND"));
    assert_eq!(code(&by_stranger), Some("NOT_FOUND"));
    let left = assert_ok!(by_officer);
    assert_eq!(
        left["removeActivityPhoto"]["activity"]["photos"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(code(&again), Some("NOT_FOUND"));
}

#[tokio::test]
async fn before_the_start_non_images_repeats_hostile_captions_and_others_files_are_refused() {
    // Arrange
    let w = world().await;
    let upcoming = create(&w.app, &w.officer.0, form(&w.branch, Duration::days(2))).await;
    let id = started(&w).await;
    let image = w.app.upload_image(&w.officer.0).await;
    let pdf = w
        .app
        .upload_file(
            &w.officer.0,
            "总结.pdf",
            "application/pdf",
            b"%PDF-1.4 minutes".to_vec(),
        )
        .await;
    let someone_elses = w.app.upload_image(&w.voters[0].0).await;

    // Act
    let early = add(
        &w.app,
        &w.officer.0,
        &upcoming,
        std::slice::from_ref(&image),
        "",
    )
    .await;
    let not_image = add(&w.app, &w.officer.0, &id, &[pdf], "").await;
    let repeated = add(
        &w.app,
        &w.officer.0,
        &id,
        &[image.clone(), image.clone()],
        "",
    )
    .await;
    let nul = add(
        &w.app,
        &w.officer.0,
        &id,
        std::slice::from_ref(&image),
        "合\u{0}影",
    )
    .await;
    let foreign = add(&w.app, &w.officer.0, &id, &[someone_elses], "").await;
    let bad_id = add(&w.app, &w.officer.0, &id, &["not-an-id".to_string()], "").await;
    let none = add(&w.app, &w.officer.0, &id, &[], "").await;

    // Assert
    assert!(field_error(&early, "activityId").contains("开始后"));
    assert!(field_error(&not_image, "fileIds.0").contains("只能上传图片"));
    field_error(&repeated, "fileIds.1");
    field_error(&nul, "caption");
    field_error(&foreign, "fileIds.0");
    field_error(&bad_id, "fileIds.0");
    field_error(&none, "fileIds");
    let album = assert_ok!(photos(&w.app, &w.officer.0, &id).await);
    assert_eq!(album["activity"]["photos"].as_array().unwrap().len(), 0);
}

#[tokio::test]
async fn parallel_adds_never_fill_the_album_beyond_a_hundred() {
    // Arrange: 90 photos in, then two adds of 6 at once for the 10 places left.
    let w = world().await;
    let id = started(&w).await;
    let mut files = vec![];
    for _ in 0..10 {
        files.extend(join_all((0..10).map(|_| w.app.upload_image(&w.officer.0))).await);
    }
    for chunk in files[..90].chunks(18) {
        assert_ok!(add(&w.app, &w.officer.0, &id, chunk, "").await);
    }
    let (a, b) = (&files[90..96], &files[96..100]);
    let c = join_all((0..2).map(|_| w.app.upload_image(&w.officer.0))).await;
    let b: Vec<String> = b.iter().cloned().chain(c).collect();

    // Act
    let (first, second) = futures::join!(
        add(&w.app, &w.officer.0, &id, a, ""),
        add(&w.app, &w.officer.0, &id, &b, ""),
    );

    // Assert
    let ok = [&first, &second]
        .iter()
        .filter(|r| r.get("errors").is_none())
        .count();
    assert_eq!(ok, 1, "exactly one fits: {first} {second}");
    let refused = if first.get("errors").is_some() {
        &first
    } else {
        &second
    };
    assert!(field_error(refused, "fileIds").contains("还可上传 4 张"));
    let album = assert_ok!(photos(&w.app, &w.officer.0, &id).await);
    assert_eq!(album["activity"]["photos"].as_array().unwrap().len(), 96);
}

const DRAFT: &str = "mutation($i: DraftArticleFromAlbumInput!) { draftArticleFromAlbum(input: $i) { article { id status title bodyHtml authorName files { id fileName cover } } } }";
const CREATE_COLUMN: &str =
    "mutation($i: CreateColumnInput!) { createColumn(input: $i) { column { id } } }";
const UPDATE_ARTICLE: &str =
    "mutation($i: UpdateArticleInput!) { updateArticle(input: $i) { article { id title } } }";

/// A column of the branch open to any member.
async fn branch_column(w: &World) -> String {
    assert_ok!(
        w.app
            .gql(
                Some(&w.t.token),
                CREATE_COLUMN,
                json!({ "i": { "organizationId": w.branch, "name": "支部活动", "submitPolicy": "ANY_MEMBER" } }),
            )
            .await
    )["createColumn"]["column"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn an_organiser_turns_the_album_with_attendees_photos_into_a_draft_that_others_cannot() {
    // Arrange: an attended activity with two photos (an attendee's and the officer's) and a
    // column of the branch open to any member.
    let w = world().await;
    let id = started(&w).await;
    let (attendee, attendee_id) = &w.voters[0];
    assert_ok!(register(&w.app, attendee, &id, json!([])).await);
    assert_ok!(
        w.app
            .gql(
                Some(&w.officer.0),
                ATTEND,
                json!({ "i": { "activityId": id, "memberId": attendee_id, "present": true } }),
            )
            .await
    );
    let theirs = w.app.upload_image(attendee).await;
    let mine = w.app.upload_image(&w.officer.0).await;
    assert_ok!(add(&w.app, attendee, &id, &[theirs], "<b>清理</b>绿化带").await);
    let album = assert_ok!(add(&w.app, &w.officer.0, &id, &[mine], "合影").await);
    let photo_ids: Vec<String> = album["addActivityPhotos"]["activity"]["photos"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect();
    let column = branch_column(&w).await;
    let draft = |token: String, photos: Vec<String>| {
        let (app, id, column) = (&w.app, id.clone(), column.clone());
        async move {
            app.gql(
                Some(&token),
                DRAFT,
                json!({ "i": { "activityId": id, "columnId": column, "photoIds": photos } }),
            )
            .await
        }
    };

    // Act
    let by_officer = draft(
        w.officer.0.clone(),
        vec![photo_ids[1].clone(), photo_ids[0].clone()],
    )
    .await;
    let by_attendee = draft(attendee.clone(), vec![]).await;
    let by_outsider = draft(w.outsider.0.clone(), vec![]).await;
    let stranger = w.app.sign_up().await;
    let by_stranger = draft(stranger.token.clone(), vec![]).await;

    // Assert: the officer's draft carries both photos (the first chosen is the cover), the
    // activity's title and the escaped caption; nobody else may draft.
    let a = &assert_ok!(by_officer)["draftArticleFromAlbum"]["article"];
    assert_eq!(a["status"], "DRAFT");
    assert_eq!(a["authorName"], "书记");
    let files = a["files"].as_array().unwrap();
    assert_eq!(files.len(), 2, "{a}");
    assert_eq!(files[0]["cover"], true, "{a}");
    assert!(!a["title"].as_str().unwrap().is_empty());
    let body = a["bodyHtml"].as_str().unwrap();
    assert!(body.contains("&lt;b&gt;清理&lt;/b&gt;绿化带"), "{body}");
    assert!(!body.contains("<b>"), "{body}");
    for refused in [&by_attendee, &by_outsider, &by_stranger] {
        assert_eq!(code(refused), Some("NOT_FOUND"), "{refused}");
    }

    // Act: the organiser edits the draft and keeps the attendee's photo.
    let article = a["id"].as_str().unwrap();
    let keep: Vec<String> = files
        .iter()
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    let edited = w
        .app
        .gql(
            Some(&w.officer.0),
            UPDATE_ARTICLE,
            json!({ "i": { "articleId": article, "content": {
                "title": "支部开展志愿服务", "body": "<p>改写</p>",
                "coverFileId": keep[0], "attachmentIds": keep } } }),
        )
        .await;

    // Assert
    assert_eq!(
        assert_ok!(edited)["updateArticle"]["article"]["title"],
        "支部开展志愿服务"
    );
}

#[tokio::test]
async fn a_draft_from_an_empty_album_or_with_photos_of_another_activity_is_refused_naming_the_field()
 {
    // Arrange
    let w = world().await;
    let empty = started(&w).await;
    let other = started(&w).await;
    let file = w.app.upload_image(&w.officer.0).await;
    let album = assert_ok!(add(&w.app, &w.officer.0, &other, &[file], "").await);
    let foreign = album["addActivityPhotos"]["activity"]["photos"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let column = branch_column(&w).await;
    let send = |photos: Value| {
        let (app, empty, column, token) = (&w.app, empty.clone(), column.clone(), &w.officer.0);
        async move {
            app.gql(
                Some(token),
                DRAFT,
                json!({ "i": { "activityId": empty, "columnId": column, "photoIds": photos } }),
            )
            .await
        }
    };

    // Act
    let from_empty = send(json!([])).await;
    let with_foreign = send(json!([foreign])).await;
    let with_garbage = send(json!(["not-an-id"])).await;
    let too_many = send(json!(vec![foreign.clone(); 11])).await;

    // Assert
    assert!(field_error(&from_empty, "activityId").contains("还没有照片"));
    assert!(field_error(&with_foreign, "photoIds.0").contains("不在本活动相册"));
    assert!(field_error(&with_garbage, "photoIds.0").contains("不在本活动相册"));
    assert!(field_error(&too_many, "photoIds").contains("最多"));
}
