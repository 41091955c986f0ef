-- When the upper org is reminded of a branch's pending proposal (发展党员): before the deadline of
-- party.upper_approval, at it, and once after it.
insert into statutory_rule (key, area, title, params, source) values
('party.upper_approval.reminders', '提醒', '上级党委审批发展党员事项的提醒',
 '{"beforeDays": [30, 7], "atDue": true, "escalateAfterDays": 1}',
 '《中国共产党发展党员工作细则》第二十八条（上级党委在三个月内审批）；提醒时间为同心默认设置（可按单位制度调整）');
