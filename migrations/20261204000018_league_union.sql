-- Joining the league or the union (application and approval), annual league registration
-- campaigns (团籍注册), and age-out warnings.

create table line_application (
  tenant_id      uuid not null references tenant (id),
  id             uuid not null,
  member_id      uuid not null,
  line           text not null check (line in ('UNION', 'YOUTH')),
  org_id         uuid not null,
  note           text check (char_length(note) <= 500),
  status         text not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REFUSED')),
  created_at     timestamptz not null default now(),
  decided_by     uuid,
  decided_at     timestamptz,
  decision_note  text check (char_length(decision_note) <= 500),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id)
);
create unique index line_application_pending on line_application (tenant_id, member_id, line)
  where status = 'PENDING';

create table league_campaign (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  org_id       uuid not null,
  year         integer not null check (year between 2000 and 2100),
  closes_on    date not null,
  created_by   uuid,
  created_at   timestamptz not null default now(),
  last_reminded_at timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, org_id, year),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id)
);

create table league_registration (
  tenant_id      uuid not null references tenant (id),
  campaign_id    uuid not null,
  member_id      uuid not null,
  registered_at  timestamptz not null default now(),
  registered_by  uuid,
  primary key (tenant_id, campaign_id, member_id),
  foreign key (tenant_id, campaign_id) references league_campaign (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

alter table line_application enable row level security, force row level security;
alter table league_campaign enable row level security, force row level security;
alter table league_registration enable row level security, force row level security;
create policy tenant_isolation on line_application
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on league_campaign
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on league_registration
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on line_application, league_campaign to tongxin_app;
grant select, insert on league_registration to tongxin_app;

insert into statutory_rule (key, area, title, params, source) values
('league.age_out_warning', '共青团', '超龄离团提醒（提前月数）',
 '{"monthsBefore": 3}',
 '同心默认设置：年满28周岁前3个月提醒本人及团组织（担任团内职务的除外；可按单位制度调整）');
