-- Publishing (宣传): columns, articles with review, readers' views, likes and comments, and the
-- adoption ledger that points can consume.
--
-- A column belongs to an org (null: the whole unit, reviewed by tenant-wide reviewers) and says
-- who may submit (any member, 信息员 — `publishing` `write` — or officers — `publishing`
-- `review`) and whether a second review follows the first. An article goes DRAFT → SUBMITTED
-- → (SECOND_REVIEW) → APPROVED → SCHEDULED / PUBLISHED → WITHDRAWN, or back to RETURNED with a
-- note; every change is a row of `article_event` (append-only) and an audit entry. Readers see
-- a published article when it is visible to the whole unit, or they are placed in its org's
-- sub-tree, or they belong to its line. A view is one row per member and article (the primary
-- key counts it once whatever the concurrency); likes likewise. Publishing writes one
-- `article_adoption` row per article (the contributor's adoption, once), which a points ledger
-- can consume.

create table publishing_column (
  tenant_id      uuid not null references tenant (id),
  id             uuid not null,
  -- The owning org; null: the whole unit.
  org_id         uuid,
  name           text not null check (char_length(name) between 1 and 30),
  description    text not null default '' check (char_length(description) <= 200),
  submit_policy  text not null default 'CORRESPONDENT'
                   check (submit_policy in ('ANY_MEMBER', 'CORRESPONDENT', 'OFFICERS')),
  second_review  boolean not null default false,
  -- Chosen published articles appear on the tenant's public page.
  is_public      boolean not null default false,
  position       integer not null default 0,
  archived_at    timestamptz,
  created_at     timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id)
);
create index publishing_column_org on publishing_column (tenant_id, org_id, position);

create table article (
  tenant_id          uuid not null references tenant (id),
  id                 uuid not null,
  column_id          uuid not null,
  title              text not null check (char_length(title) between 1 and 100),
  -- Sanitised rich text (the notices' sanitiser) and its plain text for search.
  body_html          text not null default '' check (char_length(body_html) <= 200000),
  body_text          text not null default '' check (char_length(body_text) <= 100000),
  cover_file_id      uuid,
  author_id          uuid not null,
  -- The contributing 信息员 credited with the adoption (the author unless named).
  contributor_id     uuid not null,
  tags               text[] not null default '{}' check (cardinality(tags) <= 10),
  -- Visibility: the whole unit, narrowed to an org's sub-tree and/or a line.
  visibility_org_id  uuid,
  visibility_line    text check (visibility_line in ('PARTY', 'UNION', 'YOUTH')),
  -- Shown on the public page (only in public columns, only once published).
  is_public          boolean not null default false,
  status             text not null default 'DRAFT' check (status in
                       ('DRAFT', 'SUBMITTED', 'SECOND_REVIEW', 'RETURNED', 'APPROVED',
                        'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
  first_reviewer_id  uuid,
  return_note        text check (char_length(return_note) <= 500),
  withdraw_reason    text check (char_length(withdraw_reason) <= 500),
  submitted_at       timestamptz,
  publish_at         timestamptz,
  published_at       timestamptz,
  comments_open      boolean not null default true,
  created_at         timestamptz not null default now(),
  updated_at         timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, column_id) references publishing_column (tenant_id, id),
  foreign key (tenant_id, cover_file_id) references file_object (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id),
  foreign key (tenant_id, contributor_id) references member (tenant_id, id),
  foreign key (tenant_id, first_reviewer_id) references member (tenant_id, id),
  foreign key (tenant_id, visibility_org_id) references org_unit (tenant_id, id),
  check ((status = 'PUBLISHED') <= (published_at is not null)),
  check ((status = 'SCHEDULED') <= (publish_at is not null))
);
create index article_column on article (tenant_id, column_id, status, published_at desc, id);
create index article_author on article (tenant_id, author_id, updated_at desc);
create index article_contributor on article (tenant_id, contributor_id, submitted_at);

create table article_attachment (
  tenant_id   uuid not null references tenant (id),
  article_id  uuid not null,
  file_id     uuid not null,
  position    integer not null default 0,
  primary key (tenant_id, article_id, file_id),
  foreign key (tenant_id, article_id) references article (tenant_id, id),
  foreign key (tenant_id, file_id) references file_object (tenant_id, id)
);

-- Every state change of an article, append-only.
create table article_event (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  article_id   uuid not null,
  action       text not null check (action in
                 ('CREATE', 'SUBMIT', 'APPROVE', 'SECOND_APPROVE', 'RETURN', 'SCHEDULE',
                  'PUBLISH', 'WITHDRAW')),
  from_status  text,
  to_status    text not null,
  actor_id     uuid,
  note         text not null default '' check (char_length(note) <= 500),
  at           timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, article_id) references article (tenant_id, id),
  foreign key (tenant_id, actor_id) references member (tenant_id, id)
);
create index article_event_article on article_event (tenant_id, article_id, at, id);

-- One view per member and article.
create table article_view (
  tenant_id   uuid not null references tenant (id),
  article_id  uuid not null,
  member_id   uuid not null,
  viewed_at   timestamptz not null default now(),
  primary key (tenant_id, article_id, member_id),
  foreign key (tenant_id, article_id) references article (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

create table article_like (
  tenant_id   uuid not null references tenant (id),
  article_id  uuid not null,
  member_id   uuid not null,
  liked_at    timestamptz not null default now(),
  primary key (tenant_id, article_id, member_id),
  foreign key (tenant_id, article_id) references article (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

-- Comments (跟帖/心得), with the article author's reply; hidden by officers or moderation.
create table article_comment (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  article_id  uuid not null,
  author_id   uuid not null,
  body        text not null check (char_length(body) between 1 and 1000),
  hidden      boolean not null default false,
  hidden_by   uuid,
  hidden_at   timestamptz,
  reply       text check (char_length(reply) between 1 and 1000),
  replied_by  uuid,
  replied_at  timestamptz,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, article_id) references article (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id),
  foreign key (tenant_id, hidden_by) references member (tenant_id, id),
  foreign key (tenant_id, replied_by) references member (tenant_id, id)
);
create index article_comment_article on article_comment (tenant_id, article_id, created_at, id);

-- Adoption (采用): one row per published article, for a points ledger to consume.
create table article_adoption (
  tenant_id       uuid not null references tenant (id),
  article_id      uuid not null,
  contributor_id  uuid not null,
  column_id       uuid not null,
  adopted_at      timestamptz not null default now(),
  primary key (tenant_id, article_id),
  foreign key (tenant_id, article_id) references article (tenant_id, id),
  foreign key (tenant_id, contributor_id) references member (tenant_id, id),
  foreign key (tenant_id, column_id) references publishing_column (tenant_id, id)
);
create index article_adoption_contributor on article_adoption (tenant_id, contributor_id, adopted_at);

-- Whether a published article with this visibility reaches `viewer`: the whole unit, or a
-- member placed (any placement) in the org's sub-tree, and/or of the line.
create function article_audience(t uuid, vis_org uuid, vis_line text, viewer uuid)
returns boolean language sql stable as $$
  select (vis_org is null or exists (
            select 1 from member m
              join org_unit r on r.tenant_id = m.tenant_id and r.id = vis_org
              join org_unit o on o.tenant_id = m.tenant_id and o.path <@ r.path
               and o.id in (m.org_id, m.party_org_id, m.union_org_id, m.youth_org_id, m.department_id)
             where m.tenant_id = t and m.id = viewer))
     and (vis_line is null or exists (
            select 1 from member m
             where m.tenant_id = t and m.id = viewer
               and case vis_line when 'PARTY' then m.party_org_id is not null
                                 when 'UNION' then m.union_org_id is not null
                                 else m.youth_org_id is not null end))
$$;

alter table publishing_column enable row level security, force row level security;
alter table article enable row level security, force row level security;
alter table article_attachment enable row level security, force row level security;
alter table article_event enable row level security, force row level security;
alter table article_view enable row level security, force row level security;
alter table article_like enable row level security, force row level security;
alter table article_comment enable row level security, force row level security;
alter table article_adoption enable row level security, force row level security;
create policy tenant_isolation on publishing_column
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on article
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on article_attachment
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on article_event
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on article_view
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on article_like
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on article_comment
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on article_adoption
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on publishing_column, article, article_comment to tongxin_app;
grant select, insert, delete on article_attachment, article_like to tongxin_app;
-- History, views and adoptions are never rewritten.
grant select, insert on article_event, article_view, article_adoption to tongxin_app;
grant select on publishing_column, article, article_attachment, article_event, article_view,
  article_like, article_comment, article_adoption to tongxin_system;
-- Sign-up (a system transaction) seeds a new tenant's default columns.
grant insert on publishing_column to tongxin_system;

-- Article comments can be reported to the moderation queue.
alter table moderation_item drop constraint moderation_item_kind_check;
alter table moderation_item add constraint moderation_item_kind_check
  check (kind in ('CHAT_MESSAGE', 'IDEA', 'IDEA_COMMENT', 'ARTICLE_COMMENT'));

-- Article notifications (submitted, returned, approved, published, a reply to a comment).
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE'));

-- `publishing`: `read` (drafts and the review queue of an org's columns, statistics, the
-- export), `write` (submit as 信息员), `review` (approve, return, publish, withdraw, hide
-- comments). Officers and org admins get all three for their orgs; the new 信息员 role
-- template gets read and write. Existing tenants get what new tenants are seeded with, and
-- the default columns.
-- The owner is subject to the tenant table's forced policy: lifted for this loop over
-- every tenant, inside the migration's transaction.
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'publishing',
           '(read)|(write)|(review)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
    insert into role_template (tenant_id, name, label, description, builtin)
    values (t, 'correspondent', '信息员', '撰写并报送宣传稿件', true)
    on conflict do nothing;
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    values (t, gen_random_uuid(), 'p', 'correspondent', t::text || '/*', 'org', '(read)', 'template'),
           (t, gen_random_uuid(), 'p', 'correspondent', t::text || '/*', 'member', '(read)', 'template'),
           (t, gen_random_uuid(), 'p', 'correspondent', t::text || '/*', 'publishing', '(read)|(write)', 'template')
    on conflict do nothing;
    insert into publishing_column (tenant_id, id, org_id, name, submit_policy, is_public, position)
    select t, gen_random_uuid(), null, d.name, d.policy, d.pub, d.pos
      from (values ('新闻动态', 'CORRESPONDENT', true, 1), ('通知公告', 'OFFICERS', false, 2),
                   ('荣誉喜报', 'CORRESPONDENT', true, 3), ('学习资料', 'OFFICERS', false, 4),
                   ('典型宣传', 'CORRESPONDENT', false, 5), ('工会风采', 'ANY_MEMBER', false, 6),
                   ('青春风采', 'ANY_MEMBER', false, 7)) as d(name, policy, pub, pos)
     where not exists (select 1 from publishing_column c where c.tenant_id = t and c.org_id is null
                                                          and c.name = d.name);
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
