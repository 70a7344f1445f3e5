-- A stand-in aggregate for testing the outbox and the inbox.
create table probe (id varchar(50) primary key, label varchar(200) not null);
create table probe_applied (event_id uuid not null, aggregate_id varchar(50) not null, label varchar(200) not null);
