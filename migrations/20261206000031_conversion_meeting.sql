-- 转正 is discussed by the branch's general meeting (支部党员大会): a conversion proposal names
-- the meeting that discussed it.
alter table stage_transition add column meeting_id uuid;
alter table stage_transition add constraint stage_transition_meeting_fkey
  foreign key (tenant_id, meeting_id) references meeting (tenant_id, id);
