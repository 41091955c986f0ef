//! A member's statutory profile over GraphQL (民族, 学历, 职业/岗位, join dates): read as
//! `Member.profile`, edited with `updateMemberProfile`, and the code lists the forms offer.

use super::{
    context::{app, target, tenant},
    errors::Gql,
    ids::{NodeType, encode},
};
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, NaiveDate, Utc};
use tongxin_core::{
    AppError,
    member_profile::{ETHNICITIES, Ethnicity, ProfileInput, ProfileRow},
};

/// 学历 (highest completed), in the party statistics' groups.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::member_profile::Education")]
pub enum Education {
    /// 博士研究生
    Doctorate,
    /// 硕士研究生
    Master,
    /// 大学本科
    Bachelor,
    /// 大学专科
    JuniorCollege,
    /// 中等专科
    SecondaryVocational,
    /// 高中、中技
    HighSchool,
    /// 初中及以下
    JuniorHighOrBelow,
}

/// 职业/岗位 class of the party statistics.
#[derive(Enum, Copy, Clone, Eq, PartialEq, Debug)]
#[graphql(remote = "tongxin_core::member_profile::Occupation")]
pub enum Occupation {
    /// 工人（工勤技能人员）
    Worker,
    /// 农牧渔民
    Farmer,
    /// 专业技术人员
    Professional,
    /// 企事业单位、社会组织管理人员
    Manager,
    /// 党政机关工作人员
    CivilServant,
    /// 学生
    Student,
    /// 军人、武警
    Military,
    /// 离退休人员
    Retired,
    /// 其他职业人员
    Other,
}

/// A member's statutory profile.
#[derive(SimpleObject)]
pub struct MemberProfile {
    /// The member.
    pub member_id: ID,
    /// 民族 code (GB/T 3304: `01` 汉族 … `56` 基诺族, `97`, `98`).
    pub ethnicity: Option<String>,
    /// 民族 name.
    pub ethnicity_label: Option<String>,
    /// 学历.
    pub education: Option<Education>,
    /// 职业/岗位.
    pub occupation: Option<Occupation>,
    /// 入党日期 as recorded (the stage history's admission date comes first in statistics).
    pub party_joined_on: Option<NaiveDate>,
    /// 入团日期.
    pub league_joined_on: Option<NaiveDate>,
    /// 入会日期.
    pub union_joined_on: Option<NaiveDate>,
    /// Last edited.
    pub updated_at: DateTime<Utc>,
}

impl From<ProfileRow> for MemberProfile {
    fn from(r: ProfileRow) -> Self {
        let eth = r.ethnicity.as_deref().and_then(Ethnicity::parse);
        MemberProfile {
            member_id: encode(NodeType::Member, r.member_id),
            ethnicity: eth.map(|e| e.code().to_string()),
            ethnicity_label: eth.map(|e| e.label().to_string()),
            education: r.education.map(Into::into),
            occupation: r.occupation.map(Into::into),
            party_joined_on: r.party_joined_on,
            league_joined_on: r.league_joined_on,
            union_joined_on: r.union_joined_on,
            updated_at: r.updated_at,
        }
    }
}

/// A code of a code list and its name.
#[derive(SimpleObject)]
pub struct CodeLabel {
    /// The code.
    pub code: String,
    /// Its name.
    pub label: String,
}

/// The code lists of the statutory profile.
#[derive(SimpleObject)]
pub struct ProfileCodes {
    /// 民族 (GB/T 3304), in code order.
    pub ethnicities: Vec<CodeLabel>,
    /// 学历, highest first (codes are `Education` values).
    pub educations: Vec<CodeLabel>,
    /// 职业/岗位 classes (codes are `Occupation` values).
    pub occupations: Vec<CodeLabel>,
}

/// Loads `Member.profile` (see that field).
pub async fn profile_of(
    ctx: &Context<'_>,
    member: uuid::Uuid,
) -> async_graphql::Result<Option<MemberProfile>> {
    let c = tenant(ctx)?;
    Ok(tongxin_core::member::profile(&c, app(ctx), member)
        .await
        .gql()?
        .map(Into::into))
}

/// Queries of the statutory profile.
#[derive(Default)]
pub struct MemberProfileQuery;

#[Object(name = "MemberProfileQuery")]
impl MemberProfileQuery {
    /// The code lists the profile's fields take (民族, 学历, 职业/岗位).
    async fn profile_codes(&self) -> ProfileCodes {
        use tongxin_core::member_profile::{Education as E, Occupation as O};
        let pair = |code: &str, label: &str| CodeLabel {
            code: code.to_string(),
            label: label.to_string(),
        };
        ProfileCodes {
            ethnicities: ETHNICITIES.iter().map(|(c, l)| pair(c, l)).collect(),
            educations: E::ALL.iter().map(|e| pair(e.as_str(), e.label())).collect(),
            occupations: O::ALL.iter().map(|o| pair(o.as_str(), o.label())).collect(),
        }
    }
}

/// Input of `updateMemberProfile`: the whole profile (an absent field is cleared).
#[derive(InputObject)]
pub struct UpdateMemberProfileInput {
    /// The member.
    pub member_id: ID,
    /// 民族: a GB/T 3304 code (`01`…`56`, `97`, `98`) or its name.
    pub ethnicity: Option<String>,
    /// 学历.
    pub education: Option<Education>,
    /// 职业/岗位.
    pub occupation: Option<Occupation>,
    /// 入党日期 (members admitted before their stage history was kept).
    pub party_joined_on: Option<NaiveDate>,
    /// 入团日期.
    pub league_joined_on: Option<NaiveDate>,
    /// 入会日期.
    pub union_joined_on: Option<NaiveDate>,
}

/// Mutations of the statutory profile.
#[derive(Default)]
pub struct MemberProfileMutation;

#[Object(name = "MemberProfileMutation")]
impl MemberProfileMutation {
    /// Replaces a member's statutory profile (`member` write over the member's org; audited).
    /// Join dates may be neither in the future nor before the party (1921-07-01), the league
    /// (1922-05-05) or the union (1925-05-01) was founded.
    async fn update_member_profile(
        &self,
        ctx: &Context<'_>,
        input: UpdateMemberProfileInput,
    ) -> async_graphql::Result<MemberProfile> {
        let (c, member) = target(ctx, NodeType::Member, &input.member_id)?;
        let ethnicity = match input.ethnicity.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                Ethnicity::parse(s)
                    .ok_or_else(|| AppError::field("ethnicity", "未知的民族（GB/T 3304）"))
                    .gql()?,
            ),
        };
        let profile = ProfileInput {
            ethnicity,
            education: input.education.map(Into::into),
            occupation: input.occupation.map(Into::into),
            party_joined_on: input.party_joined_on,
            league_joined_on: input.league_joined_on,
            union_joined_on: input.union_joined_on,
        };
        let saved = tongxin_core::member::update_profile(&c, app(ctx), member, profile)
            .await
            .gql()?;
        Ok(saved.into())
    }
}
