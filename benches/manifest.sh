#!/usr/bin/env bash
# Times `meshctl manifest generate --set profile=demo` as a whole process (start-up included).
# Usage: benches/manifest.sh [RUNS]   (builds the dist binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-50}
cargo build --profile dist --quiet
bin=target/dist/meshctl
"$bin" manifest generate --set profile=demo >/dev/null   # warm the page cache
python3 benches/timeit.py "$runs" \
  "manifest generate --set profile=demo" -- "$bin" manifest generate --set profile=demo :: \
  "manifest generate --set profile=demo --set addons=true" -- "$bin" manifest generate --set profile=demo --set addons=true :: \
  "version --remote=false (start-up floor)" -- "$bin" version --remote=false
