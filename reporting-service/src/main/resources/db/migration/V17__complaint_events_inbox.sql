-- The complaint events get an inbox of their own (ViewUpdater.COMPLAINT_CONSUMER): in the one inbox of both topics, a
-- complaint event sent under a case event's id made the view skip that case event as a duplicate. The complaint events
-- applied so far move to it (those with a dated row; an overdue reminder has none, and applying one again changes
-- nothing). One rebuild after this migration makes both inboxes exact.
insert into processed_event (consumer, event_id, processed_at)
select 'reporting-view-complaints', p.event_id, p.processed_at from processed_event p
where p.consumer = 'reporting-view' and exists (select 1 from complaint_due d where d.event_id = p.event_id)
on conflict do nothing;
delete from processed_event p
where p.consumer = 'reporting-view' and exists (select 1 from complaint_due d where d.event_id = p.event_id);
