-- Personal data exports (个人信息下载, PIPL 第四十五条): a member downloads everything Tongxin
-- holds about them as one ZIP (JSON per section, an .xlsx with a sheet per section, their
-- uploaded files when small enough), produced by the worker's `personal_data_export` job.
-- An administrator may produce it on the member's request, with a reason (audited); the ZIP
-- is still the member's, and only the member and that administrator may download it.
--
-- One export at a time per member: the partial unique index over the queued and running rows
-- makes a second request, even a parallel one, find the first. Seven days after it is ready
-- the sweep deletes the ZIP and marks the row EXPIRED.

create table personal_data_export (
  tenant_id      uuid not null references tenant (id),
  id             uuid not null,
  member_id      uuid not null,
  requested_by   uuid not null,
  by_admin       boolean not null,
  reason         text check (char_length(reason) between 2 and 200),
  status         text not null default 'QUEUED'
                 check (status in ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED')),
  progress       integer not null default 0 check (progress between 0 and 100),
  sections_done  text[] not null default '{}',
  storage_key    text,
  size_bytes     bigint check (size_bytes >= 0),
  error          text check (char_length(error) <= 500),
  created_at     timestamptz not null default now(),
  started_at     timestamptz,
  ready_at       timestamptz,
  expires_at     timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, requested_by) references member (tenant_id, id),
  check (by_admin = (reason is not null)),
  check (by_admin or requested_by = member_id),
  check ((status = 'READY') = (storage_key is not null)),
  check ((status in ('READY', 'EXPIRED')) = (ready_at is not null and expires_at is not null))
);
create unique index personal_data_export_active on personal_data_export (tenant_id, member_id)
  where status in ('QUEUED', 'RUNNING');
create index personal_data_export_member on personal_data_export (tenant_id, member_id, id desc);
create index personal_data_export_requester on personal_data_export (tenant_id, requested_by, id desc);
create index personal_data_export_expiry on personal_data_export (expires_at) where status = 'READY';

alter table personal_data_export enable row level security, force row level security;
create policy tenant_isolation on personal_data_export
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on personal_data_export to tongxin_app;
-- The expiry sweep finds the tenants with exports past their time.
grant select on personal_data_export to tongxin_system;

-- The member is told when their export is ready (and when an administrator produced it).
-- The full list of kinds.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ', 'WELFARE', 'WHISTLEBLOWING', 'PERSONAL_DATA'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ', 'WELFARE', 'WHISTLEBLOWING', 'PERSONAL_DATA'));
