-- plan-service schema: the unit tree, users, plans with addressees and reporting obligations.

create extension if not exists unaccent;

create table unit (
    id          uuid primary key,
    code        varchar(80)  not null,
    name        varchar(300) not null,
    kind        varchar(30)  not null,
    path        varchar(1000) not null unique,
    parent_id   uuid references unit (id),
    created_at  timestamptz not null,
    version     bigint not null default 0
);
create index unit_parent_idx on unit (parent_id);
create index unit_path_pattern_idx on unit (path varchar_pattern_ops);

create table app_user (
    id             uuid primary key,
    username       varchar(100) not null unique,
    password_hash  varchar(200) not null,
    full_name      varchar(200) not null,
    email          varchar(254) not null,
    role           varchar(20)  not null,
    unit_id        uuid not null references unit (id),
    active         boolean not null default true,
    created_at     timestamptz not null,
    version        bigint not null default 0
);
create index app_user_unit_idx on app_user (unit_id);

create table plan (
    id                 uuid primary key,
    number             varchar(60),
    title              varchar(500) not null,
    summary            text,
    status             varchar(20)  not null,
    issuing_unit_id    uuid not null references unit (id),
    issuing_unit_path  varchar(1000) not null,
    signer_name        varchar(200),
    signer_title       varchar(200),
    created_by         varchar(100) not null,
    created_at         timestamptz not null,
    issued_by          varchar(100),
    issued_at          timestamptz,
    version            bigint not null default 0
);
create index plan_issuing_unit_path_idx on plan (issuing_unit_path varchar_pattern_ops);

-- Kế hoạch gửi tới: the units that must carry the plan out and report on it.
create table plan_addressee (
    plan_id    uuid not null references plan (id) on delete cascade,
    unit_id    uuid not null references unit (id),
    unit_path  varchar(1000) not null,
    position   integer not null,
    primary key (plan_id, unit_id)
);
create index plan_addressee_path_idx on plan_addressee (unit_path varchar_pattern_ops);

-- Nghĩa vụ báo cáo: "báo cáo về UBND xã (qua Phòng VH-XH) trước ngày 05/12 hàng năm".
create table reporting_obligation (
    id                 uuid primary key,
    plan_id            uuid not null references plan (id) on delete cascade,
    position           integer not null,
    title              varchar(500) not null,
    recipient_unit_id  uuid not null references unit (id),
    due_day            integer not null check (due_day between 1 and 31),
    due_month          integer not null check (due_month between 1 and 12),
    first_year         integer not null,
    last_year          integer not null,
    check (first_year <= last_year)
);
create index reporting_obligation_plan_idx on reporting_obligation (plan_id);
