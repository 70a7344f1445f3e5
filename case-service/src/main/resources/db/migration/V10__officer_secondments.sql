-- Officer secondment (biệt phái, issue 16, item 7): an officer works for another agency between two dates.
create table officer_secondment (
    id               uuid primary key,
    officer_id       uuid         not null references officer (id),
    host_agency_code varchar(10)  not null,
    from_date        date         not null,
    to_date          date         not null,
    decision_number  varchar(100) not null,
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null,
    check (to_date >= from_date)
);
create index officer_secondment_officer on officer_secondment (officer_id, from_date);
create index officer_secondment_host on officer_secondment (host_agency_code, from_date);
