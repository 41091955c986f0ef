-- Grid 督办 notifications (warnings before a deadline, 督办 when it passes, escalation one level
-- up) are a category of their own, so members choose how they receive them; supervision-task
-- and case timers are looked up by their due item.

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID'));

-- The preference table never learnt MEETING either: a member could not choose a channel for it.
alter table notification_preference drop constraint notification_preference_category_check;
alter table notification_preference add constraint notification_preference_category_check
  check (category in
  ('MENTION', 'DIRECT_MESSAGE', 'MESSAGE_REPORT', 'SYSTEM', 'REMINDER', 'NOTICE', 'TASK', 'MEETING',
   'GRID'));

-- The reminder handlers find the timer's owner by its due item.
create index grid_case_accept_due_item on grid_case (tenant_id, accept_due_item_id)
  where accept_due_item_id is not null;
create index grid_case_resolve_due_item on grid_case (tenant_id, resolve_due_item_id)
  where resolve_due_item_id is not null;
create index supervision_task_target_due_item on supervision_task_target (tenant_id, due_item_id)
  where due_item_id is not null;
-- Tasks by issuing org (the issuer's list).
create index supervision_task_org on supervision_task (tenant_id, org_id, created_at desc);

-- A 督办 step names its due item and reminder position here, so a retried job finds the row it
-- wrote and writes no second one (the case timeline keeps the same in its `detail`).
alter table supervision_task_event add column detail jsonb not null default '{}';
