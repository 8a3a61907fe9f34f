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
echo "dump: $dump ($(wc -c < "$dump") bytes)"
python3 benches/timeit.py "$runs" \
  "proxy-config cluster -f" -- "$bin" proxy-config cluster -f "$dump" :: \
  "proxy-config all -f -o json" -- "$bin" proxy-config all -f "$dump" -o json :: \
  "version --remote=false (start-up floor)" -- "$bin" version --remote=false
