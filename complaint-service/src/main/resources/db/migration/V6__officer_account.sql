-- Which account (token subject) is which officer's, learnt from the case service's CaseAssigned events: a petition about
-- an officer records that officer's own account, never another (ComplaintService.receive). agency_code: the agency of the
-- case the officer was last assigned; as_of: when that event happened (an older event never overwrites a newer one).
create table officer_account (
    officer_id  uuid primary key,
    subject     varchar(100) not null,
    agency_code varchar(10)  not null,
    as_of       timestamptz  not null
);
