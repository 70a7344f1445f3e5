-- Every version of an officer's targets for a month (domain.md §6: every version is kept with who set it and when, and a
-- report states which it compares against), as target_version keeps a unit's. The row in "officer_target" stays the
-- version in force (the latest), and says which it is; a version is never changed once written.
alter table officer_target add column version integer not null default 1;
create table officer_target_version (
    month                         date         not null,
    officer_id                    uuid         not null,
    version                       integer      not null,
    agency_code                   varchar(10)  not null,
    case_rate                     numeric(5,2) not null,
    money_rate                    numeric(5,2) not null,
    carried_over_case_reduction   numeric(6,2) not null,
    carried_over_money_reduction  numeric(6,2) not null,
    set_by                        varchar(100) not null,
    set_at                        timestamptz  not null,
    primary key (month, officer_id, version)
);
-- The targets set before versions existed are their version 1.
insert into officer_target_version (month, officer_id, version, agency_code, case_rate, money_rate, carried_over_case_reduction,
                                    carried_over_money_reduction, set_by, set_at)
select month, officer_id, 1, agency_code, case_rate, money_rate, carried_over_case_reduction, carried_over_money_reduction,
       set_by, set_at from officer_target;
create trigger officer_target_version_immutable before update or delete on officer_target_version
    for each row execute function signed_rows_are_immutable();
