-- The officer a case is assigned to, from its events' facts (CaseFacts.officerId): a petition about an officer that names
-- none but names the case is about that officer (ComplaintService.receive). Cases learnt before this version have none
-- until their next event; a petition about their officer names them.
alter table case_view add column officer_id uuid;
