//! The statutory-rule registry: defaults with sources, tenant overrides, isolation.

use serde_json::json;
use tongxin_tests::{TestApp, code};

const RULES: &str = "{ rules { key effectiveParams effectiveSource source overridden } }";
const OVERRIDE: &str = "mutation($i: OverrideRuleInput!) { overrideRule(input: $i) { key effectiveParams effectiveSource overridden } }";

fn rule<'a>(body: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    body["data"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == key)
        .unwrap_or_else(|| panic!("{key} missing: {body}"))
}

#[tokio::test]
async fn every_statutory_default_is_listed_with_its_source() {
    let app = TestApp::spawn().await;
    let t = app.sign_up().await;
    let body = app.gql(Some(&t.token), RULES, json!({})).await;
    assert!(
        body["data"]["rules"].as_array().unwrap().len() >= 20,
        "{body}"
    );
    let probation = rule(&body, "party.probation");
    assert_eq!(probation["effectiveParams"]["months"], 12);
    assert!(
        probation["source"].as_str().unwrap().contains("党章")
            || probation["source"].as_str().unwrap().contains("章程")
    );
    let dues = rule(&body, "party.dues.employed");
    assert_eq!(dues["effectiveParams"]["brackets"][3]["rate"], 0.02);
}

#[tokio::test]
async fn a_tenant_override_applies_to_that_tenant_only_and_can_be_reset() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let b = app.sign_up().await;
    let input = json!({ "i": { "key": "transfer.letter", "params": { "validMonths": 2, "crossProvinceMonths": 4 }, "sourceNote": "某省组织部 2025 年第 3 号文" } });

    let done = app.gql(Some(&a.token), OVERRIDE, input.clone()).await;
    assert_eq!(
        done["data"]["overrideRule"]["effectiveParams"]["validMonths"], 2,
        "{done}"
    );
    assert_eq!(
        done["data"]["overrideRule"]["effectiveSource"],
        "某省组织部 2025 年第 3 号文"
    );
    let in_b = app.gql(Some(&b.token), RULES, json!({})).await;
    assert_eq!(
        rule(&in_b, "transfer.letter")["effectiveParams"]["validMonths"],
        3
    );
    assert_eq!(rule(&in_b, "transfer.letter")["overridden"], false);

    let reset = app.gql(Some(&a.token), "mutation { resetRule(input: { key: \"transfer.letter\" }) { effectiveParams overridden } }", json!({})).await;
    assert_eq!(
        reset["data"]["resetRule"]["effectiveParams"]["validMonths"],
        3
    );
    assert_eq!(reset["data"]["resetRule"]["overridden"], false);
}

#[tokio::test]
async fn an_override_with_another_shape_or_without_a_source_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let a = app.sign_up().await;
    let bad_shape = app.gql(Some(&a.token), OVERRIDE, json!({ "i": { "key": "party.probation", "params": { "months": "twelve", "maxExtensionMonths": 12 }, "sourceNote": "x" } })).await;
    assert_eq!(code(&bad_shape), Some("VALIDATION"));
    assert!(
        bad_shape["errors"][0]["extensions"]["fields"]["params"]
            .as_str()
            .unwrap()
            .contains("months")
    );
    let no_source = app.gql(Some(&a.token), OVERRIDE, json!({ "i": { "key": "party.probation", "params": { "months": 12, "maxExtensionMonths": 6 }, "sourceNote": " " } })).await;
    assert_eq!(code(&no_source), Some("VALIDATION"));
    let unknown = app
        .gql(
            Some(&a.token),
            OVERRIDE,
            json!({ "i": { "key": "no.such.rule", "params": {}, "sourceNote": "x" } }),
        )
        .await;
    assert_eq!(code(&unknown), Some("NOT_FOUND"));
    let body = app.gql(Some(&a.token), RULES, json!({})).await;
    assert_eq!(rule(&body, "party.probation")["overridden"], false);
}
