#!/usr/bin/env bash
# kube-inject throughput and memory on 10,000 Deployments, against an identity round-trip
# through the same YAML library (examples/yaml_roundtrip.rs), in the same run.
#
#   benches/inject.sh [COUNT] [RUNS]      (defaults: 10000 documents, 5 runs each)
#
# Targets: median(kube-inject) <= 1.5 x median(round-trip); peak RSS <= 4 x input size.
# kube-inject uses every CPU it may run on for large inputs; the one-CPU line (taskset) shows
# the same work on one thread, against the single-threaded round-trip.
set -euo pipefail
count=${1:-10000}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --profile dist --quiet --bin meshctl --example yaml_roundtrip
meshctl=$root/target/dist/meshctl
roundtrip=$root/target/dist/examples/yaml_roundtrip
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
input=$work/deployments.yaml

awk -v n="$count" 'BEGIN {
  for (i = 0; i < n; i++) {
    printf "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-%d\n  namespace: team-%d\n  labels:\n    app: app-%d\n", i, i % 50, i
    printf "spec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app-%d\n  template:\n    metadata:\n      labels:\n        app: app-%d\n        version: v1\n", i, i
    printf "    spec:\n      containers:\n      - name: app\n        image: registry.example.com/app-%d:1.0\n        ports:\n        - name: http\n          containerPort: 8080\n", i
    printf "        readinessProbe:\n          httpGet:\n            path: /ready\n            port: http\n        resources:\n          requests:\n            cpu: 100m\n            memory: 128Mi\n---\n"
  }
}' > "$input"
size=$(wc -c < "$input")

# Wall time (seconds) of one run, output discarded.
timed() {
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m }'; }
peak_kb() { /usr/bin/time -v "$@" 2>&1 > /dev/null | awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }'; }

inject=("$meshctl" kube-inject -f "$input" --native-sidecars=true)
one_cpu=(taskset -c 0 "${inject[@]}")
baseline=("$roundtrip" "$input")
"${inject[@]}" > "$work/injected.yaml" 2>/dev/null   # also warms the page cache
# For scale: the same round-trip on the injected output, which is ~12x the input.
big=("$roundtrip" "$work/injected.yaml")
t_inject=(); t_one=(); t_base=(); t_big=()
for _ in $(seq "$runs"); do
  t_base+=("$(timed "${baseline[@]}")")
  t_inject+=("$(timed "${inject[@]}" 2>/dev/null)")
  t_one+=("$(timed "${one_cpu[@]}" 2>/dev/null)")
  t_big+=("$(timed "${big[@]}")")
done
m_base=$(printf '%s\n' "${t_base[@]}" | median)
m_inject=$(printf '%s\n' "${t_inject[@]}" | median)
m_one=$(printf '%s\n' "${t_one[@]}" | median)
m_big=$(printf '%s\n' "${t_big[@]}" | median)
rss_inject=$(peak_kb "${inject[@]}")
rss_base=$(peak_kb "${baseline[@]}")
rss_one=$(peak_kb "${one_cpu[@]}")
ratio=$(echo "$m_inject / $m_base" | bc -l)
ratio_one=$(echo "$m_one / $m_base" | bc -l)
rss_ratio=$(echo "$rss_inject * 1024 / $size" | bc -l)

printf 'input: %d Deployments, %.1f MiB\n' "$count" "$(echo "$size / 1048576" | bc -l)"
printf 'round-trip  median %6.3fs  peak RSS %7.1f MiB\n' "$m_base" "$(echo "$rss_base / 1024" | bc -l)"
printf 'kube-inject median %6.3fs (%d CPUs)  peak RSS %7.1f MiB  (output %.1f MiB)\n' "$m_inject" "$(nproc)" "$(echo "$rss_inject / 1024" | bc -l)" "$(echo "$(wc -c < "$work/injected.yaml") / 1048576" | bc -l)"
printf 'kube-inject on one CPU median %6.3fs  peak RSS %7.1f MiB  (%.2fx the round-trip)\n' "$m_one" "$(echo "$rss_one / 1024" | bc -l)" "$ratio_one"
printf 'round-trip of the injected output median %6.3fs (same output volume, for scale)\n' "$m_big"
printf 'time ratio %.2fx (target <= 1.5x); peak RSS %.2fx the input (target <= 4x)\n' "$ratio" "$rss_ratio"
