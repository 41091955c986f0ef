-- Participation: ideas (金点子/微建议) with supports, comments and a handling timeline;
-- inquiries (党员问询) answered within a deadline of working days; and one moderation queue per
-- org for reported chat messages, ideas and comments, with auto-hide after N reports.

-- Ideas a member submits to an org. `anonymous` hides the author from other members, never
-- from the org's handlers (`idea:write`). Counts are kept on the row under its lock.
create table idea (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  org_id           uuid not null,
  author_id        uuid not null,
  title            text not null check (char_length(title) between 1 and 100),
  body             text not null check (char_length(body) between 1 and 5000),
  anonymous        boolean not null default false,
  status           text not null default 'SUBMITTED' check (status in
                     ('SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'NOT_ADOPTED', 'IMPLEMENTED')),
  decision_reason  text check (char_length(decision_reason) <= 2000),
  support_count    integer not null default 0 check (support_count >= 0),
  comment_count    integer not null default 0 check (comment_count >= 0),
  -- Hidden by moderation (reports or a moderator): members no longer see it.
  hidden_at        timestamptz,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id)
);
create index idea_org_newest on idea (tenant_id, org_id, created_at desc, id);
create index idea_org_supported on idea (tenant_id, org_id, support_count desc, created_at desc, id);

-- One support per member and idea (the primary key), withdrawn by deleting it.
create table idea_support (
  tenant_id   uuid not null references tenant (id),
  idea_id     uuid not null,
  member_id   uuid not null,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, idea_id, member_id),
  foreign key (tenant_id, idea_id) references idea (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index idea_support_member on idea_support (tenant_id, member_id);

-- The handling timeline, never updated or deleted (by grant). An ADOPTED row is the record
-- other modules (points) consume: one per adoption, with its idea, org and author.
create table idea_event (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  idea_id      uuid not null,
  kind         text not null check (kind in
                 ('SUBMITTED', 'UNDER_REVIEW', 'ADOPTED', 'NOT_ADOPTED', 'IMPLEMENTED')),
  from_status  text,
  to_status    text not null,
  actor_id     uuid,
  note         text check (char_length(note) <= 2000),
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, idea_id) references idea (tenant_id, id),
  foreign key (tenant_id, actor_id) references member (tenant_id, id)
);
create index idea_event_idea on idea_event (tenant_id, idea_id, created_at, id);
create index idea_event_kind on idea_event (tenant_id, kind, created_at);

create table idea_comment (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  idea_id     uuid not null,
  author_id   uuid not null,
  body        text not null check (char_length(body) between 1 and 500),
  hidden_at   timestamptz,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, idea_id) references idea (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id)
);
create index idea_comment_idea on idea_comment (tenant_id, idea_id, created_at, id);

-- Inquiries (党员问询): a member asks an org; its officers answer by `due_at` (working days
-- from the `inquiry.answer_deadline` rule); the asker rates the answer once.
create table inquiry (
  tenant_id       uuid not null references tenant (id),
  id              uuid not null,
  org_id          uuid not null,
  asker_id        uuid not null,
  subject         text not null check (char_length(subject) between 1 and 100),
  body            text not null check (char_length(body) between 1 and 5000),
  status          text not null default 'OPEN' check (status in ('OPEN', 'ANSWERED', 'RATED', 'CLOSED')),
  due_at          timestamptz not null,
  due_item_id     uuid,
  answer          text check (char_length(answer) <= 5000),
  answered_by     uuid,
  answered_at     timestamptz,
  rating          smallint check (rating between 1 and 5),
  rating_comment  text check (char_length(rating_comment) <= 500),
  rated_at        timestamptz,
  created_at      timestamptz not null default now(),
  updated_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, asker_id) references member (tenant_id, id),
  foreign key (tenant_id, answered_by) references member (tenant_id, id),
  foreign key (tenant_id, due_item_id) references due_item (tenant_id, id),
  check ((status = 'OPEN') = (answered_at is null) or status = 'CLOSED'),
  check ((status = 'RATED') = (rating is not null))
);
create index inquiry_org on inquiry (tenant_id, org_id, status, created_at desc, id);
create index inquiry_asker on inquiry (tenant_id, asker_id, created_at desc, id);
create index inquiry_due_item on inquiry (tenant_id, due_item_id) where due_item_id is not null;

-- Moderation: one item per reported piece of content, in the queue of its org (the idea's,
-- the conversation's, or the tenant root for custom groups and direct chats).
create table moderation_item (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  kind             text not null check (kind in ('CHAT_MESSAGE', 'IDEA', 'IDEA_COMMENT')),
  content_id       uuid not null,
  org_id           uuid not null,
  author_id        uuid not null,
  -- The content as reported (a hidden chat message's text is erased from the chat; the
  -- moderators read it here and a RESTORE puts it back).
  excerpt          text not null check (char_length(excerpt) <= 2000),
  status           text not null default 'PENDING' check (status in
                     ('PENDING', 'DISMISSED', 'HIDDEN', 'RESTORED')),
  hidden           boolean not null default false,
  -- Reports since the last decision (auto-hide counts these).
  pending_reports  integer not null default 0 check (pending_reports >= 0),
  total_reports    integer not null default 0 check (total_reports >= 0),
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, kind, content_id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id)
);
create index moderation_item_queue on moderation_item (tenant_id, org_id, status, updated_at desc, id);

-- One report per member and item (the unique key), whatever the parallel requests.
create table content_report (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  item_id      uuid not null,
  reporter_id  uuid not null,
  reason       text not null check (char_length(reason) between 1 and 500),
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, item_id, reporter_id),
  foreign key (tenant_id, item_id) references moderation_item (tenant_id, id),
  foreign key (tenant_id, reporter_id) references member (tenant_id, id)
);

-- What was decided about an item, by whom (none for the automatic hide), never updated or
-- deleted (by grant).
create table moderation_action (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  item_id     uuid not null,
  action      text not null check (action in ('AUTO_HIDE', 'DISMISS', 'HIDE', 'WARN_AUTHOR', 'RESTORE')),
  actor_id    uuid,
  note        text check (char_length(note) <= 500),
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, item_id) references moderation_item (tenant_id, id),
  foreign key (tenant_id, actor_id) references member (tenant_id, id)
);
create index moderation_action_item on moderation_action (tenant_id, item_id, created_at, id);

do $$
declare t text;
begin
  foreach t in array array['idea', 'idea_support', 'idea_event', 'idea_comment', 'inquiry',
                           'moderation_item', 'content_report', 'moderation_action'] loop
    execute format('alter table %I enable row level security, force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant_id())
                    with check (tenant_id = app_tenant_id())', t);
  end loop;
end $$;
grant select, insert, update on idea, idea_comment, inquiry, moderation_item to tongxin_app;
grant select, insert, delete on idea_support to tongxin_app;
grant select, insert on idea_event, content_report, moderation_action to tongxin_app;
grant select on idea, idea_support, idea_event, idea_comment, inquiry, moderation_item,
  content_report, moderation_action to tongxin_system;

-- The answer deadline of inquiries and when the worker reminds and escalates.
insert into statutory_rule (key, area, title, params, source) values
('inquiry.answer_deadline', '党员问询', '党员问询的答复时限',
 '{"workingDays": 5, "beforeDays": [1], "atDue": true, "escalateAfterDays": 1}',
 '本单位党务公开与党员问询制度（单位自定，可在规则设置中调整）：收到问询后5个工作日内答复，截止前1天和截止时提醒本组织负责人，逾期1天向上级组织督办'),
('moderation.auto_hide_reports', '内容管理', '举报达到一定人数时自动隐藏内容',
 '{"reports": 3}',
 '本单位网上交流与内容管理办法（单位自定，可在规则设置中调整）：同一内容被3名成员举报且尚未处理时自动隐藏，待管理员复核');

-- Categories of the notifications these modules write.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION'));

-- `idea`: `read` (every idea of the orgs in scope, hidden ones included), `write` (review,
-- decide, mark implemented; sees anonymous authors). `inquiry`: `read`, `write` (answer).
-- `moderation`: `read`, `write` (the queue and its actions). Officers and org admins hold
-- them at their orgs; existing tenants get what new tenants are seeded with.
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', o.obj, '(read)|(write)', 'template'
      from role_template rt
     cross join (values ('idea'), ('inquiry'), ('moderation')) as o(obj)
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
