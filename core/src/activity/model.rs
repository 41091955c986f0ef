//! An activity's enums, publishing form, custom registration fields and their answers, parsed
//! at the edge of the domain.

use crate::audience::Audience;
use crate::survey::model::parse_text;
use crate::tenancy::model::Name;
use crate::{AppError, AppResult};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

crate::text_enum! {
    /// What kind of activity it is.
    pub enum ActivityKind {
        /// 主题党日.
        PartyDay = "PARTY_DAY",
        /// 志愿服务.
        Volunteer = "VOLUNTEER",
        /// 文体活动.
        CultureSports = "CULTURE_SPORTS",
        /// 培训.
        Training = "TRAINING",
        /// 其他.
        Other = "OTHER",
    }
}

crate::text_enum! {
    /// Whether an activity still stands.
    pub enum ActivityStatus {
        /// 已发布: open to registration until the deadline.
        Published = "PUBLISHED",
        /// 已取消: registrants were told.
        Cancelled = "CANCELLED",
    }
}

crate::text_enum! {
    /// Where a member's registration stands.
    pub enum RegistrationStatus {
        /// 报名成功: holds a place.
        Registered = "REGISTERED",
        /// 候补: in line for a place, promoted in order when one frees.
        Waitlisted = "WAITLISTED",
        /// 待审核: the organiser approves or rejects.
        PendingApproval = "PENDING_APPROVAL",
        /// 未通过: the organiser rejected it.
        Rejected = "REJECTED",
        /// 已取消: the member withdrew (they may register again).
        Cancelled = "CANCELLED",
    }
}

/// Which activities a list shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum When {
    /// Not yet ended, soonest first.
    Upcoming,
    /// Ended, latest first.
    Past,
    /// Running at some time in `[from, to)`, soonest first.
    Between(DateTime<Utc>, DateTime<Utc>),
}

/// Longest window a list may ask for, in days (a calendar month and its edges).
pub const WINDOW_MAX_DAYS: i64 = 62;

impl When {
    /// From the API's arguments: a window when `from` and `to` are given (both, `from` before
    /// `to`, at most [`WINDOW_MAX_DAYS`] apart), else upcoming or past.
    pub fn parse(
        past: bool,
        from: Option<DateTime<Utc>>,
        to: Option<DateTime<Utc>>,
    ) -> AppResult<Self> {
        match (from, to) {
            (None, None) => Ok(if past { Self::Past } else { Self::Upcoming }),
            (Some(f), Some(t)) if f < t && t - f <= Duration::days(WINDOW_MAX_DAYS) => {
                Ok(Self::Between(f, t))
            }
            (Some(_), Some(_)) => Err(AppError::field(
                "to",
                format!("结束时间应晚于开始时间，且相隔不超过 {WINDOW_MAX_DAYS} 天"),
            )),
            (None, Some(_)) => Err(AppError::field("from", "请同时给出开始时间")),
            (Some(_), None) => Err(AppError::field("to", "请同时给出结束时间")),
        }
    }

    /// As the store's queries take it: past, and the window's ends.
    pub(crate) fn bounds(self) -> (bool, Option<DateTime<Utc>>, Option<DateTime<Utc>>) {
        match self {
            Self::Upcoming => (false, None, None),
            Self::Past => (true, None, None),
            Self::Between(f, t) => (false, Some(f), Some(t)),
        }
    }
}

crate::text_enum! {
    /// What a custom registration field takes.
    pub enum FieldKind {
        /// A line of text.
        Text = "TEXT",
        /// A whole number.
        Number = "NUMBER",
        /// One of the field's options.
        Choice = "CHOICE",
    }
}

impl RegistrationStatus {
    /// Whether the registration still counts (holds a place, waits for one, or waits for a
    /// decision).
    pub fn active(self) -> bool {
        matches!(
            self,
            Self::Registered | Self::Waitlisted | Self::PendingApproval
        )
    }
}

/// Longest title, in characters.
pub const TITLE_MAX: usize = 100;
/// Longest description, in characters.
pub const DESCRIPTION_MAX: usize = 5_000;
/// Longest place, in characters.
pub const PLACE_MAX: usize = 200;
/// Most custom fields.
pub const FIELDS_MAX: usize = 20;
/// Longest field label or option, in characters.
pub const LABEL_MAX: usize = 50;
/// Most options of a choice field.
pub const OPTIONS_MAX: usize = 30;
/// Longest text answer, in characters.
pub const ANSWER_MAX: usize = 200;
/// Largest number answer.
pub const NUMBER_MAX: i64 = 1_000_000;
/// Longest reason (cancellation, hours edit), in characters.
pub const REASON_MAX: usize = 500;
/// The latest an activity may start, counted from its publishing.
pub const LONGEST_DAYS: i64 = 366;

/// One custom registration field as the organiser defines it.
#[derive(Debug, Clone)]
pub struct FieldInput {
    /// The label (e.g. 衣服尺码).
    pub label: String,
    /// What it takes.
    pub kind: FieldKind,
    /// Whether an answer is required.
    pub required: bool,
    /// The options (choice fields only).
    pub options: Vec<String>,
}

/// A checked custom field, as stored with the activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Field {
    /// Id.
    pub id: Uuid,
    /// Label.
    pub label: String,
    /// What it takes.
    pub kind: FieldKind,
    /// Whether an answer is required.
    pub required: bool,
    /// Options (choice fields).
    #[serde(default)]
    pub options: Vec<String>,
}

/// A geofence: centre and radius in metres.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geofence {
    /// Latitude.
    pub latitude: f64,
    /// Longitude.
    pub longitude: f64,
    /// Radius in metres, 20–5,000.
    pub radius_m: i32,
}

/// The publishing form, as the API hands it over.
#[derive(Debug, Clone)]
pub struct ActivityInput {
    /// The organising org; the author needs `activity` `write` there.
    pub org_id: Uuid,
    /// Title.
    pub title: String,
    /// Kind.
    pub kind: ActivityKind,
    /// Description (multi-line).
    pub description: Option<String>,
    /// Place.
    pub place: Option<String>,
    /// Optional geofence for check-in.
    pub geofence: Option<Geofence>,
    /// Who may see it and register.
    pub audience: Audience,
    /// Starts at.
    pub starts_at: DateTime<Utc>,
    /// Ends at.
    pub ends_at: DateTime<Utc>,
    /// Registration closes at (the start when absent).
    pub registration_deadline: Option<DateTime<Utc>>,
    /// Places (no limit when absent).
    pub capacity: Option<i32>,
    /// Whether the organiser approves each registration.
    pub approval_required: bool,
    /// Custom registration fields, in order.
    pub fields: Vec<FieldInput>,
    /// Volunteer hours credited on attendance (none when absent).
    pub volunteer_hours: Option<f64>,
}

/// A checked publishing form.
#[derive(Debug, Clone)]
pub struct NewActivity {
    /// The organising org.
    pub org_id: Uuid,
    /// Title.
    pub title: Name,
    /// Kind.
    pub kind: ActivityKind,
    /// Description (may be empty).
    pub description: String,
    /// Place (may be empty).
    pub place: String,
    /// Geofence.
    pub geofence: Option<Geofence>,
    /// Who may see it, checked.
    pub audience: Audience,
    /// Starts at.
    pub starts_at: DateTime<Utc>,
    /// Ends at.
    pub ends_at: DateTime<Utc>,
    /// Registration closes at.
    pub registration_deadline: DateTime<Utc>,
    /// Places.
    pub capacity: Option<i32>,
    /// Approval required.
    pub approval_required: bool,
    /// Fields, with fresh ids.
    pub fields: Vec<Field>,
    /// Volunteer minutes credited on attendance.
    pub volunteer_minutes: i32,
}

/// Volunteer hours as whole minutes: a finite number of hours from 0 to 24, to a tenth of an
/// hour (six minutes); anything else is a `VALIDATION` error on `field`.
pub fn hours_to_minutes(field: &str, hours: f64) -> AppResult<i32> {
    if !hours.is_finite() || !(0.0..=24.0).contains(&hours) {
        return Err(AppError::field(field, "志愿时长应在 0 到 24 小时之间"));
    }
    let tenths = (hours * 10.0).round();
    if (tenths - hours * 10.0).abs() > 1e-6 {
        return Err(AppError::field(field, "志愿时长最多精确到 0.1 小时"));
    }
    Ok(tenths as i32 * 6)
}

/// Checks a one-line label: trimmed, 1–`max` characters, no control characters.
fn label(field: &str, raw: &str, max: usize) -> AppResult<String> {
    Ok(Name::parse(field, raw, max)?.as_str().to_string())
}

impl Field {
    /// Checks one field definition; `at` is its place in the form.
    fn parse(at: usize, f: FieldInput) -> AppResult<Self> {
        let path = |x: &str| format!("fields.{at}.{x}");
        let label = label(&path("label"), &f.label, LABEL_MAX)?;
        let mut options: Vec<String> = vec![];
        if f.kind == FieldKind::Choice {
            if f.options.len() < 2 || f.options.len() > OPTIONS_MAX {
                return Err(AppError::field(
                    &path("options"),
                    format!("选择项应有 2 到 {OPTIONS_MAX} 个选项"),
                ));
            }
            for (i, o) in f.options.iter().enumerate() {
                let o = self::label(&format!("fields.{at}.options.{i}"), o, LABEL_MAX)?;
                if options.contains(&o) {
                    return Err(AppError::field(
                        &format!("fields.{at}.options.{i}"),
                        format!("选项重复：{o}"),
                    ));
                }
                options.push(o);
            }
        } else if !f.options.is_empty() {
            return Err(AppError::field(&path("options"), "只有选择项可以设置选项"));
        }
        Ok(Self {
            id: Uuid::new_v4(),
            label,
            kind: f.kind,
            required: f.required,
            options,
        })
    }
}

/// Checks when an activity runs and when registration closes (the start when absent): it
/// starts from now to a year ahead, lasts up to 31 days, and registration closes between now
/// and the end (a deadline already passed may stay as it was: `kept`). Returns the deadline.
fn schedule(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    registration_deadline: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    kept: Option<DateTime<Utc>>,
) -> AppResult<DateTime<Utc>> {
    if starts_at < now - Duration::minutes(1) {
        return Err(AppError::field("startsAt", "开始时间不能早于现在"));
    }
    if starts_at > now + Duration::days(LONGEST_DAYS) {
        return Err(AppError::field("startsAt", "开始时间不能超过一年以后"));
    }
    if ends_at <= starts_at {
        return Err(AppError::field("endsAt", "结束时间应晚于开始时间"));
    }
    if ends_at > starts_at + Duration::days(31) {
        return Err(AppError::field("endsAt", "活动最长 31 天"));
    }
    let deadline = registration_deadline.unwrap_or(starts_at);
    if deadline > ends_at {
        return Err(AppError::field(
            "registrationDeadline",
            "报名截止时间不能晚于活动结束时间",
        ));
    }
    if deadline < now - Duration::minutes(1) && kept != Some(deadline) {
        return Err(AppError::field(
            "registrationDeadline",
            "报名截止时间不能早于现在",
        ));
    }
    Ok(deadline)
}

/// Places: none (no limit) or 1–100,000.
fn check_capacity(capacity: Option<i32>) -> AppResult<()> {
    if capacity.is_some_and(|c| !(1..=100_000).contains(&c)) {
        return Err(AppError::field("capacity", "名额应在 1 到 100000 之间"));
    }
    Ok(())
}

/// What an organiser may change once an activity is published, as the API hands it over: the
/// text, the place, the times and the places. The audience, the kind, the approval rule, the
/// custom fields and the hours stay as published, because registrations were made under them.
#[derive(Debug, Clone)]
pub struct ActivityEditInput {
    /// Title.
    pub title: String,
    /// Description (multi-line).
    pub description: Option<String>,
    /// Place.
    pub place: Option<String>,
    /// Starts at.
    pub starts_at: DateTime<Utc>,
    /// Ends at.
    pub ends_at: DateTime<Utc>,
    /// Registration closes at (the start when absent).
    pub registration_deadline: Option<DateTime<Utc>>,
    /// Places (no limit when absent).
    pub capacity: Option<i32>,
}

/// A checked edit.
#[derive(Debug, Clone, PartialEq)]
pub struct ActivityEdit {
    /// Title.
    pub title: Name,
    /// Description (may be empty).
    pub description: String,
    /// Place (may be empty).
    pub place: String,
    /// Starts at.
    pub starts_at: DateTime<Utc>,
    /// Ends at.
    pub ends_at: DateTime<Utc>,
    /// Registration closes at.
    pub registration_deadline: DateTime<Utc>,
    /// Places.
    pub capacity: Option<i32>,
}

impl ActivityEdit {
    /// Checks the edit's shape as publishing checks the same fields; a registration deadline
    /// already passed may stay as `published_deadline`.
    pub fn parse(
        input: ActivityEditInput,
        now: DateTime<Utc>,
        published_deadline: DateTime<Utc>,
    ) -> AppResult<Self> {
        let title = Name::parse("title", &input.title, TITLE_MAX)?;
        let description = parse_text("description", input.description.as_deref(), DESCRIPTION_MAX)?;
        let place = parse_place(input.place.as_deref())?;
        let registration_deadline = schedule(
            input.starts_at,
            input.ends_at,
            input.registration_deadline,
            now,
            Some(published_deadline),
        )?;
        check_capacity(input.capacity)?;
        Ok(Self {
            title,
            description,
            place,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            registration_deadline,
            capacity: input.capacity,
        })
    }
}

/// A one-line place, up to [`PLACE_MAX`] characters (may be empty).
fn parse_place(raw: Option<&str>) -> AppResult<String> {
    let place = parse_text("place", raw, PLACE_MAX)?;
    if place.contains('\n') {
        return Err(AppError::field("place", "地点只能写一行"));
    }
    Ok(place)
}

impl NewActivity {
    /// Checks the form's shape.
    pub fn parse(input: ActivityInput, now: DateTime<Utc>) -> AppResult<Self> {
        let title = Name::parse("title", &input.title, TITLE_MAX)?;
        let description = parse_text("description", input.description.as_deref(), DESCRIPTION_MAX)?;
        let place = parse_place(input.place.as_deref())?;
        if let Some(g) = input.geofence {
            if !g.latitude.is_finite()
                || !g.longitude.is_finite()
                || g.latitude.abs() > 90.0
                || g.longitude.abs() > 180.0
            {
                return Err(AppError::field("geofence", "签到位置无效"));
            }
            if !(20..=5000).contains(&g.radius_m) {
                return Err(AppError::field(
                    "geofence.radiusM",
                    "签到范围应在 20 到 5000 米之间",
                ));
            }
        }
        let deadline = schedule(
            input.starts_at,
            input.ends_at,
            input.registration_deadline,
            now,
            None,
        )?;
        check_capacity(input.capacity)?;
        if input.fields.len() > FIELDS_MAX {
            return Err(AppError::field(
                "fields",
                format!("报名信息最多 {FIELDS_MAX} 项"),
            ));
        }
        let mut fields: Vec<Field> = vec![];
        for (i, f) in input.fields.into_iter().enumerate() {
            let f = Field::parse(i, f)?;
            if fields.iter().any(|g| g.label == f.label) {
                return Err(AppError::field(
                    &format!("fields.{i}.label"),
                    format!("报名信息重复：{}", f.label),
                ));
            }
            fields.push(f);
        }
        let volunteer_minutes = match input.volunteer_hours {
            None => 0,
            Some(h) => hours_to_minutes("volunteerHours", h)?,
        };
        let audience = input.audience.parse().map_err(|e| match e {
            AppError::Validation { message, .. } => AppError::field("audience", message),
            other => other,
        })?;
        Ok(Self {
            org_id: input.org_id,
            title,
            kind: input.kind,
            description,
            place,
            geofence: input.geofence,
            audience,
            starts_at: input.starts_at,
            ends_at: input.ends_at,
            registration_deadline: deadline,
            capacity: input.capacity,
            approval_required: input.approval_required,
            fields,
            volunteer_minutes,
        })
    }
}

/// One answer to a custom field, as the API hands it over.
#[derive(Debug, Clone)]
pub struct AnswerInput {
    /// The field.
    pub field_id: Uuid,
    /// The value as text (a number's digits; a choice's option).
    pub value: String,
}

/// Checks the answers against the fields: each names a field of the activity once, values fit
/// their kind (text up to 200 characters without control characters, a whole number from 0 to
/// 1,000,000, one of a choice's options), and every required field is answered. Errors are
/// `VALIDATION` on `answers.<i>.value` (or `answers` for a missing required field).
pub fn check_answers(
    fields: &[Field],
    answers: &[AnswerInput],
) -> AppResult<BTreeMap<String, String>> {
    let mut out = BTreeMap::new();
    for (i, a) in answers.iter().enumerate() {
        let path = format!("answers.{i}.value");
        let Some(f) = fields.iter().find(|f| f.id == a.field_id) else {
            return Err(AppError::field(
                &format!("answers.{i}.fieldId"),
                "报名信息项不属于本活动",
            ));
        };
        if out.contains_key(&f.id.to_string()) {
            return Err(AppError::field(
                &format!("answers.{i}.fieldId"),
                "同一报名信息项只能填写一次",
            ));
        }
        let v = parse_text(&path, Some(&a.value), ANSWER_MAX)?;
        if v.contains('\n') {
            return Err(AppError::field(&path, "只能填写一行"));
        }
        if v.is_empty() {
            continue;
        }
        match f.kind {
            FieldKind::Text => {}
            FieldKind::Number => match v.parse::<i64>() {
                Ok(n) if (0..=NUMBER_MAX).contains(&n) => {}
                _ => {
                    return Err(AppError::field(
                        &path,
                        format!("{}应为 0 到 {NUMBER_MAX} 之间的整数", f.label),
                    ));
                }
            },
            FieldKind::Choice => {
                if !f.options.contains(&v) {
                    return Err(AppError::field(
                        &path,
                        format!("{}只能从选项中选择", f.label),
                    ));
                }
            }
        }
        out.insert(f.id.to_string(), v);
    }
    if let Some(f) = fields
        .iter()
        .find(|f| f.required && !out.contains_key(&f.id.to_string()))
    {
        return Err(AppError::field("answers", format!("请填写{}", f.label)));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(kind: FieldKind, required: bool, options: &[&str]) -> Field {
        Field {
            id: Uuid::new_v4(),
            label: "衣服尺码".into(),
            kind,
            required,
            options: options.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn edit(
        deadline: DateTime<Utc>,
        capacity: Option<i32>,
        now: DateTime<Utc>,
    ) -> ActivityEditInput {
        ActivityEditInput {
            title: "志愿服务".into(),
            description: None,
            place: Some("社区广场".into()),
            starts_at: now + Duration::days(2),
            ends_at: now + Duration::days(2) + Duration::hours(2),
            registration_deadline: Some(deadline),
            capacity,
        }
    }

    #[test]
    fn an_edit_may_keep_a_passed_deadline_but_not_move_one_into_the_past() {
        let now = Utc::now();
        let passed = now - Duration::hours(3);
        assert!(ActivityEdit::parse(edit(passed, None, now), now, passed).is_ok());
        let err = ActivityEdit::parse(edit(passed, None, now), now, now + Duration::days(1));
        assert!(matches!(err, Err(AppError::Validation { .. })));
        let later = now + Duration::days(1);
        assert_eq!(
            ActivityEdit::parse(edit(later, Some(20), now), now, passed)
                .unwrap()
                .registration_deadline,
            later
        );
    }

    #[test]
    fn a_window_has_both_ends_in_order_and_spans_at_most_62_days() {
        let t = Utc::now();
        assert_eq!(When::parse(true, None, None).unwrap(), When::Past);
        assert_eq!(When::parse(false, None, None).unwrap(), When::Upcoming);
        let month = When::parse(true, Some(t), Some(t + Duration::days(62))).unwrap();
        assert_eq!(month, When::Between(t, t + Duration::days(62)));
        assert!(When::parse(false, Some(t), Some(t + Duration::days(63))).is_err());
        assert!(When::parse(false, Some(t), Some(t)).is_err());
        assert!(When::parse(false, Some(t), None).is_err());
        assert!(When::parse(false, None, Some(t)).is_err());
    }

    #[test]
    fn an_edit_checks_places_and_a_one_line_place() {
        let now = Utc::now();
        let d = now + Duration::days(1);
        assert!(ActivityEdit::parse(edit(d, Some(0), now), now, d).is_err());
        assert!(ActivityEdit::parse(edit(d, Some(100_001), now), now, d).is_err());
        assert!(ActivityEdit::parse(edit(d, Some(100_000), now), now, d).is_ok());
        let mut two_lines = edit(d, None, now);
        two_lines.place = Some("一楼\n二楼".into());
        assert!(ActivityEdit::parse(two_lines, now, d).is_err());
    }

    #[test]
    fn hours_are_tenths_of_an_hour_from_zero_to_a_day() {
        assert_eq!(hours_to_minutes("h", 0.0).unwrap(), 0);
        assert_eq!(hours_to_minutes("h", 2.5).unwrap(), 150);
        assert_eq!(hours_to_minutes("h", 24.0).unwrap(), 1440);
        assert!(hours_to_minutes("h", 24.1).is_err());
        assert!(hours_to_minutes("h", -0.1).is_err());
        assert!(hours_to_minutes("h", 1.25).is_err());
        assert!(hours_to_minutes("h", f64::NAN).is_err());
    }

    #[test]
    fn answers_fit_their_field_and_required_ones_are_given() {
        let size = field(FieldKind::Choice, true, &["M", "L"]);
        let family = field(FieldKind::Number, false, &[]);
        let fields = vec![size.clone(), family.clone()];
        let ok = check_answers(
            &fields,
            &[
                AnswerInput {
                    field_id: size.id,
                    value: "L".into(),
                },
                AnswerInput {
                    field_id: family.id,
                    value: "2".into(),
                },
            ],
        )
        .unwrap();
        assert_eq!(ok.len(), 2);
        assert!(check_answers(&fields, &[]).is_err(), "required missing");
        assert!(
            check_answers(
                &fields,
                &[AnswerInput {
                    field_id: size.id,
                    value: "XL".into()
                }]
            )
            .is_err()
        );
        let bad_number = [
            AnswerInput {
                field_id: size.id,
                value: "M".into(),
            },
            AnswerInput {
                field_id: family.id,
                value: "-1".into(),
            },
        ];
        assert!(check_answers(&fields, &bad_number).is_err());
        let nul = [AnswerInput {
            field_id: size.id,
            value: "M\0".into(),
        }];
        assert!(check_answers(&fields, &nul).is_err());
        let other = [AnswerInput {
            field_id: Uuid::new_v4(),
            value: "M".into(),
        }];
        assert!(check_answers(&fields, &other).is_err());
    }
}
