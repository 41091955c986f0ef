-- The party-entry pipeline (入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员): each member's
-- dated stages, transitions proposed by the branch and decided by the upper org (with a 公示
-- and recorded objections where the rules ask for one), and introducers and 培养联系人.

-- Append-only by grant: a member's stage history; the latest row is the current stage.
create table member_stage (
  tenant_id      uuid not null references tenant (id),
  id             uuid not null,
  member_id      uuid not null,
  stage          text not null check (stage in
    ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER', 'CANCELLED')),
  started_on     date not null,
  -- Months the probation was extended by (a PROBATIONARY row written by an extension).
  extension_months integer check (extension_months between 1 and 24),
  transition_id  uuid,
  recorded_by    uuid,
  created_at     timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index member_stage_member on member_stage (tenant_id, member_id, started_on desc, created_at desc);

create table stage_transition (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  member_id        uuid not null,
  -- The branch that proposes (the member's party org then).
  org_id           uuid not null,
  from_stage       text not null,
  to_stage         text not null check (to_stage in
    ('ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL_MEMBER', 'EXTENDED', 'CANCELLED')),
  extension_months integer check (extension_months between 1 and 24),
  effective_on     date not null,
  note             text check (char_length(note) <= 1000),
  status           text not null check (status in ('PUBLICIZING', 'PENDING_APPROVAL', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
  publicity_until  timestamptz,
  approval_due_at  timestamptz not null,
  due_item_id      uuid,
  proposed_by      uuid,
  proposed_at      timestamptz not null default now(),
  decided_by       uuid,
  decided_at       timestamptz,
  decision_note    text check (char_length(decision_note) <= 1000),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, due_item_id) references due_item (tenant_id, id)
);
-- One open transition per member at a time.
create unique index stage_transition_open on stage_transition (tenant_id, member_id)
  where status in ('PUBLICIZING', 'PENDING_APPROVAL');

create table stage_objection (
  tenant_id      uuid not null references tenant (id),
  id             uuid not null,
  transition_id  uuid not null,
  author_id      uuid not null,
  text           text not null check (char_length(text) between 1 and 2000),
  created_at     timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, transition_id) references stage_transition (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id)
);

-- 入党介绍人 and 培养联系人 of a member in the pipeline.
create table pipeline_contact (
  tenant_id    uuid not null references tenant (id),
  member_id    uuid not null,
  contact_id   uuid not null,
  role         text not null check (role in ('CONTACT', 'INTRODUCER')),
  since        date not null default current_date,
  primary key (tenant_id, member_id, contact_id, role),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, contact_id) references member (tenant_id, id),
  check (member_id <> contact_id)
);

alter table member_stage enable row level security, force row level security;
alter table stage_transition enable row level security, force row level security;
alter table stage_objection enable row level security, force row level security;
alter table pipeline_contact enable row level security, force row level security;
create policy tenant_isolation on member_stage
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on stage_transition
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on stage_objection
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on pipeline_contact
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert on member_stage, stage_objection to tongxin_app;
grant select, insert, update on stage_transition to tongxin_app;
grant select, insert, delete on pipeline_contact to tongxin_app;

insert into statutory_rule (key, area, title, params, source) values
('party.publicity', '发展党员', '发展对象接收为预备党员前、预备党员转正前的公示（天）',
 '{"days": 5, "before": ["PROBATIONARY", "FULL_MEMBER"]}',
 '《中国共产党发展党员工作细则》（2014）第二十二条、第三十二条'),
('party.introducers', '发展党员', '入党介绍人人数',
 '{"count": 2}',
 '《中国共产党章程》第五条；《中国共产党发展党员工作细则》第二十三条');
