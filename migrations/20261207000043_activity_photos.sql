-- Photos of an activity (活动相册), added afterwards by its organisers and by members who
-- attended; each is an uploaded image file (the `files` module), visible to whoever may see
-- the activity. Removal keeps the row (who removed it and when) so the record stays whole;
-- the list shows those not removed. At most 100 per activity, counted under the activity's
-- row lock.

create table activity_photo (
  tenant_id    uuid not null references tenant (id),
  id           uuid not null,
  activity_id  uuid not null,
  file_id      uuid not null,
  caption      text not null default '' check (char_length(caption) <= 200),
  added_by     uuid not null,
  added_at     timestamptz not null default now(),
  removed_at   timestamptz,
  removed_by   uuid,
  primary key (tenant_id, id),
  unique (tenant_id, activity_id, file_id),
  foreign key (tenant_id, activity_id) references activity (tenant_id, id),
  foreign key (tenant_id, file_id) references file_object (tenant_id, id),
  foreign key (tenant_id, added_by) references member (tenant_id, id),
  foreign key (tenant_id, removed_by) references member (tenant_id, id),
  check ((removed_at is null) = (removed_by is null))
);
create index activity_photo_activity on activity_photo (tenant_id, activity_id, added_at, id);

alter table activity_photo enable row level security, force row level security;
create policy tenant_isolation on activity_photo
  using (tenant_id = app_tenant_id()) with check (tenant_id = app_tenant_id());
grant select, insert, update on activity_photo to tongxin_app;
grant select on activity_photo to tongxin_system;
