-- Security measures (biện pháp bảo đảm) on a case (issue 16, item 1): applied on a date, lifted on a later one.
create table case_security_measure (
    id              uuid primary key,
    case_id         uuid         not null references enforcement_case (id),
    type            varchar(40)  not null,
    decision_number varchar(100) not null,
    applied_on      date         not null,
    description     varchar(2000),
    lifted_on       date,
    applied_by      varchar(100) not null,
    lifted_by       varchar(100),
    recorded_at     timestamptz  not null,
    check (lifted_on is null or lifted_on >= applied_on)
);
create index case_security_measure_case on case_security_measure (case_id, applied_on);
