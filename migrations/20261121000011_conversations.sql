-- Conversations: one group per org unit (membership derived from where members are placed, so
-- it follows every add, move, transfer or disable in the same transaction), custom groups and
-- direct messages (explicit members); messages numbered per conversation; read cursors.

create table conversation (
  tenant_id        uuid not null references tenant (id),
  id               uuid not null,
  kind             text not null check (kind in ('ORG', 'GROUP', 'DIRECT')),
  org_id           uuid,
  title            text not null check (char_length(title) between 1 and 100),
  broadcast_only   boolean not null default false,
  pinned_notice    text check (char_length(pinned_notice) <= 2000),
  -- The seq of the newest message; the next message takes last_seq + 1 under the row lock.
  last_seq         bigint not null default 0,
  last_message_at  timestamptz,
  -- DIRECT: the two member ids in order, so a pair has one conversation.
  direct_key       text,
  created_by       uuid,
  created_at       timestamptz not null default now(),
  primary key (tenant_id, id),
  unique (tenant_id, org_id),
  unique (tenant_id, direct_key),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  check ((kind = 'ORG') = (org_id is not null)),
  check ((kind = 'DIRECT') = (direct_key is not null))
);

create table conversation_member (
  tenant_id        uuid not null references tenant (id),
  conversation_id  uuid not null,
  member_id        uuid not null,
  role             text not null default 'MEMBER' check (role in ('MEMBER', 'ADMIN')),
  joined_at        timestamptz not null default now(),
  primary key (tenant_id, conversation_id, member_id),
  foreign key (tenant_id, conversation_id) references conversation (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index conversation_member_by_member on conversation_member (tenant_id, member_id);

create table message (
  tenant_id          uuid not null references tenant (id),
  conversation_id    uuid not null,
  seq                bigint not null,
  id                 uuid not null,
  author_id          uuid not null,
  body               text not null check (char_length(body) between 1 and 2000),
  -- The same client id from the same author stores one message (safe retries).
  client_message_id  text not null check (char_length(client_message_id) between 1 and 100),
  reply_to_seq       bigint,
  created_at         timestamptz not null default now(),
  recalled_at        timestamptz,
  primary key (tenant_id, conversation_id, seq),
  unique (tenant_id, id),
  unique (tenant_id, conversation_id, author_id, client_message_id),
  foreign key (tenant_id, conversation_id) references conversation (tenant_id, id),
  foreign key (tenant_id, author_id) references member (tenant_id, id)
);

create table conversation_read (
  tenant_id        uuid not null references tenant (id),
  conversation_id  uuid not null,
  member_id        uuid not null,
  last_read_seq    bigint not null default 0,
  updated_at       timestamptz not null default now(),
  primary key (tenant_id, conversation_id, member_id),
  foreign key (tenant_id, conversation_id) references conversation (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);

-- Every org unit gets its group in the transaction that creates it; renames carry over.
create function org_unit_conversation() returns trigger
  language plpgsql
  as $$
  begin
    if tg_op = 'INSERT' then
      insert into conversation (tenant_id, id, kind, org_id, title)
      values (new.tenant_id, gen_random_uuid(), 'ORG', new.id, left(new.name, 100));
    elsif new.name is distinct from old.name then
      update conversation set title = left(new.name, 100)
       where tenant_id = new.tenant_id and org_id = new.id;
    end if;
    return new;
  end $$;
create trigger org_unit_conversation after insert or update of name on org_unit
  for each row execute function org_unit_conversation();

-- Units that exist already (before the policies below apply to this owner-run migration).
insert into conversation (tenant_id, id, kind, org_id, title)
select tenant_id, gen_random_uuid(), 'ORG', id, left(name, 100) from org_unit;

do $$
declare t text;
begin
  foreach t in array array['conversation', 'conversation_member', 'message', 'conversation_read'] loop
    execute format('alter table %I enable row level security, force row level security', t);
    execute format('create policy tenant_isolation on %I using (tenant_id = app_tenant_id())
                    with check (tenant_id = app_tenant_id())', t);
  end loop;
end $$;

grant select, insert, update on conversation, message, conversation_read to tongxin_app;
grant select, insert, update, delete on conversation_member to tongxin_app;
-- Sign-up and the demo seed create org units through the system role.
grant select, insert, update on conversation to tongxin_system;
