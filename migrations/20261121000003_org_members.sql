-- Organisation tree, members, officer positions.
-- Every tenant table: tenant_id first in the primary key and every unique constraint,
-- foreign keys between tenant tables include tenant_id, RLS enabled and forced.

create sequence org_unit_no_seq;
grant usage on sequence org_unit_no_seq to tongxin_app;

create table org_unit (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  no          bigint not null default nextval('org_unit_no_seq'),
  parent_id   uuid,
  line        text not null check (line in ('PARTY', 'UNION', 'YOUTH', 'ADMIN', 'GRID')),
  kind        text not null,
  name        text not null check (char_length(name) between 1 and 100),
  path        ltree not null,
  is_joint    boolean not null default false,
  is_virtual  boolean not null default false,
  archived_at timestamptz,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, no),
  foreign key (tenant_id, parent_id) references org_unit (tenant_id, id)
);
create index org_unit_path_gist on org_unit using gist (path);
create index org_unit_parent on org_unit (tenant_id, parent_id);

create table member (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  account_id       uuid references account (id),
  name             text not null check (char_length(name) between 1 and 50),
  gender           text check (gender in ('MALE', 'FEMALE')),
  birth_date       date,
  phone            text,
  email            text,
  political_status text not null default 'MASSES' check (political_status in
    ('MASSES', 'LEAGUE_MEMBER', 'APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER')),
  status           text not null default 'ACTIVE' check (status in ('ACTIVE', 'DISABLED')),
  org_id           uuid,
  party_org_id     uuid,
  union_org_id     uuid,
  youth_org_id     uuid,
  department_id    uuid,
  posts            text[] not null default '{}',
  language         text not null default 'zh-CN',
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, account_id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, party_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, union_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, youth_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, department_id) references org_unit (tenant_id, id)
);
create index member_org on member (tenant_id, org_id);
create index member_name on member (tenant_id, name);
create index member_account on member (account_id);

create table position (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  org_id      uuid not null,
  member_id   uuid not null,
  title       text not null check (char_length(title) between 1 and 50),
  role        text not null,
  term_start  date not null,
  term_end    date,
  ended_at    timestamptz,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index position_org on position (tenant_id, org_id);

alter table org_unit enable row level security, force row level security;
alter table member enable row level security, force row level security;
alter table position enable row level security, force row level security;
create policy tenant_isolation on org_unit
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on member
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on position
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on org_unit, member, position to tongxin_app;
grant select on org_unit, member, position to tongxin_system;
