-- Organisation relationship transfers (组织关系接转): electronic introduction letters (介绍信)
-- issued by the sending org, accepted by code by a receiving org in the same tenant or in
-- another one; the receipt (回执) returns to the sender, whose record is closed, not deleted.

create table transfer_letter (
  tenant_id          uuid not null references tenant (id),
  id                 uuid not null,
  member_id          uuid not null,
  line               text not null check (line in ('PARTY', 'UNION', 'YOUTH')),
  from_org_id        uuid not null,
  -- Where it is addressed, as written on the letter.
  destination        text not null check (char_length(destination) between 1 and 200),
  cross_province     boolean not null default false,
  -- Printed on the letter; the receiving org types it in. Unique platform-wide by its hash.
  code               text not null,
  valid_until        timestamptz not null,
  dues_paid_through  date,
  -- Exactly the data the rule `transfer.crossing` names, frozen at issue.
  snapshot           jsonb not null,
  status             text not null default 'ISSUED' check (status in ('ISSUED', 'ACCEPTED', 'CANCELLED')),
  note               text check (char_length(note) <= 500),
  issued_by          uuid,
  issued_at          timestamptz not null default now(),
  accepted_at        timestamptz,
  -- The receipt: who received the member, and where.
  receipt            jsonb,
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, from_org_id) references org_unit (tenant_id, id)
);
-- A member has at most one letter out at a time.
create unique index transfer_letter_open on transfer_letter (tenant_id, member_id) where status = 'ISSUED';

-- The platform-wide index of letter codes: the only way a receiving tenant finds a letter.
-- No tenant column to isolate by, so only the system role may read or write it.
create table transfer_code (
  code_hash   bytea primary key,
  tenant_id   uuid not null references tenant (id),
  letter_id   uuid not null,
  created_at  timestamptz not null default now()
);
grant select, insert on transfer_code to tongxin_system;

-- A member received by letter, with what crossed.
create table transfer_in (
  tenant_id         uuid not null references tenant (id),
  id                uuid not null,
  member_id         uuid not null,
  org_id            uuid not null,
  from_tenant_id    uuid not null,
  from_tenant_name  text not null,
  letter_id         uuid not null,
  snapshot          jsonb not null,
  accepted_by       uuid,
  accepted_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id)
);

alter table transfer_letter enable row level security, force row level security;
alter table transfer_in enable row level security, force row level security;
create policy tenant_isolation on transfer_letter
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on transfer_in
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on transfer_letter to tongxin_app;
grant select, insert on transfer_in to tongxin_app;

insert into statutory_rule (key, area, title, params, source) values
('transfer.crossing', '组织关系接转', '跨单位转接时随转的信息',
 '{"fields": ["name", "gender", "birthDate", "politicalStatus", "stages", "duesPaidThrough"]}',
 '中共中央组织部《关于党员组织关系接转的规定》：介绍信载明党员基本情况与党费交纳情况（同心默认范围，联系方式不随转）');
