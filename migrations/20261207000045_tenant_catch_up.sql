-- Tenants that existed before a module's migration get what that migration meant to give them.
--
-- Migrations 13, 14, 15, 21, 25, 26, 27, 28, 29 and 40 looped over `select id from tenant` to
-- seed the template roles' permissions of their module (and, in 25, the per-grid case counts)
-- into every existing tenant. Row-level security is forced on `tenant` for its owner too, and
-- no tenant was set while the list was read, so each loop saw no tenant and seeded nothing:
-- tenants signed up before those migrations lack the permissions that new tenants are seeded
-- with (`authz::catalog::TEMPLATES`). This migration reads the tenant list with the forced
-- policy lifted for its transaction only, as 41, 42 and 44 do, and seeds exactly what those
-- loops would have: `on conflict do nothing` keeps every rule a tenant already has.
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);

    -- 13 notice, 14 dues, 15 meeting, 26 vote, 27 evaluation, 28 idea/inquiry/moderation,
    -- 29 survey, 40 activity: read and write for org admins and officers at their orgs.
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', o.obj, '(read)|(write)', 'template'
      from role_template rt
     cross join (values ('notice'), ('dues'), ('meeting'), ('vote'), ('evaluation'), ('idea'),
                        ('inquiry'), ('moderation'), ('survey'), ('activity')) as o (obj)
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;

    -- 21 grid: org admins manage (with extensions), officers and supervisors supervise, grid
    -- workers read and handle.
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'grid',
           case rt.name when 'org_admin' then '(read)|(write)|(handle)|(extend)'
                        when 'grid_worker' then '(read)|(handle)'
                        else '(read)|(write)|(handle)' end,
           'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer', 'supervisor', 'grid_worker')
    on conflict do nothing;

    -- 25 grid case counts: recounted from the cases (the trigger has kept them since).
    insert into grid_case_count as k (tenant_id, grid_id, state, n)
    select tenant_id, grid_id, state, count(*) from grid_case
     where tenant_id = t group by tenant_id, grid_id, state
    on conflict (tenant_id, grid_id, state) do update set n = excluded.n;
    update grid_case_count k set n = 0
     where k.tenant_id = t and k.n <> 0
       and not exists (select 1 from grid_case c
                        where c.tenant_id = t and c.grid_id = k.grid_id and c.state = k.state);
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
