-- notification-service schema: the users read model, deadlines, the mail outbox/delivery log and
-- notification preferences. The outbox/inbox tables come from the platform (V0_1).

-- Read model of plan-service's users (UserUpserted v1 on directory.users); never credentials.
create table directory_user (
    id            uuid primary key,
    username      varchar(100) not null,
    full_name     varchar(200) not null,
    email         varchar(254),
    roles         varchar(300) not null,
    unit_id       uuid,
    unit_path     varchar(1000),
    active        boolean not null,
    -- occurredAt of the event this row reflects: an older event never overwrites a newer one.
    source_at     timestamptz not null,
    updated_at    timestamptz not null
);
create index directory_user_unit_idx on directory_user (unit_id);

-- Hạn báo cáo: one per (reporting period, responsible unit), from ReportingPeriodOpened v1.
create table deadline (
    id                   uuid primary key,
    period_id            uuid not null,
    requirement_id       uuid,
    plan_id              uuid not null,
    plan_number          varchar(60),
    plan_title           varchar(500) not null,
    title                varchar(500) not null,
    period_year          integer,
    period_kind          varchar(30),
    unit_id              uuid not null,
    unit_path            varchar(1000) not null,
    unit_name            varchar(300) not null,
    recipient_unit_id    uuid,
    recipient_unit_path  varchar(1000),
    recipient_unit_name  varchar(300),
    due_at               timestamptz not null,
    due_date             date not null,
    status               varchar(20) not null,
    created_at           timestamptz not null,
    constraint deadline_period_unit_uq unique (period_id, unit_id)
);
create index deadline_unit_idx on deadline (unit_id, due_at);
create index deadline_unit_path_idx on deadline (unit_path varchar_pattern_ops);
create index deadline_due_at_idx on deadline (due_at);

-- The mail outbox and delivery log: a row is written in the transaction that decides a mail is due,
-- and the scheduled sender delivers it over SMTP afterwards (never from a Kafka consumer thread).
create table email_message (
    id                   uuid primary key,
    kind                 varchar(40) not null,
    deadline_id          uuid references deadline (id),
    recipient_user_id    uuid not null,
    recipient_unit_path  varchar(1000) not null,
    recipient_address    varchar(254) not null,
    language             varchar(2) not null,
    subject              varchar(500) not null,
    body_text            text not null,
    body_html            text,
    status               varchar(20) not null,
    attempts             integer not null default 0,
    last_error           varchar(1000),
    next_attempt_at      timestamptz not null,
    created_at           timestamptz not null,
    sent_at              timestamptz,
    -- One announcement per deadline and user, whatever order the events arrive in.
    constraint email_message_deadline_user_kind_uq unique (deadline_id, recipient_user_id, kind)
);
create index email_message_due_idx on email_message (next_attempt_at) where status = 'PENDING';
create index email_message_recipient_idx on email_message (recipient_user_id, created_at);
create index email_message_unit_path_idx on email_message (recipient_unit_path varchar_pattern_ops);

-- Tùy chọn nhận thông báo of one user (absent row = defaults: e-mail on, Vietnamese first).
create table notification_preference (
    user_id        uuid primary key,
    email_enabled  boolean not null,
    language       varchar(2) not null check (language in ('VI', 'EN')),
    updated_at     timestamptz not null,
    version        bigint not null default 0
);
