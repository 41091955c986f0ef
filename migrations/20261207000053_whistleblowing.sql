-- 检举控告: confidential reports about a member or an org, read only by the discipline
-- inspectors (纪检人员) of the handling org.
--
-- Encryption at rest is envelope encryption in three layers. A key-encryption key (KEK) comes
-- from the configuration and never reaches the database. It wraps one data key per tenant
-- (`report_key`, versioned). The tenant key wraps one key per report (`report.data_key`), and
-- the report's key encrypts its title, body, messages, step notes and files. A database
-- administrator reads ciphertext; deleting a report's row destroys its key, so a copy of the
-- ciphertext in a backup is unreadable too.
--
-- An anonymous report stores nothing that leads back to its reporter: no member, session,
-- address or device, and its audit rows name no actor. The reporter follows up with a receipt
-- code, found by its hash in the platform-wide `report_receipt` index (as `transfer_code`).

create table report_key (
  tenant_id   uuid not null references tenant (id),
  version     integer not null check (version between 1 and 1000000),
  kek_id      text not null check (char_length(kek_id) between 1 and 64),
  wrapped     bytea not null check (octet_length(wrapped) between 16 and 256),
  created_at  timestamptz not null default now(),
  rewrapped_at timestamptz,
  primary key (tenant_id, version)
);
alter table report_key enable row level security, force row level security;
create policy tenant_isolation on report_key
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on report_key to tongxin_app;
-- Rotation (`tongxin-api rotate-report-keys`) rewraps every tenant's keys.
grant select, update on report_key to tongxin_system;

create table report (
  tenant_id           uuid not null references tenant (id),
  id                  uuid not null,
  -- Whose inspectors handle it: the subject's org, or the org above when the accused heads it.
  handling_org_id     uuid not null,
  subject_org_id      uuid not null,
  accused_member_id   uuid,
  routed_up           boolean not null,
  anonymous           boolean not null,
  reporter_member_id  uuid,
  status              text not null check (status in
    ('RECEIVED', 'ACCEPTED', 'NOT_ACCEPTED', 'TRANSFERRED', 'TALK_INQUIRY',
     'PRELIMINARY_VERIFICATION', 'SHELVED', 'CONCLUDED')),
  key_version         integer not null,
  data_key            bytea not null,
  title_ct            bytea not null,
  body_ct             bytea not null,
  created_at          timestamptz not null,
  transfer_due_at     timestamptz not null,
  acceptance_due_at   timestamptz not null,
  decided_at          timestamptz,
  closed_at           timestamptz,
  result_due_at       timestamptz,
  result_notified_at  timestamptz,
  expires_at          timestamptz,
  -- The open deadline's reminders (acceptance, then result feedback), if any.
  due_item_id         uuid,
  -- The transfer deadline's reminders (no escalation: keeping a report one is competent for
  -- is right), until the report is decided.
  transfer_item_id    uuid,
  -- The retention deadline's reminders and deletion, once closed.
  retention_item_id   uuid,
  updated_at          timestamptz not null,
  primary key (tenant_id, id),
  check (anonymous = (reporter_member_id is null)),
  foreign key (tenant_id, handling_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, subject_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, accused_member_id) references member (tenant_id, id),
  foreign key (tenant_id, reporter_member_id) references member (tenant_id, id),
  foreign key (tenant_id, key_version) references report_key (tenant_id, version)
);
create index report_handling on report (tenant_id, handling_org_id, id desc);
create index report_reporter on report (tenant_id, reporter_member_id, id desc)
  where reporter_member_id is not null;
create index report_expiry on report (tenant_id, expires_at) where expires_at is not null;
alter table report enable row level security, force row level security;
create policy tenant_isolation on report
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on report to tongxin_app;

create table report_message (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  report_id   uuid not null,
  author      text not null check (author in ('REPORTER', 'HANDLER')),
  handler_id  uuid,
  body_ct     bytea not null,
  created_at  timestamptz not null,
  primary key (tenant_id, id),
  check ((author = 'HANDLER') = (handler_id is not null)),
  foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
  foreign key (tenant_id, handler_id) references member (tenant_id, id)
);
create index report_message_report on report_message (tenant_id, report_id, id);
alter table report_message enable row level security, force row level security;
create policy tenant_isolation on report_message
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, delete on report_message to tongxin_app;

-- The handling trail (受理 / 不予受理 / 转办 / 谈话函询 / 初步核实 / 暂存待查 / 予以了结).
create table report_step (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  report_id    uuid not null,
  action       text not null check (char_length(action) between 1 and 40),
  from_status  text not null,
  to_status    text not null,
  note_ct      bytea,
  actor_id     uuid,
  created_at   timestamptz not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
  foreign key (tenant_id, actor_id) references member (tenant_id, id)
);
create index report_step_report on report_step (tenant_id, report_id, id);
alter table report_step enable row level security, force row level security;
create policy tenant_isolation on report_step
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, delete on report_step to tongxin_app;

-- Evidence files, encrypted before they reach the object store. An upload is held by the hash
-- of a one-time token (no uploader is recorded) until a report claims it.
create table report_file (
  tenant_id     uuid not null references tenant (id),
  id            uuid not null,
  report_id     uuid,
  token_hash    bytea not null,
  key_version   integer not null,
  data_key      bytea not null,
  name_ct       bytea not null,
  content_type  text not null check (char_length(content_type) between 1 and 100),
  size          bigint not null check (size between 0 and 20971520),
  storage_key   text not null,
  created_at    timestamptz not null,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, report_id) references report (tenant_id, id) on delete cascade,
  foreign key (tenant_id, key_version) references report_key (tenant_id, version)
);
create index report_file_report on report_file (tenant_id, report_id);
alter table report_file enable row level security, force row level security;
create policy tenant_isolation on report_file
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on report_file to tongxin_app;

-- No `tenant_id` column (as `transfer_code`'s `issuer_tenant`): a platform table, not a
-- tenant's, which row-level security and the distribution by tenant leave alone.
create table report_receipt (
  code_hash      bytea primary key,
  report_tenant  uuid not null references tenant (id),
  report_id      uuid not null,
  created_at  timestamptz not null default now()
);
grant select, insert, delete on report_receipt to tongxin_system;

-- Reports' notifications (to handlers, and to real-name reporters). The full list of kinds.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ', 'WELFARE', 'WHISTLEBLOWING'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ', 'WELFARE', 'WHISTLEBLOWING'));

-- The transfer deadline (第十七条: 5 working days) and the reminders before each deadline.
update statutory_rule
   set params = params || '{"transferWorkingDays": 5, "beforeDays": [3, 1], "atDue": true, "escalateAfterDays": 1}'::jsonb,
       source = '《纪检监察机关处理检举控告工作规则》（2020）第十七条、第十八条、第四十三条'
 where key = 'whistleblowing.deadlines';

insert into statutory_rule (key, area, title, params, source) values
('whistleblowing.retention', '纪检监察', '检举控告办结后的保存期限（天）与删除前提醒',
 '{"daysAfterClosure": 1825, "beforeDays": [30, 7], "atDue": true}',
 '同心默认设置：办结后保存五年，到期安全删除（可按单位档案制度调整）');
