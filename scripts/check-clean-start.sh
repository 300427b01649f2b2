#!/usr/bin/env bash
# Thi đua Số — kiểm tra một lần khởi động mới có "sạch" không / checks that a fresh start was clean.
# Usage: scripts/check-clean-start.sh [LOG_DIR]    (default: .run/logs, i.e. the logs of ./run.sh)
# Looks through the broker's and the services' logs of a start for the errors a start used to log
# while topics were being created under the idempotent producer (issue 8, item 2): the broker's
# OutOfOrderSequenceException and the services' "Expiring N record(s)". Run it after a FRESH=1
# start (test.sh does, on its own e2e stack). Exit 0 when none is found, 1 otherwise (with the lines).
# With SMOKE_RESULT_FILE set, writes "passed failed" there (test.sh's counting).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOG_DIR="${1:-$ROOT/.run/logs}"
PATTERN='OutOfOrderSequenceException|Expiring [0-9]+ record\(s\)'
logs=()
for f in kafka plan-service report-service award-service notification-service; do
  [ -f "$LOG_DIR/$f.log" ] && logs+=("$LOG_DIR/$f.log")
done
result() { [ -n "${SMOKE_RESULT_FILE:-}" ] && echo "$1 $2" > "$SMOKE_RESULT_FILE"; return 0; }
if [ ${#logs[@]} -eq 0 ]; then
  echo "[clean-start] no logs in $LOG_DIR" >&2
  result 0 1
  exit 1
fi
if hits="$(grep -EnH "$PATTERN" "${logs[@]}")"; then
  echo "[clean-start] FAILED: a fresh start logged errors of topic creation racing the producer:" >&2
  echo "$hits" | head -20 >&2
  result 0 1
  exit 1
fi
echo "[clean-start] ok: no OutOfOrderSequenceException / Expiring record(s) in ${#logs[@]} log(s) of $LOG_DIR"
result 1 0
