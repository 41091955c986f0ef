-- Union welfare (工会福利): group-buys (拼团) and crowdfunding (众筹) with a success threshold and a
-- deadline, orders within per-member limits and the `welfare.caps` rule, and distributions
-- (发放) handed out without a campaign.
--
-- What counts against a member's cap in a category and year is the union's money: an order's
-- subsidy times its quantity while the order is not cancelled, and a distribution's value.
-- The cap check and the write happen under a transaction-level advisory lock per member and
-- year (taken by the service), so two orders that together pass a cap cannot both succeed.
-- At the deadline the worker settles a campaign once: success confirms its pending orders,
-- failure cancels them and records each member's refund.

create table welfare_campaign (
  tenant_id       uuid not null references tenant (id),
  id              uuid not null,
  org_id          uuid not null,
  kind            text not null check (kind in ('GROUP_BUY', 'CROWDFUND')),
  category        text not null check (category in ('HOLIDAY', 'BIRTHDAY', 'OTHER')),
  title           text not null check (char_length(title) between 1 and 100),
  description     text not null default '' check (char_length(description) <= 2000),
  threshold_kind  text not null check (threshold_kind in ('PARTICIPANTS', 'AMOUNT')),
  threshold       bigint not null check (threshold >= 1),
  deadline        timestamptz not null,
  status          text not null default 'OPEN'
                  check (status in ('OPEN', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
  settled_at      timestamptz,
  cancel_reason   text check (char_length(cancel_reason) between 1 and 500),
  created_by      uuid,
  created_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check ((status = 'OPEN') = (settled_at is null)),
  check ((status = 'CANCELLED') = (cancel_reason is not null))
);
create index welfare_campaign_org on welfare_campaign (tenant_id, org_id, id desc);
create index welfare_campaign_open on welfare_campaign (tenant_id, deadline) where status = 'OPEN';

create table welfare_item (
  tenant_id         uuid not null references tenant (id),
  id                uuid not null,
  campaign_id       uuid not null,
  position          integer not null check (position >= 1),
  name              text not null check (char_length(name) between 1 and 100),
  description       text not null default '' check (char_length(description) <= 500),
  price_fen         bigint not null check (price_fen between 1 and 100000000),
  subsidy_fen       bigint not null check (subsidy_fen >= 0 and subsidy_fen <= price_fen),
  cash_like         boolean not null default false,
  per_member_limit  integer not null check (per_member_limit between 1 and 100),
  primary key (tenant_id, id),
  unique (tenant_id, campaign_id, position),
  foreign key (tenant_id, campaign_id) references welfare_campaign (tenant_id, id)
);

create table welfare_order (
  tenant_id      uuid not null references tenant (id),
  id             uuid not null,
  campaign_id    uuid not null,
  item_id        uuid not null,
  member_id      uuid not null,
  quantity       integer not null check (quantity between 1 and 100),
  -- The item's price and subsidy per unit when ordered; the category and year the cap counts in.
  price_fen      bigint not null check (price_fen >= 1),
  subsidy_fen    bigint not null check (subsidy_fen >= 0 and subsidy_fen <= price_fen),
  category       text not null check (category in ('HOLIDAY', 'BIRTHDAY', 'OTHER')),
  year           integer not null check (year between 2000 and 2100),
  status         text not null default 'PENDING'
                 check (status in ('PENDING', 'CONFIRMED', 'CANCELLED')),
  refund_fen     bigint check (refund_fen >= 0),
  cancel_reason  text check (char_length(cancel_reason) between 1 and 500),
  created_at     timestamptz not null default now(),
  cancelled_at   timestamptz,
  primary key (tenant_id, id),
  foreign key (tenant_id, campaign_id) references welfare_campaign (tenant_id, id),
  foreign key (tenant_id, item_id) references welfare_item (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  check ((status = 'CANCELLED') = (cancelled_at is not null))
);
create index welfare_order_campaign on welfare_order (tenant_id, campaign_id, id);
create index welfare_order_member on welfare_order (tenant_id, member_id, year);

create table welfare_distribution (
  tenant_id       uuid not null references tenant (id),
  id              uuid not null,
  org_id          uuid not null,
  member_id       uuid not null,
  category        text not null check (category in ('HOLIDAY', 'BIRTHDAY', 'OTHER')),
  item_name       text not null check (char_length(item_name) between 1 and 100),
  value_fen       bigint not null check (value_fen between 1 and 100000000),
  cash_like       boolean not null default false,
  distributed_on  date not null,
  year            integer not null check (year between 2000 and 2100),
  note            text not null default '' check (char_length(note) <= 500),
  created_by      uuid,
  created_at      timestamptz not null default now(),
  primary key (tenant_id, id),
  foreign key (tenant_id, org_id) references org_unit (tenant_id, id),
  foreign key (tenant_id, member_id) references member (tenant_id, id),
  foreign key (tenant_id, created_by) references member (tenant_id, id),
  check (extract(year from distributed_on) = year)
);
create index welfare_distribution_org on welfare_distribution (tenant_id, org_id, year, id desc);
create index welfare_distribution_member on welfare_distribution (tenant_id, member_id, year);

alter table welfare_campaign enable row level security, force row level security;
alter table welfare_item enable row level security, force row level security;
alter table welfare_order enable row level security, force row level security;
alter table welfare_distribution enable row level security, force row level security;
create policy tenant_isolation on welfare_campaign
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on welfare_item
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on welfare_order
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
create policy tenant_isolation on welfare_distribution
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on welfare_campaign, welfare_order to tongxin_app;
-- Items and distributions are written once.
grant select, insert on welfare_item, welfare_distribution to tongxin_app;
grant select on welfare_campaign, welfare_item, welfare_order, welfare_distribution to tongxin_system;

-- Welfare notifications (a campaign settled or cancelled). The full list of kinds.
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ', 'WELFARE'));
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID', 'VOTE', 'EVALUATION', 'IDEA', 'INQUIRY', 'MODERATION', 'SURVEY', 'ACTIVITY', 'ARTICLE',
   'PUBLICITY', 'POINTS', 'STUDY', 'QUIZ', 'WELFARE'));

-- `welfare`: `read` (campaigns' orders, distributions, statistics and their export), `write`
-- (campaigns, cancellation, distributions) for org admins and officers. Existing tenants get
-- what new tenants are seeded with; the tenant list is read with the table's forced row-level
-- security lifted for this transaction only (the migrating owner would otherwise see no tenant).
alter table tenant no force row level security;
do $$
declare t uuid;
begin
  for t in select id from tenant loop
    perform set_config('app.tenant_id', t::text, true);
    insert into casbin_rule (tenant_id, id, ptype, v0, v1, v2, v3, source)
    select t, gen_random_uuid(), 'p', rt.name, t::text || '/*', 'welfare', '(read)|(write)', 'template'
      from role_template rt
     where rt.tenant_id = t and rt.name in ('org_admin', 'officer')
    on conflict do nothing;
  end loop;
  perform set_config('app.tenant_id', '', true);
end $$;
alter table tenant force row level security;
