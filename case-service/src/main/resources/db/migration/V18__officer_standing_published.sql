-- From this version the case service publishes an officer's deactivation and reactivation (thads.officer-events), so that
-- the complaint service takes a deactivated officer's powers away too. standing_published_version: the officer's version
-- whose standing was last published; OfficerStandings publishes every standing without its event (the officers
-- deactivated before this version, and any change made by a pod of the older version during the rolling update).
alter table officer add column standing_published_version bigint;
