#!/usr/bin/env bash
# Benchmark (not a test): how long notification-service's reminder claim takes among 1 000 000
# scheduled reminders. Creates a scratch database (never a service's or a test's), loads the real
# schema (platform migrations + notification-service's own, as Flyway would), generates the rows
# with generate_series, then measures the claim query of ScheduledReminderRepository.CLAIM_SQL:
#   1. EXPLAIN (ANALYZE, BUFFERS) of one claim of a batch (100 rows) and of the "superseded" check;
#   2. pgbench: the claim transaction (claim + mark the batch, rolled back so every run finds the same
#      rows) repeated, by one claimer and by two claimers at once (FOR UPDATE SKIP LOCKED);
#   3. the same after a clock jump: 100 000 rows due at once.
# Usage: scripts/bench-reminders.sh [rows=1000000]   Output: .bench/reminders/<time>.txt (and stdout).
# Needs PostgreSQL on 127.0.0.1:5432 (scripts/lib.sh) with psql; pgbench comes with the server package.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROWS="${1:-1000000}"
DB="${BENCH_DB:-bench_reminders}"
PG=(-h "${PG_HOST:-127.0.0.1}" -p "${PG_PORT:-5432}" -U "${PG_USER:-root}")
PGBENCH="$(command -v pgbench || echo /usr/lib/postgresql/15/bin/pgbench)"
OUT_DIR="$ROOT/.bench/reminders"
mkdir -p "$OUT_DIR"
OUT="$OUT_DIR/$(date +%Y%m%d-%H%M%S).txt"
PER_DEADLINE=20
DEADLINES=$(( ROWS / PER_DEADLINE ))
psql_db() { psql "${PG[@]}" -d "$DB" -v ON_ERROR_STOP=1 -q "$@"; }

exec > >(tee "$OUT") 2>&1
echo "== bench-reminders: $ROWS scheduled reminders ($DEADLINES deadlines × $PER_DEADLINE), $(date -Is)"
echo "   machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(psql "${PG[@]}" -d postgres -tAc 'select version()' | cut -d, -f1)"

psql "${PG[@]}" -d postgres -v ON_ERROR_STOP=1 -q -c "drop database if exists $DB" -c "create database $DB"
for f in "$ROOT"/platform/src/main/resources/db/platform/V*.sql "$ROOT"/notification-service/src/main/resources/db/migration/V*.sql; do
  psql_db -f "$f"
done
echo "   schema loaded: $(ls "$ROOT"/notification-service/src/main/resources/db/migration/ | tr '\n' ' ')"

start=$(date +%s)
psql_db <<SQL
-- Deadlines 2025–2030 (one due date per day in turn), 10 % already submitted.
insert into deadline (id, period_id, plan_id, plan_title, title, unit_id, unit_path, unit_name,
                      due_at, due_date, status, created_at, cycle)
select md5('d' || g)::uuid, md5('p' || (g / 20))::uuid, md5('k' || (g / 400))::uuid,
       'Kế hoạch ' || (g / 400), 'Báo cáo năm ' || (2025 + g % 6), md5('u' || g)::uuid,
       '/tp/xa-' || (g % 100) || '/thon-' || g, 'Thôn ' || g,
       ((date '2025-01-01' + (g % 2190)) + time '00:00') at time zone 'Asia/Ho_Chi_Minh',
       date '2025-01-01' + (g % 2190),
       case when g % 10 = 0 then 'SUBMITTED' else 'OPEN' end, now(), 1
from generate_series(1, $DEADLINES) g;

-- $PER_DEADLINE steps per deadline for two recipients, at 08:00 (due − 16 h ± 3-day steps).
-- Past steps are done (SENT, SUPERSEDED or CANCELLED), future ones SCHEDULED.
insert into scheduled_reminder (id, deadline_id, cycle, step, kind, recipient_kind, recipient_id,
                                step_date, fire_at, status, created_at, processed_at)
select gen_random_uuid(), d.id, 1, 'S' || s,
       case when s < 5 then 'REMINDER' when s < 15 then 'OVERDUE' else 'ESCALATION' end, 'USER',
       md5(d.id::text || (s % 2))::uuid,
       ((d.due_at + (s - 5) * interval '3 days' - interval '16 hours') at time zone 'Asia/Ho_Chi_Minh')::date,
       d.due_at + (s - 5) * interval '3 days' - interval '16 hours',
       case when d.due_at + (s - 5) * interval '3 days' - interval '16 hours' > now() then 'SCHEDULED'
            when d.status = 'SUBMITTED' then 'CANCELLED'
            when s % 7 = 0 then 'SUPERSEDED' else 'SENT' end,
       now(), null
from deadline d, generate_series(0, $PER_DEADLINE - 1) s;

-- This morning's backlog: what fell due in the last three days and is not handled yet.
update scheduled_reminder set status = 'SCHEDULED'
where fire_at > now() - interval '3 days' and fire_at <= now();
vacuum analyze deadline;
vacuum analyze scheduled_reminder;
SQL
echo "   generated in $(( $(date +%s) - start )) s"
psql_db -c "select status, count(*) as rows, count(*) filter (where fire_at <= now()) as due_now
            from scheduled_reminder group by status order by status"
psql_db -tAc "select 'table + indexes: ' || pg_size_pretty(pg_total_relation_size('scheduled_reminder'))"

CLAIM="select * from scheduled_reminder where status = 'SCHEDULED' and fire_at <= now() order by fire_at limit 100 for update skip locked"
SUPERSEDED="select r.id from scheduled_reminder r where r.id in (select id from scheduled_reminder where status = 'SCHEDULED' and fire_at <= now() order by fire_at limit 100) and exists (select 1 from scheduled_reminder l where l.deadline_id = r.deadline_id and l.recipient_id = r.recipient_id and l.cycle = r.cycle and l.fire_at > r.fire_at and l.fire_at <= now() and l.status in ('SCHEDULED', 'SENT'))"

measure() {
  local label=$1
  echo
  echo "== $label: EXPLAIN (ANALYZE, BUFFERS) of the claim (batch of 100)"
  psql_db -c "begin" -c "explain (analyze, buffers, costs off) $CLAIM" -c "rollback"
  echo "== $label: the superseded check of that batch"
  psql_db -c "explain (analyze, buffers, costs off) $SUPERSEDED"
  local script
  script=$(mktemp)
  cat > "$script" <<PGB
begin;
with claimed as ($CLAIM)
update scheduled_reminder r set status = 'SENT', processed_at = now() from claimed where r.id = claimed.id;
rollback;
PGB
  echo "== $label: pgbench, one claimer (claim + mark 100 rows, rolled back), 200 transactions"
  "$PGBENCH" "${PG[@]}" -n -f "$script" -t 200 -c 1 "$DB" 2>&1 | grep -E "latency average|tps ="
  echo "== $label: pgbench, two claimers at once, 200 transactions each"
  "$PGBENCH" "${PG[@]}" -n -f "$script" -t 200 -c 2 -j 2 "$DB" 2>&1 | grep -E "latency average|tps ="
  rm -f "$script"
}

measure "normal morning"

echo
echo "== clock jump: 100 000 more rows due at once"
psql_db -c "update scheduled_reminder set fire_at = now() - interval '1 minute' * (random() * 600)
            where id in (select id from scheduled_reminder where status = 'SCHEDULED' and fire_at > now()
                         order by fire_at limit 100000)"
psql_db -c "vacuum analyze scheduled_reminder"
measure "after the jump"

psql "${PG[@]}" -d postgres -q -c "drop database if exists $DB"
echo
echo "== done; output kept in ${OUT#"$ROOT"/}"
