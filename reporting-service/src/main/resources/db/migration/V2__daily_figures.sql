-- Daily per-agency figures, so that a report reads at most one work year of month rows plus one
-- month of day rows per agency (per province for the country), however many cases history holds
-- (README: "The view").
-- Each row holds the change, on that day, of the eight counted figures of domain.md §6 (in cases
-- and in VND) for the work year the day belongs to; a carried-in case adds its opening state on
-- 1 October. A figure as of D = the sum of the year's rows up to D.
create table agency_day_figures (
    day                             date        not null,
    agency_code                     varchar(10) not null,
    province_code                   varchar(10) not null,
    cases_carried_in                bigint not null,
    cases_newly_accepted            bigint not null,
    cases_delegated                 bigint not null,
    cases_without_conditions        bigint not null,
    cases_completed                 bigint not null,
    cases_terminated                bigint not null,
    cases_postponed                 bigint not null,
    cases_suspended                 bigint not null,
    money_carried_in                bigint not null,
    money_newly_accepted            bigint not null,
    money_delegated                 bigint not null,
    money_without_conditions        bigint not null,
    money_completed                 bigint not null,
    money_terminated                bigint not null,
    money_postponed                 bigint not null,
    money_suspended                 bigint not null,
    primary key (agency_code, day)
);
create index agency_day_figures_province on agency_day_figures (province_code, day);

-- The same changes summed per calendar month (work years start on 1 October, so a month lies in one year).
create table agency_month_figures (like agency_day_figures);
alter table agency_month_figures rename column day to month;
alter table agency_month_figures add primary key (agency_code, month);
create index agency_month_figures_province on agency_month_figures (province_code, month);

-- The same summed per province (agency_code holds the province code): what the national report
-- and the ranking of the provinces read, 34 rows a day instead of 700.
create table province_day_figures (like agency_day_figures);
alter table province_day_figures add primary key (agency_code, day);
create table province_month_figures (like agency_month_figures);
alter table province_month_figures add primary key (agency_code, month);

-- Per case: the last work year whose figures it has contributed to (0 = none yet), and its
-- current state for reconciliation with the case service and the officers' report.
alter table case_fact
    add column contributed_through integer not null default 0,
    add column status              varchar(20),
    add column collected_amount    bigint not null default 0,
    add column officer_id          uuid,
    add column facts_at            timestamptz;
create index case_fact_to_contribute on case_fact (contributed_through);
create index case_fact_officer on case_fact (agency_code, officer_id);

-- The four targets of an officer for a month (set by the head of the officer's agency), in percent.
create table officer_target (
    month                         date         not null,
    officer_id                    uuid         not null,
    agency_code                   varchar(10)  not null,
    case_rate                     numeric(5,2) not null,
    money_rate                    numeric(5,2) not null,
    carried_over_case_reduction   numeric(6,2) not null,
    carried_over_money_reduction  numeric(6,2) not null,
    set_by                        varchar(100) not null,
    set_at                        timestamptz  not null,
    primary key (month, officer_id)
);
