-- An officer's workload credits each collection to the officer who held the case on the day collected, read from the
-- assignments in the cases' history: this finds the cases an officer ever held without reading every history row.
-- Built under a lock that holds case writes while it runs; on a large case_history, build it first by hand with
-- "create index concurrently" and the same definition (this then finds it there).
create index if not exists case_history_assigned_officer on case_history ((details::jsonb ->> 'officerId')) where action = 'ASSIGNED';
