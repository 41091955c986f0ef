-- Live knowledge contests (知识竞赛).
--
-- A `contest` is hosted by an org (`quiz` write there) from one of the question banks it may
-- read; the members placed in the org's sub-tree may join. Its questions are drawn at random
-- at creation and copied (`contest_question`), so later edits of the bank never change it.
-- The host pushes one question at a time: `current_position` (1-based) with its start and
-- deadline on the server's clock; answers after the deadline or after the reveal are refused.
-- Each `contest_participant` row carries the running score, so the leaderboard is one indexed
-- read; `contest_answer` keeps every answer once (its primary key), with its elapsed time.

create table contest (
  tenant_id             uuid not null references tenant (id),
  id                    uuid not null,
  org_id                uuid not null,
  bank_id               uuid not null,
  title                 text not null check (char_length(title) between 1 and 100),
  question_count        integer not null check (question_count between 1 and 50),
  seconds_per_question  integer not null check (seconds_per_question between 5 and 300),
  points_per_question   integer not null check (points_per_question between 1 and 100),
  status                text not null default 'DRAFT' check (status in ('DRAFT', 'LIVE', 'FINISHED')),
  current_position      integer check (current_position between 1 and question_count),
  current_started_at    timestamptz,
  current_deadline      timestamptz,
  revealed              boolean not null default false,
  participant_count     integer not null default 0 check (participant_count >= 0),
  started_at            timestamptz,
  finished_at           timestamptz,
  created_by            uuid,
  created_at            timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, bank_id) references question_bank (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check ((current_position is null) = (current_started_at is null)),
  check ((current_position is null) = (current_deadline is null)),
  check (current_deadline > current_started_at),
  check ((status = 'DRAFT') = (started_at is null)),
  check ((status = 'FINISHED') = (finished_at is not null))
);
create index contest_org on contest (tenant_id, org_id, created_at desc, id);
create index contest_recent on contest (tenant_id, created_at desc, id);

create table contest_question (
  tenant_id    uuid not null references tenant (id),
  contest_id   uuid not null,
  position     integer not null check (position >= 1),
  question_id  uuid not null,
  kind         text not null check (kind in ('SINGLE', 'MULTIPLE', 'TRUE_FALSE', 'FILL_BLANK')),
  stem         text not null,
  options      text[] not null,
  answer       jsonb not null,
  explanation  text not null,
  primary key (tenant_id, contest_id, position),
  foreign key (tenant_id, contest_id) references contest (tenant_id, id),
  foreign key (tenant_id, question_id) references question (tenant_id, id)
);

create table contest_participant (
  tenant_id       uuid not null references tenant (id),
  contest_id      uuid not null,
  member_id       uuid not null,
  -- The member's deepest org inside the hosting sub-tree when they joined (their branch).
  org_id          uuid not null,
  joined_at       timestamptz not null default now(),
  score           integer not null default 0 check (score >= 0),
  correct_count   integer not null default 0 check (correct_count >= 0),
  answered_count  integer not null default 0 check (answered_count >= 0),
  -- Milliseconds spent on the correct answers (the tie-break: less is better).
  answer_ms       bigint not null default 0 check (answer_ms >= 0),
  primary key (tenant_id, contest_id, member_id),
  foreign key (tenant_id, contest_id) references contest (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id)
);
create index contest_participant_rank
  on contest_participant (tenant_id, contest_id, score desc, answer_ms, member_id);

create table contest_answer (
  tenant_id    uuid not null references tenant (id),
  contest_id   uuid not null,
  position     integer not null,
  member_id    uuid not null,
  response     text[] not null,
  correct      boolean not null,
  earned       integer not null check (earned >= 0),
  elapsed_ms   integer not null check (elapsed_ms >= 0),
  answered_at  timestamptz not null default now(),
  primary key (tenant_id, contest_id, position, member_id),
  foreign key (tenant_id, contest_id, position) references contest_question (tenant_id, contest_id, position),
  foreign key (tenant_id, contest_id, member_id) references contest_participant (tenant_id, contest_id, member_id)
);

alter table contest enable row level security, force row level security;
alter table contest_question enable row level security, force row level security;
alter table contest_participant enable row level security, force row level security;
alter table contest_answer enable row level security, force row level security;
create policy tenant_isolation on contest
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on contest_question
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on contest_participant
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on contest_answer
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on contest, contest_participant to tongxin_app;
-- Questions and answers are written once.
grant select, insert on contest_question, contest_answer to tongxin_app;
grant select on contest, contest_question, contest_participant, contest_answer to tongxin_system;
