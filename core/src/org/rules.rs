//! Which kinds may stand where in the tree; pure functions.

use super::model::{Kind, Line};

/// The kinds that may be placed directly under a parent of kind `parent`.
pub fn allowed_children(parent: Kind) -> &'static [Kind] {
    use Kind::*;
    match parent {
        PartyCommittee => &[PartyCommittee, PartyGeneralBranch, PartyBranch],
        PartyGeneralBranch => &[PartyBranch],
        PartyBranch => &[PartyGroup],
        PartyGroup => &[],
        UnionCommittee => &[UnionCommittee, UnionBranch, UnionGroup],
        UnionBranch => &[UnionGroup],
        UnionGroup => &[],
        YouthCommittee => &[YouthCommittee, YouthBranch],
        YouthBranch => &[],
        Department => &[Department],
        Grid => &[Grid],
    }
}

/// The kind a new unit gets when none is given.
pub fn default_kind(line: Line, parent: Option<Kind>) -> Option<Kind> {
    match parent {
        None => Some(match line {
            Line::Party => Kind::PartyCommittee,
            Line::Union => Kind::UnionCommittee,
            Line::Youth => Kind::YouthCommittee,
            Line::Admin => Kind::Department,
            Line::Grid => Kind::Grid,
        }),
        Some(p) => {
            let preferred = match p {
                Kind::PartyCommittee | Kind::PartyGeneralBranch => Kind::PartyBranch,
                Kind::PartyBranch => Kind::PartyGroup,
                Kind::UnionCommittee => Kind::UnionBranch,
                Kind::UnionBranch => Kind::UnionGroup,
                Kind::YouthCommittee => Kind::YouthBranch,
                other => other,
            };
            allowed_children(p)
                .contains(&preferred)
                .then_some(preferred)
        }
    }
}

/// Why a unit of `kind` in `line` cannot stand under `parent`, or `None` when it can.
pub fn placement_error(line: Line, kind: Kind, parent: Option<Kind>) -> Option<String> {
    if kind.line() != line {
        return Some(format!("{}不属于该条线", kind.label()));
    }
    let parent = parent?;
    if parent.line() != line {
        return Some(format!(
            "上级组织（{}）与新组织不在同一条线",
            parent.label()
        ));
    }
    if allowed_children(parent).contains(&kind) {
        None
    } else if allowed_children(parent).is_empty() {
        Some(format!("{}下不能再设下级组织", parent.label()))
    } else {
        Some(format!("{}下不能设立{}", parent.label(), kind.label()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_branch_is_the_default_under_a_party_committee() {
        assert_eq!(
            default_kind(Line::Party, Some(Kind::PartyCommittee)),
            Some(Kind::PartyBranch)
        );
        assert_eq!(default_kind(Line::Party, None), Some(Kind::PartyCommittee));
        assert_eq!(
            default_kind(Line::Union, Some(Kind::UnionCommittee)),
            Some(Kind::UnionBranch)
        );
    }

    #[test]
    fn nothing_is_the_default_under_a_leaf_kind() {
        assert_eq!(default_kind(Line::Party, Some(Kind::PartyGroup)), None);
        assert_eq!(default_kind(Line::Youth, Some(Kind::YouthBranch)), None);
    }

    #[test]
    fn a_group_stands_under_a_branch_but_not_a_branch_under_a_group() {
        assert_eq!(
            placement_error(Line::Party, Kind::PartyGroup, Some(Kind::PartyBranch)),
            None
        );
        assert!(placement_error(Line::Party, Kind::PartyBranch, Some(Kind::PartyGroup)).is_some());
    }

    #[test]
    fn lines_do_not_mix() {
        let e =
            placement_error(Line::Union, Kind::UnionBranch, Some(Kind::PartyCommittee)).unwrap();
        assert!(e.contains("同一条线"));
        assert!(placement_error(Line::Party, Kind::UnionBranch, None).is_some());
    }

    #[test]
    fn every_default_is_itself_allowed() {
        for parent in Kind::ALL {
            if let Some(k) = default_kind(parent.line(), Some(parent)) {
                assert_eq!(
                    placement_error(parent.line(), k, Some(parent)),
                    None,
                    "{parent:?}"
                );
            }
        }
    }
}
