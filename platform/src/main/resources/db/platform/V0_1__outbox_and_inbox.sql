-- Shared by every service (platform library): transactional outbox and idempotent inbox.

create table outbox_event (
    event_id     uuid primary key,
    seq          bigserial not null unique,
    topic        varchar(200) not null,
    message_key  varchar(200) not null,
    event_type   varchar(100) not null,
    envelope     text not null,
    created_at   timestamptz not null,
    sent_at      timestamptz,
    attempts     integer not null default 0,
    last_error   varchar(1000)
);
-- The relay only ever looks for unsent rows in insertion order.
create index outbox_event_unsent_idx on outbox_event (seq) where sent_at is null;

create table inbox_event (
    consumer      varchar(100) not null,
    event_id      uuid not null,
    event_type    varchar(100) not null,
    aggregate_id  varchar(200),
    processed_at  timestamptz not null,
    primary key (consumer, event_id)
);
