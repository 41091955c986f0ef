-- The points ledger (积分): rules per tenant as data, an append-only ledger of entries each
-- linked to the event that earned it, and appeals against entries.
--
-- `point_rule` prices an action (集中学习, 参加活动, 稿件采用, 建言被采纳, 学习, 手动奖励) with caps
-- per day / month / year (counted in paid entries of the action in the Beijing day, month or year
-- of the event), the lines and political statuses it applies to (empty: everyone) and its source
-- (依据). `point_entry` is append-only (`tongxin_app` may only select and insert): an entry beyond
-- a cap is recorded with 0 points and the reason; a correction is a new entry linking the one
-- it corrects. One ordinary entry per (member, action, source kind, source id): a repeated
-- event is a no-op. `point_appeal`: a member appeals their entry, an officer decides; one
-- pending appeal per entry.

create table point_rule (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  action       text not null check (action in
    ('MEETING_ATTENDANCE', 'ACTIVITY_ATTENDANCE', 'ARTICLE_ADOPTED', 'IDEA_ADOPTED',
     'STUDY_COMPLETED', 'MANUAL')),
  name         text not null check (char_length(name) between 1 and 50),
  points       integer not null check (points between 0 and 1000),
  cap_day      integer check (cap_day between 1 and 10000),
  cap_month    integer check (cap_month between 1 and 10000),
  cap_year     integer check (cap_year between 1 and 10000),
  -- Lines (`PARTY`, `UNION`, `YOUTH`) whose members it applies to; empty: every member.
  lines        text[] not null default '{}'
               check (lines <@ array['PARTY', 'UNION', 'YOUTH']::text[]),
  -- Political statuses it applies to; empty: every status.
  statuses     text[] not null default '{}'
               check (statuses <@ array['MASSES', 'LEAGUE_MEMBER', 'APPLICANT', 'ACTIVIST',
                                        'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER']::text[]),
  -- 依据: the scheme the rule follows.
  source       text not null default '' check (char_length(source) <= 500),
  active       boolean not null default true,
  position     integer not null default 0,
  updated_by   uuid,
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, action),
  foreign key (tenant_id, updated_by) references member (tenant_id, id)
);

create table point_entry (
  tenant_id          uuid not null references tenant (id),
  id                 uuid not null,
  member_id          uuid not null,
  -- The Beijing-time year of the event (a correction: of the entry it corrects).
  year               integer not null check (year between 2000 and 2200),
  action             text not null check (action in
    ('MEETING_ATTENDANCE', 'ACTIVITY_ATTENDANCE', 'ARTICLE_ADOPTED', 'IDEA_ADOPTED',
     'STUDY_COMPLETED', 'MANUAL')),
  -- The rule that priced it (none for a correction).
  rule_id            uuid,
  -- What the rule (or the officer) asked for, and what was paid after the caps.
  requested          integer not null check (requested between -100000 and 100000),
  points             integer not null check (points between -100000 and 100000),
  -- Why less was paid than asked (e.g. 已达年度上限 12 次).
  capped_reason      text check (char_length(capped_reason) <= 200),
  -- The earning event: a meeting, an activity, an article, an idea, a study item, a quiz, a
  -- manual award (its own id) or, for a correction, the appeal or officer's decision.
  source_kind        text not null check (source_kind in
    ('MEETING', 'ACTIVITY', 'ARTICLE', 'IDEA', 'STUDY', 'QUIZ', 'MANUAL', 'CORRECTION')),
  source_id          text not null check (char_length(source_id) between 1 and 100),
  -- What the event was called when it earned (a meeting's or an article's title).
  source_title       text not null default '' check (char_length(source_title) <= 200),
  -- The entry a correction corrects.
  corrects_entry_id  uuid,
  note               text check (char_length(note) <= 1000),
  occurred_at        timestamptz not null,
  created_by         uuid,
  created_at         timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, rule_id) references point_rule (tenant_id, id),
  foreign key (tenant_id, corrects_entry_id) references point_entry (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check ((source_kind = 'CORRECTION') = (corrects_entry_id is not null))
);
-- One ordinary entry per event: a duplicate event is a no-op (`on conflict do nothing`).
create unique index point_entry_event on point_entry (tenant_id, member_id, action, source_kind, source_id)
  where corrects_entry_id is null;
-- A member's ledger, newest first.
create index point_entry_member on point_entry (tenant_id, member_id, year, created_at desc, id);
-- Rankings: one grouped scan per year.
create index point_entry_year on point_entry (tenant_id, year, member_id) include (points);
-- Caps: the paid entries of an action in a period.
create index point_entry_caps on point_entry (tenant_id, member_id, action, occurred_at)
  where corrects_entry_id is null and points > 0;
create index point_entry_corrects on point_entry (tenant_id, corrects_entry_id)
  where corrects_entry_id is not null;

create table point_appeal (
  tenant_id            uuid not null references tenant (id),
  id                   uuid not null,
  entry_id             uuid not null,
  member_id            uuid not null,
  reason               text not null check (char_length(reason) between 1 and 1000),
  status               text not null default 'PENDING' check (status in ('PENDING', 'UPHELD', 'REJECTED')),
  decided_by           uuid,
  decided_at           timestamptz,
  note                 text check (char_length(note) <= 1000),
  correction_entry_id  uuid,
  created_at           timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, entry_id) references point_entry (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, decided_by) references member (tenant_id, id),
  foreign key (tenant_id, correction_entry_id) references point_entry (tenant_id, id),
  check ((status = 'PENDING') = (decided_at is null))
);
-- One pending appeal per entry (parallel appeals: one wins, the others are a conflict).
create unique index point_appeal_pending on point_appeal (tenant_id, entry_id) where status = 'PENDING';
create index point_appeal_queue on point_appeal (tenant_id, status, created_at, id);
create index point_appeal_entry on point_appeal (tenant_id, entry_id, created_at);

alter table point_rule enable row level security, force row level security;
alter table point_entry enable row level security, force row level security;
alter table point_appeal enable row level security, force row level security;
create policy tenant_isolation on point_rule
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on point_entry
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on point_appeal
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on point_rule, point_appeal to tongxin_app;
-- The ledger is append-only for the runtime role.
grant select, insert on point_entry to tongxin_app;
grant select on point_rule, point_entry, point_appeal to tongxin_system;
-- Sign-up seeds the default rules in its system transaction.
grant insert on point_rule to tongxin_system;

-- Points notifications (an award, an appeal's decision, a new appeal for the officers) are a
-- category of their own. The full list of kinds, whichever order the migrations ran in.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS'));

-- `points`: `read` (rankings and members' ledgers of an org), `write` (manual awards, deciding
-- appeals), `review` (the tenant's rules, at the unit level). Officers and org admins get all
-- three for their orgs. Existing tenants get what new tenants are seeded with, and the default
-- rules. The tenant list is read with the table's forced row-level security lifted for this
-- transaction only (the migrating owner would otherwise see no tenant and seed none).
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'points',
           '(read)|(write)|(review)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
    insert into point_rule (tenant_id, id, action, name, points, cap_day, cap_month, cap_year,
                            lines, statuses, source, position)
    select t, gen_random_uuid(), d.action, d.name, d.points, d.cap_day, d.cap_month, d.cap_year,
           d.lines, d.statuses, d.source, d.pos
      from (values
        ('MEETING_ATTENDANCE', '集中学习', 2, null::int, null::int, 12,
         array['PARTY']::text[], array['PROBATIONARY', 'FULL_MEMBER']::text[],
         '参照各地党员积分管理办法：参加“三会一课”等集中学习每次 2 分，全年最多 12 次', 1),
        ('ACTIVITY_ATTENDANCE', '参加活动', 3, null, null, 20, '{}', '{}',
         '参照各地党员积分管理办法：参加组织开展的志愿服务等活动每次 3 分，全年最多 20 次', 2),
        ('ARTICLE_ADOPTED', '稿件采用', 5, null, 10, null, '{}', '{}',
         '参照宣传工作考核办法：稿件被采用每篇 5 分，每月最多 10 篇', 3),
        ('IDEA_ADOPTED', '建言被采纳', 5, null, null, 12, '{}', '{}',
         '参照合理化建议管理办法：建议被采纳每条 5 分，全年最多 12 条', 4),
        ('STUDY_COMPLETED', '学习', 1, 6, null, null, '{}', '{}',
         '参照“学习强国”积分规则：完成一项学习内容 1 分，每日最多 6 分', 5),
        ('MANUAL', '手动奖励', 0, null, null, null, '{}', '{}',
         '组织根据表现奖励，须写明理由', 6)
      ) as d (action, name, points, cap_day, cap_month, cap_year, lines, statuses, source, pos)
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
