-- The live board reads each column in the order of its deadline: the acceptance deadline while
-- a case is REPORTED, the resolve deadline after dispatch (none, last, before). These indexes
-- give every column's first page and its keyset pages straight from the index, per state for
-- the whole tenant and per grid for one grid; the columns they include let the counts (and
-- overdue counts) of every column be read from the index alone.
create index grid_case_board on grid_case
  (tenant_id, state, (case when state = 'REPORTED' then accept_due_at else due_at end), id)
  include (grid_id, accept_due_at, due_at, category_key, assignee_member_id, assignee_org_id);
create index grid_case_grid_board on grid_case
  (tenant_id, grid_id, state, (case when state = 'REPORTED' then accept_due_at else due_at end), id)
  include (accept_due_at, due_at, category_key, assignee_member_id, assignee_org_id);
