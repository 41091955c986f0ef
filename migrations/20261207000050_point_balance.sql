-- Each member's points of a year, kept by a trigger on the append-only ledger, so rankings
-- and 支部对标 read one row per member instead of summing every entry of the year (at 100,000
-- members and millions of entries the sum alone outgrows a page's time). The ledger stays the
-- truth: a balance is the sum of the year's entries, checked against it by the tests.
create table point_balance (
  tenant_id  uuid not null references tenant (id),
  member_id  uuid not null,
  year       integer not null check (year between 2000 and 2200),
  points     bigint not null default 0,
  primary key (tenant_id, year, member_id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
-- A member's years (their account page).
create index point_balance_member on point_balance (tenant_id, member_id, year);

alter table point_balance enable row level security, force row level security;
create policy tenant_isolation on point_balance
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
-- Read-only for the runtime roles: only the ledger's trigger (as the owner) writes balances,
-- so a balance cannot be changed without an entry that explains it.
grant select on point_balance to tongxin_app, tongxin_system;

create function point_balance_add() returns trigger
  language plpgsql security definer
  set search_path = pg_catalog, public
  as $$
  begin
    insert into point_balance as b (tenant_id, member_id, year, points)
    values (new.tenant_id, new.member_id, new.year, new.points)
    on conflict (tenant_id, year, member_id) do update set points = b.points + excluded.points;
    return null;
  end
  $$;
revoke all on function point_balance_add() from public;

create trigger point_entry_balance after insert on point_entry
  for each row execute function point_balance_add();

-- The entries already there, tenant by tenant (row-level security is forced on the owner too).
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into point_balance (tenant_id, member_id, year, points)
    select tenant_id, member_id, year, sum(points) from point_entry
     where tenant_id = t group by tenant_id, member_id, year;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
