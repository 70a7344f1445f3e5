-- Exemption and reduction (miễn, giảm) of obligations owed to the state budget (issue 16, item 2):
-- what they relieved is no longer outstanding (outstanding = money - collected - reduced).
alter table enforcement_case add column reduced_amount bigint not null default 0;
alter table enforcement_case add constraint enforcement_case_settled_within_money
    check (collected_amount + reduced_amount <= money_amount);

create table case_reduction (
    id              uuid primary key,
    case_id         uuid         not null references enforcement_case (id),
    kind            varchar(20)  not null,
    decision_number varchar(100) not null,
    decision_date   date         not null,
    amount          bigint       not null check (amount > 0),
    recorded_by     varchar(100) not null,
    recorded_at     timestamptz  not null
);
create index case_reduction_case on case_reduction (case_id, decision_date);
