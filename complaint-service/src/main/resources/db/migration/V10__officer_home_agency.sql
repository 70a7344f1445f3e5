-- The agency of the officer record a standing comes from (the officer events' agencyCode), which the deactivation is
-- matched against: a token of another agency is not that officer (a head who made a record for a login of another
-- province and deactivated it took that person's officer powers away here too). agency_code stays the agency of the case
-- last assigned. Standings learnt before have none, and count for any agency, as before.
alter table officer_account add column home_agency_code varchar(10);
