-- Grid supervision (网格化管理与督办): who answers for each grid, cases that walk the seven
-- steps with SLA timers, their append-only timeline, and supervision tasks sent to sub-orgs.
-- A grid is an org unit on the GRID line; categories and their SLAs are parameters of the
-- `grid.case` rule, so a tenant overrides them like every rule.

-- 定人定岗定责: grid workers (网格员) and the responsible party member (包联党员) of a grid.
create table grid_assignment (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  grid_id      uuid not null,
  member_id    uuid not null,
  role         text not null check (role in ('WORKER', 'PARTY_MEMBER')),
  starts_on    date not null,
  ends_on      date,
  created_by   uuid,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, grid_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  check (ends_on is null or ends_on >= starts_on)
);
create index grid_assignment_grid on grid_assignment (tenant_id, grid_id, starts_on desc);
create index grid_assignment_member on grid_assignment (tenant_id, member_id);

-- Readable case numbers (WG-2026-000123): one counter per tenant and year, taken under the row
-- lock of `insert … on conflict do update`, so parallel reports never share a number.
create table grid_counter (
  tenant_id  uuid not null references tenant (id),
  prefix     text not null check (prefix in ('WG', 'DB')),
  year       integer not null check (year between 2000 and 2999),
  last       integer not null,
  primary key (tenant_id, prefix, year)
);

create table grid_case (
  tenant_id          uuid not null references tenant (id),
  id                 uuid not null,
  number             text not null check (char_length(number) between 1 and 30),
  grid_id            uuid not null,
  category_key       text not null check (char_length(category_key) between 1 and 40),
  category_name      text not null check (char_length(category_name) between 1 and 40),
  title              text not null check (char_length(title) between 1 and 100),
  description        text not null check (char_length(description) <= 2000),
  latitude           double precision check (latitude between -90 and 90),
  longitude          double precision check (longitude between -180 and 180),
  address            text check (char_length(address) <= 200),
  photo_file_ids     uuid[] not null default '{}' check (cardinality(photo_file_ids) <= 9),
  reporter_id        uuid not null,
  -- The reporter asked that handlers not see their name (supervisors still do).
  reporter_hidden    boolean not null default false,
  state              text not null default 'REPORTED' check (state in
                       ('REPORTED', 'ACCEPTED', 'CANCELLED', 'DISPATCHED', 'IN_PROGRESS',
                        'FEEDBACK', 'CLOSED', 'RATED')),
  -- Who handles it once dispatched: a member, or an org (its officers and grid workers).
  assignee_member_id uuid,
  assignee_org_id    uuid,
  dispatcher_id      uuid,
  -- The deadline of the current step: to accept while REPORTED, to resolve from dispatch on.
  accept_due_at      timestamptz not null,
  due_at             timestamptz,
  -- 矛盾纠纷: whether the dispute was settled when the case closed (mediation success).
  resolved           boolean,
  rating             smallint check (rating between 1 and 5),
  rating_comment     text check (char_length(rating_comment) <= 500),
  -- The reminder engine's due items for the two timers (closed when the case moves on).
  accept_due_item_id  uuid,
  resolve_due_item_id uuid,
  reported_at        timestamptz not null default now(),
  accepted_at        timestamptz,
  dispatched_at      timestamptz,
  feedback_at        timestamptz,
  closed_at          timestamptz,
  updated_at         timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, grid_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, reporter_id) references member (tenant_id, id),
  foreign key (tenant_id, assignee_member_id) references member (tenant_id, id),
  foreign key (tenant_id, assignee_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, dispatcher_id) references member (tenant_id, id),
  foreign key (tenant_id, accept_due_item_id) references due_item (tenant_id, id),
  foreign key (tenant_id, resolve_due_item_id) references due_item (tenant_id, id),
  check (assignee_member_id is null or assignee_org_id is null)
);
-- The board and the lists: by grid and state in due order, by state alone for the whole tenant,
-- and the reporter's and assignee's own cases.
create index grid_case_grid_state on grid_case (tenant_id, grid_id, state, due_at, id);
create index grid_case_state on grid_case (tenant_id, state, due_at, id);
create index grid_case_reported on grid_case (tenant_id, reported_at desc, id);
create index grid_case_reporter on grid_case (tenant_id, reporter_id);
create index grid_case_assignee on grid_case (tenant_id, assignee_member_id) where assignee_member_id is not null;
create index grid_case_assignee_org on grid_case (tenant_id, assignee_org_id) where assignee_org_id is not null;

-- The timeline: every transition and every 督办 step, never updated or deleted (by grant).
create table grid_case_event (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  case_id     uuid not null,
  kind        text not null check (kind in
                ('REPORTED', 'ACCEPTED', 'CANCELLED', 'DISPATCHED', 'STARTED', 'FEEDBACK',
                 'CLOSED', 'REOPENED', 'RATED', 'EXTENDED', 'WARNED', 'OVERDUE', 'ESCALATED')),
  from_state  text,
  to_state    text not null,
  actor_id    uuid,
  note        text check (char_length(note) <= 2000),
  file_ids    uuid[] not null default '{}' check (cardinality(file_ids) <= 9),
  detail      jsonb not null default '{}',
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, case_id) references grid_case (tenant_id, id),
  foreign key (tenant_id, actor_id) references member (tenant_id, id)
);
create index grid_case_event_case on grid_case_event (tenant_id, case_id, created_at, id);

-- 督办任务: an officer sends a task to sub-orgs or grids with a deadline and a required report.
create table supervision_task (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  number       text not null check (char_length(number) between 1 and 30),
  org_id       uuid not null,
  title        text not null check (char_length(title) between 1 and 100),
  description  text not null check (char_length(description) <= 5000),
  file_ids     uuid[] not null default '{}' check (cardinality(file_ids) <= 9),
  due_at       timestamptz not null,
  created_by   uuid,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, number),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id)
);

-- Each receiving org's progress: DISPATCHED until it reports back (FEEDBACK), then CLOSED when
-- the issuer accepts the report or DISPATCHED again when it is returned.
create table supervision_task_target (
  tenant_id    uuid not null references tenant (id),
  task_id      uuid not null,
  org_id       uuid not null,
  state        text not null default 'DISPATCHED' check (state in ('DISPATCHED', 'FEEDBACK', 'CLOSED')),
  report       text check (char_length(report) <= 5000),
  report_file_ids uuid[] not null default '{}' check (cardinality(report_file_ids) <= 9),
  reported_by  uuid,
  reported_at  timestamptz,
  review_note  text check (char_length(review_note) <= 500),
  closed_at    timestamptz,
  due_item_id  uuid,
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, task_id, org_id),
  foreign key (tenant_id, task_id) references supervision_task (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, reported_by) references member (tenant_id, id),
  foreign key (tenant_id, due_item_id) references due_item (tenant_id, id)
);
create index supervision_task_target_org on supervision_task_target (tenant_id, org_id, state);

-- Each target's history (issued, reported, accepted, returned, 督办 steps), never updated or
-- deleted (by grant); the board's live events name these rows.
create table supervision_task_event (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  task_id     uuid not null,
  org_id      uuid not null,
  kind        text not null check (kind in
                ('DISPATCHED', 'REPORTED', 'ACCEPTED', 'RETURNED', 'WARNED', 'OVERDUE', 'ESCALATED')),
  from_state  text,
  to_state    text not null,
  actor_id    uuid,
  note        text check (char_length(note) <= 5000),
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, task_id, org_id) references supervision_task_target (tenant_id, task_id, org_id),
  foreign key (tenant_id, actor_id) references member (tenant_id, id)
);
create index supervision_task_event_task on supervision_task_event (tenant_id, task_id, created_at, id);

alter table grid_assignment enable row level security, force row level security;
alter table grid_counter enable row level security, force row level security;
alter table grid_case enable row level security, force row level security;
alter table grid_case_event enable row level security, force row level security;
alter table supervision_task enable row level security, force row level security;
alter table supervision_task_target enable row level security, force row level security;
alter table supervision_task_event enable row level security, force row level security;
create policy tenant_isolation on grid_assignment
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on grid_counter
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on grid_case
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on grid_case_event
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on supervision_task
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on supervision_task_target
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on supervision_task_event
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on grid_assignment, grid_counter, grid_case, supervision_task_target to tongxin_app;
grant select, insert on grid_case_event, supervision_task, supervision_task_event to tongxin_app;
grant select on grid_assignment, grid_case, grid_case_event, supervision_task, supervision_task_target,
  supervision_task_event to tongxin_system;

-- Categories with the SLA of each step, and when the timers warn, 督办 and escalate.
update statutory_rule
   set params = '{
     "steps": ["采集", "立案", "派遣", "处置", "反馈", "核查结案", "评价"],
     "timerStartsAt": "派遣",
     "categories": [
       {"key": "OPINION",    "name": "社情民意", "acceptHours": 24, "resolveHours": 120},
       {"key": "HAZARD",     "name": "隐患排查", "acceptHours": 8,  "resolveHours": 72},
       {"key": "DISPUTE",    "name": "矛盾纠纷", "acceptHours": 12, "resolveHours": 168},
       {"key": "SAFETY",     "name": "安全隐患", "acceptHours": 2,  "resolveHours": 24},
       {"key": "SANITATION", "name": "环境卫生", "acceptHours": 8,  "resolveHours": 48},
       {"key": "OTHER",      "name": "其他",     "acceptHours": 24, "resolveHours": 120}
     ],
     "beforeHours": [4],
     "atDue": true,
     "escalateAfterHours": 24
   }',
       title = '网格事件七步流程、各类事件时限与督办升级',
       source = '各地网格化服务管理工作规范（采集→立案→派遣→处置→反馈→核查结案→评价，计时自派遣起）；各类事件时限与督办升级时点为同心默认设置（可按单位制度调整）'
 where key = 'grid.case';

-- Supervision tasks remind with the default offsets of reminders.
insert into statutory_rule (key, area, title, params, source) values
('grid.task.reminders', '网格化管理', '督办任务报送的提醒',
 '{"beforeDays": [1], "atDue": true, "escalateAfterDays": 1}',
 '同心默认设置：督办任务截止前1天、截止时提醒承办组织，逾期1天向上级督办（可按单位制度调整）');

-- `grid`: `read` (boards, statistics, every case of the grids in scope), `write` (accept,
-- cancel, dispatch, verify, tasks, assignments), `handle` (work cases dispatched to an org in
-- scope), `extend` (a deadline later than the category's SLA). Officers, org admins and
-- supervisors supervise the grids of their orgs; a grid worker holds the grid_worker role on
-- the grids they are assigned to. Existing tenants get what new tenants are seeded with.
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'grid',
           case rt.name when 'org_admin' then '(read)|(write)|(handle)|(extend)'
                        when 'grid_worker' then '(read)|(handle)'
                        else '(read)|(write)|(handle)' end,
           'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer', 'supervisor', 'grid_worker')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
