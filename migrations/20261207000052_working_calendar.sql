-- The working-day calendar (节假日与调休): statutory deadlines (党员问询, 检举控告) count working
-- days, which are Monday to Friday except the national holidays, plus the weekend days worked
-- in their place (调休上班). The national arrangement is kept as data with its source, one row
-- per year in `holiday_year` and one per exceptional day in `holiday_day`; a year not loaded
-- counts Monday to Friday. A tenant may override single days (`holiday_override`: a company
-- holiday, a local arrangement, or `REGULAR` to cancel a national entry) with its own note.
--
-- 2026 is the State Council's arrangement as published. For 2027 only the statutory holidays
-- of the 2024 revision of the holiday regulation are loaded (no 调休 yet): the administrator
-- adds the State Council's 2027 arrangement once it is published.

create table holiday_year (
  year        integer primary key check (year between 2000 and 2100),
  source      text not null check (char_length(source) between 1 and 500),
  complete    boolean not null
);

create table holiday_day (
  day         date primary key,
  year        integer not null references holiday_year (year),
  kind        text not null check (kind in ('HOLIDAY', 'WORKDAY')),
  name        text not null check (char_length(name) between 1 and 50),
  check (extract(year from day) = year)
);

create table holiday_override (
  tenant_id    uuid not null references tenant (id),
  day          date not null check (day between date '2000-01-01' and date '2100-12-31'),
  kind         text not null check (kind in ('HOLIDAY', 'WORKDAY', 'REGULAR')),
  name         text not null check (char_length(name) between 1 and 50),
  source_note  text not null check (char_length(source_note) between 1 and 500),
  updated_by   uuid,
  updated_at   timestamptz not null default now(),
  primary key (tenant_id, day),
  foreign key (tenant_id, updated_by) references member (tenant_id, id)
);
alter table holiday_override enable row level security, force row level security;
create policy tenant_isolation on holiday_override
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select on holiday_year, holiday_day to tongxin_app, tongxin_system;
grant select, insert, update, delete on holiday_override to tongxin_app;
grant select on holiday_override to tongxin_system;

insert into holiday_year (year, source, complete) values
  (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）', true),
  (2027, '《全国年节及纪念日放假办法》（2024年11月修订）第二条规定的全体公民放假日；2027年调休安排以国务院办公厅通知为准，发布后由管理员补充', false);

insert into holiday_day (day, kind, name, year) values
('2026-01-01', 'HOLIDAY', '元旦', 2026),
('2026-01-02', 'HOLIDAY', '元旦', 2026),
('2026-01-03', 'HOLIDAY', '元旦', 2026),
('2026-01-04', 'WORKDAY', '元旦调休上班', 2026),
('2026-02-14', 'WORKDAY', '春节调休上班', 2026),
('2026-02-15', 'HOLIDAY', '春节', 2026),
('2026-02-16', 'HOLIDAY', '春节', 2026),
('2026-02-17', 'HOLIDAY', '春节', 2026),
('2026-02-18', 'HOLIDAY', '春节', 2026),
('2026-02-19', 'HOLIDAY', '春节', 2026),
('2026-02-20', 'HOLIDAY', '春节', 2026),
('2026-02-21', 'HOLIDAY', '春节', 2026),
('2026-02-22', 'HOLIDAY', '春节', 2026),
('2026-02-23', 'HOLIDAY', '春节', 2026),
('2026-02-28', 'WORKDAY', '春节调休上班', 2026),
('2026-04-04', 'HOLIDAY', '清明节', 2026),
('2026-04-05', 'HOLIDAY', '清明节', 2026),
('2026-04-06', 'HOLIDAY', '清明节', 2026),
('2026-05-01', 'HOLIDAY', '劳动节', 2026),
('2026-05-02', 'HOLIDAY', '劳动节', 2026),
('2026-05-03', 'HOLIDAY', '劳动节', 2026),
('2026-05-04', 'HOLIDAY', '劳动节', 2026),
('2026-05-05', 'HOLIDAY', '劳动节', 2026),
('2026-05-09', 'WORKDAY', '劳动节调休上班', 2026),
('2026-06-19', 'HOLIDAY', '端午节', 2026),
('2026-06-20', 'HOLIDAY', '端午节', 2026),
('2026-06-21', 'HOLIDAY', '端午节', 2026),
('2026-09-20', 'WORKDAY', '国庆节调休上班', 2026),
('2026-09-25', 'HOLIDAY', '中秋节', 2026),
('2026-09-26', 'HOLIDAY', '中秋节', 2026),
('2026-09-27', 'HOLIDAY', '中秋节', 2026),
('2026-10-01', 'HOLIDAY', '国庆节', 2026),
('2026-10-02', 'HOLIDAY', '国庆节', 2026),
('2026-10-03', 'HOLIDAY', '国庆节', 2026),
('2026-10-04', 'HOLIDAY', '国庆节', 2026),
('2026-10-05', 'HOLIDAY', '国庆节', 2026),
('2026-10-06', 'HOLIDAY', '国庆节', 2026),
('2026-10-07', 'HOLIDAY', '国庆节', 2026),
('2026-10-10', 'WORKDAY', '国庆节调休上班', 2026),
('2027-01-01', 'HOLIDAY', '元旦', 2027),
('2027-02-05', 'HOLIDAY', '春节', 2027),
('2027-02-06', 'HOLIDAY', '春节', 2027),
('2027-02-07', 'HOLIDAY', '春节', 2027),
('2027-02-08', 'HOLIDAY', '春节', 2027),
('2027-04-05', 'HOLIDAY', '清明节', 2027),
('2027-05-01', 'HOLIDAY', '劳动节', 2027),
('2027-05-02', 'HOLIDAY', '劳动节', 2027),
('2027-06-09', 'HOLIDAY', '端午节', 2027),
('2027-09-15', 'HOLIDAY', '中秋节', 2027),
('2027-10-01', 'HOLIDAY', '国庆节', 2027),
('2027-10-02', 'HOLIDAY', '国庆节', 2027),
('2027-10-03', 'HOLIDAY', '国庆节', 2027);
