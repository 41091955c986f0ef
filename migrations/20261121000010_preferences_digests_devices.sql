-- Notification preferences, email digests, new-device login alerts, and the key that signs
-- links in emails (unsubscribe now, file downloads later).

-- New-device login alerts are on unless a tenant admin turns them off.
alter table tenant add column login_alerts boolean not null default true;
grant update (login_alerts) on tenant to tongxin_app;

-- One row per member and category the member changed; absent rows mean the category's default.
create table notification_preference (
  tenant_id   uuid not null references tenant (id),
  member_id   uuid not null,
  category    text not null check (category in
                ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK')),
  channel     text not null check (channel in ('IN_APP', 'EMAIL', 'DIGEST', 'OFF')),
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, member_id, category),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

create table digest_setting (
  tenant_id   uuid not null references tenant (id),
  member_id   uuid not null,
  frequency   text not null check (frequency in ('OFF', 'DAILY', 'WEEKLY')),
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, member_id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

-- One row per member and period, written with the digest email: re-running a period sends
-- nothing new.
create table digest_run (
  tenant_id   uuid not null references tenant (id),
  member_id   uuid not null,
  period      text not null,
  items       integer not null,
  sent        boolean not null,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, member_id, period),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

-- A tenant's digests for a period are finished; the scan does not schedule them again.
create table digest_batch (
  tenant_id    uuid not null references tenant (id),
  period       text not null,
  members      integer not null,
  finished_at  timestamptz not null default now(),
  primary key (tenant_id, period)
);

-- Devices a member has logged in from (by a hash of the device cookie).
create table known_device (
  tenant_id    uuid not null references tenant (id),
  member_id    uuid not null,
  device_hash  text not null,
  user_agent   text,
  ip           text,
  first_seen   timestamptz not null default now(),
  last_seen    timestamptz not null default now(),
  primary key (tenant_id, member_id, device_hash),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

do $$
declare t text;
begin
  foreach t in array array['notification_preference', 'digest_setting', 'digest_run',
                           'digest_batch', 'known_device'] loop
    execute format('alter table %I enable row level security, force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant_id())
                    with check (tenant_id = app_tenant_id())', t);
  end loop;
end $$;

grant select, insert, update, delete on notification_preference, digest_setting to tongxin_app;
grant select, insert on digest_run, digest_batch to tongxin_app;
grant select, insert, update on known_device to tongxin_app;
-- The digest scan looks across tenants for periods not yet finished; it changes nothing itself.
grant select on digest_batch to tongxin_system;
-- Sessions open through the system role (log-in, sign-up); they record the device.
grant select, insert, update on known_device to tongxin_system;

-- Platform-wide secrets, readable only by the system role. 256 bits from the server's strong
-- random source (gen_random_uuid), never leaving the database except to sign and verify.
create table platform_secret (
  name        text primary key,
  secret      bytea not null check (length(secret) >= 32),
  created_at  timestamptz not null default now()
);
insert into platform_secret (name, secret)
values ('links', uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
              || uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
grant select on platform_secret to tongxin_system;

-- Mail people subscribed to (digests) carries a one-click unsubscribe link (RFC 8058).
alter table mail_outbox add column unsubscribe_url text;
