-- Dues (党费 / 团费 / 会费): each member's monthly base per line as a history, and an append-only
-- ledger of bills, payments and corrections. Amounts are in fen (分).

-- The base in force for a month is the latest row whose from_month is not after it; a change
-- takes effect from the month it names (the month new pay is paid).
create table dues_base (
  tenant_id   uuid not null references tenant (id),
  id          uuid not null,
  member_id   uuid not null,
  line        text not null check (line in ('PARTY', 'UNION', 'YOUTH')),
  category    text not null check (category in ('EMPLOYED', 'RETIRED', 'STUDENT', 'LAID_OFF', 'RELIEF', 'FARMER')),
  base_fen    bigint not null check (base_fen >= 0 and base_fen <= 100000000),
  from_month  date not null check (extract(day from from_month) = 1),
  source      text not null check (source in ('MANUAL', 'IMPORT', 'API')),
  created_by  uuid,
  created_at  timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index dues_base_member on dues_base (tenant_id, member_id, line, from_month desc);

-- Never updated or deleted: a mistake is answered by a CORRECTION entry naming what it corrects.
-- BILL and CORRECTION amounts add to what is owed, PAYMENT amounts take from it.
create table dues_entry (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  member_id    uuid not null,
  line         text not null check (line in ('PARTY', 'UNION', 'YOUTH')),
  month        date not null check (extract(day from month) = 1),
  kind         text not null check (kind in ('BILL', 'PAYMENT', 'CORRECTION')),
  amount_fen   bigint not null,
  -- The member's org when the entry was written, for roll-ups that do not move with later transfers.
  org_id       uuid,
  method       text check (method in ('CASH', 'TRANSFER', 'PAYROLL')),
  receipt_no   text check (char_length(receipt_no) <= 60),
  rule_key     text references statutory_rule (key),
  base_fen     bigint,
  note         text check (char_length(note) <= 500),
  corrects     uuid,
  recorded_by  uuid,
  created_at   timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, corrects) references dues_entry (tenant_id, id),
  check ((kind = 'BILL') = (rule_key is not null)),
  check ((kind = 'PAYMENT') = (method is not null)),
  check (kind <> 'PAYMENT' or amount_fen > 0),
  check (kind <> 'BILL' or amount_fen >= 0),
  check (kind <> 'CORRECTION' or note is not null)
);
-- One bill per member, line and month: generating a month twice bills nobody twice.
create unique index dues_one_bill on dues_entry (tenant_id, member_id, line, month) where kind = 'BILL';
create index dues_entry_member on dues_entry (tenant_id, member_id, line, month);
create index dues_entry_month on dues_entry (tenant_id, month, line);

alter table dues_base enable row level security, force row level security;
alter table dues_entry enable row level security, force row level security;
create policy tenant_isolation on dues_base
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on dues_entry
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
-- Append-only by grant: the runtime role can add rows, never change or remove them.
grant select, insert on dues_base, dues_entry to tongxin_app;
-- The monthly bill run looks across tenants for whom to bill.
grant select on dues_base to tongxin_system;

-- Officers and org admins keep the dues of their orgs; existing tenants get the permission that
-- new tenants are seeded with (row-level security is forced, hence tenant by tenant).
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'dues', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
