//! Pure rules of honours: who a kind may go to, the year, the name.

use super::model::{HonourKind, Recipient};
use crate::{AppError, AppResult};

/// The earliest year an honour may carry.
pub const FIRST_YEAR: i32 = 1949;

/// An honour goes to a member or an org, as its kind says.
pub fn check_recipient(kind: HonourKind, member: bool, org: bool) -> AppResult<()> {
    match (member, org) {
        (true, true) => Err(AppError::field(
            "memberId",
            "荣誉只能授予一名成员或一个组织",
        )),
        (false, false) => Err(AppError::field("memberId", "请选择获得荣誉的成员或组织")),
        (true, false) if kind.recipient() == Recipient::Org => Err(AppError::field(
            "recipientOrgId",
            format!("“{}”只能授予组织", kind.label()),
        )),
        (false, true) if kind.recipient() == Recipient::Member => Err(AppError::field(
            "memberId",
            format!("“{}”只能授予成员", kind.label()),
        )),
        _ => Ok(()),
    }
}

/// The year lies between 1949 and next year.
pub fn check_year(year: i32, this_year: i32) -> AppResult<()> {
    if year < FIRST_YEAR || year > this_year + 1 {
        return Err(AppError::field(
            "year",
            format!("年度须在 {FIRST_YEAR}–{} 之间", this_year + 1),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_kinds_go_to_orgs_member_kinds_to_members_and_other_to_either() {
        assert!(check_recipient(HonourKind::AdvancedPartyOrg, false, true).is_ok());
        assert!(check_recipient(HonourKind::AdvancedPartyOrg, true, false).is_err());
        assert!(check_recipient(HonourKind::ExcellentPartyMember, true, false).is_ok());
        assert!(check_recipient(HonourKind::ExcellentPartyMember, false, true).is_err());
        assert!(check_recipient(HonourKind::Other, true, false).is_ok());
        assert!(check_recipient(HonourKind::Other, false, true).is_ok());
        assert!(check_recipient(HonourKind::Other, true, true).is_err());
        assert!(check_recipient(HonourKind::Other, false, false).is_err());
    }

    #[test]
    fn years_from_1949_to_next_year_are_accepted() {
        assert!(check_year(1948, 2026).is_err());
        assert!(check_year(1949, 2026).is_ok());
        assert!(check_year(2027, 2026).is_ok());
        assert!(check_year(2028, 2026).is_err());
    }
}
