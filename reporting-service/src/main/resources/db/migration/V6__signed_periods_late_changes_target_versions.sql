-- Every version of a unit's targets for a work year (issue 17, item 3): who set it, when, why, and
-- whether it is provisional. The row in "target" stays the version in force (the latest); a version
-- is never changed once written.
create table target_version (
    work_year                     integer      not null,
    org_unit_code                 varchar(10)  not null,
    version                       integer      not null,
    case_rate                     numeric(5,2) not null,
    money_rate                    numeric(5,2) not null,
    carried_over_case_reduction   numeric(6,2) not null,
    carried_over_money_reduction  numeric(6,2) not null,
    provisional                   boolean      not null,
    reason                        varchar(1000),
    set_by                        varchar(100) not null,
    set_at                        timestamptz  not null,
    primary key (work_year, org_unit_code, version)
);
-- The targets set before versions existed are their version 1.
insert into target_version (work_year, org_unit_code, version, case_rate, money_rate, carried_over_case_reduction,
                            carried_over_money_reduction, provisional, reason, set_by, set_at)
select work_year, org_unit_code, 1, case_rate, money_rate, carried_over_case_reduction, carried_over_money_reduction,
       false, null, set_by, set_at from target;

-- A closed reporting period (issue 17, item 1): the figures of a unit for a work year as of a date,
-- signed by who closed it, with the versions of their inputs. Immutable: no update, no delete.
create table signed_period (
    id                 uuid         primary key,
    org_unit_code      varchar(10)  not null,
    org_unit_name      varchar(200) not null,
    work_year          integer      not null,
    as_of              date         not null,
    closed_by          varchar(100) not null,
    closed_by_role     varchar(30)  not null,
    closed_at          timestamptz  not null,
    -- the counted figures (reporting CountedFigures: 8 in cases, 8 in VND, 3 administrative)
    figures            bigint[]     not null,
    -- the units whose records the figures hold on the as-of date, comma-separated
    included_units     text         not null,
    -- inputs: events the view had applied, the target version compared against (null: none)
    events_applied     bigint       not null,
    target_version     integer,
    -- SHA-256 of the signed content (SignedPeriod#digest): a stored row that no longer matches it was altered
    digest             varchar(64)  not null,
    unique (org_unit_code, work_year, as_of)
);
create index signed_period_year on signed_period (work_year, as_of);

-- A change, recorded after a period was closed, to that period's figures (issue 17, item 2): per
-- case and batch of events, the events, the first day it changed and the change of the counted figures.
create table late_change (
    id             bigserial    primary key,
    period_id      uuid         not null references signed_period (id),
    case_id        uuid         not null,
    agency_code    varchar(10)  not null,
    events         text         not null,
    changed_from   date         not null,
    recorded_at    timestamptz  not null,
    figures        bigint[]     not null
);
create index late_change_period on late_change (period_id, id);

create function signed_rows_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;
create trigger signed_period_immutable before update or delete on signed_period
    for each row execute function signed_rows_are_immutable();
create trigger late_change_immutable before update or delete on late_change
    for each row execute function signed_rows_are_immutable();
create trigger target_version_immutable before update or delete on target_version
    for each row execute function signed_rows_are_immutable();
