-- Changes of status or money are recorded in date order (EnforcementCase.lastDatedOn), and the
-- reports attribute each day of a case to the officer holding it (assigned_on).
alter table enforcement_case
    add column last_dated_on date,
    add column assigned_on   date;

update enforcement_case c set last_dated_on = greatest(c.decision_date, c.last_verified_on, c.closed_on,
    (select max(k.collected_on) from case_collection k where k.case_id = c.id),
    (select max((h.details::jsonb ->> 'date')::date) from case_history h
      where h.case_id = c.id and h.action in ('POSTPONED', 'SUSPENDED', 'RESUMED')));
alter table enforcement_case alter column last_dated_on set not null;

update enforcement_case c set assigned_on = coalesce(
    (select max((h.at at time zone 'Asia/Ho_Chi_Minh')::date) from case_history h where h.case_id = c.id and h.action = 'ASSIGNED'),
    c.decision_date)
 where c.officer_id is not null;

-- Every amount is at most 10^15 VND (platform Money.MAX_AMOUNT); rows stored before stay readable.
alter table enforcement_case add constraint enforcement_case_money_bound check (money_amount <= 1000000000000000) not valid;
alter table court_judgment add constraint court_judgment_money_bound check (money_amount <= 1000000000000000) not valid;
alter table case_collection add constraint case_collection_amount_bound check (amount <= 1000000000000000) not valid;

-- LARGE_VALUE is money above 500,000,000 VND, not at it (domain.md §3).
delete from case_category where category = 'LARGE_VALUE'
   and case_id in (select id from enforcement_case where money_amount <= 500000000);
