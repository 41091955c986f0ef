-- Notices with acknowledgement (一点发布，多点响应): a notice, its attachments, and one row per
-- recipient resolved at publication (so later org changes never rewrite who was asked).

create table notice (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  -- The org that issues it; authorization to manage the notice is checked at its scope.
  issuer_org_id    uuid not null,
  author_id        uuid not null,
  title            text not null check (char_length(title) between 1 and 120),
  -- Sanitised HTML (no script, no remote content); sanitised again by the service on every save.
  body_html        text not null default '' check (char_length(body_html) <= 60000),
  category         text not null check (category in ('NOTICE', 'ANNOUNCEMENT', 'WORK_TIP', 'URGENT')),
  importance       text not null default 'NORMAL' check (importance in ('NORMAL', 'URGENT')),
  ack_required     boolean not null default false,
  ack_deadline     timestamptz,
  -- The audience as chosen: {orgs: [{orgId, includeSubtree}], lines, roles, politicalStatuses,
  -- memberIds, excludeMemberIds}; resolved into notice_recipient when published.
  audience         jsonb not null default '{}'::jsonb,
  status           text not null default 'DRAFT'
                     check (status in ('DRAFT', 'PENDING_REVIEW', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
  reviewer_id      uuid,
  reviewed_at      timestamptz,
  review_note      text check (char_length(review_note) <= 500),
  scheduled_at     timestamptz,
  published_at     timestamptz,
  withdrawn_at     timestamptz,
  withdrawn_by     uuid,
  withdraw_reason  text check (char_length(withdraw_reason) <= 500),
  recipient_count  integer not null default 0,
  -- The manual "remind them" is rate-limited per notice.
  last_reminded_at timestamptz,
  -- The due item whose reminder schedule drives automatic reminders and escalation.
  due_item_id      uuid,
  created_at       timestamptz not null default now(),
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, issuer_org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id),
  foreign key (tenant_id, reviewer_id) references member (tenant_id, id),
  foreign key (tenant_id, withdrawn_by) references member (tenant_id, id),
  foreign key (tenant_id, due_item_id) references due_item (tenant_id, id),
  check (not ack_required or ack_deadline is not null)
);
create index notice_author on notice (tenant_id, author_id, id desc);
create index notice_reviewer on notice (tenant_id, reviewer_id) where status = 'PENDING_REVIEW';

create table notice_attachment (
  tenant_id  uuid not null references tenant (id),
  notice_id  uuid not null,
  file_id    uuid not null,
  position   integer not null,
  primary key (tenant_id, notice_id, file_id),
  foreign key (tenant_id, notice_id) references notice (tenant_id, id) on delete cascade,
  foreign key (tenant_id, file_id) references file_object (tenant_id, id)
);

create table notice_recipient (
  tenant_id        uuid not null references tenant (id),
  notice_id        uuid not null,
  member_id        uuid not null,
  -- The member's org when the notice was published, for the board's per-org counts.
  org_id           uuid,
  delivered_at     timestamptz not null default now(),
  read_at          timestamptz,
  acknowledged_at  timestamptz,
  reply            text check (char_length(reply) <= 200),
  reminded_count   integer not null default 0,
  last_reminded_at timestamptz,
  primary key (tenant_id, notice_id, member_id),
  foreign key (tenant_id, notice_id) references notice (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id)
);
create index notice_recipient_inbox on notice_recipient (tenant_id, member_id, notice_id desc);

alter table notice enable row level security, force row level security;
alter table notice_attachment enable row level security, force row level security;
alter table notice_recipient enable row level security, force row level security;
create policy tenant_isolation on notice
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on notice_attachment
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on notice_recipient
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on notice, notice_recipient to tongxin_app;
grant select, insert, delete on notice_attachment to tongxin_app;

-- Notices write their notifications in batches; live delivery reads a whole batch at once, and
-- opening a notice marks the notifications announcing it read.
create index notification_batch on notification (tenant_id, (detail ->> 'batch'))
  where kind = 'NOTICE';
create index notification_notice on notification (tenant_id, member_id, (detail ->> 'notice'))
  where kind = 'NOTICE';

-- When acknowledgement reminders fire, relative to the notice's deadline.
insert into statutory_rule (key, area, title, params, source) values
('notice.ack_reminders', '提醒', '通知确认的提醒与逾期督办',
 '{"beforeDays": [1], "atDue": true, "escalateAfterDays": 1}',
 '同心默认设置：截止前一天与截止时提醒未确认的成员，逾期一天后督办其所在组织负责人（可按单位制度调整）');

-- Officers and org admins manage notices of their orgs; existing tenants get the permission
-- that new tenants are seeded with.
-- Row-level security is forced on casbin_rule, so the rows are written tenant by tenant.
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'notice', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
