-- An officer record is its agency's (session 24): a login is unique within an agency's line (the units merged into one
-- last successor, checked by OfficerService.create), not across the country. Logins are the identity provider's: a head who
-- made a record for a login of another province kept that province from registering its own staff member (409), and an
-- officer moved to another agency could not be registered there while the old record stood.

-- the unique constraint V1 made on subject alone, by what it is (a database restored or built by hand may have named it
-- otherwise than officer_subject_key); none found is an error, not a silent no-op
do $$
declare
    found text;
begin
    select c.conname into strict found from pg_constraint c
    where c.conrelid = 'officer'::regclass and c.contype = 'u'
      and c.conkey = array[(select attnum from pg_attribute where attrelid = 'officer'::regclass and attname = 'subject')];
    execute format('alter table officer drop constraint %I', found);
end $$;
alter table officer add constraint officer_subject_agency unique (subject, agency_code);

-- Deactivations published before the standings carried the record's agency are published again: the complaint service
-- counts a deactivation it learnt without one for a token of any agency (complaint V10).
update officer set standing_published_version = null where not active;
