-- The officer a case is assigned to, from its events' facts (CaseFacts.officerId): a petition about an officer that names
-- none but names the case is about that officer (ComplaintService.receive). officer_learnt: the case was heard of since
-- this was kept (a case learnt before has no officer known until its next event, and a petition about its officer is
-- taken as it was before: the desk names the officer, or nobody).
alter table case_view add column officer_id uuid;
alter table case_view add column officer_learnt boolean not null default false;
