-- The figures by kind and by category of each province (issue 14, national size): the breakdown of
-- the country or of a province (/enforcement/breakdown) reads these rows, as the national report
-- reads province_day/month_figures, instead of computing every case of the unit (at 5 million cases
-- the country's did not finish within the statement time limit). A case's share of the figures is
-- added to the row of its kind (kind:EX_OFFICIO, kind:UNKNOWN; not kind:ON_REQUEST, the kind most
-- cases are, which is the unit's total less the others) and of each of its categories
-- (category:BANK_CREDIT, category:LARGE_VALUE, …); when its kind or categories change, its share moves. agency_code holds the province code, as in province_day_figures. A local office's
-- breakdown is still computed case by case (an office holds a few thousand cases).
--
-- Day rows only, no month rows: a breakdown sums the year's day rows up to its date (34 provinces ×
-- up to 6 rows × 365 days at most, tens of milliseconds), which spares ingestion a second upsert per
-- batch. Keyed by day first, as a breakdown reads a range of days; room left in each page so that
-- adding to a row usually rewrites it in place (a HOT update, no index entry).
create table province_breakdown_day_figures (like province_day_figures including defaults) with (fillfactor = 80);
alter table province_breakdown_day_figures add column breakdown_row varchar(40) not null;
alter table province_breakdown_day_figures add primary key (day, agency_code, breakdown_row);

-- Whether those rows hold every case of the view. A view that already held cases gets them only
-- from its next rebuild (POST /api/v1/reports/rebuild): until then the breakdown is computed case by
-- case, as before. An empty view is whole from the start.
create table breakdown_figures_state (
    kept boolean not null
);
insert into breakdown_figures_state (kept) select not exists (select 1 from case_fact);

do $$
declare
    t text;
begin
    foreach t in array array['province_breakdown_day_figures', 'breakdown_figures_state'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function bump_view_version()', t || '_bumps_view_version', t);
    end loop;
end $$;
