#!/usr/bin/env bash
# Benchmark (not a test): the dashboards' SQL on a city with ~100 000 unit reports.
#
# Creates a scratch database (report_bench<suffix>, dropped at the end), loads report-service's schema
# by running its migrations in Flyway's order with psql (the platform's V0_x, then V1…), generates a city
# of COMMUNES communes × UNITS units × PLANS plans × YEARS years of annual reports (with target values,
# returns, late and missing reports, second-hop periods and submitted consolidations), ANALYZEs it,
# and times the very statements report-service runs (report-service/src/main/resources/sql/dashboard/*.sql,
# with the optional filters the service would add) cold (first run in a new session) and warm (median of
# WARM runs in one session). EXPLAIN (ANALYZE, BUFFERS) of each goes to .bench/ (git-ignored).
#
# Usage: scripts/bench-dashboard.sh            (COMMUNES=30 UNITS=60 PLANS=10 YEARS=6 WARM=5; BENCH_DB_SUFFIX=_$$)
# While tuning: BENCH_KEEP=1 keeps the database at the end, BENCH_REUSE=1 times the queries on a kept one
# (same BENCH_DB_SUFFIX) without loading it again.
# "Cold" cannot mean an empty OS page cache here (the PostgreSQL server is shared and is not restarted):
# the first run in a fresh backend has empty catalog and plan caches, and the BUFFERS lines in .bench/
# show how much came from shared buffers (hit) and how much from the OS (read).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMMUNES="${COMMUNES:-30}"
UNITS="${UNITS:-60}"
PLANS="${PLANS:-10}"
YEARS="${YEARS:-6}"
WARM="${WARM:-5}"
FIRST_YEAR=2025
LAST_YEAR=$((FIRST_YEAR + YEARS - 1))
SUFFIX="${BENCH_DB_SUFFIX:-_$$}"
case "$SUFFIX" in *[!a-z0-9_]*) echo "BENCH_DB_SUFFIX may only contain a-z, 0-9 and _" >&2; exit 2 ;; esac
DB="report_bench$SUFFIX"
PGOPTS=(-h "${PG_HOST:-127.0.0.1}" -p "${PG_PORT:-5432}" -U "${PG_USER:-root}")
# The service runs its dashboard statements with SET LOCAL work_mem = thiduaso.dashboard.work-mem (32MB).
WORK_MEM="${WORK_MEM:-32MB}"
export PGOPTIONS="${PGOPTIONS:-} -c work_mem=$WORK_MEM"
OUT="$ROOT/.bench"
SQL_DIR="$ROOT/report-service/src/main/resources/sql/dashboard"
mkdir -p "$OUT"

psql_db() { psql "${PGOPTS[@]}" -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
ms() { date +%s%3N; }

cleanup() { [ "${BENCH_KEEP:-0}" = 1 ] || dropdb "${PGOPTS[@]}" --if-exists "$DB" 2>/dev/null || true; }
trap cleanup EXIT
if [ "${BENCH_REUSE:-0}" != 1 ]; then
dropdb "${PGOPTS[@]}" --if-exists "$DB" 2>/dev/null || true
createdb "${PGOPTS[@]}" "$DB"
echo "Cơ sở dữ liệu tạm / scratch database: $DB"

# --- schema: the migrations in Flyway's version order ---------------------------------------------
t0=$(ms)
mapfile -t migrations < <(
  for f in "$ROOT"/platform/src/main/resources/db/platform/V*.sql "$ROOT"/report-service/src/main/resources/db/migration/V*.sql; do
    v="$(basename "$f" | sed -E 's/^V([0-9_.]+)__.*/\1/' | tr '_' '.')"
    printf '%s\t%s\n' "$v" "$f"
  done | sort -V | cut -f2)
for f in "${migrations[@]}"; do psql_db -f "$f"; done
echo "Lược đồ / schema: ${#migrations[@]} migrations in $(( $(ms) - t0 )) ms ($(printf '%s ' "${migrations[@]##*/}"))"

# --- data --------------------------------------------------------------------------------------------
t0=$(ms)
psql_db -v communes="$COMMUNES" -v units="$UNITS" -v plans="$PLANS" -v first="$FIRST_YEAR" -v last="$LAST_YEAR" <<'SQL'
select setseed(0.42) \g /dev/null
-- The city, its communes (each with its office), their units (six kinds in turn).
insert into directory_unit (id, name, kind, path, updated_at)
values ('00000000-0000-0000-0000-00000000b001', 'Thành phố Đo Tải', 'CITY', '/bench', now());
create temp table b_commune as
  select c, md5('commune' || c)::uuid as id, '/bench/xa-' || c as path, 'UBND xã Đo Tải ' || c as name,
         md5('office' || c)::uuid as office_id
  from generate_series(1, :communes) c;
insert into directory_unit (id, name, kind, path, updated_at)
  select id, name, 'COMMUNE', path, now() from b_commune
  union all select office_id, 'Phòng Văn hóa - Xã hội', 'OFFICE', path || '/phong-vhxh', now() from b_commune;
create temp table b_unit as
  select c.c, u, md5('unit' || c.c || '/' || u)::uuid as id, c.path || '/dv-' || u as path,
         (array['VILLAGE','SCHOOL','OFFICE','ENTERPRISE','MASS_ORGANISATION','CENTRE'])[1 + u % 6] as kind,
         'Đơn vị ' || u || ' xã ' || c.c as name
  from b_commune c, generate_series(1, :units) u;
insert into directory_unit (id, name, kind, path, updated_at, head_name, email)
  select id, name, kind, path, now(), 'Thủ trưởng ' || u, 'dv' || u || '.xa' || c || '@bench.gov.vn' from b_unit;

-- Plans (4 targets each: two percentages, two counts), one annual obligation each with a second hop.
create temp table b_plan as
  select c.c, k, md5('plan' || c.c || '/' || k)::uuid as plan_id, md5('obligation' || c.c || '/' || k)::uuid as obligation_id,
         c.id as commune_id, c.path as commune_path, c.name as commune_name, c.office_id
  from b_commune c, generate_series(1, :plans) k;
create temp table b_target as
  select p.plan_id, t, md5('target' || p.plan_id || '/' || t)::uuid as target_id, 'CT0' || t as code, t <= 2 as percentage
  from b_plan p, generate_series(1, 4) t;
insert into reporting_plan (plan_id, plan_version, updated_at, number, title, issuing_unit_id, issuing_unit_path,
                            issuing_unit_name, start_year, end_year, targets)
  select p.plan_id, 1, now(), p.k || '/KH-UBND', 'Kế hoạch thi đua số ' || p.k, p.commune_id, p.commune_path,
         p.commune_name, :first, :last,
         (select jsonb_agg(jsonb_build_object('id', t.target_id, 'code', t.code, 'name', 'Chỉ tiêu ' || t.code,
                 'unitOfMeasure', case when t.percentage then '%' else 'lượt' end, 'percentage', t.percentage,
                 'comparison', 'GTE', 'values',
                 (select jsonb_agg(jsonb_build_object('year', y, 'value', case when t.percentage then 70 + (y - :first) * 4 else 1000 end))
                  from generate_series(:first, :last) y)) order by t.t)
          from b_target t where t.plan_id = p.plan_id)
  from b_plan p;

-- Periods: every plan and year, the reporters' (to the office) and the commune's own onwards.
create temp table b_period as
  select p.*, y, hop, md5('period' || p.plan_id || '/' || y || '/' || hop)::uuid as period_id
  from b_plan p, generate_series(:first, :last) y, (values (false), (true)) h(hop);
insert into reporting_period (id, plan_id, plan_number, plan_title, obligation_id, year, kind, title, recipient_unit_id,
                              recipient_unit_path, recipient_unit_name, issuing_unit_id, issuing_unit_path, due_date,
                              due_at, opened_at, opened_by_event, second_hop, original_due_at)
  select period_id, plan_id, k || '/KH-UBND', 'Kế hoạch thi đua số ' || k, obligation_id, y, 'ANNUAL',
         'Báo cáo kết quả thực hiện Phong trào thi đua số ' || k || ' năm ' || y,
         case when hop then null else office_id end, case when hop then null else commune_path || '/phong-vhxh' end,
         case when hop then 'Sở Nội vụ (Ban Thi đua - Khen thưởng)' else 'Phòng Văn hóa - Xã hội' end,
         commune_id, commune_path, make_date(y, 12, case when hop then 15 else 5 end),
         make_date(y, 12, case when hop then 15 else 5 end)::timestamp at time zone 'Asia/Ho_Chi_Minh',
         now(), gen_random_uuid(), hop, null
  from b_period;

-- Requirements with their fate: 7.4 % no report, 2 % draft, 3 % returned, 8 % submitted, the rest accepted;
-- 15 % of the submissions late.
create temp table b_req as
  select md5('req' || p.period_id || '/' || u.id)::uuid as id, p.period_id, p.y, u.u as position, u.id as unit_id,
         u.path as unit_path, u.name as unit_name, p.due_at, random() as fate, random() as lateness, random() as value_seed
  from (select b.*, make_date(b.y, 12, 5)::timestamp at time zone 'Asia/Ho_Chi_Minh' as due_at from b_period b where not hop) p
  join b_unit u on u.c = p.c;
insert into report_requirement (id, period_id, position, unit_id, unit_path, unit_name, status)
  select id, period_id, position, unit_id, unit_path, unit_name,
         case when fate < 0.074 then 'PENDING' when fate < 0.124 then 'DRAFTING'
              when fate < 0.204 then 'SUBMITTED' else 'ACCEPTED' end
  from b_req;
insert into report (id, requirement_id, status, narrative, created_by, created_at, difficulties, proposals,
                    updated_at, updated_by, submitted_at, submitted_by, late_seconds, accepted_at, accepted_by, returned_count)
  select md5('report' || r.id)::uuid, r.id,
         case when fate < 0.094 then 'DRAFT' when fate < 0.124 then 'RETURNED' when fate < 0.204 then 'SUBMITTED' else 'ACCEPTED' end,
         'Báo cáo của ' || unit_name, 'bench', due_at - interval '30 days', '', '', due_at - interval '10 days', 'bench',
         s.submitted_at, case when s.submitted_at is null then null else 'bench' end,
         case when s.submitted_at is null then null else greatest(0, extract(epoch from s.submitted_at - due_at))::bigint end,
         case when fate >= 0.204 then s.submitted_at + interval '2 days' end, case when fate >= 0.204 then 'office' end,
         case when fate >= 0.094 and fate < 0.124 then 1 else 0 end
  from b_req r
  cross join lateral (select case when r.fate < 0.094 then null
                                  when r.lateness < 0.15 then r.due_at + (r.lateness * 40) * interval '1 day'
                                  else r.due_at - (1 + r.lateness * 20) * interval '1 day' end as submitted_at) s
  where fate >= 0.074;
insert into report_target_value (report_id, target_id, target_code, year, value, numerator, denominator)
  select md5('report' || r.id)::uuid, t.target_id, t.code, r.y,
         case when t.percentage then round(100 * n.num / n.den, 4) else round((r.value_seed * 40)::numeric, 4) end,
         case when t.percentage then n.num end, case when t.percentage then n.den end
  from b_req r
  join reporting_period p on p.id = r.period_id
  join b_target t on t.plan_id = p.plan_id
  cross join lateral (select (100 + (r.value_seed * 200)::int)::numeric as den) d
  cross join lateral (select d.den as den, round(d.den * (0.55 + 0.45 * r.value_seed))::numeric as num) n
  where r.fate >= 0.074;

-- The communes' own requirements onwards, and their consolidations (90 % submitted).
insert into report_requirement (id, period_id, position, unit_id, unit_path, unit_name, status)
  select md5('hopreq' || h.period_id)::uuid, h.period_id, 0, h.commune_id, h.commune_path, h.commune_name,
         case when random() < 0.9 then 'SUBMITTED' else 'PENDING' end
  from b_period h where h.hop;
insert into consolidated_report (id, period_id, plan_id, year, unit_id, unit_path, unit_name, status, expected_reports,
                                 source_reports, assembled_at, assembled_by, approved_at, approved_by, submitted_at,
                                 submitted_by, second_hop_period_id, second_hop_requirement_id, recipient_name, due_at,
                                 late_seconds, created_at, created_by, updated_at, updated_by)
  select md5('consolidation' || src.period_id)::uuid, src.period_id, src.plan_id, src.y, src.commune_id, src.commune_path,
         src.commune_name, case when q.status = 'SUBMITTED' then 'SUBMITTED' else 'DRAFT' end, :units, :units,
         now(), 'office', now(), 'leader', case when q.status = 'SUBMITTED' then hop.due_at - interval '1 day' end,
         case when q.status = 'SUBMITTED' then 'office' end, hop.id, q.id, hop.recipient_unit_name, hop.due_at,
         case when q.status = 'SUBMITTED' then 0 end, now(), 'office', now(), 'office'
  from b_period src
  join reporting_period hop on hop.id = md5('period' || src.plan_id || '/' || src.y || '/true')::uuid
  join report_requirement q on q.id = md5('hopreq' || hop.id)::uuid
  where not src.hop;
analyze;
SQL
load_ms=$(( $(ms) - t0 ))
else
  load_ms=0
  echo "Dùng lại / reusing $DB"
fi
read -r n_req n_rep n_val n_hop n_cons < <(psql_db -At -F ' ' -c "select
  (select count(*) from report_requirement r join reporting_period p on p.id = r.period_id where not p.second_hop),
  (select count(*) from report), (select count(*) from report_target_value),
  (select count(*) from report_requirement r join reporting_period p on p.id = r.period_id where p.second_hop),
  (select count(*) from consolidated_report)")
echo "Dữ liệu / data: $COMMUNES xã × $UNITS đơn vị × $PLANS kế hoạch × $YEARS năm ($FIRST_YEAR–$LAST_YEAR) in $load_ms ms:"
echo "  $n_req unit requirements, $n_rep reports, $n_val target values, $n_hop second-hop requirements, $n_cons consolidations"
echo "  database size: $(psql_db -At -c "select pg_size_pretty(pg_database_size(current_database()))")"

# --- the statements ----------------------------------------------------------------------------------
# render FILE FILTERS [HAVING]: the service's statement with the optional parts it would add, and its
# :name parameters as psql variables :'name'.
render() {
  awk -v filters="$2" -v having="${3:-}" '
    /-- @filters/ { print "      " filters; next }
    /-- @having/  { print having; next }
    { print }' "$1" | sed -E "s/(^|[^:[:alnum:]_]):([a-zA-Z_][a-zA-Z0-9_]*)/\1:'\2'/g"
}
NOW="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
OFFICE_COMMUNE="/bench/xa-7"
OFFICE_PLAN="$(psql_db -At -c "select md5('plan7/3')::uuid")"
YEAR=2026

declare -a NAMES SQLS VARS
add() { NAMES+=("$1"); SQLS+=("$2"); VARS+=("$3"); }
add completeness_board_city_year "$(render "$SQL_DIR/completeness.sql" "and p.year = :year")" \
  "-v scope=/bench -v descendants=/bench/% -v now=$NOW -v limit=2000 -v year=$YEAR"
add completeness_board_city_all_years "$(render "$SQL_DIR/completeness.sql" "")" \
  "-v scope=/bench -v descendants=/bench/% -v now=$NOW -v limit=2000"
add completeness_office_commune_year "$(render "$SQL_DIR/completeness.sql" "and p.year = :year")" \
  "-v scope=$OFFICE_COMMUNE -v descendants=$OFFICE_COMMUNE/% -v now=$NOW -v limit=2000 -v year=$YEAR"
HAVING="having grouping(target_id, unit_id, target_code, commune_id) not in (3, 12) or year = :year"
add attainment_board_city_year "$(render "$SQL_DIR/attainment.sql" "and p.kind = 'ANNUAL'" "$HAVING")" \
  "-v scope=/bench -v descendants=/bench/% -v year=$YEAR -v withUnits=false"
add attainment_office_plan_trend "$(render "$SQL_DIR/attainment.sql" "and p.plan_id = :planId and p.kind = 'ANNUAL'" \
  "$HAVING")" \
  "-v scope=$OFFICE_COMMUNE -v descendants=$OFFICE_COMMUNE/% -v planId=$OFFICE_PLAN -v year=$YEAR -v withUnits=true"
add missing_board_city_year "$(render "$SQL_DIR/missing.sql" "and p.year = :year")" \
  "-v scope=/bench -v descendants=/bench/% -v now=$NOW -v limit=500 -v year=$YEAR"
add missing_office_commune_year "$(render "$SQL_DIR/missing.sql" "and p.year = :year")" \
  "-v scope=$OFFICE_COMMUNE -v descendants=$OFFICE_COMMUNE/% -v now=$NOW -v limit=500 -v year=$YEAR"

timing() { grep -oE '^Time: [0-9.]+ ms' | awk '{print $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

SUMMARY="$OUT/dashboard-summary.txt"
{
  echo "bench-dashboard $(date -u +%FT%TZ): $COMMUNES communes × $UNITS units × $PLANS plans × $YEARS years; work_mem $WORK_MEM; load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "$n_req unit requirements, $n_rep reports, $n_val target values, $n_hop second-hop requirements"
  printf '%-36s %10s %10s %8s\n' query cold_ms warm_ms rows
} > "$SUMMARY"
echo "work_mem $WORK_MEM; load average $(cut -d' ' -f1-3 /proc/loadavg) (2 cores, shared)"
printf '%-36s %10s %10s %8s\n' query cold_ms warm_ms rows
for i in "${!NAMES[@]}"; do
  name="${NAMES[$i]}"; sql="${SQLS[$i]}"; read -r -a vars <<<"${VARS[$i]}"
  printf '%s;\n' "$sql" > "$OUT/$name.sql"
  # cold: a new session, first execution
  cold=$( { echo '\timing on'; echo '\o /dev/null'; cat "$OUT/$name.sql"; } | psql_db "${vars[@]}" | timing | head -1)
  warm=$( { echo '\timing on'; echo '\o /dev/null'; for _ in $(seq 1 "$WARM"); do cat "$OUT/$name.sql"; done; } \
    | psql_db "${vars[@]}" | timing | median)
  rows=$( { cat "$OUT/$name.sql"; } | psql_db -At "${vars[@]}" | wc -l)
  { echo "EXPLAIN (ANALYZE, BUFFERS)"; cat "$OUT/$name.sql"; } | psql_db "${vars[@]}" > "$OUT/$name.explain.txt"
  printf '%-36s %10s %10s %8s\n' "$name" "$cold" "$warm" "$rows" | tee -a "$SUMMARY"
done
echo "EXPLAIN (ANALYZE, BUFFERS) and the statements: $OUT/ (summary: $SUMMARY)"
