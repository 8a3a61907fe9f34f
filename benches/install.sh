#!/usr/bin/env bash
# `meshctl install` of the demo profile (no readiness wait) against the test API server,
# compared in the same run with `kubectl apply --server-side` of the same
# `meshctl manifest generate` output against the same kind of server. Every run gets a fresh
# server (tests/apiserver/examples/serve.rs) and a cold client cache.
#
#   benches/install.sh [RUNS]      (default: 7 runs each)
#
# Target: median(meshctl install) <= 0.5 x median(kubectl apply --server-side).
#
# Notes:
# - kubectl runs with --validate=false: the test server serves no OpenAPI documents, and
#   kubectl's client-side schema validation would otherwise fail on the 404 of /openapi/v3.
# - `meshctl manifest generate` does not emit the istio-system Namespace (install creates it),
#   so the kubectl input gets a Namespace document prepended.
# - meshctl still waits for the CRDs to be Established (the test server takes ~100 ms);
#   kubectl does not wait for anything (the demo manifest has no custom resources).
set -euo pipefail
runs=${1:-7}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

kubectl=$(command -v kubectl || true)
if [ -z "$kubectl" ]; then
  echo "kubectl not found on PATH: nothing to compare against" >&2
  exit 1
fi

cargo build --profile dist --quiet --bin meshctl
cargo build --profile dist --quiet -p meshctl-testapi --example serve
meshctl=$root/target/dist/meshctl
serve=$root/target/dist/examples/serve

work=$(mktemp -d)
srv_pid=
cleanup() {
  stop_server
  rm -rf "$work"
}
trap cleanup EXIT

# Start a fresh server; sets $kubeconfig. The server runs until its stdin (a FIFO we hold
# open) is closed.
start_server() {
  rm -f "$work/in" "$work/out"
  mkfifo "$work/in" "$work/out"
  "$serve" < "$work/in" > "$work/out" &
  srv_pid=$!
  exec {srv_in}> "$work/in"
  read -r kubeconfig < "$work/out"
}
stop_server() {
  if [ -n "$srv_pid" ]; then
    exec {srv_in}>&-
    wait "$srv_pid" 2>/dev/null || true
    srv_pid=
  fi
}

# Wall time (seconds) of one run; output discarded, failure aborts the benchmark.
timed() {
  local start end
  start=$(date +%s.%N)
  if ! "$@" > "$work/last.log" 2>&1; then
    echo "command failed: $*" >&2
    cat "$work/last.log" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}
median() { sort -n | awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.3f", m }'; }

# The same objects for both: the demo manifest, plus the Namespace install creates.
manifest=$work/demo.yaml
{
  printf 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: istio-system\n---\n'
  "$meshctl" manifest generate --set profile=demo
} > "$manifest"
objects=$(grep -c '^kind:' "$manifest")

# Check that a finished run left the control plane's objects behind.
check() {
  local n
  n=$("$kubectl" --kubeconfig "$kubeconfig" --cache-dir "$work/cache-check" get \
    deployments,services,configmaps,serviceaccounts -n istio-system -o name | wc -l)
  if [ "$n" -lt 10 ]; then
    echo "$1 left only $n objects in istio-system" >&2
    exit 1
  fi
}

t_meshctl=()
t_kubectl=()
for i in $(seq "$runs"); do
  start_server
  t=$(timed "$meshctl" --kubeconfig "$kubeconfig" install --set profile=demo -y --wait=false) || exit 1
  t_meshctl+=("$t")
  check "meshctl install"
  stop_server

  start_server
  t=$(timed "$kubectl" --kubeconfig "$kubeconfig" --cache-dir "$work/cache-$i" \
    apply --server-side --force-conflicts --validate=false -f "$manifest") || exit 1
  t_kubectl+=("$t")
  check "kubectl apply"
  stop_server
  printf 'run %d: meshctl %.3fs  kubectl %.3fs\n' "$i" "${t_meshctl[-1]}" "${t_kubectl[-1]}" >&2
done

m_meshctl=$(printf '%s\n' "${t_meshctl[@]}" | median)
m_kubectl=$(printf '%s\n' "${t_kubectl[@]}" | median)
ratio=$(echo "$m_meshctl / $m_kubectl" | bc -l)
printf 'demo profile: %d objects, %d runs each, fresh test API server per run\n' "$objects" "$runs"
printf 'meshctl install --wait=false            median %6.3fs\n' "$m_meshctl"
printf 'kubectl apply --server-side (same YAML) median %6.3fs\n' "$m_kubectl"
printf 'ratio %.2fx (target <= 0.5x)\n' "$ratio"
