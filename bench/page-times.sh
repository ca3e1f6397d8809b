#!/usr/bin/env bash
# Server time of the main pages on the demo data: median and 95th percentile over repeated requests, after a warm-up.
# Usage: start the platform (./mvnw spring-boot:run), then: bench/page-times.sh [base-url] [requests-per-page]
# Fails when a page's median is over the 50 ms budget.
set -euo pipefail
base=${1:-http://localhost:8080}
runs=${2:-50}
budget_ms=50
jar=$(mktemp)
trap 'rm -f "$jar"' EXIT

csrf=$(curl -s -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=isu" --data-urlencode "password=isu" \
  --data-urlencode "_csrf=$csrf" "$base/login"

lebanon_clearance=$(curl -s -b "$jar" "$base/obligations/states/LBN" | grep -o 'href="/obligations/[0-9]*"' | head -n1 \
  | grep -o '[0-9]*')
lebanon_request=$(curl -s -b "$jar" "$base/extension-requests" | grep -o 'href="/extension-requests/[0-9]*"' | head -n1 \
  | grep -o '[0-9]*')
lebanon_need=$(curl -s -b "$jar" "$base/api/v1/needs?state=LBN&size=1" | grep -o '"id":[0-9]*' | head -n1 | cut -d: -f2)
first_offer=$(curl -s -b "$jar" "$base/assistance/offers" | grep -o 'href="/assistance/offers/[0-9]*"' | head -n1 \
  | grep -o '[0-9]*')
seventh_msp=$(curl -s -b "$jar" "$base/presidency" | grep -o 'href="/presidency/meetings/[0-9]*">7MSP' \
  | grep -o '/[0-9]*"' | grep -o '[0-9]*')
first_plan=$(curl -s -b "$jar" "$base/committee/plans?term=$seventh_msp" | grep -o 'href="/committee/plans/[0-9]*"' \
  | head -n1 | grep -o '[0-9]*')
first_pledge=$(curl -s -b "$jar" "$base/assistance/pledges" | grep -o 'href="/assistance/pledges/[0-9]*"' | head -n1 \
  | grep -o '[0-9]*')

pages=(/ /states "/states?status=STATE_PARTY&region=EUROPE" "/states?q=liban&lang=fr" /states/LBN /states/LTU
  /organisations /organisations/1 /contacts /admin/users /admin/audit "/api/v1/states?size=50" /api/v1/states/LBN
  /meetings /meetings/2 /action-points/mine /coalitions /coalitions/1 /api/v1/meetings/2 /api/v1/coalitions/1
  /obligations "/obligations?article=4&sort=DEADLINE" /obligations/export.csv /obligations/states/LBN
  "/obligations/$lebanon_clearance" /extension-requests "/extension-requests/$lebanon_request" /transparency/overdue
  "/transparency/overdue?asOf=2016-11-04" /transparency/reports "/api/v1/obligations?article=4"
  "/api/v1/transparency-reports/overdue?asOf=2016-11-04"
  /assistance/needs "/assistance/needs/$lebanon_need" /assistance/offers "/assistance/offers/$first_offer"
  /assistance/pledges "/assistance/pledges/$first_pledge" /assistance/gaps "/assistance/gaps?currency=EUR&state=LBN"
  /assistance/rates /assistance/states/LBN/funding /assistance/coalitions/1/funding /assistance/needs/export.csv
  /assistance/pledges/export.xlsx /api/v1/needs "/api/v1/needs/$lebanon_need/matches" /api/v1/funding-gaps
  "/finance?year=2016" "/finance/schedule?year=2016" "/finance/invoices?year=2016" /finance/arrears /finance/reserve
  "/finance/contributions.csv?year=2016" "/api/v1/finance/summary?year=2016" "/api/v1/contributions?year=2016"
  /presidency "/presidency/meetings/$seventh_msp" "/committee?term=$seventh_msp" "/committee/plans?term=$seventh_msp"
  "/committee/plans/$first_plan" "/committee/targets?term=$seventh_msp" "/committee/states/LBN?term=$seventh_msp"
  /themes/universalization /api/v1/presidencies "/api/v1/coordination-committee?term=7MSP" /api/v1/operational-plans
  /universalization /universalization/states/USA "/api/v1/universalization/states?category=ADMINISTRATIVE"
  /action-plan "/action-plan?asOf=2016-11-04" "/action-plan/progress.pdf?asOf=2016-11-04"
  "/action-plan/progress.docx?asOf=2016-11-04" "/api/v1/action-plan/indicators?asOf=2016-11-04")
over=0
printf '%-45s %8s %8s %8s\n' page median_ms p95_ms max_ms
for page in "${pages[@]}"; do
  for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" "$base$page"; done
  times=$(for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null -b "$jar" -w '%{time_starttransfer}\n' "$base$page"
  done | awk '{printf "%.2f\n", $1 * 1000}' | sort -n)
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p95=$(echo "$times" | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; print a[i]}')
  max=$(echo "$times" | tail -n1)
  printf '%-45s %8s %8s %8s\n' "$page" "$median" "$p95" "$max"
  if awk -v m="$median" -v b="$budget_ms" 'BEGIN {exit !(m > b)}'; then over=1; fi
done
[ "$over" = 0 ] || { echo "a page's median server time is over ${budget_ms} ms" >&2; exit 1; }
