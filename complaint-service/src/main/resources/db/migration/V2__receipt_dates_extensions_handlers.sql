-- Issue 11: the day the competent agency received a petition (the acceptance clock), the day the
-- complainant received the first decision (a second complaint's filing limit), denunciation
-- extensions counted with their complexity, the account of the officer a petition is about, and
-- the staff assigned to handle it (who alone, with the head, see the petitioner's identity).
alter table complaint add column competent_received_on date;
update complaint set competent_received_on = coalesce(transferred_on, received_on);
alter table complaint alter column competent_received_on set not null;

alter table complaint add column first_decision_received_on date;

alter table complaint add column extensions integer not null default 0;
update complaint set extensions = 1 where extended;
alter table complaint drop column extended;
alter table complaint add column complexity varchar(30);

alter table complaint add column subject_officer_subject varchar(100);
alter table complaint add column handlers varchar(100)[] not null default '{}';
