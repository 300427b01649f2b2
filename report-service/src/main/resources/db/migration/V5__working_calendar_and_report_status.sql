-- report-service's copy of the working-day calendar (WorkingCalendarChanged v1 on calendar.working-days,
-- produced by notification-service where an administrator edits it). One row per year that has been
-- edited: its exceptions to the Monday–Friday week; a year without a row uses the platform's
-- DefaultCalendar. Used for the new deadline after a return ("5 ngày làm việc").
create table working_calendar_year (
    year        integer primary key check (year between 2000 and 2100),
    -- [ { "date": "2026-02-16", "kind": "DAY_OFF|WORKING_DAY", "name": "Tết Nguyên đán" } ]
    days        jsonb not null default '[]'::jsonb,
    changed_at  timestamptz not null,
    changed_by  varchar(100),
    updated_at  timestamptz not null
);

-- The review queue: submitted reports, oldest submission first.
create index report_status_submitted_idx on report (status, submitted_at);

-- AWAITING_CONFIRMATION (21 characters) does not fit the report status column of V1.
alter table report alter column status type varchar(30);
