-- The award cycle (issue 7): versioned rule sets, rounds, emulation registration and clusters,
-- nominations (dossiers) with their processing log and attachments, council sessions and ballots,
-- public posting and objections, commune decisions, forwarding to the board and its answers, the
-- award history (the source of eligibility and of the honours board), the reward fund and
-- certificate layouts; and the read models award-service keeps of other services' data.
-- Nothing existing is dropped or rewritten.

-- ---------------------------------------------------------------------------------------------
-- Read models learned from events
-- ---------------------------------------------------------------------------------------------

-- Users (UserUpserted v1 on directory.users): council members, officers, signers.
create table directory_user (
    id          uuid primary key,
    username    varchar(100) not null,
    full_name   varchar(300),
    email       varchar(300),
    -- comma-separated role names, primary first
    roles       varchar(200) not null,
    unit_id     uuid,
    unit_path   varchar(1000),
    active      boolean not null default true,
    updated_at  timestamptz not null
);
create index directory_user_unit_path_idx on directory_user (unit_path varchar_pattern_ops);

-- Units (UnitUpserted v1 on directory.units): names, kinds and paths of nominating units and nominees.
create table directory_unit (
    id          uuid primary key,
    code        varchar(100),
    name        varchar(500) not null,
    kind        varchar(30),
    path        varchar(1000) not null,
    parent_id   uuid,
    active      boolean not null default true,
    head_name   varchar(300),
    email       varchar(300),
    updated_at  timestamptz not null
);
create index directory_unit_path_idx on directory_unit (path varchar_pattern_ops);

-- Khối thi đua (ClusterUpserted v1 on directory.clusters, from plan-service).
create table award_cluster (
    id               uuid primary key,
    commune_id       uuid not null,
    commune_path     varchar(1000) not null,
    name             varchar(500) not null,
    year             integer not null,
    head_unit_id     uuid,
    deputy_unit_id   uuid,
    member_unit_ids  uuid[] not null default '{}',
    updated_at       timestamptz not null
);
create index award_cluster_commune_year_idx on award_cluster (commune_id, year);

-- Accepted reports (ReportAccepted v1 on reports; ReportReopened removes the row): what a dossier may cite.
create table accepted_report (
    report_id    uuid primary key,
    period_id    uuid,
    plan_id      uuid,
    year         integer,
    unit_id      uuid not null,
    unit_path    varchar(1000) not null,
    unit_name    varchar(500),
    accepted_at  timestamptz not null
);
create index accepted_report_unit_idx on accepted_report (unit_id, year);

-- The working-day calendar (WorkingCalendarChanged v1 on calendar.working-days), as in report-service.
create table working_calendar_year (
    year        integer primary key check (year between 2000 and 2100),
    days        jsonb not null default '[]'::jsonb,
    changed_at  timestamptz not null,
    changed_by  varchar(100),
    updated_at  timestamptz not null
);

-- ---------------------------------------------------------------------------------------------
-- Rule sets (Luật Thi đua, khen thưởng 2022 with Nghị định 98/2023; Nghị định 152/2025 later)
-- ---------------------------------------------------------------------------------------------

create table award_rule_set (
    id              uuid primary key,
    code            varchar(60) not null unique,
    name            varchar(500) not null,
    legal_basis     text,
    effective_from  date not null unique,
    created_at      timestamptz not null,
    created_by      varchar(100) not null
);

-- One form under one rule set: who decides, who may receive it, its standards, interval,
-- prerequisites, the council's threshold, the posting window and the cash coefficients.
create table award_rule (
    id                      uuid primary key,
    rule_set_id             uuid not null references award_rule_set (id) on delete cascade,
    form_code               varchar(60) not null,
    -- COMMUNE_CHAIRMAN, PROVINCE_CHAIRMAN, PRIME_MINISTER, PRESIDENT
    deciding_authority      varchar(30) not null,
    -- ["INDIVIDUAL","COLLECTIVE","HOUSEHOLD","INITIATIVE"]
    recipient_kinds         jsonb not null,
    -- [ { "code": "hoan-thanh-tot", "text": "Hoàn thành tốt nhiệm vụ…", "appliesTo": ["INDIVIDUAL"] } ]
    standards               jsonb not null default '[]'::jsonb,
    -- years since the last award of the same or a lower form (0 = no interval)
    min_interval_years      integer not null default 0 check (min_interval_years >= 0),
    -- [ { "kind": "CONSECUTIVE_YEARS", "formCode": "giay-khen-chu-tich-ubnd-xa", "years": 2 },
    --   { "kind": "REGISTERED" }, { "kind": "CLUSTER_RANK_AT_MOST", "rank": 1 } ]
    prerequisites           jsonb not null default '[]'::jsonb,
    -- agree votes × 100 ≥ threshold × total membership of the council
    vote_threshold_percent  integer not null check (vote_threshold_percent between 1 and 100),
    posting_working_days    integer not null check (posting_working_days >= 0),
    -- { "INDIVIDUAL": 0.3, "HOUSEHOLD": 0.3, "COLLECTIVE": 0.6, "INITIATIVE": 0.3 } × base salary
    cash_coefficients       jsonb not null default '{}'::jsonb,
    unique (rule_set_id, form_code)
);

-- Mức lương cơ sở in force from a date (cash amounts are coefficients of it on the decision date).
create table base_salary (
    effective_from  date primary key,
    amount_vnd      bigint not null check (amount_vnd > 0),
    legal_basis     varchar(500)
);

-- ---------------------------------------------------------------------------------------------
-- Rounds, registration, clusters
-- ---------------------------------------------------------------------------------------------

-- Đợt khen thưởng: from a plan's award forms and occasion, or ad hoc (đột xuất) by the office.
create table award_round (
    id                   uuid primary key,
    commune_id           uuid not null,
    commune_path         varchar(1000) not null,
    commune_name         varchar(500),
    plan_id              uuid,
    -- ANNUAL, PRELIMINARY_REVIEW, FINAL_REVIEW, AD_HOC
    occasion             varchar(30) not null,
    -- REGULAR, THEMATIC, AD_HOC (Biểu 0602.N/0603.N count awards by method)
    method               varchar(20) not null,
    year                 integer not null,
    title                varchar(1000) not null,
    movement_title       varchar(1000),
    nomination_deadline  timestamptz not null,
    council_date         date,
    decision_date        date,
    -- null: every unit the plan is addressed to (ad hoc: every unit of the commune); else the listed units
    nominator_unit_ids   uuid[],
    -- OPEN, CLOSED
    status               varchar(20) not null,
    created_at           timestamptz not null,
    created_by           varchar(100) not null,
    updated_at           timestamptz not null,
    version              bigint not null default 0
);
create index award_round_commune_path_idx on award_round (commune_path varchar_pattern_ops, year desc);
create unique index award_round_plan_occasion_uq on award_round (plan_id, occasion, year) where plan_id is not null;

create table award_round_form (
    round_id   uuid not null references award_round (id) on delete cascade,
    position   integer not null,
    form_code  varchar(60) not null,
    primary key (round_id, position),
    unique (round_id, form_code)
);

-- Đăng ký thi đua: the titles a unit competes for in a year.
create table emulation_registration (
    id             uuid primary key,
    year           integer not null,
    unit_id        uuid not null,
    unit_path      varchar(1000) not null,
    unit_name      varchar(500),
    form_codes     jsonb not null default '[]'::jsonb,
    note           text,
    registered_at  timestamptz not null,
    registered_by  varchar(100) not null,
    updated_at     timestamptz not null,
    version        bigint not null default 0,
    unique (unit_id, year)
);
create index emulation_registration_path_idx on emulation_registration (unit_path varchar_pattern_ops, year);

-- Giao ước thi đua of a cluster for its year.
create table cluster_covenant (
    cluster_id  uuid primary key references award_cluster (id) on delete cascade,
    text        text not null,
    signed_at   timestamptz not null,
    signed_by   varchar(100) not null
);

-- Year-end scores of a cluster's members.
create table cluster_score (
    cluster_id  uuid not null references award_cluster (id) on delete cascade,
    unit_id     uuid not null,
    score       numeric(6, 2) not null,
    rank        integer not null check (rank > 0),
    note        text,
    scored_at   timestamptz not null,
    scored_by   varchar(100) not null,
    primary key (cluster_id, unit_id)
);

-- ---------------------------------------------------------------------------------------------
-- Nominations (hồ sơ đề nghị khen thưởng)
-- ---------------------------------------------------------------------------------------------

create table nomination (
    id                     uuid primary key,
    round_id               uuid not null references award_round (id),
    form_code              varchar(60) not null,
    -- the rule set the dossier was checked under (stamped on submit, kept afterwards)
    rule_set_id            uuid references award_rule_set (id),
    rule_set_code          varchar(60),
    nominating_unit_id     uuid not null,
    nominating_unit_path   varchar(1000) not null,
    nominating_unit_name   varchar(500),
    commune_path           varchar(1000) not null,
    -- INDIVIDUAL, COLLECTIVE, HOUSEHOLD, INITIATIVE
    nominee_kind           varchar(20) not null,
    nominee_name           varchar(500) not null,
    nominee_unit_id        uuid,
    -- who the nominee is, for the double-award detector: kind + unaccented lower name + birth date / unit id
    nominee_key            varchar(700) not null,
    -- { fullName, dateOfBirth, gender, position, unitId, unitName, householdHead, address,
    --   initiativeTitle, recognisingBody, recognisedOn, authors }
    nominee                jsonb not null,
    achievements           text,
    -- [ { "code": "…", "met": true, "note": "…" } ]
    standards              jsonb not null default '[]'::jsonb,
    report_ids             jsonb not null default '[]'::jsonb,
    -- DRAFT, SUBMITTED, RECALLED, RETURNED, WITHDRAWN, RECEIVED, APPRAISED, IN_COUNCIL, PASSED,
    -- REJECTED, POSTED, DECIDED, FORWARDED, REFUSED, ANNULLED
    status                 varchar(20) not null,
    -- [ { "check": "RECIPIENT_KIND", "passed": true, "message": "…", "nextEligibleOn": null } ]
    eligibility            jsonb not null default '[]'::jsonb,
    eligibility_passed     boolean,
    eligibility_checked_at timestamptz,
    override_reason        text,
    override_by            varchar(100),
    override_at            timestamptz,
    assigned_officer       varchar(100),
    appraisal_eligible     boolean,
    appraisal_note         text,
    appraised_by           varchar(100),
    appraised_at           timestamptz,
    return_reason          text,
    submitted_at           timestamptz,
    submitted_by           varchar(100),
    received_at            timestamptz,
    created_at             timestamptz not null,
    created_by             varchar(100) not null,
    updated_at             timestamptz not null,
    version                bigint not null default 0
);
create index nomination_round_idx on nomination (round_id, status);
create index nomination_unit_path_idx on nomination (nominating_unit_path varchar_pattern_ops);
create index nomination_commune_path_idx on nomination (commune_path varchar_pattern_ops, status);
create index nomination_nominee_key_idx on nomination (nominee_key, form_code);
-- One live nomination per nominee, form and round (the double-award detector's hard stop).
create unique index nomination_live_uq on nomination (round_id, form_code, nominee_key)
    where status not in ('WITHDRAWN', 'RECALLED', 'REJECTED', 'REFUSED', 'ANNULLED');

-- Every hop of a dossier: who, when, from which state to which, to whom, why.
create table nomination_log (
    id             uuid primary key,
    nomination_id  uuid not null references nomination (id) on delete cascade,
    at             timestamptz not null,
    actor          varchar(100) not null,
    action         varchar(40) not null,
    from_status    varchar(20),
    to_status      varchar(20),
    -- the recipient of a hop (the office, an officer, the council, the board)
    to_party       varchar(300),
    note           text
);
create index nomination_log_nomination_idx on nomination_log (nomination_id, at);

-- Typed attachments (tờ trình, báo cáo thành tích, biên bản họp xét, khác), same file rules as reports.
create table nomination_attachment (
    id             uuid primary key,
    nomination_id  uuid not null references nomination (id) on delete cascade,
    -- SUBMISSION_LETTER, ACHIEVEMENT_REPORT, MEETING_MINUTES, OTHER
    kind           varchar(30) not null,
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint not null check (size_bytes >= 0),
    sha256         char(64) not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamptz not null
);
create index nomination_attachment_nomination_idx on nomination_attachment (nomination_id);
create table nomination_attachment_chunk (
    attachment_id  uuid not null references nomination_attachment (id) on delete cascade,
    seq            integer not null,
    data           bytea not null,
    primary key (attachment_id, seq)
);

-- ---------------------------------------------------------------------------------------------
-- Council (Hội đồng Thi đua - Khen thưởng)
-- ---------------------------------------------------------------------------------------------

create table council_session (
    id                uuid primary key,
    round_id          uuid not null references award_round (id),
    commune_path      varchar(1000) not null,
    title             varchar(1000) not null,
    scheduled_on      date,
    location          varchar(500),
    secret_ballot     boolean not null default false,
    -- members present × 100 ≥ quorum × total membership, to open
    quorum_percent    integer not null default 50 check (quorum_percent between 1 and 100),
    -- PLANNED, OPEN, CLOSED
    status            varchar(20) not null,
    opened_at         timestamptz,
    opened_by         varchar(100),
    voting_closes_at  timestamptz,
    closed_at         timestamptz,
    closed_by         varchar(100),
    created_at        timestamptz not null,
    created_by        varchar(100) not null,
    version           bigint not null default 0
);
create index council_session_commune_idx on council_session (commune_path varchar_pattern_ops);

create table council_member (
    session_id  uuid not null references council_session (id) on delete cascade,
    user_id     uuid not null,
    username    varchar(100) not null,
    full_name   varchar(300),
    unit_id     uuid,
    -- CHAIR, SECRETARY, MEMBER
    seat        varchar(20) not null,
    present     boolean not null default false,
    primary key (session_id, user_id)
);

create table council_agenda_item (
    session_id     uuid not null references council_session (id) on delete cascade,
    nomination_id  uuid not null references nomination (id),
    position       integer not null,
    agree          integer,
    disagree       integer,
    abstain        integer,
    recused        integer,
    passed         boolean,
    primary key (session_id, nomination_id)
);
create unique index council_agenda_nomination_uq on council_agenda_item (nomination_id) where passed is null;

create table council_recusal (
    session_id     uuid not null references council_session (id) on delete cascade,
    nomination_id  uuid not null references nomination (id),
    user_id        uuid not null,
    reason         text not null,
    declared_at    timestamptz not null,
    primary key (session_id, nomination_id, user_id)
);

-- One ballot per member and nomination; with a secret ballot the choice is never shown per voter.
create table council_vote (
    session_id     uuid not null references council_session (id) on delete cascade,
    nomination_id  uuid not null references nomination (id),
    user_id        uuid not null,
    -- AGREE, DISAGREE, ABSTAIN
    choice         varchar(10) not null,
    cast_at        timestamptz not null,
    primary key (session_id, nomination_id, user_id)
);

-- ---------------------------------------------------------------------------------------------
-- Public posting (công khai) and objections
-- ---------------------------------------------------------------------------------------------

create table public_posting (
    id             uuid primary key,
    round_id       uuid not null references award_round (id),
    commune_id     uuid not null,
    commune_path   varchar(1000) not null,
    commune_name   varchar(500),
    title          varchar(1000) not null,
    posted_at      timestamptz not null,
    posted_by      varchar(100) not null,
    starts_on      date not null,
    -- the last working day of the window; a decision may be made from the next day on
    ends_on        date not null,
    working_days   integer not null
);
create index public_posting_commune_idx on public_posting (commune_path varchar_pattern_ops, posted_at desc);

create table public_posting_item (
    posting_id     uuid not null references public_posting (id) on delete cascade,
    nomination_id  uuid not null references nomination (id),
    position       integer not null,
    primary key (posting_id, nomination_id)
);

create table objection (
    id             uuid primary key,
    posting_id     uuid not null references public_posting (id),
    nomination_id  uuid references nomination (id),
    sender_name    varchar(300) not null,
    contact        varchar(300) not null,
    text           text not null,
    received_at    timestamptz not null,
    -- SHA-256 of the client address (rate limiting, never the address itself)
    client_hash    char(64),
    -- OPEN, RESOLVED
    status         varchar(20) not null,
    upheld         boolean,
    resolution     text,
    resolved_by    varchar(100),
    resolved_at    timestamptz
);
create index objection_posting_idx on objection (posting_id, status);

-- ---------------------------------------------------------------------------------------------
-- Decisions, forwarding, the board's answers, award history, fund, certificates
-- ---------------------------------------------------------------------------------------------

-- Quyết định khen thưởng of the commune chairman (Giấy khen): number N/QĐ-UBND per year, gap-free.
create table award_decision (
    id             uuid primary key,
    round_id       uuid references award_round (id),
    commune_id     uuid not null,
    commune_path   varchar(1000) not null,
    commune_name   varchar(500),
    year           integer not null,
    seq            integer,
    number         varchar(100),
    title          varchar(1000) not null,
    basis          text,
    -- DRAFT, SIGNED
    status         varchar(20) not null,
    decision_date  date,
    drafted_by     varchar(100) not null,
    drafted_at     timestamptz not null,
    signed_by      varchar(100),
    signer_name    varchar(300),
    signer_title   varchar(300),
    signed_at      timestamptz,
    version        bigint not null default 0,
    unique (commune_id, year, seq)
);
create index award_decision_commune_idx on award_decision (commune_path varchar_pattern_ops, year);

create table award_decision_item (
    decision_id    uuid not null references award_decision (id) on delete cascade,
    nomination_id  uuid not null references nomination (id),
    position       integer not null,
    primary key (decision_id, nomination_id)
);

create table decision_number_counter (
    commune_id   uuid not null,
    year         integer not null,
    last_number  integer not null,
    primary key (commune_id, year)
);

-- Tờ trình to the city/province board for forms the commune does not decide.
create table forwarding (
    id                uuid primary key,
    round_id          uuid not null references award_round (id),
    commune_id        uuid not null,
    commune_path      varchar(1000) not null,
    board_unit_id     uuid not null,
    board_unit_path   varchar(1000) not null,
    letter_number     varchar(100),
    note              text,
    forwarded_at      timestamptz not null,
    forwarded_by      varchar(100) not null
);
create index forwarding_board_path_idx on forwarding (board_unit_path varchar_pattern_ops);

create table forwarding_item (
    forwarding_id  uuid not null references forwarding (id) on delete cascade,
    nomination_id  uuid not null references nomination (id) unique,
    position       integer not null,
    primary key (forwarding_id, nomination_id)
);

create table board_decision (
    id               uuid primary key,
    nomination_id    uuid not null unique references nomination (id),
    board_unit_path  varchar(1000) not null,
    -- ACCEPTED, REFUSED
    outcome          varchar(20) not null,
    decision_number  varchar(100),
    decision_date    date,
    deciding_body    varchar(500),
    note             text,
    decided_by       varchar(100) not null,
    received_at      timestamptz not null
);

-- Tra cứu khen thưởng: every decided award (from a commune decision, a board decision or imported
-- history); eligibility checks and the honours board read it. An annulled award keeps its row.
create table award_record (
    id                  uuid primary key,
    commune_id          uuid,
    commune_path        varchar(1000) not null,
    -- the nominee's unit (collective) or the nominating unit: scope of reads
    unit_id             uuid,
    unit_path           varchar(1000) not null,
    unit_name           varchar(500),
    nominee_kind        varchar(20) not null,
    nominee_name        varchar(500) not null,
    nominee_key         varchar(700) not null,
    date_of_birth       date,
    position_title      varchar(300),
    form_code           varchar(60) not null,
    form_name           varchar(300) not null,
    form_rank           integer not null,
    year                integer not null,
    movement_title      varchar(1000),
    method              varchar(20),
    achievement         text,
    decision_number     varchar(100),
    decision_date       date not null,
    -- COMMUNE_CHAIRMAN, PROVINCE_CHAIRMAN, PRIME_MINISTER, PRESIDENT
    deciding_authority  varchar(30) not null,
    decision_id         uuid references award_decision (id),
    nomination_id       uuid references nomination (id),
    cash_amount_vnd     bigint,
    -- NOMINATION, BOARD, IMPORTED
    source              varchar(20) not null,
    annulled_at         timestamptz,
    annul_reason        text,
    annul_decision_ref  varchar(300),
    annulled_by         varchar(100),
    created_at          timestamptz not null
);
create index award_record_nominee_idx on award_record (nominee_key, form_rank);
create index award_record_commune_year_idx on award_record (commune_path varchar_pattern_ops, year);
create index award_record_unit_path_idx on award_record (unit_path varchar_pattern_ops);
create unique index award_record_nomination_uq on award_record (nomination_id) where nomination_id is not null;

-- Quỹ thi đua, khen thưởng: what was budgeted and paid (commitments are the decided cash amounts).
create table fund_entry (
    id               uuid primary key,
    commune_id       uuid not null,
    commune_path     varchar(1000) not null,
    year             integer not null,
    -- BUDGET, PAYMENT, ADJUSTMENT
    kind             varchar(20) not null,
    amount_vnd       bigint not null,
    award_record_id  uuid references award_record (id),
    note             text,
    created_at       timestamptz not null,
    created_by       varchar(100) not null
);
create index fund_entry_commune_year_idx on fund_entry (commune_id, year);

-- In phôi: where each field of a certificate sits on the commune's blank form (millimetres).
create table certificate_layout (
    id              uuid primary key,
    commune_id      uuid not null,
    commune_path    varchar(1000) not null,
    form_code       varchar(60) not null,
    page_width_mm   integer not null,
    page_height_mm  integer not null,
    -- { "recipient": { "x": 40, "y": 80, "width": 200, "fontSize": 22 }, "achievement": …,
    --   "decisionNumber": …, "decisionDate": …, "signer": … }
    fields          jsonb not null,
    updated_at      timestamptz not null,
    updated_by      varchar(100) not null,
    version         bigint not null default 0,
    unique (commune_id, form_code)
);
