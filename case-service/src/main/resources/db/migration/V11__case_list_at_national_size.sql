-- The case list at national size (measured on 2 million cases, README "Performance", fourth pass):
-- the count of a scope and a status is read from the scope's index alone (status included), a
-- status's list over the country is read in decision-date order from an index instead of sorting
-- every case of the status, and the text search (a decision number or a debtor's name) looks both
-- up in trigram indexes of the case row itself, which a scope's index can combine with, instead of
-- reading every case of the scope. Plain (not concurrent) builds, as every migration here: at 5
-- million cases each takes seconds, the debtors' names a few minutes, during which writes wait.
drop index enforcement_case_agency;
create index enforcement_case_agency on enforcement_case (agency_code, decision_date) include (status);
drop index enforcement_case_province;
create index enforcement_case_province on enforcement_case (province_code, decision_date) include (status);
drop index enforcement_case_status;
create index enforcement_case_status on enforcement_case (status, decision_date);
-- No index on the decision date alone: it served the ministry's unfiltered list, but the planner then
-- walked it for an agency head's list past a large office's recent cases (bench/run's read mix: 1,125
-- requests/s without it, 406 with it).
-- the debtors' searchable names (case_party.name_search, one per line), set once at the opening as the parties are
alter table enforcement_case add column debtor_names text not null default '';
update enforcement_case c set debtor_names = coalesce((select string_agg(p.name_search, chr(10) order by p.position)
    from case_party p where p.case_id = c.id and p.role = 'DEBTOR'), '');
create index enforcement_case_debtor_names on enforcement_case using gin (debtor_names gin_trgm_ops);
create index enforcement_case_decision_number_text on enforcement_case using gin (lower(decision_number) gin_trgm_ops);
