-- Question banks (题库) and quizzes/exams (测验/考试).
--
-- `question_bank` belongs to an org (a tenant-wide bank at the root org); its `question`s are
-- SINGLE, MULTIPLE, TRUE_FALSE or FILL_BLANK with a stem, options (choice kinds), the key
-- (`answer`: option letters, `TRUE`/`FALSE`, or per blank the accepted answers), an
-- explanation (解析), a difficulty and tags; a deleted question is archived (attempts keep
-- their own copy). A `quiz` draws from one bank: FIXED (`quiz_question`, chosen by the
-- officer) or RANDOM (`random_counts` per kind, drawn per member at the start). Who may take
-- it is frozen into `quiz_audience` at creation. A `quiz_attempt` records the server's start
-- and deadline; its questions (`quiz_attempt_question`) are copies of the drawn questions, with
-- the member's saved answer and, once scored, the points earned. One open attempt per member
-- and quiz (a partial unique index), attempt numbers 1..max (a unique key).

create table question_bank (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  org_id       uuid not null,
  name         text not null check (char_length(name) between 1 and 100),
  description  text not null default '' check (char_length(description) <= 2000),
  created_by   uuid,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id)
);
create index question_bank_org on question_bank (tenant_id, org_id, created_at desc, id);

create table question (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  bank_id      uuid not null,
  kind         text not null check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL_BLANK')),
  stem         text not null check (char_length(stem) between 1 and 2000),
  -- Option texts, A first (choice kinds: 2..8; otherwise empty).
  options      text[] not null default '{}' check (cardinality(options) <= 8),
  -- The key: `{"choices": ["A", "C"]}`, `{"value": true}` or `{"blanks": [["答案", "别名"], …]}`.
  answer       jsonb not null,
  explanation  text not null default '' check (char_length(explanation) <= 2000),
  difficulty   integer not null default 2 check (difficulty between 1 and 5),
  tags         text[] not null default '{}' check (cardinality(tags) <= 10),
  archived_at  timestamptz,
  created_by   uuid,
  created_at   timestamptz not null default now(),
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, bank_id) references question_bank (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id)
);
create index question_bank_list on question (tenant_id, bank_id, created_at, id) where archived_at is null;
create index question_draw on question (tenant_id, bank_id, kind) where archived_at is null;

create table quiz (
  tenant_id           uuid not null references tenant (id),
  id                  uuid not null,
  org_id              uuid not null,
  bank_id             uuid not null,
  title               text not null check (char_length(title) between 1 and 100),
  description         text not null default '' check (char_length(description) <= 2000),
  mode                text not null check (mode in ('FIXED', 'RANDOM')),
  -- RANDOM: questions drawn per kind (`{"SINGLE": 5, "TRUE_FALSE": 5}`); FIXED: `{}`.
  random_counts       jsonb not null default '{}',
  points_per_question integer not null check (points_per_question between 1 and 100),
  question_count      integer not null check (question_count between 1 and 200),
  pass_mark           integer not null check (pass_mark >= 0),
  time_limit_minutes  integer not null check (time_limit_minutes between 1 and 600),
  opens_at            timestamptz not null,
  closes_at           timestamptz not null,
  max_attempts        integer not null check (max_attempts between 1 and 5),
  -- Who may take it, as chosen; frozen into `quiz_audience` at creation.
  audience            jsonb not null,
  audience_count      integer not null default 0,
  status              text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
  closed_at           timestamptz,
  created_by          uuid,
  created_at          timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, bank_id) references question_bank (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check (closes_at > opens_at),
  check (pass_mark <= points_per_question * question_count),
  check ((status = 'CLOSED') = (closed_at is not null))
);
create index quiz_org on quiz (tenant_id, org_id, created_at desc, id);

create table quiz_question (
  tenant_id    uuid not null references tenant (id),
  quiz_id      uuid not null,
  position     integer not null check (position >= 0),
  question_id  uuid not null,
  primary key (tenant_id, quiz_id, position),
  unique (tenant_id, quiz_id, question_id),
  foreign key (tenant_id, quiz_id) references quiz (tenant_id, id),
  foreign key (tenant_id, question_id) references question (tenant_id, id)
);

create table quiz_audience (
  tenant_id    uuid not null references tenant (id),
  quiz_id      uuid not null,
  member_id    uuid not null,
  org_id       uuid,
  primary key (tenant_id, quiz_id, member_id),
  foreign key (tenant_id, quiz_id) references quiz (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index quiz_audience_member on quiz_audience (tenant_id, member_id, quiz_id);

create table quiz_attempt (
  tenant_id     uuid not null references tenant (id),
  id            uuid not null,
  quiz_id       uuid not null,
  member_id     uuid not null,
  number        integer not null check (number between 1 and 5),
  -- Server clock: the start, and the moment after which no answer is taken (the earlier of
  -- the start plus the limit and the quiz's close).
  started_at    timestamptz not null,
  deadline      timestamptz not null,
  status        text not null default 'OPEN' check (status in ('OPEN', 'SUBMITTED', 'EXPIRED')),
  finished_at   timestamptz,
  score         integer,
  max_score     integer not null check (max_score >= 0),
  passed        boolean,
  primary key (tenant_id, id),
  unique (tenant_id, quiz_id, member_id, number),
  foreign key (tenant_id, quiz_id) references quiz (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  check (deadline > started_at),
  check ((status = 'OPEN') = (finished_at is null)),
  check ((status = 'OPEN') = (score is null))
);
-- One open attempt per member and quiz (parallel starts: one wins).
create unique index quiz_attempt_open on quiz_attempt (tenant_id, quiz_id, member_id) where status = 'OPEN';
create index quiz_attempt_quiz on quiz_attempt (tenant_id, quiz_id, member_id, score desc);
create index quiz_attempt_member on quiz_attempt (tenant_id, member_id, quiz_id);

create table quiz_attempt_question (
  tenant_id    uuid not null references tenant (id),
  attempt_id   uuid not null,
  position     integer not null check (position >= 0),
  question_id  uuid not null,
  -- A copy of the question as it was drawn: later edits never change an attempt.
  kind         text not null check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL_BLANK')),
  stem         text not null,
  options      text[] not null,
  answer       jsonb not null,
  explanation  text not null,
  points       integer not null check (points between 1 and 100),
  -- The member's answer (option letters, `TRUE`/`FALSE`, or one text per blank).
  response     text[],
  saved_at     timestamptz,
  earned       integer,
  correct      boolean,
  primary key (tenant_id, attempt_id, position),
  foreign key (tenant_id, attempt_id) references quiz_attempt (tenant_id, id),
  foreign key (tenant_id, question_id) references question (tenant_id, id)
);
create index quiz_attempt_question_question on quiz_attempt_question (tenant_id, question_id);

alter table question_bank enable row level security, force row level security;
alter table question enable row level security, force row level security;
alter table quiz enable row level security, force row level security;
alter table quiz_question enable row level security, force row level security;
alter table quiz_audience enable row level security, force row level security;
alter table quiz_attempt enable row level security, force row level security;
alter table quiz_attempt_question enable row level security, force row level security;
create policy tenant_isolation on question_bank
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on question
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on quiz
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on quiz_question
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on quiz_audience
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on quiz_attempt
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on quiz_attempt_question
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on question_bank, question, quiz, quiz_attempt,
  quiz_attempt_question to tongxin_app;
grant select, insert on quiz_question, quiz_audience to tongxin_app;
grant select on question_bank, question, quiz, quiz_question, quiz_audience, quiz_attempt,
  quiz_attempt_question to tongxin_system;

-- A passed quiz earns points (`QUIZ_PASSED`, once per quiz): the actions, in full.
alter table point_rule drop constraint point_rule_action_check;
alter table point_rule add constraint point_rule_action_check check (action in
  ('MEETING_ATTENDANCE', 'ACTIVITY_ATTENDANCE', 'ARTICLE_ADOPTED', 'IDEA_ADOPTED',
   'STUDY_COMPLETED', 'MANUAL', 'QUIZ_PASSED'));
alter table point_entry drop constraint point_entry_action_check;
alter table point_entry add constraint point_entry_action_check check (action in
  ('MEETING_ATTENDANCE', 'ACTIVITY_ATTENDANCE', 'ARTICLE_ADOPTED', 'IDEA_ADOPTED',
   'STUDY_COMPLETED', 'MANUAL', 'QUIZ_PASSED'));

-- Quiz notifications (a quiz opened for the member's audience). The full list of kinds,
-- whichever order the migrations ran in.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ'));

-- `quiz`: `read` (results and banks), `write` (banks, questions, import, quizzes) for org
-- admins and officers. Existing tenants get what new tenants are seeded with, and the default
-- `QUIZ_PASSED` rule. The tenant list is read with the table's forced row-level security
-- lifted for this transaction only (the migrating owner would otherwise see no tenant).
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'quiz', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
    insert into point_rule (tenant_id, id, action, name, points, cap_day, cap_month, cap_year,
                            lines, statuses, source, position)
    values (t, gen_random_uuid(), 'QUIZ_PASSED', '测验通过', 2, 5, null, null, '{}', '{}',
            '参照“学习强国”积分规则：参加答题并通过每次 2 分，每日最多 5 次；同一测验只计一次', 7)
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
