-- Who recorded each step of an administrative judgment's monitoring (domain.md §3: every transition records who, when
-- and why): a COMPLIED ends the monitoring for good, and nobody answered for it. Steps recorded before this version
-- name no one.
alter table administrative_judgment
    add column compelled_by varchar(100),
    add column reported_by varchar(100),
    add column complied_by varchar(100);
