-- Shared by every service (platform library): who changed what, written by a row trigger in the same
-- transaction as the change. A service hooks a table with one line in its own migration:
--   select platform_audit_table('unit', 'unit', 'path');
-- (table, object type, column holding the unit path [, SQL resolving that column to a path] [, ignored columns]).
-- The actor is set per transaction by vn.thiduaso.platform.audit.AuditTrail (set_config('thiduaso.actor', ...)).
create table audit_log (
    id           bigserial primary key,
    at           timestamptz   not null,
    actor        varchar(200)  not null,
    action       varchar(10)   not null,
    object_type  varchar(60)   not null,
    object_id    varchar(100)  not null,
    unit_path    varchar(1000),
    changes      jsonb         not null
);
create index audit_log_object_idx on audit_log (object_type, object_id);
create index audit_log_at_idx on audit_log (at);
create index audit_log_actor_idx on audit_log (actor);
create index audit_log_unit_path_idx on audit_log (unit_path varchar_pattern_ops);

-- TG_ARGV: 0 object type, 1 column giving the unit path (or a unit id when 2 is set),
-- 2 optional SQL turning that value into a path ($1), 3 optional comma-separated columns never recorded,
-- 4 optional comma-separated jsonb columns recorded key by key ("content.targets": a plan version's parts),
-- 5 optional column holding the object id (default id; e.g. plan_id so a plan's versions file under the plan).
create or replace function platform_audit() returns trigger language plpgsql as $$
declare
    old_row   jsonb := case when TG_OP <> 'INSERT' then to_jsonb(OLD) end;
    new_row   jsonb := case when TG_OP <> 'DELETE' then to_jsonb(NEW) end;
    row_now   jsonb := coalesce(to_jsonb(NEW), to_jsonb(OLD));
    ignored   text[] := array['version'] || coalesce(string_to_array(nullif(TG_ARGV[3], ''), ','), '{}'::text[]);
    expanded  text[] := coalesce(string_to_array(nullif(TG_ARGV[4], ''), ','), '{}'::text[]);
    id_column text := coalesce(nullif(TG_ARGV[5], ''), 'id');
    changes   jsonb;
    path_text text;
begin
    select coalesce(jsonb_agg(jsonb_build_object('field', f, 'before', b, 'after', a) order by f), '[]'::jsonb)
      into changes
      from (select k as f, old_row -> k as b, new_row -> k as a
              from jsonb_object_keys(row_now) as k
             where k <> all (ignored) and k <> all (expanded)
               and (old_row -> k) is distinct from (new_row -> k)
            union all
            select c || '.' || k, old_row -> c -> k, new_row -> c -> k
              from unnest(expanded) as c,
                   jsonb_object_keys(coalesce(old_row -> c, '{}'::jsonb) || coalesce(new_row -> c, '{}'::jsonb)) as k
             where (old_row -> c -> k) is distinct from (new_row -> c -> k)) as diff;
    if TG_OP = 'UPDATE' and changes = '[]'::jsonb then
        return null;
    end if;
    if coalesce(TG_ARGV[2], '') <> '' then
        execute TG_ARGV[2] into path_text using (row_now ->> TG_ARGV[1]);
    else
        path_text := row_now ->> TG_ARGV[1];
    end if;
    insert into audit_log (at, actor, action, object_type, object_id, unit_path, changes)
    values (clock_timestamp(), coalesce(nullif(current_setting('thiduaso.actor', true), ''), 'system'),
            TG_OP, TG_ARGV[0], row_now ->> id_column, path_text, changes);
    return null;
end
$$;

create or replace function platform_audit_table(table_name text, object_type text, path_column text,
        path_sql text default null, ignored_columns text default null, expanded_columns text default null,
        id_column text default null) returns void language plpgsql as $$
begin
    execute format('create trigger %I after insert or update or delete on %I for each row execute function platform_audit(%L, %L, %L, %L, %L, %L)',
                   table_name || '_audit', table_name, object_type, path_column, coalesce(path_sql, ''),
                   coalesce(ignored_columns, ''), coalesce(expanded_columns, ''), coalesce(id_column, ''));
end
$$;
