#!/usr/bin/env bash
# The hottest basic blocks of one JIT-compiled method while the parser runs in a loop.
#   bash benchmarks/hot-blocks.sh METHOD MAP_PATTERN [BLOCKS]
#   bash benchmarks/hot-blocks.sh ParseAll 'Teaser::ParseAll' 8
# METHOD is the JIT's short name (DOTNET_JitDisasm); MAP_PATTERN picks the method in the perf map.
# Needs perf (linux-perf) and python3. Samples 10 s of `-- parse-loop` after 10 s of warm-up (tier-1 code).
set -euo pipefail
method=$1 pattern=$2 blocks=${3:-8}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$root/benchmarks/NewsReader.Benchmarks" -v q -nologo > "$work/build.log"
bin="$root/benchmarks/NewsReader.Benchmarks/bin/Release/net10.0"
DOTNET_JitDisasm="$method" DOTNET_JitStdOutFile="$work/disasm.txt" DOTNET_PerfMapEnabled=3 \
  DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0 dotnet "$bin/NewsReader.Benchmarks.dll" parse-loop 22 &
pid=$!
sleep 10
perf record -F 2999 -p "$pid" -o "$work/perf.data" -- sleep 10 > /dev/null 2>&1
wait "$pid"
perf script -i "$work/perf.data" -F ip 2> /dev/null > "$work/ips.txt"
entry=$(grep -F "$pattern" "/tmp/perf-$pid.map" | grep 'OptimizedTier1\]' | tail -1)
rm -f "/tmp/perf-$pid.map" "/tmp/perfinfo-$pid.map"
[ -n "$entry" ] || { echo "no tier-1 code for '$pattern' in the perf map" >&2; exit 1; }
python3 - "$entry" "$work" "$blocks" <<'PY'
import re, sys
from collections import Counter
entry, work, blocks = sys.argv[1], sys.argv[2], int(sys.argv[3])
start, size = (int(x, 16) for x in entry.split()[:2])
samples, total = Counter(), 0
for line in open(f"{work}/ips.txt"):
    if not line.strip(): continue
    total += 1
    ip = int(line, 16)
    if start <= ip < start + size: samples[ip - start] += 1
listings = open(f"{work}/disasm.txt").read().split("; Assembly listing for method")
lines = [l for l in listings if "Tier1" in l.split("\n", 1)[0] or "; Tier1 code" in l][-1].split("\n")
groups = [(int(m.group(1), 16), i) for i, l in enumerate(lines) if (m := re.search(r"offset=0x([0-9A-Fa-f]+)", l))]
hits = Counter()
for offset, n in samples.items():
    hits[max((g for g in groups if g[0] <= offset), default=groups[0])] += n
inside = sum(hits.values())
print(f"{inside} of {total} samples ({inside / max(total, 1):.1%}) in {entry.split(' ', 2)[2][:100]}")
for (offset, at), n in hits.most_common(blocks):
    end = min((i for _, i in groups if i > at), default=len(lines))
    print(f"--- {n / inside:5.1%} block at +0x{offset:x}")
    print("\n".join("    " + l for l in lines[at:end][:24]))
PY
