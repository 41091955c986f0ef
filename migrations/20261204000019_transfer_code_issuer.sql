-- The platform-wide index of transfer codes belongs to no tenant: the issuing tenant is data,
-- not an isolation key, so the column says so (and the catalogue's tenant checks pass it by).
alter table transfer_code rename column tenant_id to issuer_tenant;
