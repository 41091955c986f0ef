-- Assessment (考核): target ledgers (目标考核台账) with weighted indicators per period, scores per
-- org with their breakdown and the records behind each automatic figure, progress reports with
-- evidence for the manual ones, and a star rating (星级) from thresholds the scheme sets.
--
-- `assessment_scheme` is issued by an org (the assessing, upper org) for a period (a year or a
-- quarter) and assesses the orgs of one kind in its sub-tree (its branches, say). Its
-- indicators (`assessment_indicator`) each carry a weight (the most points it gives), a method
-- (AUTO, computed by the worker from the tenant's data, or MANUAL, scored by the upper org) and,
-- for AUTO, the metric. `assessment_score` holds one figure per indicator and assessed org:
-- for AUTO the numerator, denominator and the records that make them (bounded); for
-- MANUAL the score, the note and who gave it. `assessment_report` is a progress report with
-- evidence files that an assessed org submits against an indicator.
create table assessment_scheme (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  org_id           uuid not null,
  name             text not null check (char_length(name) between 1 and 100),
  period_kind      text not null check (period_kind in ('YEAR', 'QUARTER')),
  year             integer not null check (year between 2000 and 2200),
  quarter          smallint check (quarter between 1 and 4),
  target_kind      text not null check (char_length(target_kind) between 1 and 40),
  -- Least total score for 1 to 5 stars, ascending, in hundredths of a point.
  star_thresholds  integer[] not null check (cardinality(star_thresholds) = 5),
  status           text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  computed_at      timestamptz,
  created_by       uuid not null,
  created_at       timestamptz not null default now(),
  closed_at        timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check ((period_kind = 'QUARTER') = (quarter is not null)),
  check ((status = 'CLOSED') = (closed_at is not null))
);
create index assessment_scheme_org on assessment_scheme (tenant_id, org_id, year desc);
create index assessment_scheme_open on assessment_scheme (tenant_id, status) where status = 'OPEN';

create table assessment_indicator (
  tenant_id    uuid not null references tenant (id),
  scheme_id    uuid not null,
  id           uuid not null,
  position     integer not null check (position between 1 and 50),
  name         text not null check (char_length(name) between 1 and 100),
  description  text not null default '' check (char_length(description) <= 1000),
  -- The most points the indicator gives, in hundredths of a point.
  weight       integer not null check (weight > 0 and weight <= 100000),
  method       text not null check (method in ('AUTO', 'MANUAL')),
  metric       text check (metric in
                 ('MEETING_COMPLIANCE', 'DUES_COLLECTION', 'STUDY_COMPLETION', 'POINTS_PER_MEMBER',
                  'NOTICE_ACKNOWLEDGEMENT', 'GRID_ON_TIME')),
  -- POINTS_PER_MEMBER: the average points per member that earns the full weight.
  target       integer check (target > 0 and target <= 100000),
  primary key (tenant_id, scheme_id, id),
  unique (tenant_id, scheme_id, position),
  foreign key (tenant_id, scheme_id) references assessment_scheme (tenant_id, id),
  check ((method = 'AUTO') = (metric is not null)),
  check ((metric = 'POINTS_PER_MEMBER') = (target is not null))
);

create table assessment_score (
  tenant_id     uuid not null references tenant (id),
  scheme_id     uuid not null,
  indicator_id  uuid not null,
  org_id        uuid not null,
  -- In hundredths of a point.
  score         integer not null check (score >= 0),
  -- AUTO: what was done of what was due (meetings, fen, items, points, receipts, cases).
  numerator     bigint,
  denominator   bigint,
  -- AUTO: the records behind the figure, [{kind, id, title, at, counted, note}], at most 500.
  records       jsonb not null default '[]'::jsonb,
  records_total integer not null default 0,
  note          text check (char_length(note) <= 1000),
  scored_by     uuid,
  updated_at    timestamptz not null default now(),
  primary key (tenant_id, scheme_id, indicator_id, org_id),
  foreign key (tenant_id, scheme_id, indicator_id)
    references assessment_indicator (tenant_id, scheme_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, scored_by) references member (tenant_id, id)
);

create table assessment_report (
  tenant_id     uuid not null references tenant (id),
  id            uuid not null,
  scheme_id     uuid not null,
  indicator_id  uuid not null,
  org_id        uuid not null,
  text          text not null check (char_length(text) between 1 and 2000),
  file_ids      uuid[] not null default '{}' check (cardinality(file_ids) <= 9),
  author_id     uuid not null,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, scheme_id, indicator_id)
    references assessment_indicator (tenant_id, scheme_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id)
);
create index assessment_report_org on assessment_report (tenant_id, scheme_id, org_id, created_at desc);

alter table assessment_scheme enable row level security, force row level security;
alter table assessment_indicator enable row level security, force row level security;
alter table assessment_score enable row level security, force row level security;
alter table assessment_report enable row level security, force row level security;
create policy tenant_isolation on assessment_scheme
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on assessment_indicator
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on assessment_score
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on assessment_report
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on assessment_scheme, assessment_indicator, assessment_score,
  assessment_report to tongxin_app;
grant select on assessment_scheme, assessment_indicator, assessment_score, assessment_report
  to tongxin_system;

-- `assessment`: `read` (an org's ledgers, scores and the records behind them), `write` (issue
-- schemes, score manual indicators, recompute, close; at an assessed org: submit progress
-- reports). Officers and org admins hold both at their orgs. Existing tenants get what new
-- tenants are seeded with (the tenant list read with the forced policy lifted, as in 44).
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'assessment', '(read)|(write)',
           'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
