//! The code lists of the statutory profile: 民族 (GB/T 3304), 学历 as the party statistics
//! tables group it, and the party statistics' occupation classes (职业/岗位).

crate::text_enum! {
    /// 学历 (highest completed), in the party statistics' groups.
    pub enum Education {
        /// 博士研究生
        Doctorate = "DOCTORATE",
        /// 硕士研究生
        Master = "MASTER",
        /// 大学本科
        Bachelor = "BACHELOR",
        /// 大学专科
        JuniorCollege = "JUNIOR_COLLEGE",
        /// 中等专科
        SecondaryVocational = "SECONDARY_VOCATIONAL",
        /// 高中、中技
        HighSchool = "HIGH_SCHOOL",
        /// 初中及以下
        JuniorHighOrBelow = "JUNIOR_HIGH_OR_BELOW",
    }
}

impl Education {
    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Education::Doctorate => "博士研究生",
            Education::Master => "硕士研究生",
            Education::Bachelor => "大学本科",
            Education::JuniorCollege => "大学专科",
            Education::SecondaryVocational => "中等专科",
            Education::HighSchool => "高中、中技",
            Education::JuniorHighOrBelow => "初中及以下",
        }
    }

    /// Parses a code, a label or a common short name as a roster writes it (博士, 硕士, 研究生,
    /// 本科, 大专, 专科, 中专, 高中, 中技, 职高, 初中, 小学).
    pub fn parse_label(s: &str) -> Option<Self> {
        let s = s.trim();
        if let Some(e) = Self::ALL
            .iter()
            .copied()
            .find(|e| e.as_str() == s || e.label() == s)
        {
            return Some(e);
        }
        Some(match s {
            "博士" => Education::Doctorate,
            "硕士" | "研究生" => Education::Master,
            "本科" | "大学" => Education::Bachelor,
            "大专" | "专科" => Education::JuniorCollege,
            "中专" => Education::SecondaryVocational,
            "高中" | "中技" | "职高" => Education::HighSchool,
            "初中" | "小学" => Education::JuniorHighOrBelow,
            _ => return None,
        })
    }

    /// 大专及以上 (the tables' "college and above" column).
    pub fn college_or_above(self) -> bool {
        matches!(
            self,
            Education::Doctorate
                | Education::Master
                | Education::Bachelor
                | Education::JuniorCollege
        )
    }
}

crate::text_enum! {
    /// 职业/岗位 class of the party statistics.
    pub enum Occupation {
        /// 工人（工勤技能人员）
        Worker = "WORKER",
        /// 农牧渔民
        Farmer = "FARMER",
        /// 专业技术人员
        Professional = "PROFESSIONAL",
        /// 企事业单位、社会组织管理人员
        Manager = "MANAGER",
        /// 党政机关工作人员
        CivilServant = "CIVIL_SERVANT",
        /// 学生
        Student = "STUDENT",
        /// 军人、武警
        Military = "MILITARY",
        /// 离退休人员
        Retired = "RETIRED",
        /// 其他职业人员
        Other = "OTHER",
    }
}

impl Occupation {
    /// Parses a code, a label or a short name (工人, 专业技术人员, 管理人员, 机关, 学生, 军人,
    /// 离退休, 其他).
    pub fn parse_label(s: &str) -> Option<Self> {
        let s = s.trim();
        if let Some(o) = Self::ALL
            .iter()
            .copied()
            .find(|o| o.as_str() == s || o.label() == s)
        {
            return Some(o);
        }
        Some(match s {
            "工人" | "工勤技能人员" => Occupation::Worker,
            "农民" | "农牧渔民" => Occupation::Farmer,
            "专业技术人员" | "专技人员" => Occupation::Professional,
            "管理人员" | "企业管理人员" => Occupation::Manager,
            "机关" | "公务员" | "机关工作人员" => Occupation::CivilServant,
            "学生" => Occupation::Student,
            "军人" | "武警" => Occupation::Military,
            "离退休" | "离退休人员" | "退休" => Occupation::Retired,
            "其他" => Occupation::Other,
            _ => return None,
        })
    }

    /// The Chinese label.
    pub fn label(self) -> &'static str {
        match self {
            Occupation::Worker => "工人（工勤技能人员）",
            Occupation::Farmer => "农牧渔民",
            Occupation::Professional => "专业技术人员",
            Occupation::Manager => "企事业单位、社会组织管理人员",
            Occupation::CivilServant => "党政机关工作人员",
            Occupation::Student => "学生",
            Occupation::Military => "军人、武警",
            Occupation::Retired => "离退休人员",
            Occupation::Other => "其他职业人员",
        }
    }
}

/// 民族 codes of GB/T 3304-1991 with their names, in code order.
pub const ETHNICITIES: [(&str, &str); 58] = [
    ("01", "汉族"),
    ("02", "蒙古族"),
    ("03", "回族"),
    ("04", "藏族"),
    ("05", "维吾尔族"),
    ("06", "苗族"),
    ("07", "彝族"),
    ("08", "壮族"),
    ("09", "布依族"),
    ("10", "朝鲜族"),
    ("11", "满族"),
    ("12", "侗族"),
    ("13", "瑶族"),
    ("14", "白族"),
    ("15", "土家族"),
    ("16", "哈尼族"),
    ("17", "哈萨克族"),
    ("18", "傣族"),
    ("19", "黎族"),
    ("20", "傈僳族"),
    ("21", "佤族"),
    ("22", "畲族"),
    ("23", "高山族"),
    ("24", "拉祜族"),
    ("25", "水族"),
    ("26", "东乡族"),
    ("27", "纳西族"),
    ("28", "景颇族"),
    ("29", "柯尔克孜族"),
    ("30", "土族"),
    ("31", "达斡尔族"),
    ("32", "仫佬族"),
    ("33", "羌族"),
    ("34", "布朗族"),
    ("35", "撒拉族"),
    ("36", "毛南族"),
    ("37", "仡佬族"),
    ("38", "锡伯族"),
    ("39", "阿昌族"),
    ("40", "普米族"),
    ("41", "塔吉克族"),
    ("42", "怒族"),
    ("43", "乌孜别克族"),
    ("44", "俄罗斯族"),
    ("45", "鄂温克族"),
    ("46", "德昂族"),
    ("47", "保安族"),
    ("48", "裕固族"),
    ("49", "京族"),
    ("50", "塔塔尔族"),
    ("51", "独龙族"),
    ("52", "鄂伦春族"),
    ("53", "赫哲族"),
    ("54", "门巴族"),
    ("55", "珞巴族"),
    ("56", "基诺族"),
    ("97", "其他未识别民族"),
    ("98", "外国血统中国籍人士"),
];

/// A 民族 code of GB/T 3304.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ethnicity(&'static str);

impl Ethnicity {
    /// Parses a code (`"01"`…`"56"`, `"97"`, `"98"`) or a name (`汉族`, or without 族: `汉`).
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        ETHNICITIES
            .iter()
            .find(|(code, name)| {
                *code == s || *name == s || (!s.is_empty() && name.strip_suffix('族') == Some(s))
            })
            .map(|(code, _)| Ethnicity(code))
    }

    /// The stored code.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The name.
    pub fn label(self) -> &'static str {
        ETHNICITIES
            .iter()
            .find(|(code, _)| *code == self.0)
            .map_or("", |(_, name)| name)
    }

    /// 少数民族: the 55 recognised minorities (codes 02–56).
    pub fn is_minority(self) -> bool {
        self.0 != "01" && self.0 < "57"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ethnicity_parses_from_its_code_its_name_or_its_short_name() {
        assert_eq!(Ethnicity::parse("03").map(Ethnicity::label), Some("回族"));
        assert_eq!(Ethnicity::parse("回族").map(Ethnicity::code), Some("03"));
        assert_eq!(Ethnicity::parse("回").map(Ethnicity::code), Some("03"));
        assert_eq!(Ethnicity::parse(" 汉族 ").map(Ethnicity::code), Some("01"));
        assert_eq!(Ethnicity::parse("57"), None);
        assert_eq!(Ethnicity::parse(""), None);
        assert_eq!(Ethnicity::parse("族"), None);
    }

    #[test]
    fn minorities_are_the_codes_two_to_fifty_six() {
        let minority = |c| Ethnicity::parse(c).is_some_and(Ethnicity::is_minority);
        assert!(!minority("01"));
        assert!(minority("02"));
        assert!(minority("56"));
        assert!(!minority("97"));
        assert!(!minority("98"));
        assert_eq!(ETHNICITIES.iter().filter(|(c, _)| minority(c)).count(), 55);
    }

    #[test]
    fn education_and_occupation_read_codes_labels_and_short_names() {
        assert_eq!(Education::parse_label("本科"), Some(Education::Bachelor));
        assert_eq!(
            Education::parse_label("大学本科"),
            Some(Education::Bachelor)
        );
        assert_eq!(Education::parse_label("MASTER"), Some(Education::Master));
        assert_eq!(Education::parse_label("幼儿园"), None);
        assert_eq!(Occupation::parse_label("离退休"), Some(Occupation::Retired));
        assert_eq!(
            Occupation::parse_label("军人、武警"),
            Some(Occupation::Military)
        );
        assert_eq!(Occupation::parse_label(""), None);
    }

    #[test]
    fn college_or_above_stops_at_the_junior_college() {
        assert!(Education::JuniorCollege.college_or_above());
        assert!(!Education::SecondaryVocational.college_or_above());
    }
}
