-- award-service schema: the plans awards are based on (read model of PlanIssued) and the
-- award-form catalogue, seeded with the forms the seed plans offer.

create extension if not exists unaccent;

-- Kế hoạch làm căn cứ khen thưởng: learned from PlanIssued (topic "plans"), never written by users.
create table award_plan (
    plan_id              uuid primary key,
    number               varchar(100),
    title                varchar(1000) not null,
    issuing_unit_id      uuid not null,
    issuing_unit_path    varchar(1000) not null,
    issuing_unit_name    varchar(500),
    issued_at            timestamptz not null,
    -- The event that made this service aware of the plan, and the one whose content is stored.
    first_seen_event_id  uuid not null,
    last_event_id        uuid not null,
    last_event_at        timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null
);
create index award_plan_issuing_unit_path_idx on award_plan (issuing_unit_path varchar_pattern_ops);
create index award_plan_issued_at_idx on award_plan (issued_at desc);

-- Đơn vị thực hiện kế hoạch: the units the plan is addressed to, in the order of the plan.
create table award_plan_addressee (
    plan_id    uuid not null references award_plan (plan_id) on delete cascade,
    position   integer not null,
    unit_id    uuid not null,
    unit_path  varchar(1000) not null,
    unit_name  varchar(500),
    primary key (plan_id, position)
);
create index award_plan_addressee_path_idx on award_plan_addressee (unit_path varchar_pattern_ops);

-- Hình thức khen thưởng. level and the recipient kinds are what Thông tư 02/2023/TT-BNV
-- (Biểu 0602.N, 0603.N) counts awards by; deciding_level says who signs the decision: the
-- commune decides only its own Giấy khen and forwards every higher form.
create table award_form (
    id              uuid primary key,
    code            varchar(60) not null unique,
    name            varchar(300) not null,
    level           varchar(20) not null check (level in ('STATE', 'GOVERNMENT', 'PROVINCE', 'COMMUNE')),
    deciding_level  varchar(20) not null check (deciding_level in ('STATE', 'GOVERNMENT', 'PROVINCE', 'COMMUNE')),
    rank            integer not null check (rank > 0),
    active          boolean not null default true,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    updated_by      varchar(100) not null,
    version         bigint not null default 0
);
create index award_form_rank_idx on award_form (rank, name);

create table award_form_recipient_kind (
    form_id         uuid not null references award_form (id) on delete cascade,
    recipient_kind  varchar(20) not null check (recipient_kind in ('COLLECTIVE', 'INDIVIDUAL', 'HOUSEHOLD')),
    primary key (form_id, recipient_kind)
);

-- The standard forms of the seed plans (mục "Hình thức và danh hiệu khen thưởng"), highest first.
insert into award_form (id, code, name, level, deciding_level, rank, active, created_at, updated_at, updated_by) values
    ('a1f0e000-0000-4000-8000-000000000010', 'huan-chuong-lao-dong-hang-ba', 'Huân chương Lao động hạng Ba',
        'STATE', 'STATE', 10, true, now(), now(), 'system'),
    ('a1f0e000-0000-4000-8000-000000000020', 'co-thi-dua-chinh-phu', 'Cờ thi đua của Chính phủ',
        'GOVERNMENT', 'GOVERNMENT', 20, true, now(), now(), 'system'),
    ('a1f0e000-0000-4000-8000-000000000030', 'bang-khen-thu-tuong', 'Bằng khen của Thủ tướng Chính phủ',
        'GOVERNMENT', 'GOVERNMENT', 30, true, now(), now(), 'system'),
    ('a1f0e000-0000-4000-8000-000000000040', 'co-thi-dua-ubnd-tinh', 'Cờ thi đua của UBND tỉnh/thành phố',
        'PROVINCE', 'PROVINCE', 40, true, now(), now(), 'system'),
    ('a1f0e000-0000-4000-8000-000000000050', 'bang-khen-chu-tich-ubnd-tinh', 'Bằng khen của Chủ tịch UBND tỉnh/thành phố',
        'PROVINCE', 'PROVINCE', 50, true, now(), now(), 'system'),
    ('a1f0e000-0000-4000-8000-000000000060', 'giay-khen-chu-tich-ubnd-xa', 'Giấy khen của Chủ tịch UBND xã/phường',
        'COMMUNE', 'COMMUNE', 60, true, now(), now(), 'system');

-- Who each form may be given to (Luật Thi đua, khen thưởng 2022): flags go to collectives only;
-- certificates of merit and commune commendations also to households.
insert into award_form_recipient_kind (form_id, recipient_kind) values
    ('a1f0e000-0000-4000-8000-000000000010', 'COLLECTIVE'),
    ('a1f0e000-0000-4000-8000-000000000010', 'INDIVIDUAL'),
    ('a1f0e000-0000-4000-8000-000000000020', 'COLLECTIVE'),
    ('a1f0e000-0000-4000-8000-000000000030', 'COLLECTIVE'),
    ('a1f0e000-0000-4000-8000-000000000030', 'INDIVIDUAL'),
    ('a1f0e000-0000-4000-8000-000000000030', 'HOUSEHOLD'),
    ('a1f0e000-0000-4000-8000-000000000040', 'COLLECTIVE'),
    ('a1f0e000-0000-4000-8000-000000000050', 'COLLECTIVE'),
    ('a1f0e000-0000-4000-8000-000000000050', 'INDIVIDUAL'),
    ('a1f0e000-0000-4000-8000-000000000050', 'HOUSEHOLD'),
    ('a1f0e000-0000-4000-8000-000000000060', 'COLLECTIVE'),
    ('a1f0e000-0000-4000-8000-000000000060', 'INDIVIDUAL'),
    ('a1f0e000-0000-4000-8000-000000000060', 'HOUSEHOLD');
