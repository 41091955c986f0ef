//! Files: uploads checked for type and size, a file usable only once its bytes are stored,
//! downloads through short-lived signed links after an access check; the local store through
//! the API's own route and S3 (a real moto server) through presigned URLs.

use super::chat::{conversations, group_of};
use serde_json::{Value, json};
use tongxin_tests::{TestApp, code, config};

const BEGIN: &str = "mutation($i: BeginUploadInput!) { beginUpload(input: $i) { file { id status } url method headers { name value } needsCompletion } }";

async fn begin(app: &TestApp, token: &str, name: &str, content_type: &str, size: usize) -> Value {
    app.gql(
        Some(token),
        BEGIN,
        json!({ "i": { "name": name, "contentType": content_type, "size": size } }),
    )
    .await
}

fn absolute(app: &TestApp, url: &str) -> String {
    if url.starts_with('/') {
        format!("{}{url}", app.base)
    } else {
        url.to_string()
    }
}

async fn put(app: &TestApp, token: &str, target: &Value, bytes: Vec<u8>) -> reqwest::Response {
    let mut req = app
        .http
        .put(absolute(app, target["url"].as_str().unwrap()))
        .body(bytes);
    for h in target["headers"].as_array().unwrap() {
        req = req.header(h["name"].as_str().unwrap(), h["value"].as_str().unwrap());
    }
    if target["url"].as_str().unwrap().starts_with('/') {
        req = req.bearer_auth(token);
    }
    req.send().await.expect("upload")
}

async fn attach(app: &TestApp, token: &str, conv: &str, file: &str, id: &str) -> Value {
    app.gql(
        Some(token),
        "mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { seq attachment { id name size isImage url } } } }",
        json!({ "i": { "conversationId": conv, "body": "", "clientMessageId": id, "fileId": file } }),
    )
    .await
}

fn png() -> Vec<u8> {
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0..2000u32).map(|i| (i % 251) as u8));
    bytes
}

#[tokio::test]
async fn a_local_upload_is_attached_and_downloaded_by_group_members_only() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "档案室", "PARTY").await;
    let (a, _) = app.join(&t.token, &unit, "上传者").await;
    let (b, _) = app.join(&t.token, &unit, "同组成员").await;
    let conv = group_of(&conversations(&app, &a).await, &unit).unwrap();
    let bytes = png();

    // Act
    let started = begin(&app, &a, "会议照片.png", "image/png", bytes.len()).await;
    let target = started["data"]["beginUpload"].clone();
    let file = target["file"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{started}"))
        .to_string();
    let early = attach(&app, &a, &conv, &file, "f0").await;
    let by_other = put(&app, &b, &target, bytes.clone()).await.status();
    let stored = put(&app, &a, &target, bytes.clone()).await;
    let sent = attach(&app, &a, &conv, &file, "f1").await;
    let history = app
        .gql(
            Some(&b),
            "query($c: ID!) { messages(conversationId: $c, first: 1) { attachment { name url isImage } } }",
            json!({ "c": conv }),
        )
        .await;
    let url = absolute(
        &app,
        history["data"]["messages"][0]["attachment"]["url"]
            .as_str()
            .unwrap_or_else(|| panic!("{history}")),
    );
    let downloaded = app.http.get(&url).send().await.unwrap();
    let disposition = downloaded.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .to_string();
    let body = downloaded.bytes().await.unwrap().to_vec();
    let stranger = app.sign_up().await;
    let cross = app
        .gql(
            Some(&stranger.token),
            "query($f: ID!) { file(id: $f) { url } }",
            json!({ "f": file }),
        )
        .await;
    let mut forged = url.clone();
    forged.pop();
    forged.push(if url.ends_with('A') { 'B' } else { 'A' });

    // Assert
    assert_eq!(target["needsCompletion"], false, "{target}");
    assert_eq!(code(&early), Some("VALIDATION"), "not yet stored: {early}");
    assert_eq!(
        by_other,
        reqwest::StatusCode::NOT_FOUND,
        "only the uploader uploads"
    );
    assert!(stored.status().is_success(), "{:?}", stored.text().await);
    assert!(sent["errors"].is_null(), "{sent}");
    assert_eq!(
        history["data"]["messages"][0]["attachment"]["isImage"],
        true
    );
    assert_eq!(body, bytes, "the bytes come back");
    assert!(disposition.starts_with("inline;"), "{disposition}");
    assert_eq!(code(&cross), Some("NOT_FOUND"));
    assert_eq!(
        app.http.get(&forged).send().await.unwrap().status(),
        reqwest::StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn type_size_and_a_mismatched_body_are_refused_with_clear_messages() {
    // Arrange
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "资料组", "UNION").await;
    let (a, _) = app.join(&t.token, &unit, "资料员").await;

    // Act
    let svg = begin(&app, &a, "x.svg", "image/svg+xml", 100).await;
    let huge = begin(&app, &a, "big.png", "image/png", 11 * 1024 * 1024).await;
    let ok = begin(&app, &a, "纪要.pdf", "application/pdf", 10).await;
    let short = put(&app, &a, &ok["data"]["beginUpload"], b"12345".to_vec()).await;
    let status = short.status();
    let reply: Value = short.json().await.unwrap();

    // Assert
    assert_eq!(code(&svg), Some("VALIDATION"));
    assert!(svg.to_string().contains("不支持的文件类型"), "{svg}");
    assert!(huge.to_string().contains("图片最大 10 MB"), "{huge}");
    assert_eq!(status, reqwest::StatusCode::BAD_REQUEST);
    assert_eq!(reply["error"]["code"], "VALIDATION", "{reply}");
}

#[tokio::test]
async fn on_s3_an_upload_goes_straight_to_the_bucket_and_completes_after_the_object_exists() {
    // Arrange: a node storing files in a moto S3 bucket.
    let endpoint = std::env::var("TONGXIN_TEST_S3_URL").expect("make test provides an S3 server");
    let bucket = format!("tongxin-{}", tongxin_tests::unique_slug());
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let created = http
        .put(format!("{endpoint}/{bucket}"))
        .send()
        .await
        .unwrap();
    assert!(
        created.status().is_success(),
        "bucket: {:?}",
        created.text().await
    );
    let mut cfg = config();
    cfg.storage.s3_bucket = Some(bucket.clone());
    cfg.storage.s3_endpoint = Some(endpoint.clone());
    cfg.storage.s3_region = Some("us-east-1".into());
    cfg.storage.s3_access_key_id = Some("testing".into());
    cfg.storage.s3_secret_access_key = Some("testing".into());
    let app = TestApp::spawn_with(cfg).await;
    let t = app.sign_up().await;
    let unit = app.create_org(&t.token, None, "宣传部", "PARTY").await;
    let (a, _) = app.join(&t.token, &unit, "宣传员").await;
    let conv = group_of(&conversations(&app, &a).await, &unit).unwrap();
    let tenant = tongxin_tests::tenant_id_of(&app, &t).await;
    let bytes = b"%PDF-1.4 minutes of the branch meeting".to_vec();

    // Act
    let started = begin(&app, &a, "支部会议纪要.pdf", "application/pdf", bytes.len()).await;
    let target = started["data"]["beginUpload"].clone();
    let file = target["file"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("{started}"))
        .to_string();
    let complete = |token: String| {
        let app = &app;
        let file = file.clone();
        async move {
            app.gql(
                Some(&token),
                "mutation($f: ID!) { completeUpload(fileId: $f) { status size } }",
                json!({ "f": file }),
            )
            .await
        }
    };
    let before = complete(a.clone()).await;
    let uploaded = put(&app, &a, &target, bytes.clone()).await;
    let after = complete(a.clone()).await;
    let sent = attach(&app, &a, &conv, &file, "s3-1").await;
    let url = sent["data"]["sendMessage"]["message"]["attachment"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{sent}"))
        .to_string();
    let body = http
        .get(&url)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    let listed = http
        .get(format!("{endpoint}/{bucket}?list-type=2"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();

    // Assert
    assert_eq!(target["needsCompletion"], true, "{target}");
    assert!(
        target["url"].as_str().unwrap().starts_with(&endpoint),
        "{target}"
    );
    assert_eq!(
        code(&before),
        Some("VALIDATION"),
        "not uploaded yet: {before}"
    );
    assert!(
        uploaded.status().is_success(),
        "{:?}",
        uploaded.text().await
    );
    assert_eq!(
        after["data"]["completeUpload"]["status"], "READY",
        "{after}"
    );
    assert_eq!(body, bytes);
    assert!(
        listed.contains(&format!("<Key>{tenant}/")),
        "tenant-prefixed key: {listed}"
    );
}
