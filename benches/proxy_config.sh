#!/usr/bin/env bash
# Times `meshctl proxy-config cluster -f DUMP` as a whole process (start-up included): reading a
# saved Envoy config dump offline must stay in milliseconds.
# Usage: benches/proxy_config.sh [DUMP] [RUNS]   (builds the dist binary first)
# DUMP defaults to upstream's largest proxy-config test dump with clusters (56 KB) when ../shared is beside the
# checkout, else to meshctl's own Bookinfo productpage dump.
set -euo pipefail
cd "$(dirname "$0")/.."
upstream=../shared/upstream/istio/debug/testdata/istioctl/pkg/proxyconfig/testdata/config_dump.json
default=tests/testdata/debug/productpage-dump.json
[ -f "$upstream" ] && default=$upstream
dump=${1:-$default}
runs=${2:-50}
cargo build --profile dist --quiet
bin=target/dist/meshctl
"$bin" proxy-config cluster -f "$dump" >/dev/null   # warm the page cache; fails loudly if the dump is bad
python3 - "$bin" "$dump" "$runs" <<'PY'
import os, statistics, subprocess, sys, time
bin, dump, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
print(f"dump: {dump} ({os.path.getsize(dump)} bytes)")
cases = {
    "proxy-config cluster -f": [bin, "proxy-config", "cluster", "-f", dump],
    "proxy-config all -f -o json": [bin, "proxy-config", "all", "-f", dump, "-o", "json"],
    "version --remote=false (start-up floor)": [bin, "version", "--remote=false"],
}
for name, cmd in cases.items():
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    print(f"{name}: median {statistics.median(times):.1f} ms, p90 {times[int(len(times)*0.9)-1]:.1f} ms, min {times[0]:.1f} ms ({runs} runs)")
PY
