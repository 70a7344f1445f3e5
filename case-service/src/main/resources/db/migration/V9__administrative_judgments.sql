-- Administrative judgments the agency monitors (issue 16, item 8): the authority that must comply,
-- the obligation, and the dated steps of the monitoring.
create table administrative_judgment (
    id                          uuid primary key,
    agency_code                 varchar(10)   not null,
    province_code               varchar(10)   not null,
    court_code                  varchar(50)   not null,
    court_name                  varchar(300)  not null,
    judgment_number             varchar(100)  not null,
    judgment_effective_date     date          not null,
    authority                   varchar(300)  not null,
    obligation                  varchar(4000) not null,
    accepted_on                 date          not null,
    status                      varchar(20)   not null,
    compelled_on                date,
    compelling_decision_number  varchar(100),
    reported_on                 date,
    complied_on                 date,
    last_dated_on               date          not null,
    recorded_by                 varchar(100)  not null,
    created_at                  timestamptz   not null,
    version                     bigint        not null,
    unique (agency_code, court_code, judgment_number)
);
create index administrative_judgment_agency on administrative_judgment (agency_code, status);
create index administrative_judgment_province on administrative_judgment (province_code, status);
