-- Tenants, global accounts, sessions, password resets and platform operators.

create table tenant (
  id          uuid primary key,
  slug        text not null unique,
  name        text not null,
  status      text not null default 'active' check (status in ('active', 'suspended')),
  time_zone   text not null default 'Asia/Shanghai',
  created_at  timestamptz not null default now(),
  suspended_at timestamptz
);
alter table tenant enable row level security, force row level security;
-- A tenant sees only its own row.
create policy tenant_self on tenant
  using (id = app_tenant_id()) with check (id = app_tenant_id());
grant select on tenant to tongxin_app;
grant select, insert, update on tenant to tongxin_system;

-- Global login identity; one account may be a member of several tenants.
create table account (
  id                 uuid primary key,
  email              text unique,
  phone              text unique,
  name               text not null,
  password_hash      text not null,
  password_changed_at timestamptz not null default now(),
  created_at         timestamptz not null default now(),
  check (email is not null or phone is not null)
);
grant select, insert, update on account to tongxin_system;

create table password_reset (
  id          uuid primary key,
  account_id  uuid not null references account (id) on delete cascade,
  token_hash  bytea not null unique,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  used_at     timestamptz
);
grant select, insert, update on password_reset to tongxin_system;

create table platform_operator (
  account_id  uuid primary key references account (id) on delete cascade,
  created_at  timestamptz not null default now()
);
grant select, insert on platform_operator to tongxin_system;

create table operator_session (
  id          uuid primary key,
  account_id  uuid not null references platform_operator (account_id) on delete cascade,
  token_hash  bytea not null unique,
  created_at  timestamptz not null default now(),
  expires_at  timestamptz not null,
  revoked_at  timestamptz
);
grant select, insert, update on operator_session to tongxin_system;

-- Password checks per login identifier (known or not, so that the lock itself reveals nothing).
create table login_throttle (
  login_hash    bytea primary key,
  failures      integer not null,
  window_start  timestamptz not null,
  locked_until  timestamptz
);
grant select, insert, update, delete on login_throttle to tongxin_system;
