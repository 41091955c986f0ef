-- Tenant admins may change their enterprise's display name and time zone (nothing else).
grant update (name, time_zone) on tenant to tongxin_app;
