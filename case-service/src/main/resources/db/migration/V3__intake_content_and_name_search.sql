-- Backfills on a national database take longer than a request may (statement_timeout).
set local statement_timeout = 0;

-- A court's resend is the same submission only with the same content (SHA-256 of the stored JSON).
alter table court_judgment add column content_hash varchar(64);
update court_judgment set content_hash = encode(sha256(convert_to(content, 'UTF8')), 'hex');
alter table court_judgment alter column content_hash set not null;

-- The public list searches debtors' names anywhere in the name (like '%…%'): a trigram index
-- answers it without reading every party.
create extension if not exists pg_trgm;
create index case_party_name_trgm on case_party using gin (name_search gin_trgm_ops);
