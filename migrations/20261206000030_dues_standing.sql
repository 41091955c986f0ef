-- The dues standing a member brought from another tenant: the month their dues on a line were
-- paid through there, as their introduction letter carried it (`duesPaidThrough`). Billing in
-- the receiving tenant writes no bill for a month at or before it, and the member's ledger
-- shows where the standing came from.
create table dues_standing (
  tenant_id         uuid not null references tenant (id),
  member_id         uuid not null,
  line              text not null check (line in ('PARTY', 'UNION', 'YOUTH')),
  -- The first day of the last month paid.
  paid_through      date not null check (paid_through = date_trunc('month', paid_through)::date),
  -- Where it was paid, as the letter's tenant was named when the member was received.
  from_tenant_name  text not null check (char_length(from_tenant_name) between 1 and 200),
  -- The letter in the sending tenant (no foreign key: it is another tenant's row).
  letter_id         uuid not null,
  recorded_at       timestamptz not null default now(),
  primary key (tenant_id, member_id, line),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
alter table dues_standing enable row level security, force row level security;
create policy tenant_isolation on dues_standing using (tenant_id = app_tenant_id())
  with check (tenant_id = app_tenant_id());
grant select, insert on dues_standing to tongxin_app;
