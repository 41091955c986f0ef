-- Votes and elections (投票, 民主推荐, 选举). Who may vote is frozen into `vote_voter` when the
-- vote opens; who has voted is recorded there without the choice. The choices sit in the urn,
-- `vote_ballot`, which has no member column and no timestamp: its ids are random (v4), and
-- every cast rewrites the urn (delete and re-insert in random order in one statement), so
-- neither the ids, nor the rows' physical order, nor their `xmin` say who cast which ballot or
-- when. A voter proves their ballot is counted with a random receipt, stored only as its
-- SHA-256.

create table vote (
  tenant_id           uuid not null references tenant (id),
  id                  uuid not null,
  org_id              uuid not null,
  meeting_id          uuid,
  kind                text not null default 'POLL' check (kind in ('POLL', 'RECOMMENDATION', 'ELECTION')),
  title               text not null check (char_length(title) between 1 and 100),
  description         text not null default '' check (char_length(description) <= 5000),
  min_choices         integer not null check (min_choices between 1 and 100),
  max_choices         integer not null check (max_choices between 1 and 100),
  seats               integer check (seats between 1 and 99),
  anonymous           boolean not null,
  results_visibility  text not null check (results_visibility in ('LIVE', 'AFTER_CLOSE')),
  -- The electorate as chosen (an audience); resolved into `vote_voter` at the opening.
  electorate          jsonb not null,
  status              text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'OPEN', 'CLOSED')),
  opens_at            timestamptz not null,
  closes_at           timestamptz not null,
  opened_at           timestamptz,
  closed_at           timestamptz,
  eligible_count      integer not null default 0,
  voted_count         integer not null default 0,
  -- Set at the close: whether the result stands (an election at a meeting needs its quorum).
  valid               boolean,
  invalid_reason      text check (char_length(invalid_reason) <= 500),
  last_reminded_at    timestamptz,
  created_by          uuid,
  created_at          timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check (closes_at > opens_at),
  check (max_choices >= min_choices),
  check (kind = 'POLL' or seats is not null)
);
create index vote_org on vote (tenant_id, org_id, created_at desc, id);
create index vote_status on vote (tenant_id, status, closes_at);

-- The options (候选人 for recommendations and elections), in their order.
create table vote_option (
  tenant_id  uuid not null references tenant (id),
  id         uuid not null,
  vote_id    uuid not null,
  position   integer not null check (position between 0 and 99),
  label      text not null check (char_length(label) between 1 and 100),
  primary key (tenant_id, id),
  unique (tenant_id, vote_id, position),
  foreign key (tenant_id, vote_id) references vote (tenant_id, id)
);

-- The electorate, frozen at the opening, and who has voted (never what).
create table vote_voter (
  tenant_id       uuid not null references tenant (id),
  vote_id         uuid not null,
  member_id       uuid not null,
  org_id          uuid,
  voted           boolean not null default false,
  -- The day only: the vote's day granularity.
  voted_on        date,
  reminded_count  integer not null default 0,
  primary key (tenant_id, vote_id, member_id),
  foreign key (tenant_id, vote_id) references vote (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  check (voted = (voted_on is not null))
);
create index vote_voter_member on vote_voter (tenant_id, member_id, vote_id);

-- The urn: no member, no time; a random id, the choice, and the receipt's SHA-256.
create table vote_ballot (
  tenant_id     uuid not null references tenant (id),
  vote_id       uuid not null,
  id            uuid not null default gen_random_uuid(),
  option_ids    uuid[] not null check (cardinality(option_ids) between 1 and 100),
  receipt_hash  bytea not null check (length(receipt_hash) = 32),
  primary key (tenant_id, vote_id, id),
  unique (tenant_id, vote_id, receipt_hash),
  foreign key (tenant_id, vote_id) references vote (tenant_id, id)
);

alter table vote enable row level security, force row level security;
alter table vote_option enable row level security, force row level security;
alter table vote_voter enable row level security, force row level security;
alter table vote_ballot enable row level security, force row level security;
create policy tenant_isolation on vote
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on vote_option
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on vote_voter
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on vote_ballot
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on vote, vote_voter to tongxin_app;
grant select, insert on vote_option to tongxin_app;
-- The urn is rewritten at every cast (delete and re-insert), never updated.
grant select, insert, delete on vote_ballot to tongxin_app;
grant select on vote, vote_option, vote_voter to tongxin_system;

-- 差额选举: the number of candidates must exceed the seats by the share below.
insert into statutory_rule (key, area, title, params, source) values
('vote.election.competitive', '选举', '差额选举的候选人数',
 '{"minExcessShare": 0.2}',
 '《中国共产党基层组织选举工作条例》（2020）第十二条：实行差额选举，候选人数应多于应选人数的20%');

-- Vote notifications (a vote opens, a reminder to vote) are a category of their own; they
-- never carry a choice.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE'));

-- `vote`: `read` (turnout, who has not voted in named votes), `write` (create, close, remind).
-- Officers and org admins run the votes of their orgs. Existing tenants get what new tenants
-- are seeded with.
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'vote', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
