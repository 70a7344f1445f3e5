-- An officer's workload credits each collection to the officer who held the case on the day collected, read from the
-- assignments in the cases' history: this finds the cases an officer ever held without reading every history row.
create index case_history_assigned_officer on case_history ((details::jsonb ->> 'officerId')) where action = 'ASSIGNED';
