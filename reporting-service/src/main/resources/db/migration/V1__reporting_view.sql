-- The reporting view: dated facts of each case and petition, built only from the event topics.
-- Figures for any as-of date are functions of these dates, so late or out-of-order events land
-- in the right period and a rebuild from offset 0 gives the same figures.
create table case_fact (
    case_id       uuid primary key,
    agency_code   varchar(10) not null,
    province_code varchar(10) not null,
    opened_on     date        not null,
    money_amount  bigint      not null,
    delegated_on  date,
    closed_on     date,
    outcome       varchar(20),
    final_on      date generated always as (coalesce(closed_on, delegated_on)) stored
);
create index case_fact_province on case_fact (province_code, opened_on);
create index case_fact_agency on case_fact (agency_code, opened_on);

create table case_verification (
    event_id    uuid primary key,
    case_id     uuid        not null,
    verified_on date        not null,
    result      varchar(20) not null,
    occurred_at timestamptz not null
);
create index case_verification_case on case_verification (case_id, verified_on);

create table case_collection (
    event_id     uuid primary key,
    case_id      uuid   not null,
    collected_on date   not null,
    amount       bigint not null
);
create index case_collection_case on case_collection (case_id, collected_on);

create table case_status_change (
    event_id     uuid primary key,
    case_id      uuid        not null,
    effective_on date        not null,
    change       varchar(20) not null,
    occurred_at  timestamptz not null
);
create index case_status_change_case on case_status_change (case_id, effective_on);

create table complaint_fact (
    complaint_id     uuid primary key,
    type             varchar(20) not null,
    received_on      date        not null,
    competent_agency varchar(10) not null,
    jurisdiction     varchar(30) not null,
    repeat           boolean     not null,
    status           varchar(20) not null,
    accepted_on      date,
    transferred_on   date,
    resolved_on      date,
    decision         varchar(30),
    on_time          boolean,
    withdrawn_on     date,
    due_on           date,
    as_of            timestamptz not null
);
create index complaint_fact_agency on complaint_fact (competent_agency, received_on);

-- The four targets (04 chỉ tiêu) per work year and org unit, in percent.
create table target (
    work_year                     integer      not null,
    org_unit_code                 varchar(10)  not null,
    case_rate                     numeric(5,2) not null,
    money_rate                    numeric(5,2) not null,
    carried_over_case_reduction   numeric(6,2) not null,
    carried_over_money_reduction  numeric(6,2) not null,
    set_by                        varchar(100) not null,
    set_at                        timestamptz  not null,
    primary key (work_year, org_unit_code)
);
