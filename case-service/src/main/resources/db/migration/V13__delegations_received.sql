-- The case an agency opens from a case delegated to it (ủy thác, domain.md §3): one per delegation.
alter table enforcement_case add column delegated_from uuid references enforcement_case (id);
create unique index enforcement_case_delegated_from on enforcement_case (delegated_from) where delegated_from is not null;
-- the delegations an agency has received and not yet opened
create index enforcement_case_delegated_to on enforcement_case (delegated_to) where status = 'DELEGATED';
