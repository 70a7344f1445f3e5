-- An officer's standing, learnt from the case service's OfficerDeactivated and OfficerReactivated events
-- (thads.officer-events): a deactivated officer's account has no OFFICER role here (OfficersDeactivatedByTheCaseService).
-- standing_version: the officer record's version the standing comes from (the highest wins: event times come from the
-- clocks of several pods); null while no such event was learnt. A deactivation may come before any assignment: the row
-- is then made from it.
alter table officer_account add column active boolean not null default true;
alter table officer_account add column standing_version bigint;
-- the caller's account is looked up on every request an officer makes
create index officer_account_subject on officer_account (subject);
