-- Administrative judgments (domain.md §3) are monitored, never counted in the civil figures:
-- they have columns of their own in the daily figures.
alter table case_fact add column administrative boolean not null default false;
alter table agency_day_figures add column administrative_carried_in bigint not null default 0,
    add column administrative_newly_accepted bigint not null default 0, add column administrative_finished bigint not null default 0;
alter table agency_month_figures add column administrative_carried_in bigint not null default 0,
    add column administrative_newly_accepted bigint not null default 0, add column administrative_finished bigint not null default 0;
alter table province_day_figures add column administrative_carried_in bigint not null default 0,
    add column administrative_newly_accepted bigint not null default 0, add column administrative_finished bigint not null default 0;
alter table province_month_figures add column administrative_carried_in bigint not null default 0,
    add column administrative_newly_accepted bigint not null default 0, add column administrative_finished bigint not null default 0;

-- Who held each case from which business date: the officers report attributes each day to them.
-- Cases stored before: their current officer from the opening (one rebuild gives the history).
create table case_assignment (
    event_id    uuid primary key,
    case_id     uuid        not null,
    assigned_on date        not null,
    occurred_at timestamptz not null,
    officer_id  uuid        not null
);
create index case_assignment_case on case_assignment (case_id, assigned_on);
insert into case_assignment (event_id, case_id, assigned_on, occurred_at, officer_id)
select gen_random_uuid(), case_id, opened_on, coalesce(facts_at, now()), officer_id from case_fact where officer_id is not null;

-- A petition's due date from the business date of each of its events on (null once closed), so
-- that "overdue" is counted as at a period's end. Petitions stored before: their last due date
-- from their receipt (one rebuild gives the history).
create table complaint_due (
    event_id     uuid primary key,
    complaint_id uuid        not null,
    effective_on date        not null,
    occurred_at  timestamptz not null,
    due_on       date
);
create index complaint_due_complaint on complaint_due (complaint_id, effective_on);
insert into complaint_due (event_id, complaint_id, effective_on, occurred_at, due_on)
select gen_random_uuid(), complaint_id, received_on, as_of, due_on from complaint_fact;

-- Rebuilds of the view run in the background; their status is kept here.
create table view_rebuild (
    id              uuid primary key,
    state           varchar(10)  not null,
    requested_by    varchar(100) not null,
    started_at      timestamptz  not null,
    finished_at     timestamptz,
    events_applied  bigint       not null default 0,
    events_refused  bigint       not null default 0,
    error           varchar(500)
);
