-- A member is placed under an org through any of five columns (org_id, party_org_id,
-- union_org_id, youth_org_id, department_id); only org_id was indexed, so counting the members
-- of a sub-tree (the org dashboards, docs/BENCHMARKS.md) read every member row of the tenant.
-- With all five indexed, a branch's figures read its own members (a BitmapOr of the five).

create index member_party_org on member (tenant_id, party_org_id) where party_org_id is not null;
create index member_union_org on member (tenant_id, union_org_id) where union_org_id is not null;
create index member_youth_org on member (tenant_id, youth_org_id) where youth_org_id is not null;
create index member_department on member (tenant_id, department_id) where department_id is not null;
