-- The case list at national size (measured on 2 million cases, README "Performance", fourth pass):
-- the count of a scope and a status is read from the scope's index alone (status included), the
-- ministry's unfiltered list and a status's list are read in decision-date order from an index
-- instead of sorting every case. Plain (not concurrent) builds, as every migration here: at 5 million
-- cases each takes a few seconds, during which openings and transitions wait.
drop index enforcement_case_agency;
create index enforcement_case_agency on enforcement_case (agency_code, decision_date) include (status);
drop index enforcement_case_province;
create index enforcement_case_province on enforcement_case (province_code, decision_date) include (status);
drop index enforcement_case_status;
create index enforcement_case_status on enforcement_case (status, decision_date);
create index enforcement_case_decision_date on enforcement_case (decision_date);
