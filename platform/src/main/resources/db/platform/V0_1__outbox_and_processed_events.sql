-- Transactional outbox: events written in the same transaction as the state change they describe,
-- published to Kafka by the OutboxRelay afterwards.
create table outbox_event (
    id            bigserial primary key,
    event_id      uuid        not null unique,
    topic         varchar(200) not null,
    message_key   varchar(200) not null,
    event_type    varchar(100) not null,
    payload       text        not null,
    created_at    timestamptz not null default now(),
    published_at  timestamptz
);
create index outbox_event_unpublished on outbox_event (id) where published_at is null;

-- Idempotent consumers: an event id is applied once per consumer.
create table processed_event (
    consumer      varchar(100) not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);
