-- Shared by every service (platform library): a create retried with the same Idempotency-Key by the
-- same caller returns what the first one made.
create table idempotency_record (
    id           uuid primary key,
    caller_id    varchar(100) not null,
    operation    varchar(100) not null,
    idem_key     varchar(200) not null,
    fingerprint  varchar(64)  not null,
    resource_id  uuid         not null,
    created_at   timestamptz  not null,
    constraint idempotency_record_key_uq unique (caller_id, operation, idem_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
