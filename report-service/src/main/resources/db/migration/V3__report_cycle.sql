-- The yearly reporting cycle: what the report form is built from (the plan's contents and targets),
-- the unit's report in full (narratives per content, target values, free sections, proposed awards,
-- attachments), its lifecycle (submit, confirm, return, accept, reopen) with a history, and deadlines
-- per unit (extensions, returns). Nothing existing is dropped; existing drafts keep their narrative
-- as the report's general summary.

-- The issued structure of each plan (PlanIssued v2 / PlanAmended v1): contents (tree, no bodies),
-- targets with their values per year, award forms offered. A v1 plan keeps the empty defaults.
alter table reporting_plan
    add column number            varchar(60),
    add column title             varchar(500),
    add column issuing_unit_id   uuid,
    add column issuing_unit_path varchar(1000),
    add column issuing_unit_name varchar(300),
    add column start_year        integer,
    add column end_year          integer,
    add column contents          jsonb not null default '[]'::jsonb,
    add column targets           jsonb not null default '[]'::jsonb,
    add column award_forms       jsonb not null default '[]'::jsonb;

-- UnitUpserted carries more than name/kind/path; the unit's own reporting setting lives here too.
alter table directory_unit
    add column active                       boolean not null default true,
    add column head_name                    varchar(200),
    add column email                        varchar(254),
    -- Cấu hình: the unit's report needs its leader's confirmation before it is sent.
    add column leader_confirmation_required boolean not null default false;

-- A period's deadline as the plan first set it, kept when the office extends it for everyone.
alter table reporting_period add column original_due_at timestamptz;

-- A deadline of one unit that differs from the period's: an extension for this unit, or the new
-- deadline after its report was returned. Null = the period's due instant.
alter table report_requirement
    add column due_at     timestamptz,
    add column due_date   date,
    add column due_reason varchar(1000);

alter table report alter column narrative set default '';
alter table report
    add column difficulties          text not null default '',
    add column proposals             text not null default '',
    add column self_assessment_grade varchar(20),
    add column self_assessment       text not null default '',
    add column updated_at            timestamptz,
    add column updated_by            varchar(100),
    add column submitted_at          timestamptz,
    add column submitted_by          varchar(100),
    -- Seconds after the effective due instant the (latest) submission came; 0 = on time.
    add column late_seconds          bigint,
    add column confirmed_at          timestamptz,
    add column confirmed_by          varchar(100),
    add column accepted_at           timestamptz,
    add column accepted_by           varchar(100),
    add column returned_count        integer not null default 0;
update report set updated_at = created_at, updated_by = created_by where updated_at is null;
create index report_status_idx on report (status);

-- Phần thuyết minh per emulation content (content ids of the plan version the form was built from).
create table report_content_section (
    report_id   uuid not null references report (id) on delete cascade,
    content_id  uuid not null,
    position    integer not null,
    text        text not null,
    primary key (report_id, content_id)
);

-- Kết quả chỉ tiêu: one value per target; a percentage target has numerator/denominator and the
-- value is their ratio × 100 (computed by the service, stored for SQL roll-ups).
create table report_target_value (
    report_id    uuid not null references report (id) on delete cascade,
    target_id    uuid not null,
    target_code  varchar(40),
    year         integer not null,
    value        numeric(20, 4),
    numerator    numeric(20, 4),
    denominator  numeric(20, 4),
    note         varchar(2000),
    primary key (report_id, target_id)
);
create index report_target_value_target_idx on report_target_value (target_id, year);

-- Đề xuất khen thưởng (optional): award forms of the plan's catalogue with whom the unit proposes.
create table report_proposed_award (
    id               uuid primary key,
    report_id        uuid not null references report (id) on delete cascade,
    position         integer not null,
    award_form_code  varchar(120) not null,
    nominee          varchar(500) not null,
    reason           text not null default ''
);
create index report_proposed_award_report_idx on report_proposed_award (report_id);

-- Tệp đính kèm: the file's metadata and hash; its bytes in 1 MiB chunks, so that a download is
-- streamed chunk by chunk and never held whole in memory.
create table report_attachment (
    id           uuid primary key,
    report_id    uuid not null references report (id) on delete cascade,
    file_name    varchar(255) not null,
    media_type   varchar(100) not null,
    size_bytes   bigint not null check (size_bytes >= 0),
    sha256       char(64) not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamptz not null
);
create index report_attachment_report_idx on report_attachment (report_id);
create table report_attachment_chunk (
    attachment_id  uuid not null references report_attachment (id) on delete cascade,
    seq            integer not null,
    data           bytea not null,
    primary key (attachment_id, seq)
);

-- Lịch sử: every step of a report (who, when, what, why).
create table report_history (
    id           uuid primary key,
    report_id    uuid not null references report (id) on delete cascade,
    at           timestamptz not null,
    actor        varchar(100) not null,
    action       varchar(30) not null,
    from_status  varchar(30),
    to_status    varchar(30),
    reason       text
);
create index report_history_report_idx on report_history (report_id, at);
