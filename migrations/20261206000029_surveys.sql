-- Surveys (问卷). Who is asked is frozen into `survey_respondent` when the survey opens; who has
-- answered is recorded there without the answers (the day only). The answers of an anonymous
-- survey sit in `survey_response`, which has no member column and no timestamp: its ids are
-- random (v4), and every submission stirs it (delete and re-insert in random order in one
-- statement, up to 500 rows) under the survey's row lock, as a cast stirs a vote's urn. The
-- answers of a named survey sit in `survey_named_response`, keyed by the member.

create table survey (
  tenant_id           uuid not null references tenant (id),
  id                  uuid not null,
  org_id              uuid not null,
  title               text not null check (char_length(title) between 1 and 100),
  description         text not null default '' check (char_length(description) <= 5000),
  anonymous           boolean not null,
  results_visibility  text not null check (results_visibility in ('LIVE', 'AFTER_CLOSE')),
  -- Who is asked, as chosen (an audience); resolved into `survey_respondent` at the opening.
  audience            jsonb not null,
  status              text not null default 'SCHEDULED' check (status in ('SCHEDULED', 'OPEN', 'CLOSED')),
  opens_at            timestamptz not null,
  closes_at           timestamptz not null,
  opened_at           timestamptz,
  closed_at           timestamptz,
  eligible_count      integer not null default 0,
  responded_count     integer not null default 0,
  last_reminded_at    timestamptz,
  created_by          uuid,
  created_at          timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check (closes_at > opens_at)
);
create index survey_org on survey (tenant_id, org_id, created_at desc, id);
create index survey_status on survey (tenant_id, status, closes_at);

-- The questions, in their order.
create table survey_question (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  survey_id    uuid not null,
  position     integer not null check (position between 0 and 49),
  kind         text not null check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'RATING', 'SHORT_TEXT', 'LONG_TEXT')),
  title        text not null check (char_length(title) between 1 and 200),
  required     boolean not null,
  min_choices  integer check (min_choices between 0 and 50),
  max_choices  integer check (max_choices between 1 and 50),
  scale_min    integer check (scale_min between 0 and 1),
  scale_max    integer check (scale_max between 2 and 10),
  min_label    text check (char_length(min_label) <= 20),
  max_label    text check (char_length(max_label) <= 20),
  primary key (tenant_id, id),
  unique (tenant_id, survey_id, position),
  foreign key (tenant_id, survey_id) references survey (tenant_id, id),
  check ((kind = 'RATING') = (scale_min is not null and scale_max is not null)),
  check ((kind = 'MULTIPLE_CHOICE') = (min_choices is not null and max_choices is not null))
);

-- The options of choice questions, in their order.
create table survey_option (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  survey_id    uuid not null,
  question_id  uuid not null,
  position     integer not null check (position between 0 and 49),
  label        text not null check (char_length(label) between 1 and 100),
  primary key (tenant_id, id),
  unique (tenant_id, question_id, position),
  foreign key (tenant_id, survey_id) references survey (tenant_id, id),
  foreign key (tenant_id, question_id) references survey_question (tenant_id, id)
);
create index survey_option_survey on survey_option (tenant_id, survey_id);

-- Who is asked, frozen at the opening, and who has answered (never what).
create table survey_respondent (
  tenant_id       uuid not null references tenant (id),
  survey_id       uuid not null,
  member_id       uuid not null,
  org_id          uuid,
  responded       boolean not null default false,
  -- The day only.
  responded_on    date,
  reminded_count  integer not null default 0,
  primary key (tenant_id, survey_id, member_id),
  foreign key (tenant_id, survey_id) references survey (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  check (responded = (responded_on is not null))
);
create index survey_respondent_member on survey_respondent (tenant_id, member_id, survey_id);

-- The answers of anonymous surveys: no member, no time; a random id and the answers.
create table survey_response (
  tenant_id  uuid not null references tenant (id),
  survey_id  uuid not null,
  id         uuid not null default gen_random_uuid(),
  answers    jsonb not null,
  primary key (tenant_id, survey_id, id),
  foreign key (tenant_id, survey_id) references survey (tenant_id, id)
);

-- The answers of named surveys, with their respondent.
create table survey_named_response (
  tenant_id     uuid not null references tenant (id),
  survey_id     uuid not null,
  member_id     uuid not null,
  answers       jsonb not null,
  submitted_at  timestamptz not null default now(),
  primary key (tenant_id, survey_id, member_id),
  foreign key (tenant_id, survey_id) references survey (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

alter table survey enable row level security, force row level security;
alter table survey_question enable row level security, force row level security;
alter table survey_option enable row level security, force row level security;
alter table survey_respondent enable row level security, force row level security;
alter table survey_response enable row level security, force row level security;
alter table survey_named_response enable row level security, force row level security;
create policy tenant_isolation on survey
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on survey_question
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on survey_option
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on survey_respondent
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on survey_response
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on survey_named_response
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on survey, survey_respondent to tongxin_app;
grant select, insert on survey_question, survey_option, survey_named_response to tongxin_app;
-- The anonymous answers are rewritten at every submission (delete and re-insert), never updated.
grant select, insert, delete on survey_response to tongxin_app;
grant select on survey, survey_question, survey_option, survey_respondent to tongxin_system;

-- Survey notifications (a survey opens, a reminder to answer) are a category of their own; they
-- never carry an answer.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY'));

-- `survey`: `read` (turnout, results when visible, the export), `write` (create, close, remind).
-- Officers and org admins run the surveys of their orgs. Existing tenants get what new tenants
-- are seeded with.
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'survey', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
