-- Whether the competent agency's staff recorded the day a transferred petition reached it: recorded once, since each
-- record starts the acceptance clock again (session 19). A constant default: no table rewrite.
alter table complaint add column arrival_recorded boolean not null default false;
update complaint c set arrival_recorded = true
 where exists (select 1 from complaint_history h where h.complaint_id = c.id and h.action = 'TRANSFER_RECEIVED');
