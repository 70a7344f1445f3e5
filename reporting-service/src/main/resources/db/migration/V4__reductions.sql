-- Exemptions and reductions (miễn, giảm) of state-budget obligations (issue 16, item 2): what they
-- relieved is no longer outstanding from the decision's date and counts in money done (money_reduced).
create table case_reduction (
    event_id   uuid primary key,
    case_id    uuid   not null,
    reduced_on date   not null,
    amount     bigint not null
);
create index case_reduction_case on case_reduction (case_id, reduced_on);

alter table agency_day_figures add column money_reduced bigint not null default 0;
alter table agency_month_figures add column money_reduced bigint not null default 0;
alter table province_day_figures add column money_reduced bigint not null default 0;
alter table province_month_figures add column money_reduced bigint not null default 0;
