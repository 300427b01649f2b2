#!/usr/bin/env bash
# Thi đua Số — khởi chạy toàn bộ hệ thống trên máy này, không cần Docker.
# Starts the whole system on this machine without Docker:
#   PostgreSQL (already installed) → Kafka (KRaft, one node) → GreenMail (mail sink)
#   → plan-service → report-service → award-service → notification-service → SPA (vite preview).
#
# Usage / Cách dùng:
#   ./run.sh            build what is missing, start everything, return when all is ready
#   ./run.sh stop       stop what run.sh started (by PID, reverse order)
#   ./run.sh status     show what is running (exit 0 only when every component is ready)
#   ./run.sh restart    stop, then start
#   ./run.sh infra      only PostgreSQL, Kafka and GreenMail (for `./mvnw quarkus:dev` of one service)
#   ./run.sh service plan-service …   start only these services (from their jars; the rest must run)
#   ./run.sh reset      stop, then drop the four databases and the Kafka data (keys are kept)
# Environment:
#   RUN_DIR=.run        where pids/, logs/, keys/, kafka-data/ live
#   SKIP_BUILD=1        do not run Maven, use the jars as they are (the SPA is built only if dist/ is missing)
#   READY_TIMEOUT=90    seconds each service may take to become ready
#   DEMO_WAIT=60        seconds to wait for the first demo e-mail
#   KEEP_ON_FAILURE=1   on a failed start, leave the started processes running (for debugging)
#   FRESH=1             start from empty databases and Kafka data (as after ./run.sh reset)
#   DB_SUFFIX=_e2e      use databases plan_e2e, report_e2e, … instead of plan, report, … (test.sh)
#   RUN_SERVICES="plan-service report-service"   start only these services (default: all four)
# docker-compose.yml describes the same system for a Docker host.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=scripts/lib.sh
source "$ROOT/scripts/lib.sh"
cd "$ROOT"

READY_TIMEOUT="${READY_TIMEOUT:-90}"
DEMO_WAIT="${DEMO_WAIT:-60}"
SKIP_BUILD="${SKIP_BUILD:-0}"
KEEP_ON_FAILURE="${KEEP_ON_FAILURE:-0}"
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:--Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
KAFKA_JAVA_OPTS="${KAFKA_JAVA_OPTS:--Xmx256m -XX:+UseSerialGC}"
GREENMAIL_JAVA_OPTS="${GREENMAIL_JAVA_OPTS:--Xmx96m -XX:+UseSerialGC -XX:TieredStopAtLevel=1}"
MAIL_FROM='Thi đua Số <no-reply@thiduaso.local>'

STARTED_NOW=()     # components started by this invocation (stopped again on Ctrl-C or failure)
STARTUP_DONE=0

usage() { sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; }

# --- prerequisites -----------------------------------------------------------------------------

check_prereqs() {
  local v major missing=()
  for t in java node npm curl openssl psql createdb pg_isready ss setsid nohup; do
    command -v "$t" >/dev/null || missing+=("$t")
  done
  [ ${#missing[@]} -eq 0 ] || die "missing commands: ${missing[*]}"
  v="$(java -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -1)"
  major="${v%%.*}"; [ "$major" = 1 ] && major="$(echo "$v" | cut -d. -f2)"
  [ -n "$major" ] && [ "$major" -ge 17 ] 2>/dev/null || die "Java 17+ required (found: ${v:-none})"
  v="$(node -v 2>/dev/null | tr -d v)"
  major="${v%%.*}"
  [ -n "$major" ] && [ "$major" -ge 20 ] 2>/dev/null || die "Node.js 20+ required (found: ${v:-none})"
}

# --- build -------------------------------------------------------------------------------------

service_jar() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

# Prints the first service whose jar is missing or older than its sources (or the shared platform).
stale_service() {
  local svc jar newer
  for svc in "${SERVICES[@]}"; do
    jar="$(service_jar "$svc")"
    if [ ! -f "$jar" ]; then echo "$svc (no jar)"; return; fi
    newer="$(find "$ROOT/pom.xml" "$ROOT/$svc" "$ROOT/platform" -path '*/target' -prune -o \
      -type f -newer "$jar" -print -quit 2>/dev/null || true)"
    if [ -n "$newer" ]; then echo "$svc (${newer#"$ROOT"/} is newer)"; return; fi
  done
}

build_backend() {
  local svc stale
  for svc in "${SERVICES[@]}"; do
    [ -f "$ROOT/$svc/pom.xml" ] || die "module $svc does not exist (no $svc/pom.xml): nothing to run"
  done
  stale="$(stale_service)"
  if [ "$SKIP_BUILD" = 1 ]; then
    for svc in "${SERVICES[@]}"; do
      [ -f "$(service_jar "$svc")" ] \
        || die "SKIP_BUILD=1 but $svc has no jar ($svc/target/quarkus-app/quarkus-run.jar): run ./mvnw -B package -DskipTests first"
    done
    [ -n "$stale" ] && warn "SKIP_BUILD=1: using the jar of $stale"
    return 0
  fi
  if [ -n "$stale" ]; then
    log "Biên dịch / building Java modules: $stale → ./mvnw -B -q install -DskipTests"
    local t0; t0=$(now_ms)
    ./mvnw -B -q install -DskipTests </dev/null || die "Maven build failed (see the output above)"
    log "  built in $(( ($(now_ms) - t0) / 1000 )) s"
  fi
  for svc in "${SERVICES[@]}"; do
    [ -f "$(service_jar "$svc")" ] || die "$(service_jar "$svc") missing after the build"
  done
}

build_frontend() {
  local fe="$ROOT/frontend" newer
  [ -f "$fe/package.json" ] || die "frontend/package.json missing"
  if npm_install_needed; then npm_ci || die "npm ci failed"; fi
  if [ -f "$fe/dist/index.html" ]; then
    newer="$(cd "$fe" && find src public index.html vite.config.ts proxy-routes.ts tsconfig*.json \
      package.json package-lock.json -newer dist/index.html -type f -print -quit 2>/dev/null || true)"
    [ -z "$newer" ] && return 0
    if [ "$SKIP_BUILD" = 1 ]; then
      warn "SKIP_BUILD=1: frontend/dist is older than frontend/$newer"
      return 0
    fi
    log "Biên dịch giao diện / building the SPA (frontend/$newer is newer than dist/)"
  else
    log "Biên dịch giao diện / building the SPA (no frontend/dist)"
  fi
  (cd "$fe" && npm run build </dev/null) > "$LOG_DIR/frontend-build.log" 2>&1 \
    || { tail -30 "$LOG_DIR/frontend-build.log" >&2; die "npm run build failed (log: $LOG_DIR/frontend-build.log)"; }
}

# --- keys --------------------------------------------------------------------------------------

ensure_keys() {
  mkdir -p "$KEY_DIR"
  chmod 700 "$KEY_DIR"
  if [ ! -f "$KEY_DIR/privateKey.pem" ]; then
    log "Tạo cặp khóa JWT / generating the JWT key pair in ${KEY_DIR#"$ROOT"/}"
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$KEY_DIR/privateKey.pem" 2>/dev/null
    chmod 600 "$KEY_DIR/privateKey.pem"
    rm -f "$KEY_DIR/publicKey.pem"
  fi
  if [ ! -f "$KEY_DIR/publicKey.pem" ]; then
    openssl pkey -in "$KEY_DIR/privateKey.pem" -pubout -out "$KEY_DIR/publicKey.pem"
  fi
}

# --- local-kafka class path --------------------------------------------------------------------

KAFKA_CP=""
GREENMAIL_JAR=""

resolve_local_classpath() {
  local cache="$RUN_DIR/local-kafka.classpath" fresh=1 entry
  if [ ! -s "$cache" ] || [ "$ROOT/local-kafka/pom.xml" -nt "$cache" ] || [ "$ROOT/pom.xml" -nt "$cache" ]; then
    fresh=0
  else
    # A jar may have gone (cleaned ~/.m2): resolve again.
    while IFS= read -r entry; do
      [ -f "$entry" ] || { fresh=0; break; }
    done < <(tr ':' '\n' < "$cache")
  fi
  if [ "$fresh" = 0 ]; then
    log "Lấy classpath Kafka/GreenMail / resolving the local-kafka module's class path"
    ./mvnw -q -B -f local-kafka/pom.xml dependency:build-classpath \
      -Dmdep.outputFile="$cache.tmp" </dev/null >/dev/null \
      || die "cannot resolve local-kafka dependencies (./mvnw -B -f local-kafka/pom.xml dependency:build-classpath)"
    mv "$cache.tmp" "$cache"
  fi
  GREENMAIL_JAR="$(tr ':' '\n' < "$cache" | grep '/greenmail-standalone-[^/]*\.jar$' | head -1)"
  # GreenMail standalone is a fat jar (own log4j, Jackson…): keep it off the broker's class path.
  KAFKA_CP="$(tr ':' '\n' < "$cache" | grep -v '/greenmail-standalone-' | paste -sd: -)"
  [ -n "$GREENMAIL_JAR" ] || die "greenmail-standalone jar not in the local-kafka class path"
  [ -n "$KAFKA_CP" ] || die "empty Kafka class path"
}

# --- process control ---------------------------------------------------------------------------

# spawn NAME DIR CMD... : start CMD in DIR in its own session, detached from this terminal.
spawn() {
  local name="$1" dir="$2"; shift 2
  local logf="$LOG_DIR/$name.log" pid
  [ -f "$logf" ] && mv -f "$logf" "$logf.1"
  echo "=== $(date -Is) ./run.sh starts $name" > "$logf"
  # No job control here, so the subshell is not a process-group leader and setsid does not fork:
  # $! is the PID of the final program (env, setsid and nohup all exec).
  (cd "$dir" && exec setsid nohup "$@" >>"$logf" 2>&1 </dev/null) &
  pid=$!
  echo "$pid" > "$(pid_file "$name")"
  STARTED_NOW+=("$name")
}

# Checks before starting: returns 1 when the component is already running (leave it alone).
already_running_or_port_taken() {
  local name="$1" pid p owner
  pid="$(component_pid "$name")"
  if [ -n "$pid" ]; then
    if component_up "$name"; then
      log "  $name đang chạy / already running (PID $pid)"
      return 0
    fi
    log "  $name: PID $pid alive but not ready yet, waiting for it"
    wait_ready "$name" "$READY_TIMEOUT"
    return 0
  fi
  rm -f "$(pid_file "$name")"
  for p in $(component_ports "$name"); do
    if port_open "$p"; then
      owner="$(port_owner "$p")"
      die "port $p is already in use (${owner:-unknown process}), not by a process of ./run.sh: stop it first"
    fi
  done
  return 1
}

# A hint for failures seen before, printed under the log excerpt.
failure_hint() {
  local logf="$LOG_DIR/$1.log"
  if grep -q 'FlywayValidateException' "$logf" 2>/dev/null; then
    warn "$1: its database was migrated by another version of the service (a migration changed)."
    warn "  ./run.sh reset drops the local databases and Kafka data; then ./run.sh starts afresh."
  elif grep -qE 'Address already in use|Port .* in use' "$logf" 2>/dev/null; then
    warn "$1: its port is taken by another process (ss -ltnp)."
  elif grep -qE 'Connection to .*5432 refused|password authentication failed' "$logf" 2>/dev/null; then
    warn "$1: PostgreSQL refused the connection (pg_isready -h 127.0.0.1)."
  fi
}

wait_ready() { # name timeout_seconds
  local name="$1" timeout="$2" t0 pid
  t0=$(now_ms)
  while :; do
    pid="$(component_pid "$name")"
    if [ -z "$pid" ]; then
      err "$name stopped during start-up. Last lines of $LOG_DIR/$name.log:"
      tail -40 "$LOG_DIR/$name.log" >&2 || true
      failure_hint "$name"
      die "$name did not start"
    fi
    if component_up "$name"; then
      local ms=$(( $(now_ms) - t0 )) rss
      rss="$(ps -o rss= -p "$pid" 2>/dev/null | tr -d ' ')"
      log "  $name sẵn sàng / ready in $((ms / 1000)).$(( (ms % 1000) / 100 )) s (PID $pid, RSS $(( ${rss:-0} / 1024 )) MB)"
      return 0
    fi
    if [ $(( $(now_ms) - t0 )) -gt $(( timeout * 1000 )) ]; then
      err "$name not ready after ${timeout}s. Last lines of $LOG_DIR/$name.log:"
      tail -40 "$LOG_DIR/$name.log" >&2 || true
      failure_hint "$name"
      die "$name did not become ready"
    fi
    sleep 0.3
  done
}

start_kafka() {
  log "Kafka (KRaft) 127.0.0.1:9092"
  already_running_or_port_taken kafka && return 0
  local conf_dir="$RUN_DIR/kafka" data="$RUN_DIR/kafka-data" l4j="-Dlog4j2.configurationFile=$ROOT/scripts/kafka-log4j2.xml"
  mkdir -p "$conf_dir"
  cat > "$conf_dir/server.properties" <<EOF
# Written by ./run.sh at each start; edit run.sh instead.
process.roles=broker,controller
node.id=1
listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:9092
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
controller.quorum.bootstrap.servers=127.0.0.1:9093
log.dirs=$data
num.partitions=1
# Topics come only from the services' TopicProvisioner (partitions, compaction); a send racing an
# auto-creation is what logged OutOfOrderSequenceException / "Expiring record(s)" at a fresh start.
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
log.retention.hours=168
EOF
  if [ ! -f "$data/meta.properties" ]; then
    local cluster_id
    cluster_id="$(java -cp "$KAFKA_CP" "$l4j" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    [ -n "$cluster_id" ] || die "kafka.tools.StorageTool random-uuid failed"
    log "  format $data (cluster $cluster_id)"
    rm -rf "$data"
    java -cp "$KAFKA_CP" "$l4j" kafka.tools.StorageTool format -t "$cluster_id" \
      -c "$conf_dir/server.properties" --standalone > "$LOG_DIR/kafka-format.log" 2>&1 \
      || { cat "$LOG_DIR/kafka-format.log" >&2; die "Kafka storage format failed"; }
  fi
  # shellcheck disable=SC2086
  spawn kafka "$RUN_DIR" java $KAFKA_JAVA_OPTS "$l4j" -cp "$KAFKA_CP" kafka.Kafka "$conf_dir/server.properties"
  wait_ready kafka 60
}

start_greenmail() {
  log "GreenMail SMTP 127.0.0.1:3025, API http://127.0.0.1:8025"
  already_running_or_port_taken greenmail && return 0
  # shellcheck disable=SC2086
  spawn greenmail "$RUN_DIR" java $GREENMAIL_JAVA_OPTS \
    -Dgreenmail.setup.test.smtp -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.auth.disabled \
    -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=8025 \
    -jar "$GREENMAIL_JAR"
  wait_ready greenmail 30
  local i
  for ((i = 0; i < 50; i++)); do port_open 3025 && return 0; sleep 0.2; done
  die "GreenMail API answers but SMTP port 3025 does not"
}

start_service() {
  local svc="$1" port db
  port="$(service_port "$svc")"; db="$(service_db "$svc")"
  log "$svc http://127.0.0.1:$port (database $db)"
  already_running_or_port_taken "$svc" && return 0
  local envs=(
    "QUARKUS_HTTP_PORT=$port"
    "QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$db"
    "DB_USER=$PG_USER"
    "DB_PASSWORD="
    "KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9092"
    "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$KEY_DIR/publicKey.pem"
  )
  case "$svc" in
    plan-service)
      envs+=("SMALLRYE_JWT_SIGN_KEY_LOCATION=$KEY_DIR/privateKey.pem" "THIDUASO_DEMO_ENABLED=true") ;;
    notification-service)
      envs+=("QUARKUS_MAILER_HOST=127.0.0.1" "QUARKUS_MAILER_PORT=3025" "QUARKUS_MAILER_FROM=$MAIL_FROM") ;;
    award-service)
      # The end-to-end stack moves award-service's clock past a posting window (PUT /api/v1/admin/clock,
      # admin only); everywhere else the endpoint answers 404.
      envs+=("THIDUASO_AWARD_CLOCK_CONTROL_ENABLED=${AWARD_CLOCK_CONTROL:-false}") ;;
  esac
  # shellcheck disable=SC2086
  spawn "$svc" "$RUN_DIR" env "${envs[@]}" java $SERVICE_JAVA_OPTS -jar "$(service_jar "$svc")"
  wait_ready "$svc" "$READY_TIMEOUT"
}

start_frontend() {
  log "SPA http://127.0.0.1:8080"
  already_running_or_port_taken frontend && return 0
  [ -f "$ROOT/frontend/node_modules/vite/bin/vite.js" ] || die "frontend/node_modules/vite missing (npm ci)"
  spawn frontend "$ROOT/frontend" node node_modules/vite/bin/vite.js preview \
    --host 127.0.0.1 --port 8080 --strictPort
  wait_ready frontend 30
}

DEMO_MAIL_USER="kienan.unit@thiduaso.local"

demo_mail_count() {
  curl -fsS --max-time 3 "http://127.0.0.1:8025/api/user/$DEMO_MAIL_USER/messages/INBOX" 2>/dev/null \
    | grep -o '"uid"' | wc -l
}

wait_demo_chain() {
  local t0 n
  case " ${SERVICES[*]} " in *" notification-service "*) ;; *) return 0 ;; esac
  n="$(demo_mail_count || true)"
  if [ "${n:-0}" -ge 1 ]; then
    log "$n thư demo / demo message(s) in GreenMail for $DEMO_MAIL_USER"
    return 0
  fi
  case " ${CREATED_DATABASES[*]:-} " in
    *" $(service_db plan-service) "*) ;;
    *)
      log "Dữ liệu demo đã có từ lần chạy trước; GreenMail chỉ giữ thư trong bộ nhớ nên đang trống."
      log "  Demo data comes from an earlier start and GreenMail keeps mail in memory only, so its"
      log "  inbox is empty now. For the full demo chain again: ./run.sh reset && ./run.sh"
      return 0 ;;
  esac
  log "Chờ thư demo / waiting for the demo chain (a mail to $DEMO_MAIL_USER, ≤ ${DEMO_WAIT}s)"
  t0=$(now_ms)
  while :; do
    n="$(demo_mail_count || true)"
    if [ "${n:-0}" -ge 1 ]; then
      log "  $n thư / message(s) in GreenMail for $DEMO_MAIL_USER after $(( ($(now_ms) - t0) / 1000 )) s"
      return 0
    fi
    if [ $(( $(now_ms) - t0 )) -gt $(( DEMO_WAIT * 1000 )) ]; then
      warn "no demo e-mail for $DEMO_MAIL_USER after ${DEMO_WAIT}s (plan → Kafka → notification → SMTP chain?)"
      return 0
    fi
    sleep 1
  done
}

# Stops the given components (in the reverse of the given order).
# Each demo commune's unit writes its report of this year through the API (a draft, a sent one, an
# accepted one); a second start finds them and changes nothing.
seed_demo_reports() {
  node "$ROOT/scripts/demo-reports.mjs" http://127.0.0.1:8080 2>&1 | sed 's/^/[run] /' \
    || warn "demo reports could not be written (see above); the rest of the demo works without them"
}

# A Kiến An annual award round from the demo plan, with one submitted nomination (scripts/demo-awards.mjs);
# a second start finds it and changes nothing.
seed_demo_awards() {
  node "$ROOT/scripts/demo-awards.mjs" http://127.0.0.1:8080 2>&1 | sed 's/^/[run] /' \
    || warn "demo awards could not be written (see above); the rest of the demo works without them"
}

stop_components() {
  local i name pid t0
  for ((i = $# ; i >= 1; i--)); do
    name="${!i}"
    pid="$(component_pid "$name")"
    if [ -n "$pid" ]; then
      t0=$(now_ms)
      stop_pid "$pid" 20
      log "Đã dừng / stopped $name (PID $pid) in $(( ($(now_ms) - t0) / 1000 )).$(( ($(now_ms) - t0) % 1000 / 100 )) s"
    elif [ -f "$(pid_file "$name")" ]; then
      log "  $name: stale pid file (process gone or not ours), removing"
    fi
    rm -f "$(pid_file "$name")"
  done
}

on_exit() {
  local rc=$?
  if [ "$STARTUP_DONE" = 0 ] && [ ${#STARTED_NOW[@]} -gt 0 ]; then
    if [ "$KEEP_ON_FAILURE" = 1 ]; then
      warn "start-up failed; KEEP_ON_FAILURE=1 leaves running: ${STARTED_NOW[*]} (./run.sh stop)"
    else
      warn "start-up interrupted or failed: stopping what this run started (${STARTED_NOW[*]})"
      stop_components "${STARTED_NOW[@]}"
    fi
  fi
  exit "$rc"
}

# --- commands ----------------------------------------------------------------------------------

print_summary() {
  local svc port
  cat <<EOF

${C_BOLD}════════════════ Thi đua Số đang chạy / is running ════════════════${C_RESET}

  Ứng dụng web / Web app (SPA)     http://127.0.0.1:8080

  Dịch vụ / Service      Swagger UI                              OpenAPI                              Health
EOF
  for svc in "${SERVICES[@]}"; do
    port="$(service_port "$svc")"
    printf '  %-21s  %-38s  %-35s  %s\n' "$svc" "http://127.0.0.1:$port/q/swagger-ui" \
      "http://127.0.0.1:$port/q/openapi" "http://127.0.0.1:$port/q/health"
  done
  cat <<EOF

  Kafka                  127.0.0.1:9092 (controller 9093)
  Thư / Mail (GreenMail) SMTP 127.0.0.1:3025 — API http://127.0.0.1:8025
                         vd. / e.g. curl http://127.0.0.1:8025/api/user/$DEMO_MAIL_USER/messages/INBOX
  PostgreSQL             127.0.0.1:5432, CSDL / databases: ${DB_NAMES[*]} (user $PG_USER)

  Tài khoản demo / Demo accounts — mật khẩu / password: ${C_BOLD}$DEMO_PASSWORD${C_RESET}
    admin
EOF
  local c
  for c in "${DEMO_COMMUNES[@]}"; do
    printf '    %s.office  %s.leader  %s.council  %s.unit  %s.board\n' "$c" "$c" "$c" "$c" "$c"
  done
  cat <<EOF
    (thư của người dùng demo / demo users' e-mail: <tên đăng nhập / username>@thiduaso.local)

  Nhật ký / Logs:        ${LOG_DIR#"$ROOT"/}/<name>.log   (vd. / e.g. tail -f ${LOG_DIR#"$ROOT"/}/plan-service.log)
  Trạng thái / Status:   ./run.sh status
  Dừng / Stop:           ./run.sh stop
EOF
}

INFRA_ONLY=0

do_start() {
  local t0; t0=$(now_ms)
  check_prereqs
  mkdir -p "$PID_DIR" "$LOG_DIR"
  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  ensure_postgres
  if [ "${FRESH:-0}" = 1 ]; then
    local c
    for c in "${COMPONENTS[@]}"; do
      [ -z "$(component_pid "$c")" ] || die "FRESH=1 needs a stopped stack ($c is running): ./run.sh stop first"
    done
    wipe_data
  fi
  # The system's state lives in the databases and in Kafka together: a broker formatted anew (deleted
  # .run/, another clone) must not meet databases filled through another broker, or events already
  # marked sent would never reach it. Starting never deletes a user's data: it stops and says how to
  # go on; only ./run.sh reset (or FRESH=1) wipes.
  if [ -z "$(component_pid kafka)" ] && [ ! -f "$RUN_DIR/kafka-data/meta.properties" ]; then
    local used
    used="$(databases_with_data "${DB_NAMES[@]}" | tr '\n' ' ')"
    if [ -n "${used// /}" ]; then
      err "Dữ liệu Kafka ở ${RUN_DIR#"$ROOT"/}/kafka-data là mới, nhưng CSDL đã có dữ liệu: $used"
      err "The Kafka data is new but these databases hold data: $used"
      err "  Giữ dữ liệu / keep the data: restore ${RUN_DIR#"$ROOT"/}/kafka-data (or use the RUN_DIR it was started with)"
      err "  Bắt đầu lại từ đầu / start afresh (deletes the data): ./run.sh reset && ./run.sh"
      die "not started: nothing was deleted"
    fi
  fi
  ensure_databases "${DB_NAMES[@]}"
  if [ "$INFRA_ONLY" = 1 ]; then
    resolve_local_classpath
    start_kafka
    start_greenmail
    STARTUP_DONE=1
    ensure_keys
    log "Hạ tầng sẵn sàng / infrastructure ready: PostgreSQL 5432, Kafka 9092, SMTP 3025, mail API 8025"
    log "  keys: $KEY_DIR/{privateKey,publicKey}.pem — stop with ./run.sh stop"
    return 0
  fi
  ensure_fonts || warn "fonts-liberation2 could not be installed: plan PDFs fall back to DejaVu Serif"
  build_backend
  build_frontend
  ensure_keys
  resolve_local_classpath
  start_kafka
  start_greenmail
  local svc
  for svc in "${SERVICES[@]}"; do start_service "$svc"; done
  start_frontend
  STARTUP_DONE=1
  wait_demo_chain
  seed_demo_reports
  seed_demo_awards
  print_summary
  log "Khởi động xong / started in $(( ($(now_ms) - t0) / 1000 )) s"
}

# Starts the named services only (e.g. one that scripts/faults.sh killed), with the jars as they are.
do_start_services() {
  local svc
  [ $# -gt 0 ] || die "usage: ./run.sh service <name>… (${SERVICES[*]})"
  for svc in "$@"; do service_port "$svc" >/dev/null || die "unknown service: $svc"; done
  check_prereqs
  mkdir -p "$PID_DIR" "$LOG_DIR"
  trap on_exit EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  ensure_postgres
  ensure_keys
  for svc in "$@"; do
    [ -f "$(service_jar "$svc")" ] || die "$(service_jar "$svc") missing: ./run.sh builds it"
    start_service "$svc"
  done
  STARTUP_DONE=1
}

do_stop() {
  mkdir -p "$PID_DIR"
  local comps=("${COMPONENTS[@]}") f name
  # Also stop components that have a pid file but are not in the list (e.g. RUN_SERVICES changed).
  for f in "$PID_DIR"/*.pid; do
    [ -e "$f" ] || continue
    name="$(basename "$f" .pid)"
    case " ${comps[*]} " in *" $name "*) ;; *) comps+=("$name") ;; esac
  done
  stop_components "${comps[@]}"
  local busy
  busy="$(listening_ports | tr '\n' ' ')"
  if [ -n "$busy" ]; then
    local p
    for p in $busy; do warn "port $p still in use: $(port_owner "$p")"; done
    err "ports still listening after stop: $busy(not started by ./run.sh?)"
    return 1
  fi
  log "Đã dừng / stopped; ports ${STACK_PORTS[*]} are free"
}

wipe_data() {
  drop_databases "${DB_NAMES[@]}"
  log "Xóa dữ liệu Kafka / removing ${RUN_DIR#"$ROOT"/}/kafka-data"
  rm -rf "$RUN_DIR/kafka-data"
}

do_reset() {
  do_stop || true
  check_prereqs
  ensure_postgres
  wipe_data
  log "Đã xóa dữ liệu / data removed (keys kept). Start again with ./run.sh"
}

do_status() {
  local name pid state port url rc=0
  printf '%-22s %-8s %-12s %s\n' "THÀNH PHẦN/COMPONENT" "PID" "TRẠNG THÁI" "ĐỊA CHỈ/ADDRESS"
  for name in "${COMPONENTS[@]}"; do
    pid="$(component_pid "$name")"
    port="$(component_port "$name")"
    url="$(component_health_url "$name")"; [ -n "$url" ] || url="127.0.0.1:$port"
    if [ -z "$pid" ]; then
      state="stopped"; pid="-"; rc=3
      port_open "$port" && state="port busy"
    elif component_up "$name"; then
      state="ready"
    else
      state="starting"; rc=3
    fi
    printf '%-22s %-8s %-12s %s\n' "$name" "$pid" "$state" "$url"
  done
  return "$rc"
}

case "${1:-start}" in
  start | up) do_start ;;
  stop | down) do_stop ;;
  status) do_status ;;
  restart) do_stop || true; do_start ;;
  infra) INFRA_ONLY=1; do_start ;;
  service) shift; do_start_services "$@" ;;
  reset) do_reset ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
