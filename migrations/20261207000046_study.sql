-- Study (学习): materials (an article, a video link, a file), courses grouping materials in
-- order, study plans assigned to an audience with a deadline, each member's progress per
-- material, and study notes (心得).
--
-- `study_material` belongs to an org; an article's body is sanitised rich text, a video is an
-- https URL with its duration (no hosting), a file is an uploaded `file_object`. A material may
-- ask for a reading time (`required_seconds`); without one it completes when opened.
-- `study_course_item` orders materials in a course. `study_plan` is assigned by an officer of
-- its org to an audience (kept as chosen, JSON) with a deadline; who it is assigned to is
-- frozen into `study_assignee` when it is created (and re-resolved when its audience changes).
-- `study_plan_item` lists its materials and courses in order. `study_progress` is one row per
-- member per material: opened, seconds credited (never more than the wall-clock time between
-- two reports), completed. `study_note` is one 心得 per member per material, private or
-- shared with the members who may see the material.

create table study_material (
  tenant_id         uuid not null references tenant (id),
  id                uuid not null,
  org_id            uuid not null,
  kind              text not null check (kind in ('ARTICLE', 'VIDEO', 'FILE')),
  title             text not null check (char_length(title) between 1 and 100),
  summary           text not null default '' check (char_length(summary) <= 500),
  -- ARTICLE: sanitised rich text.
  body              text not null default '' check (char_length(body) <= 100000),
  -- VIDEO: an https link and its duration.
  video_url         text check (char_length(video_url) <= 1000),
  duration_seconds  integer check (duration_seconds between 1 and 86400),
  -- FILE: the uploaded file.
  file_id           uuid,
  -- Seconds of study that complete it (none: opening completes it).
  required_seconds  integer check (required_seconds between 1 and 86400),
  archived_at       timestamptz,
  created_by        uuid,
  created_at        timestamptz not null default now(),
  updated_at        timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, file_id) references file_object (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check ((kind = 'VIDEO') = (video_url is not null and duration_seconds is not null)),
  check ((kind = 'FILE') = (file_id is not null))
);
create index study_material_org on study_material (tenant_id, org_id, id desc);

create table study_course (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  org_id       uuid not null,
  title        text not null check (char_length(title) between 1 and 100),
  summary      text not null default '' check (char_length(summary) <= 500),
  archived_at  timestamptz,
  created_by   uuid,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id)
);
create index study_course_org on study_course (tenant_id, org_id, id desc);

create table study_course_item (
  tenant_id    uuid not null references tenant (id),
  course_id    uuid not null,
  material_id  uuid not null,
  position     integer not null check (position between 0 and 999),
  primary key (tenant_id, course_id, material_id),
  unique (tenant_id, course_id, position),
  foreign key (tenant_id, course_id) references study_course (tenant_id, id) on delete cascade,
  foreign key (tenant_id, material_id) references study_material (tenant_id, id)
);
create index study_course_item_material on study_course_item (tenant_id, material_id);

create table study_plan (
  tenant_id       uuid not null references tenant (id),
  id              uuid not null,
  org_id          uuid not null,
  title           text not null check (char_length(title) between 1 and 100),
  description     text not null default '' check (char_length(description) <= 2000),
  -- Who it is assigned to, as chosen (an `Audience`).
  audience        jsonb not null,
  deadline        timestamptz not null,
  status          text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  closed_at       timestamptz,
  created_by      uuid,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check ((status = 'CLOSED') = (closed_at is not null))
);
create index study_plan_org on study_plan (tenant_id, org_id, id desc);

create table study_plan_item (
  tenant_id    uuid not null references tenant (id),
  plan_id      uuid not null,
  position     integer not null check (position between 0 and 999),
  material_id  uuid,
  course_id    uuid,
  primary key (tenant_id, plan_id, position),
  foreign key (tenant_id, plan_id) references study_plan (tenant_id, id) on delete cascade,
  foreign key (tenant_id, material_id) references study_material (tenant_id, id),
  foreign key (tenant_id, course_id) references study_course (tenant_id, id),
  check ((material_id is null) <> (course_id is null))
);
create index study_plan_item_material on study_plan_item (tenant_id, material_id)
  where material_id is not null;
create index study_plan_item_course on study_plan_item (tenant_id, course_id)
  where course_id is not null;

create table study_assignee (
  tenant_id    uuid not null references tenant (id),
  plan_id      uuid not null,
  member_id    uuid not null,
  -- The member's primary org when assigned (the board's grouping).
  org_id       uuid,
  assigned_at  timestamptz not null default now(),
  primary key (tenant_id, plan_id, member_id),
  foreign key (tenant_id, plan_id) references study_plan (tenant_id, id) on delete cascade,
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id)
);
create index study_assignee_member on study_assignee (tenant_id, member_id, plan_id);

create table study_progress (
  tenant_id         uuid not null references tenant (id),
  member_id         uuid not null,
  material_id       uuid not null,
  opened_at         timestamptz not null default now(),
  -- The last time credited (the open, or the last report): the next report is credited at
  -- most the time elapsed since.
  last_reported_at  timestamptz not null default now(),
  seconds           integer not null default 0 check (seconds between 0 and 10000000),
  completed_at      timestamptz,
  primary key (tenant_id, member_id, material_id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, material_id) references study_material (tenant_id, id)
);
create index study_progress_material on study_progress (tenant_id, material_id, member_id);
create index study_progress_recent on study_progress (tenant_id, member_id, last_reported_at desc);

create table study_note (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  material_id  uuid not null,
  member_id    uuid not null,
  body         text not null check (char_length(body) between 1 and 2000),
  shared       boolean not null default false,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, material_id, member_id),
  foreign key (tenant_id, material_id) references study_material (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index study_note_shared on study_note (tenant_id, material_id, updated_at desc)
  where shared;

alter table study_material enable row level security, force row level security;
alter table study_course enable row level security, force row level security;
alter table study_course_item enable row level security, force row level security;
alter table study_plan enable row level security, force row level security;
alter table study_plan_item enable row level security, force row level security;
alter table study_assignee enable row level security, force row level security;
alter table study_progress enable row level security, force row level security;
alter table study_note enable row level security, force row level security;
create policy tenant_isolation on study_material
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on study_course
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on study_course_item
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on study_plan
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on study_plan_item
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on study_assignee
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on study_progress
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on study_note
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on study_material, study_course, study_plan, study_progress,
  study_note to tongxin_app;
grant select, insert, delete on study_course_item, study_plan_item, study_assignee to tongxin_app;
grant select on study_material, study_course, study_course_item, study_plan, study_plan_item,
  study_assignee, study_progress, study_note to tongxin_system;

-- Study notifications (a plan assigned, a reminder before its deadline) are a category of
-- their own. The full list of kinds, whichever order the migrations ran in.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY'));

-- `study`: `read` (plans' completion boards and their export), `write` (materials, courses,
-- plans, reminders). Officers and org admins get both for their orgs. Existing tenants get what
-- new tenants are seeded with; the tenant list is read with the table's forced row-level
-- security lifted for this transaction only (the migrating owner would otherwise see no tenant).
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'study', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
