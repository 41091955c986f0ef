//! The text parameters that the modules read as a choice among named behaviours, and the
//! values each accepts. A value outside the list would leave the module guessing, so an
//! override naming one is refused with the values that are allowed. Pure data and a check.

use serde_json::Value;

/// `(rule key, parameter, accepted values)`; the first value is the statutory default.
const CHOICES: &[(&str, &str, &[&str])] = &[
    (
        "party.dues.start",
        "probationaryFrom",
        &["branchMeetingMonth", "monthAfterBranchMeeting"],
    ),
    (
        "party.dues.start",
        "baseChangeFrom",
        &["newPayMonth", "monthAfterNewPay"],
    ),
];

/// The values `param` of rule `key` accepts, when the module reads it as a choice.
pub fn choices(key: &str, param: &str) -> Option<&'static [&'static str]> {
    CHOICES
        .iter()
        .find(|(k, p, _)| *k == key && *p == param)
        .map(|(_, _, values)| *values)
}

/// Why `params` cannot stand for rule `key` (a choice parameter holding a value the module
/// does not know), or `Ok`.
pub fn check_choices(key: &str, params: &Value) -> Result<(), String> {
    for (k, param, values) in CHOICES {
        if *k != key {
            continue;
        }
        if let Some(v) = params.get(param).and_then(Value::as_str)
            && !values.contains(&v)
        {
            return Err(format!("“{param}”只能取以下值之一：{}", values.join("、")));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_known_behaviour_is_accepted_and_an_unknown_one_is_refused_with_the_allowed_values() {
        let ok = json!({ "probationaryFrom": "monthAfterBranchMeeting", "baseChangeFrom": "newPayMonth" });
        let bad = json!({ "probationaryFrom": "approvalDay", "baseChangeFrom": "newPayMonth" });
        assert!(check_choices("party.dues.start", &ok).is_ok());
        let refusal = check_choices("party.dues.start", &bad).unwrap_err();
        assert!(refusal.contains("probationaryFrom"), "{refusal}");
        assert!(refusal.contains("branchMeetingMonth"), "{refusal}");
    }

    #[test]
    fn rules_without_choices_accept_any_text() {
        assert!(check_choices("transfer.letter", &json!({ "anything": "goes" })).is_ok());
        assert_eq!(choices("transfer.letter", "anything"), None);
    }
}
