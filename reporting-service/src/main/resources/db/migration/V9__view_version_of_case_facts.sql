-- The drill-down's totals are kept in memory under the view's version too (issue 14, fourth pass):
-- they are computed from each case's dated facts, so every statement that writes those tables moves
-- the version as well (once per transaction, as V8's triggers: in ingestion and a rebuild the figure
-- tables are written in the same transaction, so this adds no change of version there, only a
-- guarantee for a write of facts that changes no figure).
do $$
declare
    t text;
begin
    foreach t in array array['case_fact', 'case_collection', 'case_reduction', 'case_verification', 'case_status_change',
                             'case_assignment'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function bump_view_version()', t || '_bumps_view_version', t);
    end loop;
end $$;
