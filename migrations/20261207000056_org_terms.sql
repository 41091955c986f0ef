-- 换届: an org's term length depends on whether it is a village or community org (村、社区:
-- five years), and officers are reminded before a term ends.
alter table org_unit add column village_or_community boolean not null default false;

insert into statutory_rule (key, area, title, params, source) values
('org.term', '组织设置', '组织委员会任期（年）与换届提醒（届满前月数）',
 '{"termYears": 3, "villageTermYears": 5, "remindBeforeMonths": [6, 1]}',
 '《中国共产党支部工作条例（试行）》（2018）第二十条；《中国工会章程》第二十七条；《中国共产主义青年团章程》第二十四条');
