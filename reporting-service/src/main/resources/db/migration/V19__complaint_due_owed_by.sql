-- Who owes a petition's due date when it is not the competent agency: the desk that received a petition outside its
-- jurisdiction (or over-level) owes its handling, the transfer, within 5 working days (Thông tư 13/2021/TT-BTP art. 8);
-- the competent agency's own 5 days to accept start only when it receives it (domain.md §4). Counted at the competent
-- agency, such a petition made any desk able to put an "overdue" in another province's figures, back-dated into periods
-- it had signed (red team of session 26). Null: the competent agency owes it. Rows stored before stay null (the
-- competent agency, as before); one rebuild fills them.
alter table complaint_due add column owed_by varchar(10);
create index complaint_due_owed_by on complaint_due (owed_by, complaint_id) where owed_by is not null;
