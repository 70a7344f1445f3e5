-- An officer's standing, learnt from the case service's OfficerDeactivated and OfficerReactivated events
-- (thads.officer-events): a deactivated officer's account loses its officer powers here too (DeactivatedOfficers).
-- standing_as_of: when the event this comes from happened (an older event never overwrites a newer one); null while no
-- such event was learnt. A deactivation may come before any assignment: the row is then made from it.
alter table officer_account add column active boolean not null default true;
alter table officer_account add column standing_as_of timestamptz;
-- the caller's account is looked up on every request an officer makes
create index officer_account_subject on officer_account (subject);
