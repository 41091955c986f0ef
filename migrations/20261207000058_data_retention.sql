-- Retention per tenant (个人信息保护法第十九条: kept no longer than the purpose needs), enforced
-- by the worker's daily `purge_expired_data` job, with a record of every purge.
--
-- The rule `privacy.retention` sets how long the audit log (网络安全法第二十一条: at least six
-- months, so never below 180 days) and read notifications are kept; a tenant may override it
-- within those bounds.
--
-- Purging the audit log deletes a prefix of the tenant's hash chain: the oldest rows up to
-- the first row still within the retention period, and never the newest row (the chain's
-- head, which the next row hashes onto). The hash of the last row deleted is kept in the
-- purge record as the chain's new anchor, so the remaining chain stays verifiable: the first
-- remaining row must hash onto that anchor, and removing any row by other means still shows
-- as a break. Only the two functions below, run by the system role, delete or record.

insert into statutory_rule (key, area, title, params, source) values
('privacy.retention', '个人信息保护', '数据保存期限（天）：审计日志（不少于180天）与已读通知',
 '{"auditLogDays": 1095, "readNotificationDays": 365}',
 '《网络安全法》第二十一条（网络日志留存不少于六个月）；《个人信息保护法》第十九条；同心默认设置：审计日志保存三年，已读通知保存一年');

create table retention_purge (
  tenant_id    uuid not null references tenant (id),
  id           bigint generated always as identity,
  ran_at       timestamptz not null default now(),
  kind         text not null check (kind in ('AUDIT_LOG', 'READ_NOTIFICATION')),
  keep_days    integer not null check (keep_days > 0),
  cutoff       timestamptz not null,
  purged       bigint not null check (purged > 0),
  -- The audit rows deleted (by their position in the chain) and the hash of the last one.
  first_seq    bigint,
  last_seq     bigint,
  anchor_hash  bytea,
  primary key (tenant_id, id),
  check ((kind = 'AUDIT_LOG') = (first_seq is not null and last_seq is not null and anchor_hash is not null))
);
create index retention_purge_anchor on retention_purge (tenant_id, last_seq desc) where kind = 'AUDIT_LOG';

alter table retention_purge enable row level security, force row level security;
create policy tenant_isolation on retention_purge
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select on retention_purge to tongxin_app, tongxin_system;

-- Deletes the tenant's audit rows older than `cutoff` (a prefix of the chain, never the head)
-- and records the purge; returns the number of rows deleted.
create function audit_purge(t uuid, cutoff timestamptz, keep_days integer) returns bigint
  language plpgsql security definer
  set search_path = pg_catalog, public
  as $$
  declare
    head bigint;
    keep_from bigint;
    lo bigint;
    hi bigint;
    anchor bytea;
    n bigint;
  begin
    perform set_config('app.tenant_id', t::text, true);
    -- The chain's writers take this lock too: no row joins the chain while its prefix goes.
    perform pg_advisory_xact_lock(hashtextextended('audit:' || t::text, 0));
    select max(id) into head from audit_log where tenant_id = t;
    if head is null then
      return 0;
    end if;
    select min(id) into keep_from from audit_log where tenant_id = t and at >= cutoff;
    keep_from := least(coalesce(keep_from, head), head);
    select min(id), max(id) into lo, hi from audit_log where tenant_id = t and id < keep_from;
    if lo is null then
      return 0;
    end if;
    select hash into anchor from audit_log where tenant_id = t and id = hi;
    delete from audit_log where tenant_id = t and id <= hi;
    get diagnostics n = row_count;
    insert into retention_purge (tenant_id, kind, keep_days, cutoff, purged, first_seq, last_seq, anchor_hash)
      values (t, 'AUDIT_LOG', keep_days, cutoff, n, lo, hi, anchor);
    return n;
  end
  $$;

-- Deletes the tenant's notifications read before `cutoff` and records the purge; returns the
-- number deleted.
create function notification_purge(t uuid, cutoff timestamptz, keep_days integer) returns bigint
  language plpgsql security definer
  set search_path = pg_catalog, public
  as $$
  declare
    n bigint;
  begin
    perform set_config('app.tenant_id', t::text, true);
    delete from notification where tenant_id = t and read_at < cutoff;
    get diagnostics n = row_count;
    if n > 0 then
      insert into retention_purge (tenant_id, kind, keep_days, cutoff, purged)
        values (t, 'READ_NOTIFICATION', keep_days, cutoff, n);
    end if;
    return n;
  end
  $$;

-- The chain is verified from the latest anchor a purge left (from the start when none).
create or replace function audit_chain_first_break(t uuid) returns bigint
  language plpgsql stable security definer
  set search_path = pg_catalog, public
  as $$
  declare
    r audit_log;
    prev bytea := null;
    after_seq bigint := 0;
  begin
    -- The owner is subject to the forced policy too: look at this tenant's rows only.
    perform set_config('app.tenant_id', t::text, true);
    select p.anchor_hash, p.last_seq into prev, after_seq from retention_purge p
      where p.tenant_id = t and p.kind = 'AUDIT_LOG' order by p.last_seq desc limit 1;
    after_seq := coalesce(after_seq, 0);
    for r in select * from audit_log where tenant_id = t and id > after_seq order by id loop
      if r.prev_hash is distinct from prev or r.hash <> audit_row_digest(prev, r) then
        return r.id;
      end if;
      prev := r.hash;
    end loop;
    return null;
  end
  $$;

revoke all on function audit_purge(uuid, timestamptz, integer) from public;
revoke all on function notification_purge(uuid, timestamptz, integer) from public;
grant execute on function audit_purge(uuid, timestamptz, integer) to tongxin_system;
grant execute on function notification_purge(uuid, timestamptz, integer) to tongxin_system;
