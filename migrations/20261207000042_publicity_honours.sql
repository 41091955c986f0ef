-- Public notices (公示) as one capability, and honours (荣誉).
--
-- A `publicity` is published by an org to an audience (frozen into `publicity_audience`, the
-- `core::audience` resolution notices, votes and activities use) with an objection window.
-- Members of the audience object during the window, named or anonymously (the author is always
-- recorded for the handlers, never shown to the subject); each objection is handled with an
-- outcome, and the 公示 is closed with its own outcome. The party pipeline's 公示 (before 发展 and
-- 转正) is such a publicity, linked from `stage_transition.publicity_id`; the objections of
-- existing transitions are copied over, and `stage_objection` is no longer written.
-- Honours (两优一先, union and league awards) are proposed and confirmed by their 公示.

create table publicity (
  tenant_id          uuid not null references tenant (id),
  id                 uuid not null,
  -- The publishing org: its officers (`publicity` write) handle objections and close it.
  org_id             uuid not null,
  kind               text not null check (kind in
    ('HONOUR', 'CADRE', 'DEVELOPMENT', 'CONVERSION', 'ELECTION', 'OTHER')),
  title              text not null check (char_length(title) between 1 and 100),
  body               text not null default '' check (char_length(body) <= 20000),
  -- HTML bodies are sanitised as notices' are.
  body_format        text not null default 'PLAIN' check (body_format in ('PLAIN', 'HTML')),
  subject_member_id  uuid,
  subject_org_id     uuid,
  -- Who may read and object, as chosen; frozen into `publicity_audience` at publishing.
  audience           jsonb not null,
  window_start       timestamptz not null,
  window_end         timestamptz not null,
  -- Who closes it: `DIRECT` (its officers), `HONOUR` (its officers; the honour follows the
  -- outcome) or `PIPELINE` (the upper org's decision on the stage transition).
  origin             text not null default 'DIRECT' check (origin in ('DIRECT', 'HONOUR', 'PIPELINE')),
  status             text not null default 'OPEN' check (status in ('OPEN', 'CONFIRMED', 'WITHDRAWN', 'REJECTED')),
  outcome_note       text check (char_length(outcome_note) <= 1000),
  closed_at          timestamptz,
  closed_by          uuid,
  created_by         uuid,
  created_at         timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, subject_member_id) references member (tenant_id, id),
  foreign key (tenant_id, subject_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  foreign key (tenant_id, closed_by) references member (tenant_id, id),
  check ((status = 'OPEN') = (closed_at is null))
);
create index publicity_org on publicity (tenant_id, org_id, created_at desc, id);
create index publicity_subject on publicity (tenant_id, subject_member_id) where subject_member_id is not null;

-- Who may read and object, frozen at publishing.
create table publicity_audience (
  tenant_id     uuid not null references tenant (id),
  publicity_id  uuid not null,
  member_id     uuid not null,
  org_id        uuid,
  primary key (tenant_id, publicity_id, member_id),
  foreign key (tenant_id, publicity_id) references publicity (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index publicity_audience_member on publicity_audience (tenant_id, member_id, publicity_id);

-- Objections: the author is always recorded (for the handlers); `anonymous` hides them from
-- other members. The subject never learns who objected.
create table publicity_objection (
  tenant_id     uuid not null references tenant (id),
  id            uuid not null,
  publicity_id  uuid not null,
  author_id     uuid not null,
  anonymous     boolean not null default false,
  text          text not null check (char_length(text) between 1 and 2000),
  status        text not null default 'PENDING' check (status in ('PENDING', 'UPHELD', 'DISMISSED')),
  handled_note  text check (char_length(handled_note) <= 1000),
  handled_by    uuid,
  handled_at    timestamptz,
  created_at    timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, publicity_id) references publicity (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id),
  foreign key (tenant_id, handled_by) references member (tenant_id, id),
  check ((status = 'PENDING') = (handled_at is null))
);
create index publicity_objection_publicity on publicity_objection (tenant_id, publicity_id, created_at);

-- Honours: for a member or an org, proposed by an org, confirmed by their 公示.
create table honour (
  tenant_id           uuid not null references tenant (id),
  id                  uuid not null,
  -- The proposing org (its officers hold `honour` write).
  org_id              uuid not null,
  kind                text not null check (kind in
    ('EXCELLENT_PARTY_MEMBER', 'EXCELLENT_PARTY_WORKER', 'ADVANCED_PARTY_ORG',
     'EXCELLENT_UNION_MEMBER', 'EXCELLENT_UNION_WORKER', 'EXCELLENT_LEAGUE_MEMBER',
     'EXCELLENT_LEAGUE_CADRE', 'MAY_FOURTH_RED_FLAG', 'OTHER')),
  -- The honour's name (the kind's label, or the free name of 其他).
  title               text not null check (char_length(title) between 1 and 100),
  member_id           uuid,
  recipient_org_id    uuid,
  year                integer not null check (year between 1949 and 2200),
  issuer              text not null check (char_length(issuer) between 1 and 100),
  citation            text not null default '' check (char_length(citation) <= 2000),
  -- Its 公示; the honour's status is the publicity's outcome.
  publicity_id        uuid not null,
  created_by          uuid,
  created_at          timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, publicity_id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, recipient_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, publicity_id) references publicity (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check ((member_id is null) <> (recipient_org_id is null))
);
create index honour_org on honour (tenant_id, org_id, year desc, id);
create index honour_member on honour (tenant_id, member_id, year desc) where member_id is not null;

-- The pipeline's 公示 is a publicity.
alter table stage_transition add column publicity_id uuid;
alter table stage_transition add constraint stage_transition_publicity_fk
  foreign key (tenant_id, publicity_id) references publicity (tenant_id, id);
create unique index stage_transition_publicity on stage_transition (tenant_id, publicity_id)
  where publicity_id is not null;

-- `stage_transition.publicity_until` mirrors its publicity's window end; a change to it (an
-- operator shortening a 公示 by hand) moves the publicity's window with it, so the two never
-- disagree.
create function stage_transition_publicity_window() returns trigger
language plpgsql set search_path = public as $$
begin
  if new.publicity_id is not null and new.publicity_until is not null
     and new.publicity_until is distinct from old.publicity_until then
    update publicity set window_end = new.publicity_until
     where tenant_id = new.tenant_id and id = new.publicity_id;
  end if;
  return new;
end $$;
create trigger stage_transition_publicity_window after update of publicity_until on stage_transition
  for each row execute function stage_transition_publicity_window();

alter table publicity enable row level security, force row level security;
alter table publicity_audience enable row level security, force row level security;
alter table publicity_objection enable row level security, force row level security;
alter table honour enable row level security, force row level security;
create policy tenant_isolation on publicity
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on publicity_audience
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on publicity_objection
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on honour
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on publicity, publicity_objection to tongxin_app;
grant select, insert on publicity_audience, honour to tongxin_app;
grant select on publicity, publicity_audience, publicity_objection, honour to tongxin_system;

-- Existing pipeline 公示 become publicities; their objections are copied across (named).
-- The owner is subject to the tenant table's forced policy: lifted for this loop over
-- every tenant, inside the migration's transaction.
alter table tenant no force row level security;
do $$
declare
  t uuid;
  r record;
  p uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    for r in
      select st.*, m.name as member_name
        from stage_transition st
        join member m on m.tenant_id = st.tenant_id and m.id = st.member_id
       where st.tenant_id = t and st.publicity_until is not null and st.publicity_id is null
    loop
      p := gen_random_uuid();
      insert into publicity (tenant_id, id, org_id, kind, origin, title, body, subject_member_id, audience,
                             window_start, window_end, status, outcome_note, closed_at, closed_by,
                             created_by, created_at)
      values (t, p, r.org_id,
              case r.to_stage when 'PROBATIONARY' then 'DEVELOPMENT' when 'FULL_MEMBER' then 'CONVERSION' else 'OTHER' end,
              'PIPELINE',
              '拟将' || r.member_name || '列为' ||
                case r.to_stage when 'PROBATIONARY' then '预备党员' when 'FULL_MEMBER' then '正式党员' else '下一阶段' end,
              '', r.member_id,
              jsonb_build_object('orgs', jsonb_build_array(jsonb_build_object('orgId', r.org_id, 'includeSubtree', false)),
                                 'lines', jsonb_build_array('PARTY'),
                                 'politicalStatuses', jsonb_build_array('FULL_MEMBER', 'PROBATIONARY'),
                                 'excludeMemberIds', jsonb_build_array(r.member_id)),
              r.proposed_at, r.publicity_until,
              case r.status when 'APPROVED' then 'CONFIRMED' when 'REFUSED' then 'REJECTED'
                            when 'WITHDRAWN' then 'WITHDRAWN' else 'OPEN' end,
              r.decision_note,
              case when r.status in ('APPROVED', 'REFUSED', 'WITHDRAWN') then coalesce(r.decided_at, now()) end,
              case when r.status in ('APPROVED', 'REFUSED', 'WITHDRAWN') then r.decided_by end,
              r.proposed_by, r.proposed_at);
      insert into publicity_audience (tenant_id, publicity_id, member_id, org_id)
      select t, p, m.id, m.party_org_id from member m
       where m.tenant_id = t and m.party_org_id = r.org_id and m.status = 'ACTIVE'
         and m.political_status in ('PROBATIONARY', 'FULL_MEMBER') and m.id <> r.member_id;
      insert into publicity_objection (tenant_id, id, publicity_id, author_id, anonymous, text, created_at)
      select t, x.id, p, x.author_id, false, x.text, x.created_at
        from stage_objection x where x.tenant_id = t and x.transition_id = r.id;
      update stage_transition set publicity_id = p where tenant_id = t and id = r.id;
    end loop;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;

-- 公示 notifications (published, objections for the handlers, the outcome for the subject) are
-- a category of their own. The full list of kinds, whichever order the migrations ran in.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY'));

-- `publicity`: `read` (the 公示 of the org and its objections' count), `write` (publish, handle
-- objections, close). `honour`: `read` (the org's honours), `write` (propose). Officers and org
-- admins; existing tenants get what new tenants are seeded with.
-- The owner is subject to the tenant table's forced policy: lifted for this loop over
-- every tenant, inside the migration's transaction.
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', o.obj, '(read)|(write)', 'template'
      from role_template rt cross join (values ('publicity'), ('honour')) as o (obj)
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
