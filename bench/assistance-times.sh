#!/usr/bin/env bash
# The assistance benchmark: starts the platform on a synthetic set (200 States, 5,000 needs, 500 donors' offers,
# 50,000 pledges) in a database of its own, then times ranking one need's matches and computing every funding gap,
# in the process (Matchmaker.donorsFor, FundingGaps.report, logged by BenchmarkRunner) and over HTTP
# (GET /api/v1/needs/{id}/matches over twenty needs in turn, GET /api/v1/funding-gaps), signed in as the ISU with a
# personal access token: median and 95th percentile after a warm-up of 100 requests, and the platform's CPU time
# per request (what a request costs whatever else the machine is doing).
# Usage: bench/assistance-times.sh [requests-per-endpoint] [scale]
#   BENCH_DATA_DIR (default target/bench-data) keeps the set between runs (first start writes it, about 30 s);
#   BENCH_PORT (default 8181). Builds the jar when there is none (./mvnw package -DskipTests).
# Fails when a median is over the 100 ms budget.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-100}
scale=${2:-1}
port=${BENCH_PORT:-8181}
data=${BENCH_DATA_DIR:-target/bench-data}
base=http://localhost:$port
budget_ms=100

jar=$(ls target/ccm-platform-*.jar 2>/dev/null | head -n1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q package -DskipTests
  jar=$(ls target/ccm-platform-*.jar | head -n1)
fi
mkdir -p "$data"
data=$(cd "$data" && pwd)
log="$data/benchmark.log"
cookies=$(mktemp)
CCM_DATA_DIR="$data" CCM_BENCH_SYNTHETIC=true CCM_BENCH_SCALE="$scale" CCM_BENCH_RUNS="$runs" SERVER_PORT="$port" \
  java -jar "$jar" >"$log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; rm -f "$cookies"' EXIT

echo "platform started (pid $app, log $log); waiting for the in-process benchmark..."
for _ in $(seq 1 900); do
  grep -q "Assistance benchmark done" "$log" && break
  kill -0 "$app" 2>/dev/null || { tail -n 40 "$log" >&2; echo "the platform stopped" >&2; exit 1; }
  sleep 1
done
grep -q "Assistance benchmark done" "$log" || { echo "no benchmark result after 15 minutes" >&2; exit 1; }
grep -E "Synthetic assistance set|Database holds|Benchmark |matches per need|FundingGaps.report:" "$log" \
  | sed 's/.* : //'

csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n1)
curl -s -o /dev/null -c "$cookies" -b "$cookies" --data-urlencode "username=isu" --data-urlencode "password=isu" \
  --data-urlencode "_csrf=$csrf" "$base/login"
csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/profile" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' \
  | head -n1)
token=$(curl -s -L -c "$cookies" -b "$cookies" --data-urlencode "name=benchmark $(date +%s)" \
  --data-urlencode "validDays=1" --data-urlencode "_csrf=$csrf" "$base/profile/tokens" \
  | grep -o 'ccm_[A-Za-z0-9_-]*' | head -n1)
[ -n "$token" ] || { echo "could not create an access token for isu" >&2; exit 1; }
auth=(-H "Authorization: Bearer $token")

total=$(curl -s "${auth[@]}" "$base/api/v1/needs?status=OPEN&size=1" | grep -o '"totalElements":[0-9]*' | cut -d: -f2)
needs=()
for i in $(seq 0 19); do
  needs+=("$(curl -s "${auth[@]}" "$base/api/v1/needs?status=OPEN&size=1&page=$((i * total / 20))" \
    | grep -o '"id":[0-9]*' | head -n1 | cut -d: -f2)")
done

# CPU time the platform's process has used so far (all its threads, garbage collection included), in clock ticks
cpu_ticks() {
  awk '{print $14 + $15}' "/proc/$app/stat"
}

# time <label> <runs> <curl arguments...> with {need} in a URL replaced by the next of the twenty needs
time_endpoint() {
  local label=$1 count=$2
  shift 2
  local i=0 url
  for _ in $(seq 1 "$warmup"); do
    url=${*//\{need\}/${needs[$((i++ % 20))]}}
    curl -s -o /dev/null "${auth[@]}" $url
  done
  local cpu_before
  cpu_before=$(cpu_ticks)
  times=$(for _ in $(seq 1 "$count"); do
    url=${*//\{need\}/${needs[$((i++ % 20))]}}
    curl -s -o /dev/null "${auth[@]}" -w '%{time_total} %{size_download}\n' $url
  done | awk '{printf "%.2f %d\n", $1 * 1000, $2}' | sort -n)
  cpu=$(awk -v a="$cpu_before" -v b="$(cpu_ticks)" -v t="$(getconf CLK_TCK)" -v n="$count" \
    'BEGIN {printf "%.1f", (b - a) * 1000 / t / n}')
  median=$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  p95=$(echo "$times" | awk '{a[NR]=$1} END {i=int(NR*0.95); if (i<1) i=1; print a[i]}')
  max=$(echo "$times" | tail -n1 | cut -d' ' -f1)
  bytes=$(echo "$times" | awk '{s+=$2} END {printf "%d", s/NR}')
  printf '%-42s %8s %8s %8s %8s %10s\n' "$label" "$median" "$p95" "$max" "$cpu" "$bytes"
  if awk -v m="$median" -v b="$budget_ms" 'BEGIN {exit !(m > b)}'; then over=1; fi
}

over=0
warmup=100
echo
echo "HTTP, $runs requests each after $warmup to warm up; cpu_ms: the platform's CPU time per request"
echo "(load average: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores)"
printf '%-42s %8s %8s %8s %8s %10s\n' request median_ms p95_ms max_ms cpu_ms bytes
time_endpoint "GET /api/v1/needs/{id}/matches" "$runs" "$base/api/v1/needs/{need}/matches"
time_endpoint "GET /api/v1/funding-gaps" "$runs" "$base/api/v1/funding-gaps"
time_endpoint "GET /api/v1/funding-gaps (gzip)" "$runs" --compressed "$base/api/v1/funding-gaps"
time_endpoint "GET /api/v1/funding-gaps?year=2027" "$runs" "$base/api/v1/funding-gaps?year=2027"
[ "$over" = 0 ] || { echo "a median is over the ${budget_ms} ms budget" >&2; exit 1; }
