//! The statutory profile of a member (党内统计、工会和共青团年报 need it): 民族, 学历, 职业/岗位
//! and the dates of joining the party, the league and the union where the stage history does
//! not hold them: the code lists, the parsed input and the rows. Kept beside the member row;
//! `member::profile` and `member::update_profile` read and edit it under the member's access
//! rules, and the roster import fills it.

pub mod codes;
pub mod rules;
pub(crate) mod store;

pub use codes::{ETHNICITIES, Education, Ethnicity, Occupation};
pub use rules::ProfileInput;
pub use store::ProfileRow;
