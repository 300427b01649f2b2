-- report-service schema: a read model of the unit directory, reporting periods opened from issued
-- plans, one requirement per addressed unit, the units' reports (Idempotency-Key replays live in the platform's idempotency_record).

-- Đơn vị: what plan-service publishes on directory.units (names and paths for display and scope).
create table directory_unit (
    id          uuid primary key,
    name        varchar(300)  not null,
    kind        varchar(30)   not null,
    path        varchar(1000) not null,
    updated_at  timestamptz   not null
);
create index directory_unit_path_idx on directory_unit (path varchar_pattern_ops);

-- Kỳ báo cáo: one per reporting obligation of a plan and year.
create table reporting_period (
    id                   uuid primary key,
    plan_id              uuid          not null,
    plan_number          varchar(60),
    plan_title           varchar(500)  not null,
    obligation_id        uuid          not null,
    year                 integer       not null check (year between 2000 and 2100),
    kind                 varchar(20)   not null,
    title                varchar(600)  not null,
    recipient_unit_id    uuid          not null,
    recipient_unit_path  varchar(1000) not null,
    recipient_unit_name  varchar(300)  not null,
    issuing_unit_id      uuid          not null,
    issuing_unit_path    varchar(1000) not null,
    due_date             date          not null,
    due_at               timestamptz   not null,
    opened_at            timestamptz   not null,
    opened_by_event      uuid          not null,
    version              bigint        not null default 0,
    -- A plan issued (or delivered) twice must never open the same period twice.
    constraint reporting_period_obligation_year_uq unique (obligation_id, year)
);
create index reporting_period_plan_idx on reporting_period (plan_id, year);
create index reporting_period_due_idx on reporting_period (due_at);
create index reporting_period_recipient_path_idx on reporting_period (recipient_unit_path varchar_pattern_ops);
create index reporting_period_recipient_unit_idx on reporting_period (recipient_unit_id);
create index reporting_period_issuing_unit_idx on reporting_period (issuing_unit_id);

-- Yêu cầu báo cáo: an addressed unit that must report in a period.
create table report_requirement (
    id         uuid primary key,
    period_id  uuid          not null references reporting_period (id) on delete cascade,
    position   integer       not null,
    unit_id    uuid          not null,
    unit_path  varchar(1000) not null,
    unit_name  varchar(300)  not null,
    status     varchar(20)   not null,
    version    bigint        not null default 0,
    constraint report_requirement_period_unit_uq unique (period_id, unit_id)
);
create index report_requirement_unit_path_idx on report_requirement (unit_path varchar_pattern_ops);
create index report_requirement_unit_idx on report_requirement (unit_id);

-- Báo cáo: a unit's report for one requirement (one report per requirement; it is revised, not duplicated).
create table report (
    id              uuid primary key,
    requirement_id  uuid         not null references report_requirement (id),
    status          varchar(20)  not null,
    narrative       text         not null,
    created_by      varchar(100) not null,
    created_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint report_requirement_uq unique (requirement_id)
);
