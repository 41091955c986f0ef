//! Honours (荣誉): 两优一先 (优秀共产党员, 优秀党务工作者, 先进基层党组织), union and league awards
//! (优秀工会会员, 优秀共青团员, 五四红旗团支部 …) and others, for members or orgs, with year and
//! issuing body.
//!
//! An org's officers (`honour` write) propose an honour; proposing publishes its 公示 (kind
//! `HONOUR`) through [`crate::publicity`], and the honour's status is that 公示's outcome:
//! `PROPOSED` while it is open, `CONFIRMED` when it closes confirmed, `REJECTED` or `WITHDRAWN`
//! otherwise. A member's timeline shows their confirmed honours.

pub mod model;
pub mod rules;
mod service;
mod store;

pub use model::{DEFAULT_DAYS, HonourInput, HonourKind, HonourRow, HonourStatus, Recipient};
pub use service::{CITATION_MAX, list, member_honours, propose};
