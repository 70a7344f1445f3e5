-- Which account (token subject) is which officer's, learnt from the case service's CaseAssigned events: a head, who is an
-- enforcement officer too, does not set their own targets. A staff login, not a party's personal data.
create table officer_account (
    officer_id uuid primary key,
    subject    varchar(100) not null
);
