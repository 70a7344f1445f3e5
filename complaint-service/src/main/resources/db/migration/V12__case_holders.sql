-- Every officer who has held a case, from the case events (each carries the case's officer, an assignment the one before):
-- for a petition about an officer of the case each is a person concerned (ComplaintAccess). The holder at the receipt
-- alone (V12) was the holder when the desk keyed it in: a letter received on a day another officer held the case, an
-- assignment event not yet read, or a second complaint received while someone else held it, left that holder free to
-- read the denouncer and decide, once the case was reassigned (red team of session 25).
create table case_holder (
    case_id    uuid not null,
    officer_id uuid not null,
    primary key (case_id, officer_id)
);
create index case_holder_officer on case_holder (officer_id);

-- what is known of before: the current holders
insert into case_holder (case_id, officer_id) select case_id, officer_id from case_view where officer_id is not null;
