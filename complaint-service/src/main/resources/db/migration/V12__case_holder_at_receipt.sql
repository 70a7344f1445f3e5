-- The account of the officer holding the case when a petition about an officer of it was received: a person concerned
-- (ComplaintAccess) for as long as the petition lasts. Read from the current holder only, the head holding a case left
-- the petition's persons concerned by reassigning the case, and then read the denouncer and decided it (session 25).
alter table complaint add column case_holder_subject varchar(100);

-- the petitions received before: the holder as now known is the best this service has of the holder then
update complaint c set case_holder_subject = oa.subject
from case_view cv join officer_account oa on oa.officer_id = cv.officer_id
where cv.case_id = c.case_id and c.subject_kind = 'OFFICER';
