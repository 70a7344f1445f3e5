-- Money summed over cases is exact at any size (README "What is left" 6 until session 28): a unit holding over about
-- 9,200 cases at the 10^15 VND bound pushed a bigint day or month row past 2^63, so its events went to the dead-letter
-- topic and its reports failed. Counts stay bigint (one row a case); a case's own amounts stay bigint (bounded).
do $$
declare
    t text;
begin
    -- one statement a table: one rewrite of it
    foreach t in array array['agency_day_figures', 'agency_month_figures', 'province_day_figures', 'province_month_figures',
                             'province_breakdown_day_figures'] loop
        execute format('alter table %I ' || (select string_agg(format('alter column %I type numeric', c), ', ')
            from unnest(array['money_carried_in', 'money_newly_accepted', 'money_delegated', 'money_without_conditions',
                              'money_completed', 'money_terminated', 'money_postponed', 'money_suspended', 'money_reduced']) c), t);
    end loop;
end $$;

-- A signed period's figures are sums over cases too; their digest's text is the same for every value that fits a long.
alter table signed_period alter column figures type numeric[];
