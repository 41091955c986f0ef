-- The live board's column counts without counting the cases on every read: the number of
-- cases per grid and state, kept by a trigger on grid_case (insert, delete, and an update of
-- its state or grid). A board sums the rows of the grids of its sub-tree; a board filtered by
-- category, assignee or overdue counts from grid_case as before (those filters are not kept
-- here). Rows are never deleted: a pair that empties keeps n = 0.
create table grid_case_count (
  tenant_id uuid not null references tenant (id),
  grid_id   uuid not null,
  state     text not null check (state in
              ('REPORTED', 'ACCEPTED', 'CANCELLED', 'DISPATCHED', 'IN_PROGRESS',
               'FEEDBACK', 'CLOSED', 'RATED')),
  n         bigint not null default 0 check (n >= 0),
  primary key (tenant_id, grid_id, state),
  foreign key (tenant_id, grid_id) references org_unit (tenant_id, id)
);

alter table grid_case_count enable row level security, force row level security;
create policy tenant_isolation on grid_case_count
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on grid_case_count to tongxin_app;
grant select on grid_case_count to tongxin_system;

-- Runs as the writer of grid_case (SECURITY INVOKER), under its tenant's row-level security.
-- A move touches two rows (the old pair, the new pair); it locks them in (grid, state) order,
-- so that two transactions moving cases of one grid in opposite directions (FEEDBACK →
-- IN_PROGRESS beside IN_PROGRESS → FEEDBACK) wait for each other instead of deadlocking.
create function grid_case_count_apply() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' and old.state = new.state and old.grid_id = new.grid_id then
    return null;
  end if;
  if tg_op = 'UPDATE' and (new.grid_id, new.state) < (old.grid_id, old.state) then
    insert into grid_case_count as k (tenant_id, grid_id, state, n)
    values (new.tenant_id, new.grid_id, new.state, 1)
    on conflict (tenant_id, grid_id, state) do update set n = k.n + 1;
    update grid_case_count set n = n - 1
     where tenant_id = old.tenant_id and grid_id = old.grid_id and state = old.state;
    return null;
  end if;
  if tg_op in ('UPDATE', 'DELETE') then
    update grid_case_count set n = n - 1
     where tenant_id = old.tenant_id and grid_id = old.grid_id and state = old.state;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into grid_case_count as k (tenant_id, grid_id, state, n)
    values (new.tenant_id, new.grid_id, new.state, 1)
    on conflict (tenant_id, grid_id, state) do update set n = k.n + 1;
  end if;
  return null;
end
$$;

create trigger grid_case_count after insert or delete or update of state, grid_id on grid_case
  for each row execute function grid_case_count_apply();

-- The cases already there, tenant by tenant (row-level security is forced on the owner too).
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into grid_case_count (tenant_id, grid_id, state, n)
    select tenant_id, grid_id, state, count(*) from grid_case
     where tenant_id = t group by tenant_id, grid_id, state;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
