-- The statutory profile (党内统计、工会和共青团年报 need it): ethnicity (民族, GB/T 3304 codes),
-- education (学历, grouped as the party statistics tables group it), occupation category
-- (职业/岗位, the party statistics' classes) and the dates of joining the party, the league
-- and the union where the stage history does not hold them (members admitted before the
-- tenant used Tongxin). One row per member at most; a member without one is "not recorded",
-- which the tables count in their own column rather than guess.
create table member_profile (
  tenant_id         uuid not null references tenant (id),
  member_id         uuid not null,
  ethnicity         text check (ethnicity ~ '^(0[1-9]|[1-4][0-9]|5[0-6]|97|98)$'),
  education         text check (education in
    ('DOCTORATE', 'MASTER', 'BACHELOR', 'JUNIOR_COLLEGE', 'SECONDARY_VOCATIONAL',
     'HIGH_SCHOOL', 'JUNIOR_HIGH_OR_BELOW')),
  occupation        text check (occupation in
    ('WORKER', 'FARMER', 'PROFESSIONAL', 'MANAGER', 'CIVIL_SERVANT', 'STUDENT', 'MILITARY',
     'RETIRED', 'OTHER')),
  party_joined_on   date check (party_joined_on between date '1921-07-01' and date '2200-01-01'),
  league_joined_on  date check (league_joined_on between date '1922-05-05' and date '2200-01-01'),
  union_joined_on   date check (union_joined_on between date '1925-05-01' and date '2200-01-01'),
  updated_at        timestamptz not null default now(),
  primary key (tenant_id, member_id),
  foreign key (tenant_id, member_id) references member (tenant_id, id)
);
create index member_profile_education on member_profile (tenant_id, education);

alter table member_profile enable row level security, force row level security;
create policy tenant_isolation on member_profile
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update, delete on member_profile to tongxin_app;
