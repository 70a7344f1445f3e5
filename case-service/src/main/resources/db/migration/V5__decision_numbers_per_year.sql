-- Decision numbers are unique per agency and calendar year: numbering restarts each year (issue 16, item 3).
alter table enforcement_case drop constraint enforcement_case_agency_code_decision_number_key;
alter table enforcement_case add column decision_year integer generated always as (extract(year from decision_date)::integer) stored;
alter table enforcement_case add constraint enforcement_case_decision_per_year unique (agency_code, decision_year, decision_number);
-- the cases opened from one court judgment (one judgment gives several decisions)
create index enforcement_case_court_judgment on enforcement_case (court_judgment_id);
