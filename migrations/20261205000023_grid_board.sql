-- The live board reads each column in the order of its deadline: the acceptance deadline while
-- a case is REPORTED, the resolve deadline after dispatch, none (last) before. This index gives
-- every column's first page (and its keyset pages) straight from the index, per state for the
-- whole tenant and per grid for one grid, and lets the counts read the index alone.
create index grid_case_board on grid_case
  (tenant_id, state, (case when state = 'REPORTED' then accept_due_at else due_at end), id)
  include (grid_id);
create index grid_case_grid_board on grid_case
  (tenant_id, grid_id, state, (case when state = 'REPORTED' then accept_due_at else due_at end), id);
