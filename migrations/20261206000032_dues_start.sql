-- party.dues.start: a base records the month the new pay was first paid, beside the month the
-- base applies from, which the tenant's effective rule derives from it (the same month by
-- statute). Bases written before this carry no such month.
alter table dues_base add column new_pay_month date check (extract(day from new_pay_month) = 1);

