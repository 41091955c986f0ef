-- Organisation life (三会一课 and the league and union equivalents): meetings, their invitees
-- with leave and check-in, minutes locked after approval (later changes are amendments), and
-- each member's secret calendar feed.

create table meeting (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  org_id           uuid not null,
  line             text not null check (line in ('PARTY', 'UNION', 'YOUTH')),
  type             text not null check (char_length(type) between 1 and 40),
  title            text not null check (char_length(title) between 1 and 120),
  starts_at        timestamptz not null,
  ends_at          timestamptz not null,
  location         text check (char_length(location) <= 200),
  agenda           text check (char_length(agenda) <= 5000),
  is_election      boolean not null default false,
  geo_latitude     double precision check (geo_latitude between -90 and 90),
  geo_longitude    double precision check (geo_longitude between -180 and 180),
  geo_radius_m     integer check (geo_radius_m between 20 and 5000),
  status           text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'CANCELLED')),
  cancel_reason    text check (char_length(cancel_reason) <= 500),
  minutes          text check (char_length(minutes) <= 60000),
  resolutions      text[] not null default '{}',
  minutes_status   text not null default 'NONE' check (minutes_status in ('NONE', 'DRAFT', 'APPROVED')),
  approved_by      uuid,
  approved_at      timestamptz,
  -- The reminder before the meeting (a due item), cancelled with the meeting.
  due_item_id      uuid,
  created_by       uuid,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, approved_by) references member (tenant_id, id),
  foreign key (tenant_id, due_item_id) references due_item (tenant_id, id),
  check (ends_at > starts_at),
  check ((geo_latitude is null) = (geo_longitude is null) and (geo_latitude is null) = (geo_radius_m is null)),
  check ((minutes_status = 'APPROVED') = (approved_at is not null))
);
create index meeting_org on meeting (tenant_id, org_id, starts_at desc);
create index meeting_type on meeting (tenant_id, type, starts_at);

-- Approved minutes are a record: neither the minutes, the resolutions nor the approval change
-- again, whoever asks. Later corrections are amendments.
create function meeting_minutes_locked() returns trigger language plpgsql as $$
begin
  if old.minutes_status = 'APPROVED' and (
       new.minutes is distinct from old.minutes
    or new.resolutions is distinct from old.resolutions
    or new.minutes_status is distinct from old.minutes_status
    or new.approved_at is distinct from old.approved_at
    or new.approved_by is distinct from old.approved_by) then
    raise exception 'approved minutes are locked' using errcode = 'check_violation';
  end if;
  return new;
end $$;
create trigger meeting_minutes_locked before update on meeting
  for each row execute function meeting_minutes_locked();

create table meeting_attendee (
  tenant_id         uuid not null references tenant (id),
  meeting_id        uuid not null,
  member_id         uuid not null,
  -- Counts towards the quorum (full party members at a party meeting; everyone elsewhere).
  voting            boolean not null default true,
  invited_at        timestamptz not null default now(),
  leave_status      text check (leave_status in ('PENDING', 'APPROVED', 'REFUSED')),
  leave_reason      text check (char_length(leave_reason) <= 500),
  leave_decided_by  uuid,
  leave_decided_at  timestamptz,
  checked_in_at     timestamptz,
  check_in_method   text check (check_in_method in ('QR', 'MANUAL')),
  checked_in_by     uuid,
  -- Distance from the meeting place at a geofenced check-in (the position itself is not kept).
  check_in_distance_m integer,
  primary key (tenant_id, meeting_id, member_id),
  foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  check ((checked_in_at is null) = (check_in_method is null))
);
create index meeting_attendee_member on meeting_attendee (tenant_id, member_id);

create table meeting_attachment (
  tenant_id   uuid not null references tenant (id),
  meeting_id  uuid not null,
  file_id     uuid not null,
  position    integer not null,
  primary key (tenant_id, meeting_id, file_id),
  foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
  foreign key (tenant_id, file_id) references file_object (tenant_id, id)
);

-- Never updated or deleted (by grant).
create table meeting_amendment (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  meeting_id  uuid not null,
  text        text not null check (char_length(text) between 1 and 5000),
  author_id   uuid not null,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id)
);
create index meeting_amendment_meeting on meeting_amendment (tenant_id, meeting_id, created_at);

-- One feed per member; only the token's SHA-256 is kept, so a leaked table reveals no feed.
create table calendar_feed (
  tenant_id     uuid not null references tenant (id),
  member_id     uuid not null,
  token_hash    bytea not null,
  created_at    timestamptz not null default now(),
  last_used_at  timestamptz,
  primary key (tenant_id, member_id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

alter table meeting enable row level security, force row level security;
alter table meeting_attendee enable row level security, force row level security;
alter table meeting_attachment enable row level security, force row level security;
alter table meeting_amendment enable row level security, force row level security;
alter table calendar_feed enable row level security, force row level security;
create policy tenant_isolation on meeting
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on meeting_attendee
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on meeting_attachment
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on meeting_amendment
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on calendar_feed
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on meeting, meeting_attendee to tongxin_app;
grant select, insert, delete on meeting_attachment, calendar_feed to tongxin_app;
grant update (token_hash, created_at, last_used_at) on calendar_feed to tongxin_app;
grant select, insert on meeting_amendment to tongxin_app;
-- The daily compliance scan looks across tenants for orgs with required meetings.
grant select on meeting to tongxin_system;

-- Meeting invitations and changes are a notification category of their own.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING'));

insert into statutory_rule (key, area, title, params, source) values
('league.meeting.frequency', '共青团', '团的“三会两制一课”频次（月）',
 '{"LEAGUE_GENERAL_MEETING": 3, "LEAGUE_COMMITTEE": 1, "LEAGUE_GROUP": 1, "LEAGUE_LECTURE": 3, "LEAGUE_DAY": 1}',
 '共青团中央“三会两制一课”制度：团员大会每季度、团支部委员会与团小组会每月、团课每季度'),
('union.meeting.frequency', '工会', '职工代表大会与工会会议频次（月）',
 '{"WORKERS_CONGRESS": 12, "UNION_MEMBER_CONGRESS": 12, "UNION_COMMITTEE": 3}',
 '《企业民主管理规定》（2012）第十三条：职工代表大会每年至少召开一次；会员大会与委员会会议按《工会基层组织选举工作条例》及各级工会规定'),
('meeting.checkin', '组织生活', '会议扫码签到：二维码轮换周期、宽限与签到时段',
 '{"rotateSeconds": 30, "graceSeconds": 15, "opensMinutesBefore": 30, "closesMinutesAfterEnd": 30}',
 '同心默认设置：签到码每30秒更换，过期15秒后失效；会前30分钟至会后30分钟可签到（可按单位制度调整）'),
('meeting.reminders', '提醒', '会议开始前的提醒',
 '{"beforeDays": [1], "atDue": false, "escalateAfterDays": 0}',
 '同心默认设置：会前一天提醒未请假的参会人员（可按单位制度调整）'),
('meeting.compliance', '组织生活', '组织生活落后预警',
 '{"warnBeforeDays": 10}',
 '同心默认设置：本周期结束前10天仍未召开或安排时，提醒组织负责人（可按单位制度调整）');

-- Officers and org admins keep the organisation life of their orgs; existing tenants get the
-- permission that new tenants are seeded with (row-level security is forced, tenant by tenant).
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'meeting', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
