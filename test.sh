#!/usr/bin/env bash
# Thi đua Số — chạy toàn bộ kiểm thử / runs every test suite, then prints a table and one final
# line "N passed, N failed" summing all suites. Exit status is non-zero when anything failed.
#
#   ./test.sh               Maven (all modules, -fae) → frontend unit (vitest) → stack: ./run.sh,
#                           Playwright e2e, scripts/smoke.sh, scripts/faults.sh (own stack only),
#                           ./run.sh stop, ports-free check
#   ./test.sh --no-e2e      Maven and frontend unit tests only
#   ./test.sh --only-maven  Maven only
#
# A suite that fails to run (build error, missing report) counts as failed, never as zero.
# If the stack (./run.sh) is already running, it is reused and left running; otherwise test.sh
# starts its own with fresh databases plan_e2e, report_e2e, … (RUN_DIR .run/e2e-stack) and stops it.
# Logs: $RUN_DIR/test-logs/ (default .run/test-logs/). Never prompts (CI=true, no stdin is fine).
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
cd "$ROOT" || exit 1

RUN_UNIT=1
RUN_E2E=1
for arg in "$@"; do
  case "$arg" in
    --no-e2e) RUN_E2E=0 ;;
    --only-maven) RUN_E2E=0; RUN_UNIT=0 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $arg (see --help)" >&2; exit 2 ;;
  esac
done

TEST_LOG_DIR="$RUN_DIR/test-logs"
E2E_RUN_DIR="$RUN_DIR/e2e-stack"
# The stack test.sh starts itself: own run directory, own databases (plan_e2e, …).
e2e_stack() { RUN_DIR="$E2E_RUN_DIR" DB_SUFFIX=_e2e AWARD_CLOCK_CONTROL=true "$ROOT/run.sh" "$@"; }
mkdir -p "$TEST_LOG_DIR"
exec </dev/null

SUITE_NAMES=(); SUITE_P=(); SUITE_F=(); SUITE_S=(); SUITE_T=(); SUITE_NOTE=()
record() { # name passed failed skipped seconds note
  SUITE_NAMES+=("$1"); SUITE_P+=("$2"); SUITE_F+=("$3"); SUITE_S+=("$4"); SUITE_T+=("$5"); SUITE_NOTE+=("${6:-}")
  printf '%s[test]%s %s: %s passed, %s failed, %s skipped (%ss)%s\n' "$C_BOLD" "$C_RESET" \
    "$1" "$2" "$3" "$4" "$5" "${6:+ — $6}"
}
section() { printf '\n%s[test] ═══ %s ═══%s\n' "$C_BOLD" "$*" "$C_RESET"; }
secs_since() { echo $(( ($(now_ms) - $1) / 1000 )); }

# count MODE FILES... → sets C_P C_F C_S; returns 1 when the report is unreadable.
count() {
  local out
  out="$(node "$ROOT/scripts/count-tests.mjs" "$@")" || return 1
  read -r C_P C_F C_S <<<"$out"
}

# Every component of a stack answers (started by ./run.sh from any clone, or by other means).
stack_answers() {
  local svc
  for svc in "${SERVICES[@]}"; do http_ok "http://127.0.0.1:$(service_port "$svc")/q/health/ready" || return 1; done
  http_ok http://127.0.0.1:8080/ && http_ok http://127.0.0.1:8025/api/configuration && port_open 9092
}

T_ALL=$(now_ms)
STARTED_STACK=0
on_signal() {
  err "interrupted"
  if [ "$STARTED_STACK" = 1 ]; then e2e_stack stop || true; fi
  exit 130
}
trap on_signal INT TERM

# --- preconditions -----------------------------------------------------------------------------

section "Chuẩn bị / preparing"
ensure_postgres || err "PostgreSQL is not available: tests that need it will fail"
ensure_fonts || err "fonts-liberation2 could not be installed: plan PDFs fall back to DejaVu Serif"
if [ "$RUN_E2E" = 1 ]; then
  ensure_chromium || err "Chromium could not be installed: the e2e suite will fail"
  ensure_docker_compose || err "docker-compose could not be installed: its smoke check will fail"
fi

# --- Maven -------------------------------------------------------------------------------------

section "Maven: ./mvnw -B -fae install (tests included)"
t0=$(now_ms)
rm -rf "$ROOT"/*/target/surefire-reports
MVN_LOG="$TEST_LOG_DIR/maven.log"
# Full output to the log; the console gets the test and module summaries and the errors.
./mvnw -B -fae install 2>&1 | tee "$MVN_LOG" \
  | grep --line-buffered -E '^\[(ERROR|WARNING)\] Tests run:|^\[INFO\] Tests run:|^\[ERROR\]|Reactor Summary|^\[INFO\] .* (SUCCESS|FAILURE|SKIPPED)( \[|$)|^\[INFO\] BUILD'
mvn_rc=${PIPESTATUS[0]}
shopt -s nullglob
reports=("$ROOT"/*/target/surefire-reports/TEST-*.xml)
note=""
if [ ${#reports[@]} -eq 0 ]; then
  M_P=0; M_F=0; M_S=0; note="no surefire report"
elif count surefire "${reports[@]}"; then
  M_P=$C_P; M_F=$C_F; M_S=$C_S
else
  M_P=0; M_F=1; M_S=0; note="unreadable surefire reports"
fi
if [ "$mvn_rc" -ne 0 ]; then
  # Modules that failed or were skipped without a failing test report (compile error, Quarkus build
  # error, a dependency that failed) count as one failure each.
  bad_modules="$(sed -n '/Reactor Summary/,/BUILD/p' "$MVN_LOG" | grep -v 'BUILD' | grep -cE ' (FAILURE|SKIPPED)( \[|$)')"
  modules_with_failed_tests=0
  for d in "$ROOT"/*/target/surefire-reports; do
    mod_reports=("$d"/TEST-*.xml)
    [ ${#mod_reports[@]} -gt 0 ] || continue
    if count surefire "${mod_reports[@]}" && [ "$C_F" -gt 0 ]; then
      modules_with_failed_tests=$((modules_with_failed_tests + 1))
    fi
  done
  extra=$((bad_modules - modules_with_failed_tests))
  if [ "$extra" -lt 1 ] && [ "$M_F" -eq 0 ]; then extra=1; fi
  if [ "$extra" -gt 0 ]; then
    M_F=$((M_F + extra))
    note="Maven exit $mvn_rc: $extra module(s) failed to build or were skipped, see ${MVN_LOG#"$ROOT"/}"
  else
    note="see ${MVN_LOG#"$ROOT"/}"
  fi
fi
shopt -u nullglob
record "maven (surefire)" "$M_P" "$M_F" "$M_S" "$(secs_since "$t0")" "$note"

# --- frontend unit tests -----------------------------------------------------------------------

NPM_OK=1
if [ "$RUN_UNIT" = 1 ]; then
  section "Frontend unit tests: npm run test:unit (vitest)"
  t0=$(now_ms)
  if npm_install_needed; then
    npm_ci > "$TEST_LOG_DIR/npm-ci.log" 2>&1 || { NPM_OK=0; tail -20 "$TEST_LOG_DIR/npm-ci.log"; }
  fi
  if [ "$NPM_OK" = 0 ]; then
    record "frontend unit (vitest)" 0 1 0 "$(secs_since "$t0")" "npm ci failed"
  else
    rm -f "$ROOT/frontend/test-results/unit.json"
    (cd "$ROOT/frontend" && npm run test:unit) > "$TEST_LOG_DIR/frontend-unit.log" 2>&1
    rc=$?
    tail -15 "$TEST_LOG_DIR/frontend-unit.log"
    note=""
    if ! count vitest "$ROOT/frontend/test-results/unit.json"; then
      C_P=0; C_F=1; C_S=0; note="no readable test-results/unit.json"
    fi
    if [ "$rc" -ne 0 ] && [ "$C_F" -eq 0 ]; then C_F=1; note="vitest exited $rc"; fi
    record "frontend unit (vitest)" "$C_P" "$C_F" "$C_S" "$(secs_since "$t0")" "$note"

    # Generated API types are what frontend/openapi/*.json generates (stale types fail: one test).
    t0=$(now_ms)
    (cd "$ROOT/frontend" && npm run -s check:api) > "$TEST_LOG_DIR/frontend-api-types.log" 2>&1
    rc=$?
    tail -8 "$TEST_LOG_DIR/frontend-api-types.log"
    if [ "$rc" -eq 0 ]; then
      record "frontend API types (check:api)" 1 0 0 "$(secs_since "$t0")"
    else
      record "frontend API types (check:api)" 0 1 0 "$(secs_since "$t0")" "stale: npm run gen:api in frontend/"
    fi

    # The four OpenAPI documents are the board's contract: @redocly/cli lint (redocly.yaml), no errors.
    t0=$(now_ms)
    "$ROOT/scripts/lint-openapi.sh" > "$TEST_LOG_DIR/openapi-lint.log" 2>&1
    rc=$?
    grep -E "error|warning|valid" "$TEST_LOG_DIR/openapi-lint.log" | tail -6
    if [ "$rc" -eq 0 ]; then
      record "OpenAPI lint (redocly)" 1 0 0 "$(secs_since "$t0")"
    else
      record "OpenAPI lint (redocly)" 0 1 0 "$(secs_since "$t0")" "see $TEST_LOG_DIR/openapi-lint.log"
    fi
  fi
fi

# --- end-to-end --------------------------------------------------------------------------------

if [ "$RUN_E2E" = 1 ]; then
  section "Stack: ./run.sh"
  t0=$(now_ms)
  STACK_OK=0
  if ./run.sh status > /dev/null 2>&1 || stack_answers; then
    log "the stack is already running: reusing it (it stays running afterwards)"
    STACK_OK=1
  else
    # A stack of its own: fresh databases plan_e2e, … and Kafka data under $E2E_RUN_DIR, so the demo
    # chain runs from the start and a developer's ./run.sh data is never touched.
    STARTED_STACK=1
    # After a green Maven build the jars are fresh; after a red one run.sh rebuilds what is missing.
    skip_build=0; [ "$mvn_rc" -eq 0 ] && skip_build=1
    if FRESH=1 SKIP_BUILD=$skip_build e2e_stack start > "$TEST_LOG_DIR/run.log" 2>&1; then
      STACK_OK=1
      grep -E '^\[run\].*(ready in|message|WARNING|started in)' "$TEST_LOG_DIR/run.log"
    else
      tail -40 "$TEST_LOG_DIR/run.log"
      err "./run.sh failed (log: $TEST_LOG_DIR/run.log)"
    fi
  fi
  log "stack start: $(secs_since "$t0") s"

  if [ "$STARTED_STACK" = 1 ] && [ "$STACK_OK" = 1 ]; then
    # The stack above started from empty databases and Kafka data: a clean start logs none of the
    # errors of topic creation racing the producer (issue 8, item 2).
    section "Clean start: scripts/check-clean-start.sh"
    t0=$(now_ms)
    SMOKE_RESULT_FILE="$TEST_LOG_DIR/clean-start.result"
    rm -f "$SMOKE_RESULT_FILE"
    SMOKE_RESULT_FILE="$SMOKE_RESULT_FILE" "$ROOT/scripts/check-clean-start.sh" "$E2E_RUN_DIR/logs" 2>&1
    if [ -s "$SMOKE_RESULT_FILE" ]; then
      read -r C_P C_F < "$SMOKE_RESULT_FILE"
      record "clean start (logs)" "$C_P" "$C_F" 0 "$(secs_since "$t0")"
    else
      record "clean start (logs)" 0 1 0 "$(secs_since "$t0")" "check-clean-start.sh wrote no result"
    fi
  fi

  section "End-to-end: npm run test:e2e (Playwright)"
  t0=$(now_ms)
  if [ "$STACK_OK" = 0 ]; then
    record "e2e (playwright)" 0 1 0 "$(secs_since "$t0")" "not run: the stack did not start"
  elif [ "$NPM_OK" = 0 ]; then
    record "e2e (playwright)" 0 1 0 "$(secs_since "$t0")" "not run: npm ci failed"
  else
    if npm_install_needed; then npm_ci > "$TEST_LOG_DIR/npm-ci.log" 2>&1; fi
    rm -f "$ROOT/frontend/test-results/e2e.json"
    (cd "$ROOT/frontend" && CI=true PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
      E2E_BASE_URL=http://127.0.0.1:8080 PLAYWRIGHT_BASE_URL=http://127.0.0.1:8080 E2E_STACK_RUNNING=1 \
      npm run test:e2e) > "$TEST_LOG_DIR/e2e.log" 2>&1
    rc=$?
    tail -25 "$TEST_LOG_DIR/e2e.log"
    note=""
    if ! count playwright "$ROOT/frontend/test-results/e2e.json"; then
      C_P=0; C_F=1; C_S=0; note="no readable test-results/e2e.json"
    fi
    if [ "$rc" -ne 0 ] && [ "$C_F" -eq 0 ]; then C_F=1; note="playwright exited $rc"; fi
    record "e2e (playwright)" "$C_P" "$C_F" "$C_S" "$(secs_since "$t0")" "$note"
  fi

  section "Smoke: scripts/smoke.sh"
  t0=$(now_ms)
  SMOKE_RESULT_FILE="$TEST_LOG_DIR/smoke.result"
  rm -f "$SMOKE_RESULT_FILE"
  SMOKE_RESULT_FILE="$SMOKE_RESULT_FILE" "$ROOT/scripts/smoke.sh" stack 2>&1 | tee "$TEST_LOG_DIR/smoke.log"
  if [ -s "$SMOKE_RESULT_FILE" ]; then
    read -r C_P C_F < "$SMOKE_RESULT_FILE"
    record "smoke (stack)" "$C_P" "$C_F" 0 "$(secs_since "$t0")"
  else
    record "smoke (stack)" 0 1 0 "$(secs_since "$t0")" "smoke.sh wrote no result"
  fi

  # Faults kill and restart the stack's processes by PID (scripts/faults.sh): only on the stack
  # test.sh started itself, after the e2e and smoke suites, which need it intact; every process is
  # back before the stop below.
  section "Faults: scripts/faults.sh (broker, consumer, relay and PostgreSQL faults)"
  t0=$(now_ms)
  if [ "$STARTED_STACK" = 1 ] && [ "$STACK_OK" = 1 ]; then
    FAULTS_RESULT_FILE="$TEST_LOG_DIR/faults.result"
    rm -f "$FAULTS_RESULT_FILE" "$TEST_LOG_DIR/faults.figures"
    FAULTS_RESULT_FILE="$FAULTS_RESULT_FILE" FAULTS_FIGURES_FILE="$TEST_LOG_DIR/faults.figures" \
      RUN_DIR="$E2E_RUN_DIR" DB_SUFFIX=_e2e AWARD_CLOCK_CONTROL=true \
      timeout 900 "$ROOT/scripts/faults.sh" 2>&1 | tee "$TEST_LOG_DIR/faults.log"
    if [ -s "$FAULTS_RESULT_FILE" ]; then
      read -r C_P C_F < "$FAULTS_RESULT_FILE"
      record "faults (stack)" "$C_P" "$C_F" 0 "$(secs_since "$t0")"
    else
      record "faults (stack)" 0 1 0 "$(secs_since "$t0")" "faults.sh wrote no result (log: $TEST_LOG_DIR/faults.log)"
    fi
  elif [ "$STACK_OK" = 0 ]; then
    record "faults (stack)" 0 1 0 "$(secs_since "$t0")" "not run: the stack did not start"
  else
    record "faults (stack)" 0 0 1 "$(secs_since "$t0")" "not run: the running stack is not test.sh's own (faults kill its processes)"
  fi

  if [ "$STARTED_STACK" = 1 ]; then
    section "Stop: ./run.sh stop"
    t0=$(now_ms)
    e2e_stack stop 2>&1 | tee "$TEST_LOG_DIR/stop.log"
    SMOKE_RESULT_FILE="$TEST_LOG_DIR/ports.result"
    rm -f "$SMOKE_RESULT_FILE"
    SMOKE_RESULT_FILE="$SMOKE_RESULT_FILE" "$ROOT/scripts/smoke.sh" ports-free 2>&1
    if [ -s "$SMOKE_RESULT_FILE" ]; then
      read -r C_P C_F < "$SMOKE_RESULT_FILE"
      record "ports free after stop" "$C_P" "$C_F" 0 "$(secs_since "$t0")"
    else
      record "ports free after stop" 0 1 0 "$(secs_since "$t0")" "smoke.sh wrote no result"
    fi
  fi
fi

# --- summary -----------------------------------------------------------------------------------

TOTAL_P=0; TOTAL_F=0; TOTAL_S=0
printf '\n%-26s %7s %7s %8s %8s  %s\n' "SUITE" "PASSED" "FAILED" "SKIPPED" "TIME(s)" "NOTE"
for i in "${!SUITE_NAMES[@]}"; do
  printf '%-26s %7s %7s %8s %8s  %s\n' "${SUITE_NAMES[$i]}" "${SUITE_P[$i]}" "${SUITE_F[$i]}" \
    "${SUITE_S[$i]}" "${SUITE_T[$i]}" "${SUITE_NOTE[$i]}"
  TOTAL_P=$((TOTAL_P + SUITE_P[i])); TOTAL_F=$((TOTAL_F + SUITE_F[i])); TOTAL_S=$((TOTAL_S + SUITE_S[i]))
done
printf '%-26s %7s %7s %8s %8s\n' "TOTAL" "$TOTAL_P" "$TOTAL_F" "$TOTAL_S" "$(secs_since "$T_ALL")"
echo "$TOTAL_P passed, $TOTAL_F failed"
[ "$TOTAL_F" -eq 0 ]
