-- The competent agency a petition had from the business date of each of its events on, beside its due date then, so
-- that each count of the complaint statistics falls to the agency competent on that count's date: a petition received
-- at 35.01 in May 2025 and transferred to 37.02 (which took over 35.01's records) in August stays in May's figures of
-- Hà Nam (domain.md §6: a past period's figures never change because of something dated later). Rows stored before
-- take the petition's latest competent agency; one rebuild gives the history.
alter table complaint_due add column competent_agency varchar(10);
update complaint_due d set competent_agency = f.competent_agency from complaint_fact f where f.complaint_id = d.complaint_id;
delete from complaint_due where competent_agency is null;
alter table complaint_due alter column competent_agency set not null;
create index complaint_due_agency on complaint_due (competent_agency, complaint_id);
