-- Directory and accounts: unit details and state, several roles per user, temporary passwords,
-- sign-in lockout, rotating refresh tokens, clusters (khối thi đua), and the audit hooks.

alter table unit
    add column head_name  varchar(200),
    add column head_title varchar(200),
    add column email      varchar(254),
    add column phone      varchar(40),
    add column active     boolean not null default true;

-- A user may hold several roles; the first is the one the single `role` claim carries.
alter table app_user add column roles varchar(20)[];
update app_user set roles = array[role];
alter table app_user alter column roles set not null;
alter table app_user drop column role;
alter table app_user
    add column must_change_password boolean not null default false,
    add column password_changed_at  timestamptz;

create table login_failure (
    id       bigserial primary key,
    user_id  uuid not null references app_user (id) on delete cascade,
    at       timestamptz not null
);
create index login_failure_user_at_idx on login_failure (user_id, at);

-- Khoá tài khoản: five wrong passwords within 15 minutes lock it for 15 minutes.
create table account_lock (
    id            uuid primary key,
    user_id       uuid not null references app_user (id) on delete cascade,
    locked_at     timestamptz not null,
    locked_until  timestamptz not null,
    lifted_at     timestamptz,
    lifted_by     varchar(100)
);
create index account_lock_user_idx on account_lock (user_id, locked_until);

-- Refresh tokens are opaque; only their SHA-256 is stored. A family is one sign-in and its rotations.
create table refresh_token (
    id              uuid primary key,
    family_id       uuid not null,
    user_id         uuid not null references app_user (id) on delete cascade,
    token_hash      varchar(64) not null unique,
    issued_at       timestamptz not null,
    expires_at      timestamptz not null,
    rotated_at      timestamptz,
    revoked_at      timestamptz,
    revoked_reason  varchar(40)
);
create index refresh_token_family_idx on refresh_token (family_id);
create index refresh_token_user_idx on refresh_token (user_id);

-- Khối thi đua: units of one commune competing together in one year.
create table cluster (
    id              uuid primary key,
    name            varchar(300) not null,
    commune_id      uuid not null references unit (id),
    year            integer not null check (year between 2000 and 2100),
    head_unit_id    uuid references unit (id),
    deputy_unit_id  uuid references unit (id),
    -- members as one column so that the audit log shows who joined or left
    member_unit_ids uuid[] not null default '{}',
    created_at      timestamptz not null,
    version         bigint not null default 0
);
create index cluster_commune_year_idx on cluster (commune_id, year);

select platform_audit_table('unit', 'unit', 'path');
select platform_audit_table('app_user', 'user', 'unit_id', 'select path from unit where id = $1::uuid', 'password_hash');
select platform_audit_table('cluster', 'cluster', 'commune_id', 'select path from unit where id = $1::uuid');

-- Copies of unit paths in this service's tables (plan.issuing_unit_path, plan_addressee.unit_path and
-- any later *unit_path column) follow a unit that moves: one statement per such column, found from the
-- catalogue so that tables added later are covered too. The audit log and the outbox keep history.
create or replace function rewrite_unit_path_copies(old_path text, new_path text) returns void language plpgsql as $$
declare
    c record;
begin
    for c in select col.table_name, col.column_name
               from information_schema.columns col
               join information_schema.tables t on t.table_schema = col.table_schema and t.table_name = col.table_name
              where col.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                and col.column_name like '%unit\_path'
                and col.table_name not in ('audit_log', 'outbox_event', 'inbox_event', 'idempotency_record') loop
        execute format('update %I set %I = $2 || substr(%I, length($1) + 1) where %I = $1 or starts_with(%I, $1 || ''/'')',
                       c.table_name, c.column_name, c.column_name, c.column_name, c.column_name)
            using old_path, new_path;
    end loop;
end
$$;
