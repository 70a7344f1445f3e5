-- Enforcement officers (Chấp hành viên) of an agency; subject is their login in the identity provider.
create table officer (
    id            uuid primary key,
    agency_code   varchar(10)  not null,
    subject       varchar(100) not null unique,
    full_name     varchar(200) not null,
    active        boolean      not null,
    created_at    timestamptz  not null,
    deactivated_at timestamptz,
    version       bigint       not null
);
create index officer_agency on officer (agency_code);

-- Judgments pushed by court systems, waiting for an agency to open a case.
create table court_judgment (
    id              uuid primary key,
    court_code      varchar(50)  not null,
    court_name      varchar(300) not null,
    judgment_number varchar(100) not null,
    effective_date  date         not null,
    agency_code     varchar(10)  not null,
    province_code   varchar(10)  not null,
    money_amount    bigint       not null check (money_amount >= 0),
    content         text         not null,
    status          varchar(20)  not null,
    received_at     timestamptz  not null,
    submitted_by    varchar(100) not null,
    case_id         uuid,
    version         bigint       not null,
    unique (court_code, judgment_number)
);
create index court_judgment_agency_status on court_judgment (agency_code, status);

create table enforcement_case (
    id                      uuid primary key,
    agency_code             varchar(10)  not null,
    province_code           varchar(10)  not null,
    decision_number         varchar(100) not null,
    decision_date           date         not null,
    kind                    varchar(20)  not null,
    court_code              varchar(50)  not null,
    court_name              varchar(300) not null,
    judgment_number         varchar(100) not null,
    judgment_effective_date date         not null,
    court_judgment_id       uuid references court_judgment (id),
    money_amount            bigint       not null check (money_amount >= 0),
    collected_amount        bigint       not null check (collected_amount >= 0),
    other_obligations       text,
    status                  varchar(20)  not null,
    classification          varchar(20),
    last_verified_on        date,
    extended_reverification boolean      not null,
    status_before_pause     varchar(20),
    officer_id              uuid references officer (id),
    complaint_count         integer      not null,
    debtor_notified_on      date,
    request_received_on     date,
    closed_on               date,
    closure_outcome         varchar(20),
    delegated_to            varchar(10),
    overdue_rules           varchar(300),
    opened_by               varchar(100) not null,
    created_at              timestamptz  not null,
    version                 bigint       not null,
    unique (agency_code, decision_number),
    check (collected_amount <= money_amount)
);
create index enforcement_case_agency on enforcement_case (agency_code, decision_date);
create index enforcement_case_province on enforcement_case (province_code, decision_date);
create index enforcement_case_status on enforcement_case (status);
create index enforcement_case_officer on enforcement_case (officer_id);

create table case_category (
    case_id   uuid        not null references enforcement_case (id),
    category  varchar(30) not null,
    primary key (case_id, category)
);

-- Creditors and debtors; name_search is the name without diacritics, lower case, for search.
create table case_party (
    id          uuid primary key,
    case_id     uuid         not null references enforcement_case (id),
    position    integer      not null,
    role        varchar(10)  not null,
    type        varchar(20)  not null,
    name        varchar(300) not null,
    id_number   varchar(50),
    address     varchar(500),
    name_search varchar(300) not null
);
create index case_party_case on case_party (case_id);
create index case_party_debtor_name on case_party (role, name_search);

create table case_collection (
    id             uuid primary key,
    case_id        uuid         not null references enforcement_case (id),
    agency_code    varchar(10)  not null,
    amount         bigint       not null check (amount > 0),
    collected_on   date         not null,
    receipt_number varchar(100) not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null,
    unique (agency_code, receipt_number)
);
create index case_collection_case on case_collection (case_id, collected_on);

create table case_action (
    id             uuid primary key,
    case_id        uuid         not null references enforcement_case (id),
    type           varchar(20)  not null,
    action_date    date         not null,
    note           text,
    auction_result varchar(10),
    recorded_by    varchar(100) not null,
    recorded_at    timestamptz  not null
);
create index case_action_case on case_action (case_id);

-- Every change of a case: who, when, what and why. Append-only.
create table case_history (
    id        bigserial primary key,
    case_id   uuid         not null references enforcement_case (id),
    at        timestamptz  not null,
    actor     varchar(100) not null,
    action    varchar(40)  not null,
    details   text         not null,
    reason    text
);
create index case_history_case on case_history (case_id, id);

create function case_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_history is append-only';
end;
$$;
create trigger case_history_no_update before update or delete on case_history
    for each row execute function case_history_is_append_only();
