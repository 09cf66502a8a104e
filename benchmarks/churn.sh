#!/usr/bin/env bash
# Load with churn: wrk at 64 connections against article pages, the library page and search for DURATION
# seconds (default 60) while another process adds, rewrites and deletes seed files every 100 ms.
# Reports requests, non-2xx/3xx answers, socket errors, 5xx in the app's own request log, and the app's
# resident memory every 5 s (it should level off, not grow). Targets 127.0.0.1 only; everything it
# starts, it stops. Needs wrk (apt-get install -y wrk).
#   bash benchmarks/churn.sh                 # 60 s over 500 synthetic articles
#   DURATION=20 COUNT=2000 bash benchmarks/churn.sh
set -euo pipefail
DURATION=${DURATION:-60}
COUNT=${COUNT:-500}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/newsreader-churn.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

command -v wrk >/dev/null || { echo "churn: wrk is not installed (apt-get install -y wrk)"; exit 2; }
dotnet run --project "$root/tests/NewsReader.SeedGenerator" -- "$COUNT" "$work/seeds" >/dev/null
dotnet publish "$root/src/NewsReader.Web/NewsReader.Web.csproj" -c Release -o "$work/app" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# Default production configuration, with the search rate limit raised: here we measure stability under
# load, and 429s from the limiter doing its job would only hide that.
(cd "$work/app" && exec dotnet NewsReader.Web.dll --urls "http://127.0.0.1:$port" --Seeds:Path="$work/seeds" \
  --RateLimiting:Search:PermitLimit=100000000 >"$work/app.log" 2>&1) &
app=$!; pids+=("$app")
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.25; done
app_pid=$(python3 - "$port" <<'PY'
import os, sys, re
port = int(sys.argv[1]); inodes = set()
for line in open('/proc/net/tcp').read().splitlines()[1:]:
    f = line.split()
    if int(f[1].split(':')[1], 16) == port and f[3] == '0A': inodes.add(f[9])
for pid in filter(str.isdigit, os.listdir('/proc')):
    try:
        for fd in os.listdir(f'/proc/{pid}/fd'):
            m = re.match(r'socket:\[(\d+)\]', os.readlink(f'/proc/{pid}/fd/{fd}'))
            if m and m.group(1) in inodes: print(pid); sys.exit()
    except OSError: pass
PY
)

# Paths: the library, 50 articles the churn never touches, and searches.
curl -sf "http://127.0.0.1:$port/api/articles" | python3 -c '
import json, sys
slugs = [a["slug"] for a in json.load(sys.stdin)][:50]
paths = ["/"] + ["/articles/" + s for s in slugs] + ["/search?q=" + q for q in ["energy", "interest+rates", "%22border+controls%22", "minister", "flooding"]]
print("local paths = {" + ",".join(json.dumps(p) for p in paths) + "}")
print("local i = 0")
print("request = function() i = i + 1; return wrk.format(\"GET\", paths[(i % #paths) + 1]) end")' >"$work/paths.lua"

# Churn: every 100 ms add, rewrite or delete one of its own files (zz_churn_*.txt).
(
  i=0
  while true; do
    i=$((i + 1))
    case $((i % 3)) in
      0) printf 'Churned story %d about energy prices\n\nLONDON (Reuters) - Version %d of a churned story.\n\nRecommended Stories\n\n  • Farmers braces for drought relief\n\n    A summary.\n' "$i" "$i" >"$work/seeds/zz_churn_$i.txt" ;;
      1) f=$(ls "$work/seeds"/zz_churn_*.txt 2>/dev/null | head -n 1 || true); [ -n "$f" ] && printf 'Rewritten story %d\n\nPARIS - Rewritten at step %d.\n' "$i" "$i" >"$f" ;;
      2) f=$(ls "$work/seeds"/zz_churn_*.txt 2>/dev/null | tail -n 1 || true); [ -n "$f" ] && rm -f "$f" ;;
    esac
    sleep 0.1
  done
) &
pids+=("$!")

# Memory: resident set every 5 s.
( while true; do awk '/VmRSS/ {printf "%d\n", $2/1024}' "/proc/$app_pid/status" 2>/dev/null >>"$work/rss"; sleep 5; done ) &
pids+=("$!")

timeout $((DURATION + 30)) wrk -t2 -c64 -d"${DURATION}s" --latency -s "$work/paths.lua" "http://127.0.0.1:$port" | tee "$work/wrk.txt"

requests=$(awk '/requests in/ {print $1}' "$work/wrk.txt")
non2xx=$(awk '/Non-2xx or 3xx/ {print $NF}' "$work/wrk.txt"); non2xx=${non2xx:-0}
socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/wrk.txt"); socket=${socket:-0}
# Which kind, when there are any (a timeout is a request unanswered for 2 s, wrk's default).
socket_kinds=$(awk '/Socket errors/ {sub(/.*Socket errors: /, ""); print " (" $0 ")"}' "$work/wrk.txt")
server_errors=$(grep -c 'responded 5[0-9][0-9]' "$work/app.log" || true)
snapshots=$(grep -c 'Ingested' "$work/app.log" || true)
echo "churn: duration=${DURATION}s articles=$COUNT requests=$requests non_2xx_3xx=$non2xx socket_errors=$socket$socket_kinds server_5xx=$server_errors library_reloads=$snapshots"
echo "churn: rss_mib_every_5s=$(paste -sd' ' "$work/rss")"
