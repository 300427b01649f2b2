#!/usr/bin/env bash
# Smoke tests of the running stack (started by ./run.sh). Each check is one test.
#   scripts/smoke.sh              checks the running stack
#   scripts/smoke.sh ports-free   checks that nothing listens on the stack's ports (after ./run.sh stop)
# Prints PASS/FAIL per check and "smoke: N passed, N failed"; writes "N M" (passed failed) to
# $SMOKE_RESULT_FILE when that is set. Exit status 0 only when every check passed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
cd "$ROOT" || exit 1

SMOKE_MAIL_WAIT="${SMOKE_MAIL_WAIT:-30}"
PASSED=0
FAILED=0

pass() { PASSED=$((PASSED + 1)); printf '  %sPASS%s %s\n' "$C_GREEN" "$C_RESET" "$1"; }
fail() { FAILED=$((FAILED + 1)); printf '  %sFAIL%s %s — %s\n' "$C_RED" "$C_RESET" "$1" "$2"; }
check() { # name reason command...
  local name="$1" reason="$2"; shift 2
  if "$@"; then pass "$name"; else fail "$name" "$reason"; fi
}

finish() {
  echo "smoke: $PASSED passed, $FAILED failed"
  [ -n "${SMOKE_RESULT_FILE:-}" ] && echo "$PASSED $FAILED" > "$SMOKE_RESULT_FILE"
  [ "$FAILED" -eq 0 ]
  exit $?
}

# --- checks ------------------------------------------------------------------------------------

login_gives_token() { # username
  local body
  body="$(curl -sS --max-time 15 -X POST http://127.0.0.1:8080/api/v1/auth/login \
    -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$DEMO_PASSWORD\"}" 2>&1)" || { LAST_ERR="curl: $body"; return 1; }
  if node -e '
      const b = JSON.parse(process.argv[1]);
      process.exit(typeof b.accessToken === "string" && b.accessToken.split(".").length === 3 ? 0 : 1)
    ' "$body" 2>/dev/null; then
    return 0
  fi
  LAST_ERR="no accessToken in: ${body:0:200}"
  return 1
}

health_up() { # port
  local body
  body="$(curl -sS --max-time 10 "http://127.0.0.1:$1/q/health/ready" 2>&1)" || { LAST_ERR="${body:0:200}"; return 1; }
  node -e 'process.exit(JSON.parse(process.argv[1]).status === "UP" ? 0 : 1)' "$body" 2>/dev/null \
    || { LAST_ERR="${body:0:300}"; return 1; }
}

spa_serves() { # path
  local out
  out="$(curl -sS --max-time 10 -w '\n%{http_code} %{content_type}' "http://127.0.0.1:8080$1" 2>&1)" \
    || { LAST_ERR="$out"; return 1; }
  case "$(tail -1 <<<"$out")" in
    "200 text/html"*) grep -qi '<div id="app"\|<!doctype html' <<<"$out" && return 0 ;;
  esac
  LAST_ERR="$(tail -1 <<<"$out")"
  return 1
}

# A mail to kienan.unit whose subject has Vietnamese letters (polls up to SMOKE_MAIL_WAIT s).
vietnamese_mail() {
  local user="kienan.unit@thiduaso.local" body i
  for ((i = 0; i <= SMOKE_MAIL_WAIT; i += 2)); do
    body="$(curl -sS --max-time 5 "http://127.0.0.1:8025/api/user/$user/messages/INBOX" 2>/dev/null)"
    if [ -n "$body" ] && node -e '
        const msgs = JSON.parse(process.argv[1]);
        const vi = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
        const hit = Array.isArray(msgs) && msgs.find((m) => vi.test(m.subject ?? ""));
        if (hit) console.log(hit.subject);
        process.exit(hit ? 0 : 1);
      ' "$body" > /tmp/smoke-subject.$$ 2>/dev/null; then
      MAIL_SUBJECT="$(cat /tmp/smoke-subject.$$)"; rm -f /tmp/smoke-subject.$$
      return 0
    fi
    sleep 2
  done
  rm -f /tmp/smoke-subject.$$
  LAST_ERR="no message with a Vietnamese subject for $user after ${SMOKE_MAIL_WAIT}s (API said: ${body:0:200})"
  return 1
}

compose_valid() {
  if ! ensure_docker_compose >/dev/null 2>&1; then
    LAST_ERR="docker-compose is not installed and could not be installed"
    return 1
  fi
  LAST_ERR="$(docker-compose -f "$ROOT/docker-compose.yml" config -q 2>&1)"
}

run_stack_checks() {
  echo "Smoke: stack"
  local svc user
  for svc in "${SERVICES[@]}"; do
    LAST_ERR=""
    if health_up "$(service_port "$svc")"; then pass "$svc /q/health/ready is UP"
    else fail "$svc /q/health/ready is UP" "$LAST_ERR"; fi
  done
  for p in / /plans; do
    LAST_ERR=""
    if spa_serves "$p"; then pass "SPA serves $p (HTML)"; else fail "SPA serves $p (HTML)" "$LAST_ERR"; fi
  done
  while read -r user; do
    LAST_ERR=""
    if login_gives_token "$user"; then pass "login via :8080 as $user gives an accessToken"
    else fail "login via :8080 as $user gives an accessToken" "$LAST_ERR"; fi
  done < <(demo_accounts)
  LAST_ERR=""; MAIL_SUBJECT=""
  if vietnamese_mail; then pass "GreenMail has a Vietnamese mail for kienan.unit (\"$MAIL_SUBJECT\")"
  else fail "GreenMail has a Vietnamese mail for kienan.unit" "$LAST_ERR"; fi
  LAST_ERR=""
  if compose_valid; then pass "docker-compose -f docker-compose.yml config -q"
  else fail "docker-compose -f docker-compose.yml config -q" "$LAST_ERR"; fi
}

run_ports_free() {
  echo "Smoke: ports free after ./run.sh stop"
  local busy p
  busy="$(listening_ports | tr '\n' ' ')"
  if [ -z "$busy" ]; then
    pass "nothing listens on ${STACK_PORTS[*]}"
  else
    local who=""
    for p in $busy; do who+="$p=$(port_owner "$p") "; done
    fail "nothing listens on ${STACK_PORTS[*]}" "still listening: $who"
  fi
}

case "${1:-stack}" in
  stack) run_stack_checks ;;
  ports-free) run_ports_free ;;
  *) echo "usage: $0 [stack|ports-free]" >&2; exit 2 ;;
esac
finish
