-- The account of the officer holding the case when a petition about an officer of it was received: a person concerned
-- (ComplaintAccess) for as long as the petition lasts. Read from the current holder only, the head holding a case left
-- the petition's persons concerned by reassigning the case, and then read the denouncer and decided it (session 25).
alter table complaint add column case_holder_subject varchar(100);

-- the petitions received before: the holder as now known is the best this service has of the holder then
update complaint c set case_holder_subject = oa.subject
from case_view cv join officer_account oa on oa.officer_id = cv.officer_id
where cv.case_id = c.case_id and c.subject_kind = 'OFFICER' and c.previous_complaint_id is null;
-- a second complaint: its first complaint's (the case a desk named with the second may be another)
update complaint c set case_holder_subject = f.case_holder_subject
from complaint f where f.id = c.previous_complaint_id and c.subject_kind = 'OFFICER';
-- Pods of the previous version still receiving petitions while this one rolls out leave theirs without: run the two
-- updates above again, with "and c.case_holder_subject is null", once every pod runs this version (README).
