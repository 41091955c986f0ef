-- Tamper-evident audit log: the runtime role may only insert; every row carries the sha256 of
-- its content chained to the previous row of the same tenant, so an edited or deleted row
-- breaks the chain that audit_chain_first_break() recomputes.

create sequence audit_log_id_seq;

create table audit_log (
  tenant_id    uuid not null references tenant (id),
  id           bigint not null default nextval('audit_log_id_seq'),
  at           timestamptz not null default now(),
  actor_kind   text not null,
  actor_id     uuid,
  action       text not null,
  object_type  text not null,
  object_id    text,
  result       text not null check (result in ('OK', 'DENIED', 'FAILED')),
  request_id   text,
  ip           text,
  detail       jsonb not null default '{}'::jsonb,
  prev_hash    bytea,
  hash         bytea not null,
  primary key (tenant_id, id)
);
create index audit_log_at on audit_log (tenant_id, at desc);

alter table audit_log enable row level security, force row level security;
create policy tenant_isolation on audit_log
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());

create function audit_row_digest(prev bytea, r audit_log) returns bytea
  language sql immutable
  set search_path = pg_catalog, public
  as $$
    select sha256(coalesce(prev, ''::bytea) || convert_to(concat_ws('|',
      r.tenant_id::text, r.id::text, (extract(epoch from r.at) * 1000000)::bigint::text,
      r.actor_kind, coalesce(r.actor_id::text, ''), r.action, r.object_type,
      coalesce(r.object_id, ''), r.result, coalesce(r.request_id, ''), coalesce(r.ip, ''),
      r.detail::text), 'UTF8'))
  $$;

create function audit_log_chain() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, public
  as $$
  begin
    -- One writer per tenant chain at a time, so two concurrent rows cannot share a parent.
    perform pg_advisory_xact_lock(hashtextextended('audit:' || new.tenant_id::text, 0));
    select a.hash into new.prev_hash from audit_log a
      where a.tenant_id = new.tenant_id order by a.id desc limit 1;
    new.hash := audit_row_digest(new.prev_hash, new);
    return new;
  end
  $$;

create trigger audit_log_chain before insert on audit_log
  for each row execute function audit_log_chain();

-- The id of the first row whose stored hash does not match its recomputed one, or NULL.
create function audit_chain_first_break(t uuid) returns bigint
  language plpgsql stable security definer
  set search_path = pg_catalog, public
  as $$
  declare
    r audit_log;
    prev bytea := null;
  begin
    -- The owner is subject to the forced policy too: look at this tenant's rows only.
    perform set_config('app.tenant_id', t::text, true);
    for r in select * from audit_log where tenant_id = t order by id loop
      if r.prev_hash is distinct from prev or r.hash <> audit_row_digest(prev, r) then
        return r.id;
      end if;
      prev := r.hash;
    end loop;
    return null;
  end
  $$;

grant insert on audit_log to tongxin_app, tongxin_system;
grant usage on sequence audit_log_id_seq to tongxin_app, tongxin_system;
grant select on audit_log to tongxin_system;
revoke all on function audit_chain_first_break(uuid) from public;
grant execute on function audit_chain_first_break(uuid) to tongxin_system;
