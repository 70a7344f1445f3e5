-- An officer record is its agency's (session 24): a login is unique within an agency's line (the agency and the units it
-- took over, checked by OfficerService.create), not across the country. Logins are the identity provider's: a head who
-- made a record for a login of another province kept that province from registering its own staff member (409), and an
-- officer moved to another agency could not be registered there while the old record stood.
alter table officer drop constraint officer_subject_key;
alter table officer add constraint officer_subject_agency unique (subject, agency_code);

-- Deactivations published before the standings carried the record's agency are published again: the complaint service
-- counts a deactivation it learnt without one for a token of any agency (complaint V10).
update officer set standing_published_version = null where not active;
