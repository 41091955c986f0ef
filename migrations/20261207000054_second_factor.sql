-- Second factor: TOTP (RFC 6238) per global account, one-time recovery codes, devices that
-- skip the code for a while, the tenant's policy, and sessions that must enrol first.
--
-- The account tables are platform tables (no `tenant_id`, as `account` itself): a person has
-- one second factor whichever tenant they log in to. Only the `tongxin_system` pool reads them,
-- through `identity::second_factor::store`.

create table account_totp (
  account_id    uuid primary key references account (id) on delete cascade,
  -- The id of the KEK (`reports.kek`) the secret is sealed under; a retired KEK still opens it.
  kek_id        text not null,
  -- nonce ‖ AES-256-GCM ciphertext ‖ tag of the 20-byte secret, bound to the account.
  secret_sealed bytea not null,
  created_at    timestamptz not null default now(),
  -- Null while pending (begun, not yet confirmed with a code).
  confirmed_at  timestamptz,
  -- The last 30-second step a code was accepted for: a code is good once per step.
  last_step     bigint not null default 0
);
grant select, insert, update, delete on account_totp to tongxin_system;

create table recovery_code (
  account_id  uuid not null references account (id) on delete cascade,
  -- sha256 of the normalised code (the codes are random, 50 bits each).
  code_hash   bytea not null,
  created_at  timestamptz not null default now(),
  used_at     timestamptz,
  primary key (account_id, code_hash)
);
grant select, insert, update, delete on recovery_code to tongxin_system;

-- A browser (its device cookie, hashed) that skips the second factor until `expires_at`.
create table trusted_device (
  account_id   uuid not null references account (id) on delete cascade,
  device_hash  text not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  primary key (account_id, device_hash)
);
grant select, insert, update, delete on trusted_device to tongxin_system;

alter table tenant add column second_factor_policy text not null default 'NONE'
  check (second_factor_policy in ('NONE', 'OFFICERS', 'EVERYONE'));
grant update (second_factor_policy) on tenant to tongxin_app;

-- A session opened without a second factor where the tenant's policy requires one: it may
-- only enrol (the API refuses everything else) until the account confirms a TOTP.
alter table session add column needs_second_factor boolean not null default false;
