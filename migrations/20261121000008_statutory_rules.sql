-- Statutory rules as data with their provenance. Domain modules read parameters from here
-- (through core::rules), never from constants; a tenant may override a rule's parameters and
-- note its own source (provincial or company variants).

create table statutory_rule (
  key         text primary key,
  area        text not null,
  title       text not null,
  params      jsonb not null,
  source      text not null,
  created_at  timestamptz not null default now()
);
grant select on statutory_rule to tongxin_app, tongxin_system;

create table rule_override (
  tenant_id    uuid not null references tenant (id),
  rule_key     text not null references statutory_rule (key),
  params       jsonb not null,
  source_note  text not null check (char_length(source_note) between 1 and 500),
  updated_by   uuid,
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, rule_key)
);
alter table rule_override enable row level security, force row level security;
create policy tenant_isolation on rule_override
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on rule_override to tongxin_app;
grant select on rule_override to tongxin_system;

insert into statutory_rule (key, area, title, params, source) values
('party.dues.employed', '党费', '在职党员党费比例（按月税后工资）',
 '{"brackets": [{"upTo": 3000, "rate": 0.005}, {"upTo": 5000, "rate": 0.01}, {"upTo": 10000, "rate": 0.015}, {"upTo": null, "rate": 0.02}]}',
 '中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008）'),
('party.dues.retired', '党费', '离退休党员党费比例（按月基本退休费）',
 '{"brackets": [{"upTo": 5000, "rate": 0.005}, {"upTo": null, "rate": 0.01}]}',
 '中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008）'),
('party.dues.flat', '党费', '学生、下岗失业、依靠救济及农民党员党费（元/月）',
 '{"student": 0.2, "laidOff": 0.2, "relief": 0.2, "farmerMin": 0.2, "farmerMax": 1.0}',
 '中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008）'),
('party.dues.start', '党费', '党费起交与基数调整',
 '{"probationaryFrom": "branchMeetingMonth", "baseChangeFrom": "newPayMonth"}',
 '中共中央组织部《关于中国共产党党费收缴、使用和管理的规定》（2008）'),
('membership.lapse', '组织管理', '连续未参加组织生活、未交纳党费、未做组织分配工作视为自行脱党（团、会同理）',
 '{"months": 6, "warnAfterMonths": [3, 5]}',
 '《中国共产党章程》第九条'),
('party.activist.period', '发展党员', '入党积极分子培养期、思想汇报与培养联系人',
 '{"minMonths": 12, "thoughtReportEveryMonths": 3, "contactsMin": 1, "contactsMax": 2}',
 '《中国共产党发展党员工作细则》（2014）第十二条、第十三条'),
('party.probation', '发展党员', '预备期与延长',
 '{"months": 12, "maxExtensionMonths": 12}',
 '《中国共产党章程》第七条；《中国共产党发展党员工作细则》第三十三条'),
('party.upper_approval', '发展党员', '上级党委审批支部决议的期限（月）',
 '{"months": 3, "maxMonths": 6}',
 '《中国共产党发展党员工作细则》第二十八条'),
('party.branch.size', '组织设置', '党支部设置规模',
 '{"minFormalMembers": 3, "maxMembers": 50, "jointMaxUnits": 5}',
 '《中国共产党支部工作条例（试行）》（2018）第七条、第八条'),
('party.branch.committee', '组织设置', '支部委员会设置与任期',
 '{"minFormalMembers": 7, "committeeMin": 3, "committeeMax": 5, "termYears": 3, "villageTermYears": 5}',
 '《中国共产党支部工作条例（试行）》（2018）第九条、第二十条'),
('meeting.frequency', '组织生活', '“三会一课”等组织生活的频次（月）',
 '{"BRANCH_GENERAL_MEETING": 3, "BRANCH_COMMITTEE": 1, "PARTY_GROUP": 1, "PARTY_LECTURE": 3, "THEME_PARTY_DAY": 1, "LIFE_MEETING": 12, "DEMOCRATIC_EVALUATION": 12}',
 '《中国共产党支部工作条例（试行）》（2018）第十九条'),
('meeting.quorum', '组织生活', '支部党员大会与选举的到会比例',
 '{"generalMeetingMoreThan": 0.5, "electionAtLeast": 0.8}',
 '《中国共产党基层组织选举工作条例》（2020）第十四条'),
('evaluation.excellent_cap', '民主评议', '民主评议“优秀”等次比例上限',
 '{"maxShare": 0.3333}',
 '《关于建立民主评议党员制度的意见》（1988）及各地实施办法'),
('transfer.letter', '组织关系接转', '组织关系介绍信有效期（月）',
 '{"validMonths": 3, "crossProvinceMonths": 6}',
 '中共中央组织部《关于党员组织关系接转的规定》'),
('league.age', '共青团', '团员年龄、离团年龄与学生团费',
 '{"minAge": 14, "maxAge": 28, "keepIfLeaguePost": true, "studentDuesYuan": 0.2}',
 '《中国共产主义青年团章程》第一条、第十一条'),
('union.dues', '工会', '会员会费比例',
 '{"rate": 0.005, "exempt": ["retired", "unemployed"]}',
 '中华全国总工会《关于规范工会会员会费缴纳工作的通知》'),
('whistleblowing.deadlines', '纪检监察', '检举控告受理与结果反馈期限（工作日）',
 '{"acceptanceNoticeWorkingDays": 15, "resultNoticeWorkingDays": 15}',
 '《纪检监察机关处理检举控告工作规则》（2020）第十八条、第四十三条'),
('welfare.caps', '工会福利', '福利标准上限（示例，各省不同）',
 '{"holidayGiftsYuanPerYear": 2000, "birthdayYuan": 300, "cashAllowed": false}',
 '中华全国总工会办公厅《基层工会经费收支管理办法》（2017）及各省实施细则'),
('grid.case', '网格化管理', '网格事件七步流程与计时起点',
 '{"steps": ["采集", "立案", "派遣", "处置", "反馈", "核查结案", "评价"], "timerStartsAt": "派遣"}',
 '各地网格化服务管理工作规范'),
('reminder.defaults', '提醒', '到期事项的默认提醒与升级',
 '{"beforeDays": [7, 1], "atDue": true, "escalateAfterDays": 1}',
 '同心默认设置（可按单位制度调整）');
