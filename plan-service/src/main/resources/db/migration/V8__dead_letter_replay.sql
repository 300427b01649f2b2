-- Admin replays of dead letters (platform deadletter.DeadLetters): one row per record of the
-- service's dead-letter topic that was replayed, so that a second replay answers the first result.
create table dead_letter_replay (
    dlt_topic       varchar(200) not null,
    dlt_partition   integer not null,
    dlt_offset      bigint not null,
    original_topic  varchar(200) not null,
    event_id        uuid,
    event_type      varchar(100),
    outcome         varchar(30) not null,
    replayed_by     varchar(200) not null,
    replayed_at     timestamptz not null,
    primary key (dlt_topic, dlt_partition, dlt_offset)
);
