//! Dues (党费 / 团费 / 会费): the monthly amount each member owes by the tenant's rules.

pub mod rules;
