#!/usr/bin/env bash
# Benchmark (not a test): how long the walking skeleton takes on a running stack (./run.sh), from
# the leader issuing a plan to (1) report-service showing its reporting period, (2) award-service
# knowing the plan, (3) notification-service's deadline, (4) the e-mail in GreenMail.
# Usage: scripts/bench-chain.sh [runs=5]   — prints one line per run and the median of each step.
set -euo pipefail
RUNS="${1:-5}"
BASE="${BASE:-http://127.0.0.1:8080}"
MAIL="${MAIL_API:-http://127.0.0.1:8025}"
PASSWORD="${DEMO_PASSWORD:-thidua-demo}"
command -v jq >/dev/null || { echo "needs jq (apt-get install -y jq)" >&2; exit 2; }

login() { curl -sf -X POST "$BASE/api/v1/auth/login" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$1\",\"password\":\"$PASSWORD\"}" | jq -r .accessToken; }
ms() { date +%s%3N; }

OFFICE=$(login kienan.office); LEADER=$(login kienan.leader); UNIT_LOGIN=$(curl -sf -X POST "$BASE/api/v1/auth/login" \
  -H 'Content-Type: application/json' -d "{\"username\":\"kienan.unit\",\"password\":\"$PASSWORD\"}")
UNIT=$(jq -r .accessToken <<<"$UNIT_LOGIN"); UNIT_ID=$(jq -r .user.unitId <<<"$UNIT_LOGIN"); UNIT_MAIL=$(jq -r .user.email <<<"$UNIT_LOGIN")
H_OFFICE="Authorization: Bearer $OFFICE"
COMMUNE=$(curl -sf "$BASE/api/v1/units?kind=WARD" -H "$H_OFFICE" | jq -r '.items[0].id')
RECIPIENT=$(curl -sf "$BASE/api/v1/units?q=V%C4%83n%20h%C3%B3a" -H "$H_OFFICE" | jq -r '.items[0].id')
# Due in three weeks, Vietnam calendar.
read -r DAY MONTH YEAR < <(TZ=Asia/Ho_Chi_Minh date -d '+21 days' '+%-d %-m %Y')

wait_until() { # deadline_ms command...
  local until=$1; shift
  while [ "$(ms)" -lt "$until" ]; do "$@" && return 0; sleep 0.05; done; return 1; }
period_visible() { [ "$(curl -sf "$BASE/api/v1/reporting-periods?planId=$1" -H "Authorization: Bearer $UNIT" | jq '.total')" = 1 ]; }
award_known() { [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/award-plans/$1" -H "$H_OFFICE")" = 200 ]; }
deadline_visible() { curl -sf "$BASE/api/v1/deadlines?size=100" -H "Authorization: Bearer $UNIT" | jq -e --arg p "$1" '[.items[]|select(.planId==$p)]|length==1' >/dev/null; }
mail_arrived() { curl -sf "$MAIL/api/user/$UNIT_MAIL/messages/INBOX" | jq -e --arg m "$1" '[.[]|select(.subject|contains($m))]|length>=1' >/dev/null; }

declare -a P A D M
printf '%-4s %12s %12s %12s %12s\n' run period_ms award_ms deadline_ms mail_ms
for i in $(seq 1 "$RUNS"); do
  marker="do-tre-$(date +%s%N | tail -c 9)"
  plan=$(curl -sf -X POST "$BASE/api/v1/plans" -H "$H_OFFICE" -H 'Content-Type: application/json' -d "{
    \"title\":\"Kế hoạch đo độ trễ $marker\",\"issuingUnitId\":\"$COMMUNE\",\"addresseeUnitIds\":[\"$UNIT_ID\"],
    \"reportingObligations\":[{\"title\":\"Báo cáo $marker\",\"recipientUnitId\":\"$RECIPIENT\",
    \"dueDay\":$DAY,\"dueMonth\":$MONTH,\"firstYear\":$YEAR,\"lastYear\":$YEAR}]}")
  id=$(jq -r .id <<<"$plan"); version=$(jq -r .version <<<"$plan")
  t0=$(ms)
  curl -sf -o /dev/null -X POST "$BASE/api/v1/plans/$id/issue" -H "Authorization: Bearer $LEADER" \
    -H 'Content-Type: application/json' -d "{\"version\":$version}"
  limit=$((t0 + 60000))
  wait_until $limit period_visible "$id"; P[i]=$(( $(ms) - t0 ))
  wait_until $limit award_known "$id"; A[i]=$(( $(ms) - t0 ))
  wait_until $limit deadline_visible "$id"; D[i]=$(( $(ms) - t0 ))
  wait_until $limit mail_arrived "$marker"; M[i]=$(( $(ms) - t0 ))
  printf '%-4s %12s %12s %12s %12s\n' "$i" "${P[i]}" "${A[i]}" "${D[i]}" "${M[i]}"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
printf '%-4s %12s %12s %12s %12s\n' med "$(median "${P[@]}")" "$(median "${A[@]}")" "$(median "${D[@]}")" "$(median "${M[@]}")"
