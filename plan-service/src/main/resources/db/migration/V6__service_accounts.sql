-- Service accounts (issue 7): an integrating system of a city/province board signs in with a client id
-- and secret (client-credentials grant) and gets a short access token for the board's scope. The secret
-- is stored only as a bcrypt hash, like passwords; rotating replaces it, deactivating stops every new
-- token. Wrong secrets count like wrong passwords (five within 15 minutes lock the account for 15).
-- V6: plan-service's V5 is the clusters' outbox migration of the same issue.
create table service_account (
    id               uuid primary key,
    client_id        varchar(100) not null unique,
    secret_hash      varchar(200) not null,
    name             varchar(300) not null,
    unit_id          uuid not null references unit (id),
    -- comma-separated role names (today only "board")
    roles            varchar(200) not null,
    active           boolean not null default true,
    created_at       timestamptz not null,
    created_by       varchar(100) not null,
    secret_rotated_at timestamptz,
    deactivated_at   timestamptz,
    deactivated_by   varchar(100),
    last_token_at    timestamptz,
    failure_count    integer not null default 0,
    failures_since   timestamptz,
    locked_until     timestamptz,
    version          bigint not null default 0
);
