-- Setting an officer's targets looks up the agencies whose cases the officer was assigned (TargetResource): by
-- officer, not by case, so that it does not read the whole table at national size.
create index case_assignment_officer on case_assignment (officer_id);
