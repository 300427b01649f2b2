# shellcheck shell=bash disable=SC2034
# Shared helpers of run.sh, test.sh and scripts/smoke.sh. Source it; it defines functions and
# variables only (no side effects besides that).
#
# Layout of the run directory (RUN_DIR, default <repo>/.run, gitignored):
#   keys/       JWT key pair (privateKey.pem, publicKey.pem), generated once, never overwritten
#   pids/       <component>.pid of every process run.sh started
#   logs/       <component>.log
#   kafka/      server.properties of the local broker (rewritten at each start)
#   kafka-data/ KRaft metadata and topic data (formatted once)
#   local-kafka.classpath   cached `dependency:build-classpath` of the local-kafka module

ROOT="${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
RUN_DIR="${RUN_DIR:-.run}"
case "$RUN_DIR" in /*) ;; *) RUN_DIR="$ROOT/$RUN_DIR" ;; esac
PID_DIR="$RUN_DIR/pids"
LOG_DIR="$RUN_DIR/logs"
KEY_DIR="$RUN_DIR/keys"

SERVICES=(plan-service report-service award-service notification-service)
# RUN_SERVICES="plan-service report-service" narrows the stack to some services (development).
if [ -n "${RUN_SERVICES:-}" ]; then read -r -a SERVICES <<<"$RUN_SERVICES"; fi
# Start order; `stop` goes the other way round.
COMPONENTS=(kafka greenmail "${SERVICES[@]}" frontend)
# Every port the stack listens on (checked free after `run.sh stop`).
STACK_PORTS=(8080 8081 8082 8083 8084 9092 9093 3025 8025)
# DB_SUFFIX=_e2e gives the stack its own databases (plan_e2e, …): test.sh uses it so that its
# fresh start never touches the data of a developer's ./run.sh stack.
DB_SUFFIX="${DB_SUFFIX:-}"
case "$DB_SUFFIX" in *[!a-z0-9_]*) echo "DB_SUFFIX may only contain a-z, 0-9 and _" >&2; exit 2 ;; esac
DB_NAMES=("plan$DB_SUFFIX" "report$DB_SUFFIX" "award$DB_SUFFIX" "notification$DB_SUFFIX")
DEMO_COMMUNES=(kienan vinhbao vinhlinh)
DEMO_ROLES=(office leader council unit board)
DEMO_PASSWORD="thidua-demo"

PG_HOST=127.0.0.1
PG_PORT=5432
PG_USER=root

if [ -t 1 ]; then
  C_RED=$'\e[31m'; C_GREEN=$'\e[32m'; C_YELLOW=$'\e[33m'; C_BOLD=$'\e[1m'; C_RESET=$'\e[0m'
else
  C_RED=; C_GREEN=; C_YELLOW=; C_BOLD=; C_RESET=
fi

log()  { printf '%s[run]%s %s\n' "$C_BOLD" "$C_RESET" "$*"; }
warn() { printf '%s[run] CẢNH BÁO / WARNING:%s %s\n' "$C_YELLOW" "$C_RESET" "$*" >&2; }
err()  { printf '%s[run] LỖI / ERROR:%s %s\n' "$C_RED" "$C_RESET" "$*" >&2; }
die()  { err "$*"; exit 1; }

now_ms() { date +%s%3N; }

demo_accounts() {
  echo admin
  local c r
  for c in "${DEMO_COMMUNES[@]}"; do
    for r in "${DEMO_ROLES[@]}"; do echo "$c.$r"; done
  done
}

# --- component metadata ------------------------------------------------------------------------

service_port() {
  case "$1" in
    plan-service) echo 8081 ;; report-service) echo 8082 ;;
    award-service) echo 8083 ;; notification-service) echo 8084 ;;
    *) return 1 ;;
  esac
}

service_db() { echo "${1%-service}$DB_SUFFIX"; }

# Main port of a component (the one that tells it is up).
component_port() {
  case "$1" in
    kafka) echo 9092 ;; greenmail) echo 3025 ;; frontend) echo 8080 ;;
    *) service_port "$1" ;;
  esac
}

# All ports a component listens on.
component_ports() {
  case "$1" in
    kafka) echo "9092 9093" ;; greenmail) echo "3025 8025" ;;
    *) component_port "$1" ;;
  esac
}

# A string that the command line of the component's process must contain: protects against a
# stale pid file whose PID the kernel has given to some other process.
component_signature() {
  case "$1" in
    kafka) echo "kafka.Kafka" ;;
    greenmail) echo "greenmail-standalone" ;;
    frontend) echo "vite.js" ;;
    *) echo "$1/target/quarkus-app/quarkus-run.jar" ;;
  esac
}

component_health_url() {
  case "$1" in
    greenmail) echo "http://127.0.0.1:8025/api/configuration" ;;
    frontend) echo "http://127.0.0.1:8080/" ;;
    kafka) echo "" ;;
    *) echo "http://127.0.0.1:$(service_port "$1")/q/health/ready" ;;
  esac
}

# --- processes and ports -----------------------------------------------------------------------

port_open() { # port -> 0 if something accepts TCP connections on 127.0.0.1:port
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

http_ok() { # url -> 0 on HTTP 2xx
  curl -fsS -o /dev/null --max-time 3 "$1" 2>/dev/null
}

pid_file() { echo "$PID_DIR/$1.pid"; }

# 0 when the process exists and is not a zombie (an exited child the init process has not reaped
# yet: this machine's PID 1 reaps orphans only every second or two).
pid_alive() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state="$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)"
  [ -n "$state" ] && [ "$state" != Z ] && [ "$state" != X ]
}

# PID recorded for the component if that process is alive and is the component; else empty.
component_pid() {
  local f pid
  f="$(pid_file "$1")"
  [ -f "$f" ] || return 0
  pid="$(tr -dc '0-9' < "$f")"
  [ -n "$pid" ] || return 0
  pid_alive "$pid" || return 0
  if tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(component_signature "$1")"; then
    echo "$pid"
  fi
}

# 0 when the component's process is alive and answers (its health URL, or its port for Kafka).
component_up() {
  local url
  [ -n "$(component_pid "$1")" ] || return 1
  url="$(component_health_url "$1")"
  if [ -n "$url" ]; then
    http_ok "$url"
  else
    port_open "$(component_port "$1")"
  fi
}

# Who listens on a port, for error messages.
port_owner() {
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:((\(.*\)))/\1/p' | head -1
}

listening_ports() { # prints the stack ports something listens on
  local p
  for p in "${STACK_PORTS[@]}"; do
    if ss -ltnH "sport = :$p" 2>/dev/null | grep -q .; then echo "$p"; fi
  done
}

# TERM, wait up to $2 seconds (default 20), then KILL. Returns when the process is gone.
stop_pid() {
  local pid="$1" grace="${2:-20}" i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < grace * 10; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
  warn "PID $pid did not stop within ${grace}s: KILL"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 50; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.1
  done
}

# --- PostgreSQL --------------------------------------------------------------------------------

ensure_postgres() {
  if pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null; then return 0; fi
  local ver
  ver="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)"
  [ -n "$ver" ] || die "PostgreSQL không có trên máy / not installed (no /etc/postgresql)"
  log "Khởi động PostgreSQL / starting PostgreSQL $ver"
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start || true
  local i
  for ((i = 0; i < 60; i++)); do
    pg_isready -h "$PG_HOST" -p "$PG_PORT" -q 2>/dev/null && return 0
    sleep 0.5
  done
  die "PostgreSQL does not accept connections on $PG_HOST:$PG_PORT"
}

CREATED_DATABASES=()   # databases ensure_databases had to create (so the demo data is new)

drop_databases() {
  local db
  for db in "$@"; do
    log "Xóa CSDL / dropping database $db"
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -q -v ON_ERROR_STOP=1 \
      -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || die "cannot drop database $db"
  done
}

# The databases of the given names that exist and hold tables (a user's data), one per line.
databases_with_data() {
  local db exists tables
  for db in "$@"; do
    exists="$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db'")"
    [ "$exists" = 1 ] || continue
    tables="$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" -tAc \
      "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")"
    [ "${tables:-0}" -gt 0 ] && echo "$db"
  done
  return 0
}

ensure_databases() {
  local db exists
  for db in "$@"; do
    exists="$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = '$db'")" \
      || die "cannot query PostgreSQL as $PG_USER"
    if [ "$exists" != "1" ]; then
      log "Tạo CSDL / creating database $db"
      createdb -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" "$db"
      CREATED_DATABASES+=("$db")
    fi
  done
}

# --- tools -------------------------------------------------------------------------------------

APT_UPDATED=0
apt_install() { # packages...
  command -v apt-get >/dev/null || { err "apt-get not found: cannot install $*"; return 1; }
  export DEBIAN_FRONTEND=noninteractive
  if [ "$APT_UPDATED" = 0 ]; then
    apt-get update -qq </dev/null || warn "apt-get update failed"
    APT_UPDATED=1
  fi
  apt-get install -y -qq "$@" </dev/null
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  log "Cài Chromium / installing Debian's chromium (for Playwright)"
  apt_install chromium
}

# Liberation Serif (metric-compatible with Times New Roman, covers Vietnamese) for the plan PDFs.
ensure_fonts() {
  [ -f /usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf ] && return 0
  log "Cài phông chữ / installing Debian's fonts-liberation2 (plan PDFs)"
  apt_install fonts-liberation2
}

ensure_docker_compose() {
  command -v docker-compose >/dev/null && return 0
  log "Cài docker-compose / installing Debian's docker-compose (validation only, without the docker.io it recommends)"
  apt_install --no-install-recommends docker-compose
}

# True when node_modules is missing or older than package-lock.json.
npm_install_needed() {
  local fe="$ROOT/frontend"
  [ -f "$fe/node_modules/.package-lock.json" ] || return 0
  [ "$fe/package-lock.json" -nt "$fe/node_modules/.package-lock.json" ] && return 0
  return 1
}

npm_ci() {
  log "npm ci (frontend)"
  (cd "$ROOT/frontend" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund </dev/null)
}
