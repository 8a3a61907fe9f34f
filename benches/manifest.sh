#!/usr/bin/env bash
# Times `meshctl manifest generate --set profile=demo` as a whole process (start-up included).
# Usage: benches/manifest.sh [RUNS]   (builds the dist binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
cargo build --profile dist --quiet
bin=target/dist/meshctl
"$bin" manifest generate --set profile=demo >/dev/null   # warm the page cache
python3 - "$bin" "$runs" <<'PY'
import statistics, subprocess, sys, time
bin, runs = sys.argv[1], int(sys.argv[2])
cases = {
    "manifest generate --set profile=demo": [bin, "manifest", "generate", "--set", "profile=demo"],
    "manifest generate --set profile=demo --set addons=true": [bin, "manifest", "generate", "--set", "profile=demo", "--set", "addons=true"],
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
