-- 民主评议党员 (democratic evaluation of party members): a campaign per branch and year walks
-- SELF_ASSESSMENT → PEER_REVIEW → COMMITTEE → DECISION → CLOSED.
--
-- Peer ratings are anonymous: `evaluation_peer_rating` has no column naming the rater, a random
-- (v4) id and only the day; who rated is kept apart in `evaluation_peer_participation`, without
-- the content. Each submission stirs the campaign's other ratings in the same transaction (a
-- no-op update) so they share its xmin, and the close of the peer stage rewrites them in random
-- order, so neither system columns nor physical order tie a rating to its rater.

create table evaluation_campaign (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  org_id      uuid not null,
  year        integer not null check (year between 2000 and 2100),
  title       text not null check (char_length(title) between 1 and 100),
  stage       text not null default 'SELF_ASSESSMENT' check (stage in
                ('SELF_ASSESSMENT', 'PEER_REVIEW', 'COMMITTEE', 'DECISION', 'CLOSED')),
  meeting_id  uuid,
  created_by  uuid,
  created_at  timestamptz not null default now(),
  updated_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, org_id, year),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, meeting_id) references meeting (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id)
);

-- The campaign's members, frozen at its start, with their self-assessment, the committee's
-- proposal and the meeting's decision.
create table evaluation_member (
  tenant_id        uuid not null references tenant (id),
  campaign_id      uuid not null,
  member_id        uuid not null,
  self_assessment  text check (char_length(self_assessment) <= 5000),
  self_assessed_at timestamptz,
  proposed_grade   text check (proposed_grade in
                     ('EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED')),
  proposed_reason  text check (char_length(proposed_reason) <= 1000),
  final_grade      text check (final_grade in
                     ('EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED')),
  final_reason     text check (char_length(final_reason) <= 1000),
  primary key (tenant_id, campaign_id, member_id),
  foreign key (tenant_id, campaign_id) references evaluation_campaign (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index evaluation_member_by_member on evaluation_member (tenant_id, member_id);

-- Who submitted peer ratings (once each), without what they gave; the day only.
create table evaluation_peer_participation (
  tenant_id    uuid not null references tenant (id),
  campaign_id  uuid not null,
  member_id    uuid not null,
  submitted_on date not null,
  primary key (tenant_id, campaign_id, member_id),
  foreign key (tenant_id, campaign_id, member_id)
    references evaluation_member (tenant_id, campaign_id, member_id)
);

-- Anonymous peer ratings: the ratee, the grade and an optional comment; no rater.
create table evaluation_peer_rating (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null default gen_random_uuid(),
  campaign_id uuid not null,
  ratee_id    uuid not null,
  grade       text not null check (grade in
                ('EXCELLENT', 'QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED')),
  comment     text check (char_length(comment) <= 500),
  rated_on    date not null,
  primary key (tenant_id, id),
  foreign key (tenant_id, campaign_id, ratee_id)
    references evaluation_member (tenant_id, campaign_id, member_id)
);
create index evaluation_peer_rating_by_ratee on evaluation_peer_rating (tenant_id, campaign_id, ratee_id);

alter table evaluation_campaign enable row level security, force row level security;
alter table evaluation_member enable row level security, force row level security;
alter table evaluation_peer_participation enable row level security, force row level security;
alter table evaluation_peer_rating enable row level security, force row level security;
create policy tenant_isolation on evaluation_campaign
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on evaluation_member
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on evaluation_peer_participation
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on evaluation_peer_rating
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on evaluation_campaign, evaluation_member to tongxin_app;
grant select, insert on evaluation_peer_participation to tongxin_app;
grant select, insert, update, delete on evaluation_peer_rating to tongxin_app;

-- Notifications about an evaluation stage (never about a rating's content).
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION'));

-- `evaluation`: `read` (turnout, every member's self-assessment, the peer tally from the
-- committee stage on, proposals and grades), `write` (start, advance, propose, decide).
-- Officers and org admins hold both over their orgs; existing tenants get what new tenants
-- are seeded with.
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'evaluation', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
