//! The number parameters that law or sense bounds, and their bounds. An override outside them
//! is refused with the reason, so that a tenant cannot, say, keep its audit log for less than
//! the six months the 网络安全法 requires. Pure data and a check.

use serde_json::Value;

/// `(rule key, parameter, least, most, why the least)`.
const BOUNDS: &[(&str, &str, u64, u64, &str)] = &[
    (
        "privacy.retention",
        "auditLogDays",
        180,
        36_500,
        "《网络安全法》第二十一条要求网络日志留存不少于六个月",
    ),
    ("privacy.retention", "readNotificationDays", 1, 36_500, ""),
];

/// The least and most values `param` of rule `key` accepts, when it is bounded.
pub fn bounds(key: &str, param: &str) -> Option<(u64, u64)> {
    BOUNDS
        .iter()
        .find(|(k, p, ..)| *k == key && *p == param)
        .map(|(_, _, lo, hi, _)| (*lo, *hi))
}

/// Why `params` cannot stand for rule `key` (a bounded parameter that is not a whole number
/// within its bounds), or `Ok`.
pub fn check_bounds(key: &str, params: &Value) -> Result<(), String> {
    for (k, param, lo, hi, why) in BOUNDS {
        if *k != key {
            continue;
        }
        let Some(v) = params.get(param) else { continue };
        if !v.as_u64().is_some_and(|n| (*lo..=*hi).contains(&n)) {
            let reason = if why.is_empty() {
                String::new()
            } else {
                format!("（{why}）")
            };
            return Err(format!("“{param}”应为 {lo} 至 {hi} 之间的整数{reason}"));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn an_audit_retention_of_180_days_is_accepted_and_179_is_refused_with_the_law() {
        let ok = json!({ "auditLogDays": 180, "readNotificationDays": 30 });
        assert!(check_bounds("privacy.retention", &ok).is_ok());
        let refusal = check_bounds(
            "privacy.retention",
            &json!({ "auditLogDays": 179, "readNotificationDays": 30 }),
        )
        .unwrap_err();
        assert!(refusal.contains("auditLogDays"), "{refusal}");
        assert!(refusal.contains("网络安全法"), "{refusal}");
    }

    #[test]
    fn fractions_zero_and_more_than_a_hundred_years_are_refused() {
        for bad in [json!(0), json!(1.5), json!(36_501)] {
            let params = json!({ "auditLogDays": 365, "readNotificationDays": bad });
            assert!(
                check_bounds("privacy.retention", &params).is_err(),
                "{params}"
            );
        }
    }

    #[test]
    fn unbounded_rules_are_left_to_the_shape_check() {
        assert!(check_bounds("party.probation", &json!({ "months": 0 })).is_ok());
        assert_eq!(
            bounds("privacy.retention", "auditLogDays"),
            Some((180, 36_500))
        );
        assert_eq!(bounds("party.probation", "months"), None);
    }
}
