-- Báo cáo tổng hợp: the commune's own report of a period, assembled from its units' accepted reports,
-- edited by the office, approved by a leader and submitted onwards (the second hop). What it was
-- assembled from is kept as a snapshot (sources per content, target totals, the units that did not
-- report, the yearly series of a review), so a report reopened later does not silently change what the
-- commune sent. Plus the indexes the dashboards' roll-ups need.

create table consolidated_report (
    id                         uuid primary key,
    -- The reporters' period it consolidates: one consolidation per period.
    period_id                  uuid          not null references reporting_period (id),
    plan_id                    uuid          not null,
    year                       integer       not null,
    -- The commune (the period's issuing unit): scope and the document's issuing body.
    unit_id                    uuid          not null,
    unit_path                  varchar(1000) not null,
    unit_name                  varchar(300)  not null,
    status                     varchar(20)   not null check (status in ('DRAFT', 'APPROVED', 'SUBMITTED')),
    expected_reports           integer       not null default 0,
    source_reports             integer       not null default 0,
    assembled_at               timestamptz   not null,
    assembled_by               varchar(100)  not null,
    approved_at                timestamptz,
    approved_by                varchar(100),
    submitted_at               timestamptz,
    submitted_by               varchar(100),
    -- The second hop: the commune's own period onwards (same obligation and year), when the plan has one.
    second_hop_period_id       uuid references reporting_period (id),
    second_hop_requirement_id  uuid references report_requirement (id),
    recipient_name             varchar(300),
    -- The second-hop requirement's effective due instant at submission, and how late it came (0 = on time).
    due_at                     timestamptz,
    late_seconds               bigint,
    created_at                 timestamptz   not null,
    created_by                 varchar(100)  not null,
    updated_at                 timestamptz   not null,
    updated_by                 varchar(100)  not null,
    version                    bigint        not null default 0,
    constraint consolidated_report_period_uq unique (period_id)
);
create index consolidated_report_unit_path_idx on consolidated_report (unit_path varchar_pattern_ops);
create index consolidated_report_plan_year_idx on consolidated_report (plan_id, year);
create index consolidated_report_second_hop_requirement_idx on consolidated_report (second_hop_requirement_id);

-- One text of the commune per content item of the plan (tree order), and the free sections (the
-- general summary, difficulties, proposals), each prefilled with the units' texts under their names.
-- `edited`: the office changed the text, so re-assembling refreshes the sources but keeps the text.
create table consolidated_section (
    id                uuid primary key,
    consolidation_id  uuid         not null references consolidated_report (id) on delete cascade,
    -- The content id, or SUMMARY / DIFFICULTIES / PROPOSALS.
    section_key       varchar(60)  not null,
    kind              varchar(20)  not null check (kind in ('SUMMARY', 'CONTENT', 'DIFFICULTIES', 'PROPOSALS')),
    content_id        uuid,
    position          integer      not null,
    depth             integer      not null default 0,
    number            varchar(40),
    title             varchar(1000),
    text              text         not null,
    edited            boolean      not null default false,
    -- False for an edited section whose content the amended plan no longer has (kept, printed last).
    in_plan           boolean      not null default true,
    constraint consolidated_section_key_uq unique (consolidation_id, section_key)
);

-- Each unit's text of a section, under its name, as it stood at the last assembly.
create table consolidated_section_source (
    section_id  uuid         not null references consolidated_section (id) on delete cascade,
    position    integer      not null,
    report_id   uuid         not null,
    unit_id     uuid         not null,
    unit_name   varchar(300) not null,
    text        text         not null,
    primary key (section_id, position)
);

-- Per target of the plan: the sums over the accepted reports and the attainment against the commune's
-- target value of the year (value = the numerator/denominator ratio × 100 for a percentage target).
create table consolidated_target (
    consolidation_id  uuid           not null references consolidated_report (id) on delete cascade,
    position          integer        not null,
    target_id         uuid           not null,
    code              varchar(40),
    name              varchar(1000)  not null,
    unit_of_measure   varchar(60),
    percentage        boolean        not null,
    comparison        varchar(10),
    target_value      numeric(20, 4),
    value_sum         numeric(24, 4),
    numerator_sum     numeric(24, 4),
    denominator_sum   numeric(24, 4),
    value             numeric(24, 4),
    attained          boolean,
    reporting_units   integer        not null default 0,
    primary key (consolidation_id, position)
);

-- Đơn vị chưa báo cáo: active requirements of the period without an accepted report.
create table consolidated_missing_unit (
    consolidation_id  uuid          not null references consolidated_report (id) on delete cascade,
    position          integer       not null,
    requirement_id    uuid          not null,
    unit_id           uuid          not null,
    unit_name         varchar(300)  not null,
    unit_path         varchar(1000) not null,
    -- The unit's report status then (null = no report at all).
    report_status     varchar(30),
    primary key (consolidation_id, position)
);

-- Sơ kết / tổng kết: the indicator series per year from the annual data the review covers
-- (source = the year's approved/submitted CONSOLIDATION, else its accepted REPORTS).
create table consolidated_series_value (
    consolidation_id  uuid           not null references consolidated_report (id) on delete cascade,
    position          integer        not null,
    target_id         uuid           not null,
    year              integer        not null,
    value             numeric(24, 4),
    numerator         numeric(24, 4),
    denominator       numeric(24, 4),
    reporting_units   integer        not null default 0,
    source            varchar(20)    not null,
    primary key (consolidation_id, position)
);
create table consolidated_series_text (
    consolidation_id  uuid    not null references consolidated_report (id) on delete cascade,
    position          integer not null,
    content_id        uuid    not null,
    year              integer not null,
    text              text    not null,
    primary key (consolidation_id, position)
);

-- Lịch sử: every step of a consolidation (who, when, what, why).
create table consolidated_history (
    id                uuid primary key,
    consolidation_id  uuid         not null references consolidated_report (id) on delete cascade,
    at                timestamptz  not null,
    actor             varchar(100) not null,
    action            varchar(30)  not null,
    from_status       varchar(20),
    to_status         varchar(20),
    reason            text
);
create index consolidated_history_consolidation_idx on consolidated_history (consolidation_id, at);

-- Dashboards (scripts/bench-dashboard.sh shows the plans): the periods of a year (and plan), and a
-- period's requirements with the columns the roll-ups read. Scope is the requirement's unit path
-- (report_requirement_unit_path_idx, V1); a requirement's report comes by report_requirement_uq (V1).
create index reporting_period_year_plan_idx on reporting_period (year, plan_id);
create index report_requirement_period_idx on report_requirement (period_id) include (unit_id, unit_path, status, due_at);
