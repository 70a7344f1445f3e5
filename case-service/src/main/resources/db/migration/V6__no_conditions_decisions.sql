-- The decision that a debtor has no conditions to enforce (issue 16, item 4): recorded with the
-- verification that found none, published on the public list while the case is without conditions.
alter table enforcement_case add column no_conditions_decision_number varchar(100),
    add column no_conditions_decision_date date;
