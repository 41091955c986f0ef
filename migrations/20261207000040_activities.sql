-- Activities (活动): publishing, registration with capacity, deadline, waitlist and approval,
-- check-in, and volunteer hours. Who may see and register is frozen into `activity_audience`
-- at publishing (the `core::audience` resolution notices, votes and surveys use). A
-- registration is one row per member and activity; every change to an activity's registrations
-- happens under the activity's row lock, which is what keeps the places from being overbooked
-- and the waitlist in order (`seq`, drawn from `activity.next_seq` under that lock). Volunteer
-- hours are an append-only ledger in minutes: a credit at check-in, a reversal when attendance
-- is undone, an adjustment (with its reason) when the organiser edits them.

create table activity (
  tenant_id              uuid not null references tenant (id),
  id                     uuid not null,
  org_id                 uuid not null,
  title                  text not null check (char_length(title) between 1 and 100),
  kind                   text not null check (kind in ('PARTY_DAY', 'VOLUNTEER', 'CULTURE_SPORTS', 'TRAINING', 'OTHER')),
  description            text not null default '' check (char_length(description) <= 5000),
  place                  text not null default '' check (char_length(place) <= 200),
  geo_latitude           double precision check (geo_latitude between -90 and 90),
  geo_longitude          double precision check (geo_longitude between -180 and 180),
  geo_radius_m           integer check (geo_radius_m between 20 and 5000),
  -- Who may see it and register, as chosen; frozen into `activity_audience` at publishing.
  audience               jsonb not null,
  starts_at              timestamptz not null,
  ends_at                timestamptz not null,
  registration_deadline  timestamptz not null,
  -- Places; null: no limit.
  capacity               integer check (capacity between 1 and 100000),
  approval_required      boolean not null default false,
  -- Custom registration fields: [{id, label, kind, required, options}].
  fields                 jsonb not null default '[]',
  -- Volunteer hours credited on attendance, in minutes.
  volunteer_minutes      integer not null default 0 check (volunteer_minutes between 0 and 1440),
  status                 text not null default 'PUBLISHED' check (status in ('PUBLISHED', 'CANCELLED')),
  cancelled_at           timestamptz,
  cancel_reason          text check (char_length(cancel_reason) <= 500),
  registered_count       integer not null default 0 check (registered_count >= 0),
  -- The next registration's place in line (drawn under the row lock).
  next_seq               bigint not null default 1,
  created_by             uuid,
  created_at             timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check (ends_at > starts_at),
  check (registration_deadline <= ends_at),
  check (capacity is null or registered_count <= capacity),
  check ((geo_latitude is null) = (geo_longitude is null) and (geo_latitude is null) = (geo_radius_m is null)),
  check ((status = 'CANCELLED') = (cancelled_at is not null))
);
create index activity_org on activity (tenant_id, org_id, starts_at desc, id);
create index activity_starts on activity (tenant_id, starts_at, id);

-- Who may see and register, frozen at publishing.
create table activity_audience (
  tenant_id    uuid not null references tenant (id),
  activity_id  uuid not null,
  member_id    uuid not null,
  org_id       uuid,
  primary key (tenant_id, activity_id, member_id),
  foreign key (tenant_id, activity_id) references activity (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index activity_audience_member on activity_audience (tenant_id, member_id, activity_id);

-- One registration per member and activity; a cancelled one may register again (a new `seq`).
create table activity_registration (
  tenant_id            uuid not null references tenant (id),
  id                   uuid not null,
  activity_id          uuid not null,
  member_id            uuid not null,
  status               text not null check (status in ('REGISTERED', 'WAITLISTED', 'PENDING_APPROVAL', 'REJECTED', 'CANCELLED')),
  seq                  bigint not null,
  -- The custom fields' answers: {fieldId: value}.
  answers              jsonb not null default '{}',
  registered_at        timestamptz not null default now(),
  decided_at           timestamptz,
  decided_by           uuid,
  cancelled_at         timestamptz,
  checked_in_at        timestamptz,
  check_in_method      text check (check_in_method in ('QR', 'MANUAL')),
  checked_in_by        uuid,
  check_in_distance_m  integer,
  -- Volunteer hours credited for this activity, in minutes (the ledger's sum for it).
  credited_minutes     integer not null default 0 check (credited_minutes between 0 and 1440),
  primary key (tenant_id, id),
  unique (tenant_id, activity_id, member_id),
  foreign key (tenant_id, activity_id) references activity (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, decided_by) references member (tenant_id, id),
  foreign key (tenant_id, checked_in_by) references member (tenant_id, id),
  check ((checked_in_at is null) = (check_in_method is null)),
  check (checked_in_at is null or status = 'REGISTERED')
);
create index activity_registration_line on activity_registration (tenant_id, activity_id, status, seq);
create index activity_registration_member on activity_registration (tenant_id, member_id, registered_at desc);

-- The volunteer-hours ledger, append-only: credits, reversals and adjustments, in minutes.
create table volunteer_hours_entry (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  member_id    uuid not null,
  activity_id  uuid not null,
  kind         text not null check (kind in ('CREDIT', 'REVERSAL', 'ADJUSTMENT')),
  minutes      integer not null check (minutes between -1440 and 1440),
  reason       text not null default '' check (char_length(reason) <= 500),
  recorded_by  uuid,
  recorded_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, activity_id) references activity (tenant_id, id),
  foreign key (tenant_id, recorded_by) references member (tenant_id, id)
);
create index volunteer_hours_member on volunteer_hours_entry (tenant_id, member_id, recorded_at);
create index volunteer_hours_activity on volunteer_hours_entry (tenant_id, activity_id);

alter table activity enable row level security, force row level security;
alter table activity_audience enable row level security, force row level security;
alter table activity_registration enable row level security, force row level security;
alter table volunteer_hours_entry enable row level security, force row level security;
create policy tenant_isolation on activity
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on activity_audience
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on activity_registration
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on volunteer_hours_entry
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on activity, activity_registration to tongxin_app;
grant select, insert on activity_audience to tongxin_app;
-- The ledger is never rewritten: a correction is a new entry.
grant select, insert on volunteer_hours_entry to tongxin_app;
grant select on activity, activity_audience, activity_registration, volunteer_hours_entry to tongxin_system;

-- Activity notifications (published, promoted from the waitlist, approved or not, cancelled,
-- the reminder the day before) are a category of their own.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY'));

-- `activity`: `read` (registrations, attendance, statistics, the export, hours totals),
-- `write` (publish, cancel, approve, check in by hand, edit hours). Officers and org admins run
-- the activities of their orgs. Existing tenants get what new tenants are seeded with.
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'activity', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
