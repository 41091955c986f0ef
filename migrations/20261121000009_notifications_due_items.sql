-- Personal notifications (the in-app inbox) and due items with their reminder schedule.

create table notification (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  member_id   uuid not null,
  kind        text not null check (kind in
                ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK')),
  title       text not null,
  body        text not null default '',
  -- Makes a side effect idempotent: a retried job writes the same key once.
  dedupe_key  text,
  detail      jsonb not null default '{}'::jsonb,
  created_at  timestamptz not null default now(),
  read_at     timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, dedupe_key),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index notification_inbox on notification (tenant_id, member_id, id desc);

-- Anything with a deadline: reminders fire at `due_at + offsets_minutes[i]` (negative before,
-- 0 at due, positive for escalation), in order; `next_offset` is the first not yet enqueued.
create table due_item (
  tenant_id          uuid not null references tenant (id),
  id                 uuid not null,
  kind               text not null,
  title              text not null check (char_length(title) between 1 and 200),
  due_at             timestamptz not null,
  rule_key           text references statutory_rule (key),
  subject_member_id  uuid,
  subject_org_id     uuid,
  offsets_minutes    integer[] not null,
  next_offset        integer not null default 1,
  status             text not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
  created_by         uuid,
  created_at         timestamptz not null default now(),
  closed_at          timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, subject_member_id) references member (tenant_id, id),
  foreign key (tenant_id, subject_org_id) references org_unit (tenant_id, id),
  check (subject_member_id is not null or subject_org_id is not null)
);
create index due_item_open on due_item (due_at) where status = 'OPEN';

alter table notification enable row level security, force row level security;
alter table due_item enable row level security, force row level security;
create policy tenant_isolation on notification
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on due_item
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on notification, due_item to tongxin_app;
-- The reminder scan looks across tenants for what is due; it changes nothing itself.
grant select on due_item to tongxin_system;
