-- Chat features: joint department groups (党工团一体化群), mentions, attachments, recall by
-- erasing the text, mutes, reports to moderators, the tenant's sensitive words, and files.

-- A joint group spans a department and the party, union and league units beside it; whoever is
-- placed in any of them takes part, so it follows the org tree like an org group.
alter table conversation drop constraint conversation_kind_check;
alter table conversation add constraint conversation_kind_check
  check (kind in ('ORG', 'GROUP', 'DIRECT', 'JOINT'));
alter table conversation add column department_id uuid;
alter table conversation add column unit_ids uuid[] not null default '{}';
alter table conversation add constraint conversation_joint_department
  check ((kind = 'JOINT') = (department_id is not null));
alter table conversation add constraint conversation_joint_once unique (tenant_id, department_id);
alter table conversation add foreign key (tenant_id, department_id) references org_unit (tenant_id, id);
create index conversation_units on conversation using gin (unit_ids);

-- Files: a row is PENDING until the object exists in the store, then READY; keys start with the
-- tenant id so one tenant's objects never share a prefix with another's.
create table file_object (
  tenant_id     uuid not null references tenant (id),
  id            uuid not null,
  uploader_id   uuid not null,
  file_name     text not null check (char_length(file_name) between 1 and 200),
  content_type  text not null check (char_length(content_type) between 1 and 100),
  byte_size     bigint not null check (byte_size > 0),
  storage_key   text not null,
  status        text not null default 'PENDING' check (status in ('PENDING', 'READY')),
  created_at    timestamptz not null default now(),
  ready_at      timestamptz,
  primary key (tenant_id, id),
  unique (tenant_id, storage_key),
  foreign key (tenant_id, uploader_id) references member (tenant_id, id)
);

-- A recalled message keeps its place (and seq) but loses its text, so the body may be empty;
-- the service requires text or an attachment for a new message.
alter table message drop constraint message_body_check;
alter table message add constraint message_body_length check (char_length(body) <= 2000);
alter table message add column mentions uuid[] not null default '{}';
alter table message add column mention_all boolean not null default false;
alter table message add column file_id uuid;
alter table message add column recalled_by uuid;
alter table message add foreign key (tenant_id, file_id) references file_object (tenant_id, id);

create table conversation_mute (
  tenant_id        uuid not null references tenant (id),
  conversation_id  uuid not null,
  member_id        uuid not null,
  -- Null: until lifted.
  muted_until      timestamptz,
  muted_by         uuid not null,
  created_at       timestamptz not null default now(),
  primary key (tenant_id, conversation_id, member_id),
  foreign key (tenant_id, conversation_id) references conversation (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

create table message_report (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  conversation_id  uuid not null,
  seq              bigint not null,
  reporter_id      uuid not null,
  reason           text not null check (char_length(reason) between 1 and 500),
  created_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  -- One report per member and message: a second report is the same report.
  unique (tenant_id, conversation_id, seq, reporter_id),
  foreign key (tenant_id, conversation_id, seq) references message (tenant_id, conversation_id, seq),
  foreign key (tenant_id, reporter_id) references member (tenant_id, id)
);

create table chat_word (
  tenant_id   uuid not null references tenant (id),
  word        text not null check (char_length(word) between 1 and 50),
  action      text not null check (action in ('BLOCK', 'MASK')),
  created_at  timestamptz not null default now(),
  primary key (tenant_id, word)
);

do $$
declare t text;
begin
  foreach t in array array['file_object', 'conversation_mute', 'message_report', 'chat_word'] loop
    execute format('alter table %I enable row level security, force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant_id())
                    with check (tenant_id = app_tenant_id())', t);
  end loop;
end $$;

grant select, insert, update on file_object, message_report to tongxin_app;
grant select, insert, update, delete on conversation_mute, chat_word to tongxin_app;
