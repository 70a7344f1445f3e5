-- From this version the case service publishes OfficerDeactivated and OfficerReactivated (thads.officer-events), so that
-- the complaint service takes a deactivated officer's powers away too. The officers deactivated before it get their
-- event here, through the outbox as any other (the relay publishes it; EventEnvelope's JSON, CloudEvents 1.0).
insert into outbox_event (event_id, topic, message_key, event_type, payload, created_at)
select event_id, 'thads.officer-events', officer_id::text, 'OfficerDeactivated', json_build_object(
           'specversion', '1.0',
           'id', event_id,
           'source', '/thads/case-service',
           'type', 'OfficerDeactivated',
           'subject', officer_id::text,
           'time', to_char(deactivated_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD"T"HH24:MI:SS.US"+07:00"'),
           'datacontenttype', 'application/json',
           'schemaversion', 1,
           'agencycode', agency_code,
           'provincecode', split_part(agency_code, '.', 1),
           'data', json_build_object('officerId', officer_id, 'officerSubject', subject, 'agencyCode', agency_code))::text,
       now()
from (select gen_random_uuid() as event_id, id as officer_id, subject, agency_code, coalesce(deactivated_at, now()) as deactivated_at
      from officer where not active order by id) deactivated;
