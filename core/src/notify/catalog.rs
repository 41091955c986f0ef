//! Notification categories, the channels a member can choose for each, and which categories
//! cannot be turned off. Pure data and rules.

pub use super::model::Channel;

/// A category of notifications (the notification's `kind`).
#[derive(Debug, Clone, Copy)]
pub struct Category {
    /// Code, the same as the notification kind.
    pub code: &'static str,
    /// Chinese label.
    pub label: &'static str,
    /// What it covers.
    pub description: &'static str,
    /// The channel when the member chose none.
    pub default: Channel,
    /// Why it cannot be turned off, for the categories that cannot.
    pub mandatory: Option<&'static str>,
}

/// Every category, in the order the settings page shows them.
pub const CATEGORIES: &[Category] = &[
    Category {
        code: "REMINDER",
        label: "到期提醒与督办",
        description: "三会一课、党费、转正、换届等法定时限的提醒，以及逾期后向组织负责人的督办",
        default: Channel::Email,
        mandatory: Some("法定时限提醒关系到组织生活和党员权利，不能关闭；可以选择接收方式"),
    },
    Category {
        code: "NOTICE",
        label: "通知公告",
        description: "组织发布的通知、公告和工作提示（紧急通知总会发送邮件）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "MEETING",
        label: "会议与组织生活",
        description: "会议通知、变更与取消，请假审批结果，以及您所管理会议的请假申请",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "TASK",
        label: "任务",
        description: "分派给您的工作任务和网格督办事项",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "GRID",
        label: "网格督办",
        description: "网格事件和督办任务的时限预警、逾期督办，以及逾期后向上级组织的升级督办",
        default: Channel::InApp,
        mandatory: Some(
            "网格督办关系到群众诉求和督办任务的办理时限，不能关闭；可以选择接收方式（如邮件）",
        ),
    },
    Category {
        code: "IDEA",
        label: "金点子",
        description: "您提出或支持的建议被研究、采纳、不予采纳或落实",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "INQUIRY",
        label: "党员问询",
        description: "您的问询得到答复；您所在组织收到的问询及其答复时限提醒与逾期督办",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "MODERATION",
        label: "内容管理",
        description: "您管理的组织有内容被举报或自动隐藏；您发布的内容收到管理提醒",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "VOTE",
        label: "投票与选举",
        description: "投票开始、投票截止前尚未投票的提醒（从不包含任何人的选择）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "EVALUATION",
        label: "民主评议",
        description: "民主评议党员各阶段的通知：提交自评、开始互评、评议结果公布（从不包含评价内容）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "SURVEY",
        label: "问卷调查",
        description: "问卷开始、问卷截止前尚未填写的提醒（从不包含任何人的答案）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "ACTIVITY",
        label: "活动",
        description: "新活动发布、候补转正、报名审核结果、活动取消与开始前一天的提醒",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "PUBLICITY",
        label: "公示",
        description: "新公示发布、公示收到异议（处理人）、公示结果（被公示人；从不告知谁提出了异议）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "ARTICLE",
        label: "宣传稿件",
        description: "稿件待审核、退回修改、审核通过与发布，以及您的跟帖收到作者回复",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "POINTS",
        label: "积分",
        description: "获得积分奖励、积分申诉的处理结果，以及成员提出的积分申诉（组织委员）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "STUDY",
        label: "学习",
        description: "新的学习计划，以及截止前对未完成学习的提醒",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "QUIZ",
        label: "测验考试",
        description: "面向您发布的新测验或考试（开放时间与限时）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "WELFARE",
        label: "工会福利",
        description: "您参加的拼团、众筹的结果（成团确认、未成团取消与退款记录、活动取消）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "WHISTLEBLOWING",
        label: "检举控告",
        description: "纪检人员：新的检举控告、受理与结果反馈期限的提醒和逾期督办；检举人：办理进展与答复",
        default: Channel::InApp,
        mandatory: Some("检举控告的办理时限由纪检监察规则规定，不能关闭；可以选择接收方式"),
    },
    Category {
        code: "PERSONAL_DATA",
        label: "个人信息下载",
        description: "您申请（或管理员应您的申请代为导出）的个人信息导出文件已生成",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "MENTION",
        label: "@我的消息",
        description: "群聊中有人 @ 您",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "DIRECT_MESSAGE",
        label: "私信",
        description: "其他成员发给您的私信",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "MESSAGE_REPORT",
        label: "消息举报",
        description: "您管理的群中有消息被举报（群管理员）",
        default: Channel::InApp,
        mandatory: None,
    },
    Category {
        code: "SYSTEM",
        label: "系统通知",
        description: "账号、安全和平台的重要通知",
        default: Channel::InApp,
        mandatory: Some("账号与安全相关的系统通知不能关闭；可以选择接收方式"),
    },
];

/// The category with this code.
pub fn category(code: &str) -> Option<&'static Category> {
    CATEGORIES.iter().find(|c| c.code == code)
}

/// The channel in effect: the member's choice, else the category's default. A stored `OFF`
/// for a category that cannot be turned off (should one exist) counts as its default.
pub fn effective(code: &str, chosen: Option<Channel>) -> Channel {
    let Some(cat) = category(code) else {
        return chosen.unwrap_or(Channel::InApp);
    };
    match chosen {
        Some(Channel::Off) if cat.mandatory.is_some() => cat.default,
        Some(c) => c,
        None => cat.default,
    }
}

/// Whether a member may choose `channel` for `category`; the reason when not.
pub fn check(code: &str, channel: Channel) -> Result<&'static Category, String> {
    let cat = category(code).ok_or_else(|| format!("未知的通知类别：{code}"))?;
    match (channel, cat.mandatory) {
        (Channel::Off, Some(reason)) => Err(format!("“{}”不能关闭：{reason}", cat.label)),
        _ => Ok(cat),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statutory_reminders_cannot_be_turned_off_but_can_change_channel() {
        assert!(
            check("REMINDER", Channel::Off)
                .unwrap_err()
                .contains("不能关闭")
        );
        assert!(check("REMINDER", Channel::Digest).is_ok());
        assert!(check("MENTION", Channel::Off).is_ok());
        assert!(
            check("GRID", Channel::Off)
                .unwrap_err()
                .contains("不能关闭")
        );
        assert!(check("GRID", Channel::Email).is_ok());
        assert!(check("NOPE", Channel::Email).is_err());
    }

    #[test]
    fn the_effective_channel_is_the_choice_else_the_default() {
        assert_eq!(effective("REMINDER", None), Channel::Email);
        assert_eq!(effective("MENTION", Some(Channel::Off)), Channel::Off);
        assert_eq!(effective("REMINDER", Some(Channel::Off)), Channel::Email);
        assert_eq!(effective("NOTICE", Some(Channel::Digest)), Channel::Digest);
    }

    #[test]
    fn every_category_is_a_notification_kind_and_codes_round_trip() {
        let kinds = [
            "MENTION",
            "DIRECT_MESSAGE",
            "MESSAGE_REPORT",
            "SYSTEM",
            "REMINDER",
            "NOTICE",
            "TASK",
            "MEETING",
            "GRID",
            "VOTE",
            "EVALUATION",
            "IDEA",
            "INQUIRY",
            "MODERATION",
            "SURVEY",
            "ACTIVITY",
            "PUBLICITY",
            "ARTICLE",
            "POINTS",
            "STUDY",
            "QUIZ",
            "WELFARE",
            "WHISTLEBLOWING",
            "PERSONAL_DATA",
        ];
        assert_eq!(CATEGORIES.len(), kinds.len());
        for c in CATEGORIES {
            assert!(kinds.contains(&c.code));
        }
        for ch in Channel::ALL {
            assert_eq!(ch.as_str().parse::<Channel>(), Ok(*ch));
        }
    }
}
