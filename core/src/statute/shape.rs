//! Overrides keep the shape of the statutory defaults: the same keys, the same kinds of
//! values, numbers not negative. Pure, so it is tested without a database.

use serde_json::Value;

/// Why `candidate` cannot replace `default`, or `Ok` when it can.
pub fn check_override(default: &Value, candidate: &Value) -> Result<(), String> {
    check(default, candidate, "")
}

fn check(default: &Value, candidate: &Value, path: &str) -> Result<(), String> {
    let at = |p: &str| {
        if p.is_empty() {
            "参数".to_string()
        } else {
            format!("“{p}”")
        }
    };
    match (default, candidate) {
        (Value::Object(d), Value::Object(c)) => {
            for k in d.keys() {
                if !c.contains_key(k) {
                    return Err(format!("缺少{}", at(&join(path, k))));
                }
            }
            for (k, v) in c {
                let p = join(path, k);
                let dv = d.get(k).ok_or_else(|| format!("未知的参数{}", at(&p)))?;
                check(dv, v, &p)?;
            }
            Ok(())
        }
        (Value::Array(d), Value::Array(c)) => {
            if c.is_empty() && !d.is_empty() {
                return Err(format!("{}不能为空", at(path)));
            }
            match d.first() {
                Some(example) => c
                    .iter()
                    .enumerate()
                    .try_for_each(|(i, v)| check(example, v, &format!("{path}[{i}]"))),
                None => Ok(()),
            }
        }
        (Value::Number(_), Value::Number(n)) => {
            if n.as_f64().is_some_and(|x| x < 0.0) {
                Err(format!("{}不能为负数", at(path)))
            } else {
                Ok(())
            }
        }
        // `null` marks an open end (e.g. the top bracket); a number may stand there too.
        (Value::Null, Value::Null | Value::Number(_)) | (Value::Number(_), Value::Null) => Ok(()),
        (Value::String(_), Value::String(_)) | (Value::Bool(_), Value::Bool(_)) => Ok(()),
        _ => Err(format!("{}的类型与法定参数不一致", at(path))),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_provincial_variant_with_the_same_shape_is_accepted() {
        let d = json!({ "validMonths": 3, "crossProvinceMonths": 6 });
        assert!(check_override(&d, &json!({ "validMonths": 2, "crossProvinceMonths": 4 })).is_ok());
    }

    #[test]
    fn missing_unknown_or_mistyped_parameters_are_refused_with_their_name() {
        let d = json!({ "months": 12, "maxExtensionMonths": 12 });
        assert!(
            check_override(&d, &json!({ "months": 12 }))
                .unwrap_err()
                .contains("maxExtensionMonths")
        );
        assert!(
            check_override(
                &d,
                &json!({ "months": 12, "maxExtensionMonths": 12, "x": 1 })
            )
            .unwrap_err()
            .contains("x")
        );
        assert!(
            check_override(&d, &json!({ "months": "12", "maxExtensionMonths": 12 }))
                .unwrap_err()
                .contains("months")
        );
        assert!(
            check_override(&d, &json!({ "months": -1, "maxExtensionMonths": 12 }))
                .unwrap_err()
                .contains("负数")
        );
    }

    #[test]
    fn brackets_are_checked_item_by_item_and_the_open_top_bracket_may_be_null() {
        let d = json!({ "brackets": [{ "upTo": 3000, "rate": 0.005 }, { "upTo": null, "rate": 0.02 }] });
        let ok = json!({ "brackets": [{ "upTo": 4000, "rate": 0.005 }, { "upTo": null, "rate": 0.02 }] });
        let bad = json!({ "brackets": [{ "upTo": 4000, "rate": "low" }] });
        assert!(check_override(&d, &ok).is_ok());
        assert!(
            check_override(&d, &bad)
                .unwrap_err()
                .contains("brackets[0].rate")
        );
        assert!(check_override(&d, &json!({ "brackets": [] })).is_err());
    }
}
