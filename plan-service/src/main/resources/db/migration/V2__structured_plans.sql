-- Structured plans (docs/plan-model.md): one row per plan, one immutable row per version holding the
-- parts as jsonb, movements, the award-form code catalogue copy and the gap-free number counters.
-- Existing plans become version 1, keeping their addressees and their obligation ids (report-service
-- keyed its periods on them).

alter table plan add column current_version integer not null default 1;
alter table plan add column issued_on date;
alter table plan add column start_year integer;
alter table plan add column end_year integer;
alter table plan add column parent_plan_id uuid references plan (id);
alter table plan add column updated_at timestamptz;
alter table plan add column closed_at timestamptz;
alter table plan add column closed_by varchar(100);
alter table plan add column close_reason text;
alter table plan add constraint plan_status_check check (status in ('DRAFT', 'ISSUED', 'AMENDING', 'CLOSED'));

create table plan_version (
    id                uuid primary key,
    plan_id           uuid not null references plan (id) on delete cascade,
    plan_version      integer not null,
    title             varchar(500) not null,
    summary           text,
    content           jsonb not null,
    number            varchar(60),
    created_by        varchar(100) not null,
    created_at        timestamptz not null,
    issued_by         varchar(100),
    issued_at         timestamptz,
    issued_on         date,
    amendment_reason  text,
    unique (plan_id, plan_version)
);

-- Every existing plan: version 1 with its addressees, signer and reporting obligations (same ids).
insert into plan_version (id, plan_id, plan_version, title, summary, content, number, created_by, created_at,
                          issued_by, issued_at, issued_on)
select gen_random_uuid(), p.id, 1, p.title, p.summary,
       jsonb_build_object(
           'movementIds', '[]'::jsonb,
           'startYear', (select min(o.first_year) from reporting_obligation o where o.plan_id = p.id),
           'endYear', (select max(o.last_year) from reporting_obligation o where o.plan_id = p.id),
           'sectionOrder', '[]'::jsonb, 'legalBases', '[]'::jsonb, 'purposes', '[]'::jsonb,
           'requirements', '[]'::jsonb, 'objectives', '[]'::jsonb, 'contents', '[]'::jsonb,
           'criteriaGroups', '[]'::jsonb, 'targets', '[]'::jsonb, 'milestones', '[]'::jsonb,
           'awardForms', '[]'::jsonb, 'assignments', '[]'::jsonb,
           'addresseeUnitIds', coalesce((select jsonb_agg(a.unit_id order by a.position)
                                           from plan_addressee a where a.plan_id = p.id), '[]'::jsonb),
           'reportingObligations', coalesce((select jsonb_agg(jsonb_build_object(
                   'id', o.id, 'title', o.title, 'kind', 'ANNUAL',
                   'reporters', jsonb_build_object('mode', 'ADDRESSEES', 'unitIds', '[]'::jsonb, 'unitKinds', '[]'::jsonb),
                   'recipientUnitId', o.recipient_unit_id, 'dueDay', o.due_day, 'dueMonth', o.due_month,
                   'dueDate', null, 'firstYear', o.first_year, 'lastYear', o.last_year, 'secondHop', null)
                   order by o.position) from reporting_obligation o where o.plan_id = p.id), '[]'::jsonb),
           'unitPlansRequired', null, 'otherSections', '[]'::jsonb, 'recipients', '[]'::jsonb,
           'signer', case when p.signer_name is null and p.signer_title is null then null
                          else jsonb_build_object('authority', null, 'capacity', null,
                                                  'title', p.signer_title, 'fullName', p.signer_name) end,
           'place', null),
       p.number, p.created_by, p.created_at, p.issued_by, p.issued_at,
       case when p.issued_at is null then null else (p.issued_at at time zone 'Asia/Ho_Chi_Minh')::date end
from plan p;

update plan p set issued_on = (p.issued_at at time zone 'Asia/Ho_Chi_Minh')::date where p.issued_at is not null;
update plan p set start_year = (select min(o.first_year) from reporting_obligation o where o.plan_id = p.id),
                  end_year = (select max(o.last_year) from reporting_obligation o where o.plan_id = p.id);

-- The parts now live in plan_version.content; plan_addressee stays as the index of the current
-- version's addressees (scope of issued plans, list filters).
drop table reporting_obligation;
alter table plan drop column summary;
alter table plan drop column signer_name;
alter table plan drop column signer_title;

-- Index of the current version's movements (list filter).
create table plan_movement (
    plan_id      uuid not null references plan (id) on delete cascade,
    movement_id  uuid not null,
    primary key (plan_id, movement_id)
);

-- Gap-free numbering "N/KH-UBND" per issuing unit per calendar year (Asia/Ho_Chi_Minh).
create table plan_number_counter (
    issuing_unit_id  uuid not null references unit (id),
    year             integer not null,
    last_number      integer not null,
    primary key (issuing_unit_id, year)
);
-- Plans numbered before: later numbers continue after the highest "N/..." already given.
insert into plan_number_counter (issuing_unit_id, year, last_number)
select p.issuing_unit_id, extract(year from p.issued_at at time zone 'Asia/Ho_Chi_Minh')::int,
       max(substring(p.number from '^([0-9]+)/')::int)
from plan p where p.issued_at is not null and p.number ~ '^[0-9]+/'
group by 1, 2;


-- Phong trào thi đua.
create table movement (
    id                  uuid primary key,
    name                varchar(500) not null,
    level               varchar(20) not null check (level in ('NATIONAL', 'PROVINCE_CITY', 'COMMUNE')),
    document_number     varchar(100),
    document_date       date,
    document_issuer     varchar(300),
    scope               text,
    start_year          integer,
    end_year            integer,
    method              varchar(20) check (method in ('THEMATIC', 'REGULAR_YEARLY')),
    phases              jsonb not null default '[]'::jsonb,
    parent_movement_id  uuid references movement (id),
    owner_unit_id       uuid references unit (id),
    owner_unit_path     varchar(1000),
    created_by          varchar(100) not null,
    created_at          timestamptz not null,
    version             bigint not null default 0
);

insert into movement (id, name, level, document_number, document_date, document_issuer, scope, start_year, end_year,
                      method, phases, parent_movement_id, created_by, created_at) values
    ('d0000000-0923-4000-8000-000000000001', 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số', 'NATIONAL',
        '923/QĐ-TTg', '2025-05-14', 'Thủ tướng Chính phủ', 'Toàn quốc', 2025, 2030, 'THEMATIC',
        '[{"name": "Sơ kết giai đoạn 2025 - 2027", "startYear": 2025, "endYear": 2027, "reviewKind": "PRELIMINARY_REVIEW", "reviewYear": 2027},
          {"name": "Tổng kết giai đoạn 2025 - 2030", "startYear": 2025, "endYear": 2030, "reviewKind": "FINAL_REVIEW", "reviewYear": 2030}]',
        null, 'system', now()),
    ('d0000000-0b0d-4000-8000-000000000002', 'Bình dân học vụ số', 'NATIONAL',
        '01-KH/BCĐTW', '2025-03-21', 'Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
        'Toàn quốc', 2025, 2030, 'THEMATIC', '[]', null, 'system', now()),
    ('d0000000-0150-4000-8000-000000000003',
        'Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, góp phần đưa đất nước vươn mình bước vào kỷ nguyên giàu mạnh và thịnh vượng',
        'PROVINCE_CITY', '150/KH-UBND', '2025-06-16', 'UBND thành phố Hải Phòng', 'Thành phố Hải Phòng', 2025, 2030,
        'THEMATIC', '[]', 'd0000000-0923-4000-8000-000000000001', 'system', now()),
    ('d0000000-0478-4000-8000-000000000004', 'Bình dân học vụ số (thành phố Hải Phòng)', 'PROVINCE_CITY',
        '478-KH/TU', '2025-06-01', 'Thành ủy Hải Phòng', 'Thành phố Hải Phòng', 2025, 2030, 'THEMATIC', '[]',
        'd0000000-0b0d-4000-8000-000000000002', 'system', now()),
    ('d0000000-0172-4000-8000-000000000005', 'Cả nước thi đua đổi mới sáng tạo và chuyển đổi số (tỉnh Quảng Trị)',
        'PROVINCE_CITY', '172/KH-UBND', '2025-07-22', 'UBND tỉnh Quảng Trị', 'Tỉnh Quảng Trị', 2025, 2030,
        'THEMATIC', '[]', 'd0000000-0923-4000-8000-000000000001', 'system', now());

-- 923/QĐ-TTg: signed 14/5/2025 by the Standing Deputy Prime Minister (press reports; no seed dates it).
-- Bình dân học vụ số: Kế hoạch 01-KH/BCĐTW of 21/3/2025, as the Kiến An seed cites it.

-- Copy of award-service's catalogue codes, refreshed by AwardFormUpserted (catalogue.award-forms).
create table award_form_code (
    code        varchar(60) primary key,
    name        varchar(300) not null,
    level       varchar(20) not null,
    active      boolean not null default true,
    updated_at  timestamptz not null
);
insert into award_form_code (code, name, level, active, updated_at) values
    ('huan-chuong-lao-dong-hang-ba', 'Huân chương Lao động hạng Ba', 'STATE', true, now()),
    ('co-thi-dua-chinh-phu', 'Cờ thi đua của Chính phủ', 'GOVERNMENT', true, now()),
    ('bang-khen-thu-tuong', 'Bằng khen của Thủ tướng Chính phủ', 'GOVERNMENT', true, now()),
    ('co-thi-dua-ubnd-tinh', 'Cờ thi đua của UBND tỉnh/thành phố', 'PROVINCE', true, now()),
    ('bang-khen-chu-tich-ubnd-tinh', 'Bằng khen của Chủ tịch UBND tỉnh/thành phố', 'PROVINCE', true, now()),
    ('giay-khen-chu-tich-ubnd-xa', 'Giấy khen của Chủ tịch UBND xã/phường', 'COMMUNE', true, now());

create index plan_version_plan_idx on plan_version (plan_id);
create index plan_movement_movement_idx on plan_movement (movement_id);
