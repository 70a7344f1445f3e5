-- A breakdown as of a past date counts a case in the categories it had then, not in those it has now
-- (domain.md §3: COMPLEX is set by the agency head, on a date). case_fact keeps the earliest event's
-- categories (the case's before any change) beside the latest's; case_categorisation each change
-- (CaseCategorised) with its business date. Both are order-independent: events may arrive in any order.
-- Cases applied before this migration count in their current categories for every date until the next
-- rebuild (first_at null: the latest's stand in, fixed in first_categories once the case is written again).
alter table case_fact add column first_categories text, add column first_at timestamptz;

create table case_categorisation (
    event_id       uuid primary key,
    case_id        uuid        not null,
    categorised_on date        not null,
    categorised_at timestamptz not null,
    categories     text
);
create index case_categorisation_case on case_categorisation (case_id, categorised_on);

create trigger case_categorisation_bumps_view_version after insert or update or delete or truncate on case_categorisation
    for each statement execute function bump_view_version();
