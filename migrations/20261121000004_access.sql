-- Sessions, roles (Casbin rules), API keys, invitations.

create table session (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  account_id   uuid not null references account (id),
  member_id    uuid not null,
  token_hash   bytea not null,
  user_agent   text,
  ip           text,
  created_at   timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at   timestamptz not null,
  revoked_at   timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
-- Session checks look a token up before the tenant is known (core::system).
create index session_token on session (token_hash);
create index session_member on session (tenant_id, member_id);

-- Role templates: the names and labels; their permissions live in casbin_rule as p rules.
create table role_template (
  tenant_id   uuid not null references tenant (id),
  name        text not null check (name ~ '^[a-z][a-z0-9_]{1,39}$'),
  label       text not null,
  description text not null default '',
  builtin     boolean not null default false,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, name)
);

-- Casbin rules of one tenant. source names what produced a g rule (a position, a manual grant).
create table casbin_rule (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  ptype       text not null check (ptype in ('p', 'g')),
  v0          text not null,
  v1          text not null,
  v2          text not null default '',
  v3          text not null default '',
  v4          text not null default '',
  v5          text not null default '',
  source      text,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, ptype, v0, v1, v2, v3, v4, v5)
);

create table api_key (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  name         text not null check (char_length(name) between 1 and 60),
  prefix       text not null,
  token_hash   bytea not null,
  role         text not null,
  created_by   uuid not null,
  created_at   timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at   timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, role) references role_template (tenant_id, name),
  foreign key (tenant_id, created_by) references member (tenant_id, id)
);
create index api_key_token on api_key (token_hash);

create table invitation (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  email        text not null,
  name         text not null,
  org_id       uuid not null,
  token_hash   bytea not null,
  invited_by   uuid not null,
  created_at   timestamptz not null default now(),
  expires_at   timestamptz not null,
  accepted_at  timestamptz,
  revoked_at   timestamptz,
  member_id    uuid,
  primary key (tenant_id, id),
  unique (tenant_id, token_hash),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, invited_by) references member (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index invitation_token on invitation (token_hash);

alter table session enable row level security, force row level security;
alter table role_template enable row level security, force row level security;
alter table casbin_rule enable row level security, force row level security;
alter table api_key enable row level security, force row level security;
alter table invitation enable row level security, force row level security;
create policy tenant_isolation on session
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on role_template
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on casbin_rule
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on api_key
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on invitation
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on session, role_template, api_key, invitation to tongxin_app;
grant select, insert, update, delete on casbin_rule to tongxin_app;
grant delete on role_template to tongxin_app;
grant select, insert, update on session, api_key, invitation to tongxin_system;
grant select, insert on role_template, casbin_rule, org_unit, member to tongxin_system;
