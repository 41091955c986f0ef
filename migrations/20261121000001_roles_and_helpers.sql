-- Roles and the row-level-security helper every tenant policy uses.
--
-- tongxin_app    runtime role: not owner, not superuser, no BYPASSRLS.
-- tongxin_system narrow cross-tenant role (BYPASSRLS), used only by core::system.
-- Both are normally created by the provisioning scripts (BYPASSRLS needs a superuser);
-- this block creates them only when the migrating role may.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'tongxin_app') then
    create role tongxin_app login nosuperuser nobypassrls nocreatedb nocreaterole;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'tongxin_system') then
    create role tongxin_system login nosuperuser bypassrls nocreatedb nocreaterole;
  end if;
end
$$;

create extension if not exists ltree;

grant usage on schema public to tongxin_app, tongxin_system;

-- The tenant of the current transaction, or NULL when none is set.
-- nullif matters: after COMMIT a transaction-local setting reads '' rather than NULL.
create function app_tenant_id() returns uuid
  language sql stable parallel safe
  set search_path = pg_catalog
  as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

grant execute on function app_tenant_id() to tongxin_app, tongxin_system;
