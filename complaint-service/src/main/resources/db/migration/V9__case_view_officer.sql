-- The officer a case is assigned to, from its events' facts (CaseFacts.officerId): a petition about an officer that names
-- none but names the case is about that officer, who cannot handle it either (ComplaintService). A case learnt before has
-- none until its next event: a petition about its officer names them.
alter table case_view add column officer_id uuid;
