//! The evaluation's rules as pure functions: the order of the stages, the 优秀 cap of
//! `evaluation.excellent_cap`, and when a grade needs a reason.

use super::model::{EvaluationStage, Grade};
use serde_json::Value;

/// The key of the statutory rule capping the share of 优秀.
pub const CAP_RULE: &str = "evaluation.excellent_cap";

/// The share the seeded rule stands for (⅓, written to 4 decimals) when a tenant's parameters
/// lack it.
pub const DEFAULT_MAX_SHARE: f64 = 0.3333;

/// The stage after `stage`, or `None` once closed.
pub fn next(stage: EvaluationStage) -> Option<EvaluationStage> {
    use EvaluationStage::*;
    match stage {
        SelfAssessment => Some(PeerReview),
        PeerReview => Some(Committee),
        Committee => Some(Decision),
        Decision => Some(Closed),
        Closed => None,
    }
}

/// `maxShare` of the rule's effective parameters, within 0..=1 (the default otherwise).
pub fn max_share(params: &Value) -> f64 {
    params["maxShare"]
        .as_f64()
        .filter(|s| (0.0..=1.0).contains(s))
        .unwrap_or(DEFAULT_MAX_SHARE)
}

/// How many of `members` may be graded 优秀: `floor(members × (maxShare + 0.00005))`. The
/// parameter is written to 4 decimals, so the half unit of its last place is added back:
/// 0.3333 stands for ⅓ and allows 3 of 9, which `floor(9 × 0.3333)` would not.
pub fn excellent_cap(members: usize, max_share: f64) -> usize {
    let cap = (members as f64 * (max_share + 0.00005)).floor();
    if cap <= 0.0 {
        0
    } else {
        (cap as usize).min(members)
    }
}

/// Why `excellent` 优秀 grades among `members` break the cap, or `Ok` within it.
pub fn check_cap(excellent: usize, members: usize, max_share: f64) -> Result<(), CapExceeded> {
    let cap = excellent_cap(members, max_share);
    if excellent > cap {
        Err(CapExceeded {
            excellent,
            cap,
            members,
        })
    } else {
        Ok(())
    }
}

/// More 优秀 grades than the cap allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CapExceeded {
    /// 优秀 grades given.
    pub excellent: usize,
    /// The most allowed.
    pub cap: usize,
    /// The campaign's members.
    pub members: usize,
}

impl CapExceeded {
    /// The refusal, citing the rule by title and source.
    pub fn message(&self, title: &str, source: &str) -> String {
        format!(
            "“优秀”等次不得超过参评党员的三分之一：{} 名党员中至多 {} 名，现为 {} 名（依据：{title}，{source}；规则 {CAP_RULE}）",
            self.members, self.cap, self.excellent
        )
    }
}

/// Whether `grade` needs a stated reason (不合格 does).
pub fn needs_reason(grade: Grade) -> bool {
    grade == Grade::Unqualified
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_of_nine_are_allowed_and_four_of_nine_refused() {
        assert_eq!(excellent_cap(9, DEFAULT_MAX_SHARE), 3);
        assert!(check_cap(3, 9, DEFAULT_MAX_SHARE).is_ok());
        assert_eq!(
            check_cap(4, 9, DEFAULT_MAX_SHARE),
            Err(CapExceeded {
                excellent: 4,
                cap: 3,
                members: 9
            })
        );
    }

    #[test]
    fn three_of_ten_are_allowed_and_four_of_ten_refused() {
        assert_eq!(excellent_cap(10, DEFAULT_MAX_SHARE), 3);
        assert!(check_cap(3, 10, DEFAULT_MAX_SHARE).is_ok());
        assert!(check_cap(4, 10, DEFAULT_MAX_SHARE).is_err());
    }

    #[test]
    fn the_cap_of_small_and_large_branches_follows_one_third() {
        assert_eq!(excellent_cap(0, DEFAULT_MAX_SHARE), 0);
        assert_eq!(excellent_cap(2, DEFAULT_MAX_SHARE), 0);
        assert_eq!(excellent_cap(3, DEFAULT_MAX_SHARE), 1);
        assert_eq!(excellent_cap(6, DEFAULT_MAX_SHARE), 2);
        assert_eq!(excellent_cap(12, DEFAULT_MAX_SHARE), 4);
        assert_eq!(excellent_cap(300, DEFAULT_MAX_SHARE), 100);
    }

    #[test]
    fn a_tenant_share_is_read_from_the_parameters_and_a_bad_one_falls_back() {
        assert_eq!(max_share(&serde_json::json!({ "maxShare": 0.25 })), 0.25);
        assert_eq!(excellent_cap(8, 0.25), 2);
        assert_eq!(
            max_share(&serde_json::json!({ "maxShare": 2 })),
            DEFAULT_MAX_SHARE
        );
        assert_eq!(max_share(&serde_json::json!({})), DEFAULT_MAX_SHARE);
    }

    #[test]
    fn the_refusal_cites_the_rule_title_and_source() {
        let e = check_cap(4, 9, DEFAULT_MAX_SHARE).unwrap_err();
        let m = e.message(
            "民主评议“优秀”等次比例上限",
            "《关于建立民主评议党员制度的意见》",
        );
        assert!(m.contains("民主评议“优秀”等次比例上限"));
        assert!(m.contains("《关于建立民主评议党员制度的意见》"));
        assert!(m.contains(CAP_RULE));
        assert!(m.contains("至多 3 名"));
    }

    #[test]
    fn stages_follow_in_order_and_end_closed() {
        let mut s = EvaluationStage::SelfAssessment;
        let mut seen = vec![s];
        while let Some(n) = next(s) {
            seen.push(n);
            s = n;
        }
        assert_eq!(seen, EvaluationStage::ALL.to_vec());
    }

    #[test]
    fn only_unqualified_needs_a_reason() {
        assert!(needs_reason(Grade::Unqualified));
        assert!(!needs_reason(Grade::BasicallyQualified));
        assert!(!needs_reason(Grade::Excellent));
    }
}
