-- What this service knows of each case, from thads.case-events (never read from the case service).
create table case_view (
    case_id       uuid primary key,
    agency_code   varchar(10) not null,
    province_code varchar(10) not null,
    status        varchar(20) not null,
    as_of         timestamptz not null
);

create table complaint (
    id                     uuid primary key,
    tracking_code          varchar(30)  not null unique,
    type                   varchar(20)  not null,
    channel                varchar(20)  not null,
    received_on            date         not null,
    filed_at_agency        varchar(10)  not null,
    complainant_name       varchar(300) not null,
    complainant_id_number  varchar(50),
    complainant_phone      varchar(50),
    complainant_address    varchar(500),
    complainant_key        varchar(300) not null,
    case_id                uuid,
    subject_kind           varchar(20),
    subject_agency         varchar(10),
    subject_officer_id     uuid,
    phase                  varchar(30),
    act_date               date,
    round                  integer      not null,
    previous_complaint_id  uuid references complaint (id),
    content                text         not null,
    competent_agency       varchar(10)  not null,
    jurisdiction           varchar(30)  not null,
    late_filing            boolean      not null,
    accept_by              date         not null,
    resolve_by             date         not null,
    repeat_of              uuid references complaint (id),
    status                 varchar(20)  not null,
    accepted_on            date,
    transferred_to         varchar(10),
    transferred_on         date,
    extended               boolean      not null,
    resolved_on            date,
    decision               varchar(30),
    decision_number        varchar(100),
    decision_date          date,
    summary                text,
    withdrawn_on           date,
    overdue                boolean      not null,
    created_at             timestamptz  not null,
    version                bigint       not null
);
create index complaint_filed_at on complaint (filed_at_agency, received_on);
create index complaint_competent on complaint (competent_agency, status);
create index complaint_case on complaint (case_id);
create index complaint_repeat on complaint (complainant_key, case_id);

create table complaint_history (
    id           bigserial primary key,
    complaint_id uuid         not null references complaint (id),
    at           timestamptz  not null,
    actor        varchar(100) not null,
    action       varchar(40)  not null,
    details      text         not null
);
create index complaint_history_complaint on complaint_history (complaint_id, id);

create function complaint_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'complaint_history is append-only';
end;
$$;
create trigger complaint_history_no_update before update or delete on complaint_history
    for each row execute function complaint_history_is_append_only();
