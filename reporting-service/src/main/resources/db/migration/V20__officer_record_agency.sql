-- Whose officer an account is, from the case service's officer events (OfficerRegistered and each change of standing):
-- a head sets targets for their own agency's officers only. Before, an officer with no case yet could not be placed, and a
-- head of another province set their targets and locked the officer's own head out of them for the month (red team of
-- session 26). Null until the officer's first event is read (the case service announces the records made before).
alter table officer_account add column agency_code varchar(10);
alter table officer_account add column record_version bigint;
