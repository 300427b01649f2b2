-- The reporting cycle in notification-service: deadlines that follow the report events, the
-- reminder ladder (one row per deadline, ladder cycle, step and recipient), the in-app inbox, the
-- daily digest, manual reminders, delivery choice and calendar feed per user, the unit read model
-- (for escalations to a unit's head) and the editable working-day calendar.

-- Hạn báo cáo follows the report lifecycle: OPEN → SUBMITTED → ACCEPTED (or back to OPEN when
-- returned/reopened), WITHDRAWN when the plan drops the unit. `cycle` counts the ladders: a return,
-- a reopening, an extension or a moved period starts a new one (the old rows stay as history).
alter table deadline
    add column extended        boolean not null default false,
    add column cycle           integer not null default 1,
    add column report_id       uuid,
    add column submitted_at    timestamptz,
    add column late            boolean,
    add column late_seconds    bigint,
    add column accepted_at     timestamptz,
    add column last_reason     varchar(1000),
    add column status_at       timestamptz;
alter table deadline add constraint deadline_status_ck
    check (status in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'WITHDRAWN'));
create index deadline_recipient_unit_idx on deadline (recipient_unit_id) where status = 'OPEN';

-- Read model of plan-service's units (UnitUpserted v1): where a unit's head is mailed.
create table directory_unit (
    id          uuid primary key,
    name        varchar(300) not null,
    path        varchar(1000) not null,
    kind        varchar(30),
    email       varchar(254),
    head_name   varchar(200),
    active      boolean not null,
    updated_at  timestamptz not null
);
create index directory_unit_path_idx on directory_unit (path varchar_pattern_ops);

-- Nhắc hạn: one row per (deadline, ladder cycle, step, recipient), written when the ladder is
-- planned; the scheduler claims due rows with FOR UPDATE SKIP LOCKED and marks each SENT (or
-- SUPERSEDED / SKIPPED / CANCELLED with the reason) in the transaction that writes its mail and inbox
-- item, so a row is acted on exactly once. recipient_kind USER = a directory_user, UNIT = the unit's
-- own mailbox (its head, from UnitUpserted).
create table scheduled_reminder (
    id               uuid primary key,
    deadline_id      uuid not null references deadline (id),
    cycle            integer not null,
    step             varchar(30) not null,
    kind             varchar(20) not null check (kind in ('REMINDER', 'OVERDUE', 'ESCALATION')),
    recipient_kind   varchar(10) not null check (recipient_kind in ('USER', 'UNIT')),
    recipient_id     uuid not null,
    step_date        date not null,
    fire_at          timestamptz not null,
    status           varchar(20) not null
                     check (status in ('SCHEDULED', 'SENT', 'SUPERSEDED', 'SKIPPED', 'CANCELLED')),
    note             varchar(500),
    created_at       timestamptz not null,
    processed_at     timestamptz,
    constraint scheduled_reminder_step_uq unique (deadline_id, cycle, step, recipient_id)
);
-- The claim: due rows in fire order, only among those still waiting.
create index scheduled_reminder_due_idx on scheduled_reminder (fire_at) where status = 'SCHEDULED';
-- "Is a later step of the same ladder and recipient also due?" (a clock jump sends only the latest).
create index scheduled_reminder_ladder_idx on scheduled_reminder (deadline_id, recipient_id, fire_at);

-- Nhắc thủ công: the office's "one click to remind", at most once per deadline and Vietnamese day.
create table manual_reminder (
    id            uuid primary key,
    deadline_id   uuid not null references deadline (id),
    reminded_on   date not null,
    requested_by  varchar(100) not null,
    requested_at  timestamptz not null,
    recipients    integer not null,
    constraint manual_reminder_day_uq unique (deadline_id, reminded_on)
);

-- Hộp thư trong ứng dụng: every notification for a user, read or not. digest_pending = the user
-- receives a daily digest and this item has not been mailed in one yet.
create table inbox_item (
    id              uuid primary key,
    user_id         uuid not null,
    kind            varchar(40) not null,
    title           varchar(500) not null,
    body            varchar(2000) not null,
    link            varchar(1000),
    deadline_id     uuid references deadline (id),
    source_id       uuid not null,
    created_at      timestamptz not null,
    read_at         timestamptz,
    digest_pending  boolean not null default false,
    constraint inbox_item_source_uq unique (user_id, source_id)
);
create index inbox_item_user_idx on inbox_item (user_id, created_at desc);
create index inbox_item_unread_idx on inbox_item (user_id) where read_at is null;
create index inbox_item_digest_idx on inbox_item (user_id, created_at) where digest_pending;

-- Thư tổng hợp: at most one per user and Vietnamese day (the unique key decides between instances).
create table digest_run (
    user_id      uuid not null,
    digest_date  date not null,
    items        integer not null,
    created_at   timestamptz not null,
    primary key (user_id, digest_date)
);

-- Mails are no longer one per (deadline, user, kind): reminders, returns and digests come many
-- times. The announcement keeps its rule; every other mail names its source (the reminder row, the
-- event, the manual reminder, the digest), once per recipient.
alter table email_message drop constraint email_message_deadline_user_kind_uq;
create unique index email_message_announcement_uq on email_message (deadline_id, recipient_user_id)
    where kind = 'DEADLINE_ANNOUNCEMENT';
alter table email_message add column source_id uuid;
create unique index email_message_source_uq on email_message (source_id, recipient_user_id)
    where source_id is not null;

-- Delivery: EACH (a mail per notification), DIGEST (one a day), OFF (inbox only).
-- email_enabled stays for older clients: false ⇔ OFF.
alter table notification_preference
    add column delivery varchar(10) not null default 'EACH' check (delivery in ('EACH', 'DIGEST', 'OFF'));
update notification_preference set delivery = 'OFF' where not email_enabled;

-- Lịch iCalendar: the secret token of a user's feed and the scope it shows (refreshed from the
-- user's token whenever they open the calendar preference; the unit consumer follows moves).
create table calendar_feed (
    user_id      uuid primary key,
    token        varchar(64) not null unique,
    scope_path   varchar(1000) not null,
    created_at   timestamptz not null
);

-- Lịch làm việc, editable by an administrator; seeded at start from the platform's DefaultCalendar
-- for years not present (never overwriting an edit). The whole year's exceptions are one version.
create table working_calendar_year (
    year        integer primary key,
    source      varchar(500) not null,
    edited      boolean not null,
    changed_at  timestamptz not null,
    changed_by  varchar(100) not null,
    version     bigint not null default 0
);
create table working_calendar_day (
    day   date primary key,
    year  integer not null references working_calendar_year (year) on delete cascade,
    kind  varchar(20) not null check (kind in ('DAY_OFF', 'WORKING_DAY')),
    name  varchar(200) not null,
    constraint working_calendar_day_year_ck check (extract(year from day) = year)
);
create index working_calendar_day_year_idx on working_calendar_day (year);
