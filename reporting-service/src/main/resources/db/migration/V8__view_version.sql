-- The version of the data the reports read (issue 14): a report's answer is kept in memory under the
-- version it was computed at, and answered again only while the version has not moved. Every
-- statement that writes a table a cached report reads moves it, in the writer's own transaction,
-- through a trigger, so that no writer can forget it (ingestion, a rebuild, the work year's
-- rollover, targets). Each database connection counts on its own row (concurrent writers never wait
-- on one row), once per transaction; the version is the sum of the rows, read before the figures,
-- so an answer is never older than the version it is kept under. Rows of connections that ended
-- are folded into row 0 (ReportAnswers), which leaves the sum as it is.
create table view_version (
    backend integer primary key,
    xact xid8 not null,
    n bigint not null
);
insert into view_version (backend, xact, n) values (0, '0', 0);

create function bump_view_version() returns trigger language plpgsql as $$
begin
    insert into view_version (backend, xact, n) values (pg_backend_pid(), pg_current_xact_id(), 1)
    on conflict (backend) do update set n = view_version.n + 1, xact = excluded.xact where view_version.xact <> excluded.xact;
    return null;
end $$;

-- <table>_bumps_view_version on each table a cached report reads
do $$
declare
    t text;
begin
    foreach t in array array['agency_day_figures', 'agency_month_figures', 'province_day_figures', 'province_month_figures',
                             'target_version', 'target'] loop
        execute format('create trigger %I after insert or update or delete or truncate on %I'
                       ' for each statement execute function bump_view_version()', t || '_bumps_view_version', t);
    end loop;
end $$;
