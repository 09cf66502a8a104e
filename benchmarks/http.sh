#!/usr/bin/env bash
# HTTP figures for issue 7, in one run: publishes the app as the Dockerfile does, starts it in its default
# production configuration on the bundled seeds (or on COUNT synthetic articles plus the bundled seed), and
#   1. compares /, the seed article, /stories and the seed's API answer with nginx serving the same bytes
#      (../shared/tools/perf-vs-static), plain, then --gzip, then --etag-check;
#   2. compares search with the article page in the same run: a repeated query (perf-vs-static, both paths)
#      and a different query on every request (wrk with a Lua script, alternating with the article page).
# Targets 127.0.0.1 only; stops everything it starts. Needs wrk and nginx (apt-get install -y wrk nginx-light).
#   bash benchmarks/http.sh            # bundled seeds: the page comparisons
#   bash benchmarks/http.sh 5000       # 5,000 synthetic articles: page and search comparisons
set -euo pipefail
COUNT=${1:-0}
DURATION=${DURATION:-5}
ROUNDS=${ROUNDS:-2}
root=$(cd "$(dirname "$0")/.." && pwd)
tools=${TOOLS:-$root/../shared/tools}
work=$(mktemp -d /tmp/newsreader-http.XXXXXX)
app=""
cleanup() { [ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

for tool in wrk nginx; do command -v $tool >/dev/null || [ -x /usr/sbin/$tool ] || { echo "http: $tool is not installed (apt-get install -y wrk nginx-light)"; exit 2; }; done
[ -x "$tools/perf-vs-static" ] || { echo "http: $tools/perf-vs-static not found (set TOOLS=)"; exit 2; }

dotnet publish "$root/src/NewsReader.Web/NewsReader.Web.csproj" -c Release -r linux-x64 --self-contained false \
  -p:PublishReadyToRun=true -o "$work/app" >/dev/null
mkdir -p "$work/seeds"
cp "$root"/seeds/* "$work/seeds/"
if [ "$COUNT" -gt 0 ]; then
  dotnet run --project "$root/tests/NewsReader.SeedGenerator" -- "$COUNT" "$work/seeds" >/dev/null
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
# Default production configuration; only the search rate limit is raised, or its 429s would be measured.
(cd "$work/app" && exec dotnet NewsReader.Web.dll --urls "$base" --Seeds:Path="$work/seeds" \
  --RateLimiting:Search:PermitLimit=100000000 >/dev/null 2>&1) &
app=$!
for _ in $(seq 1 240); do curl -sf "$base/healthz" >/dev/null && break; sleep 0.25; done
article=/articles/$(curl -sf "$base/api/articles" | python3 -c '
import json, sys
data = json.load(sys.stdin)
items = data["items"] if isinstance(data, dict) else data
print(next(a["slug"] for a in items if a["source"].startswith("000_edb2a65bb37253f4")))')
echo "http: $COUNT synthetic articles, app at $base, seed article $article"

echo "== pages against nginx, plain"
"$tools/perf-vs-static" "$base" / "$article" /stories "/api$article" --rounds "$ROUNDS" --duration "$DURATION" | tail -6
echo "== pages against nginx, --gzip"
"$tools/perf-vs-static" "$base" / "$article" /stories "/api$article" --rounds "$ROUNDS" --duration "$DURATION" --gzip | tail -6
echo "== --etag-check"
"$tools/perf-vs-static" "$base" / "$article" /stories "/api$article" "/search?q=energy+prices" --rounds 1 --duration 2 --etag-check | grep -iE "etag|perf:"

[ "$COUNT" -gt 0 ] || exit 0
echo "== search: a repeated query and the article page, same run"
"$tools/perf-vs-static" "$base" "$article" "/search?q=energy+prices" --rounds "$ROUNDS" --duration "$DURATION" | tail -4

echo "== search: a different query on every request, alternating with the article page (wrk -t1 -c32)"
# Each run starts its counter elsewhere (the argument after --), so no run repeats another's queries.
cat >"$work/unique.lua" <<'LUA'
local words = {"energy","interest","rates","minister","border","flooding","election","tariffs","police","court",
               "market","shares","drought","talks","defence","budget","storm","strike","trade","vote"}
local i = 0
init = function(args) i = tonumber(args[1]) or 0 end
request = function()
  i = i + 1
  return wrk.format("GET", "/search?q=" .. words[(i % #words) + 1] .. "+" .. words[((i * 7) % #words) + 1] .. "+" .. i)
end
LUA
rps() { grep -oP 'Requests/sec:\s+\K[0-9.]+'; }
browser='Accept-Encoding: gzip, deflate, br, zstd' # what browsers send: each new answer is compressed once
# Warm-up, so that the first round does not measure the JIT.
wrk -t1 -c32 -d"${DURATION}s" -s "$work/unique.lua" "$base" -- 900000000 >/dev/null
wrk -t1 -c32 -d"${DURATION}s" -H "$browser" -s "$work/unique.lua" "$base" -- 950000000 >/dev/null
for round in $(seq 1 "$ROUNDS"); do
  page=$(wrk -t1 -c32 -d"${DURATION}s" "$base$article" | rps)
  search=$(wrk -t1 -c32 -d"${DURATION}s" -s "$work/unique.lua" "$base" -- "$((round * 10000000))" | rps)
  compressed=$(wrk -t1 -c32 -d"${DURATION}s" -H "$browser" -s "$work/unique.lua" "$base" -- "$((round * 10000000 + 5000000))" | rps)
  python3 -c "print(f'round $round: article {float($page):,.0f} rps, unique searches {float($search):,.0f} rps (ratio {float($search)/float($page):.3f}), with a browser\'s Accept-Encoding {float($compressed):,.0f} rps (ratio {float($compressed)/float($page):.3f})')"
done

echo "== article pages nobody asked for yet (each request a different article: render, similar articles, store)"
curl -sf "$base/api/articles" | python3 -c '
import json, sys
items = json.load(sys.stdin)
print("slugs = {" + ",".join(json.dumps(a["slug"]) for a in items) + "}")' >"$work/walk.lua"
cat >>"$work/walk.lua" <<'LUA'
local i = 0
init = function(args) i = tonumber(args[1]) or 0 end
request = function()
  i = i + 1
  return wrk.format("GET", "/articles/" .. slugs[(i % #slugs) + 1])
end
LUA
# A warm-up over the first articles, then a run that starts halfway through the list.
wrk -t1 -c32 -d2s -s "$work/walk.lua" "$base" -- 0 >/dev/null
echo "article pages never seen: $(wrk -t1 -c32 -d3s -s "$work/walk.lua" "$base" -- "$((COUNT / 2))" | rps) rps"
