#!/usr/bin/env bash
# Benchmark `meshctl analyze -A` against a live API server: the test API server (tests/apiserver)
# seeded by examples/analyze_live_server.rs with NAMESPACES x APPS apps, each with two running
# Pods (v1 and v2), a Service, a DestinationRule and a VirtualService: with the defaults,
# 100 x 50 gives 10,000 Pods and 10,000 Istio resources (plus 5,000 Services, 100 Namespaces).
#
# Next to it, `kubectl get <the same kinds> -A -o json` on the same server: the kinds are the
# ones meshctl lists, read from its own request log (`-v`), so both read the same objects.
# For each: requests made (counted from `meshctl -v` and `kubectl -v=6` logs, discovery
# included), median wall time, median CPU time (user + system) and peak RSS over RUNS runs.
# kubectl gets a fresh discovery cache every run (meshctl keeps none).
#
# Usage: benches/analyze_live.sh
#        RUNS=5 NAMESPACES=10 APPS=20 benches/analyze_live.sh
#        PROFILE=release BUILD=0 benches/analyze_live.sh   (binaries already built)
#        KUBECTL=/path/to/kubectl benches/analyze_live.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

RUNS=${RUNS:-3}
NAMESPACES=${NAMESPACES:-100}
APPS=${APPS:-50}
PROFILE=${PROFILE:-dist}
kubectl=${KUBECTL:-/tmp/meshctl-apiserver/bin/kubectl}
[ -x "$kubectl" ] || kubectl=$(command -v kubectl || true)
[ -x "$kubectl" ] || { echo "kubectl not found: set KUBECTL" >&2; exit 1; }

if [ "${BUILD:-1}" != 0 ]; then
  cargo build --profile "$PROFILE" --quiet --bin meshctl --example analyze_live_server
fi
meshctl=$root/target/$PROFILE/meshctl
server=$root/target/$PROFILE/examples/analyze_live_server

work=$(mktemp -d)
srv_pid=
cleanup() {
  if [ -n "$srv_pid" ]; then
    exec {srv_in}>&-
    wait "$srv_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The server runs until its stdin (a FIFO held open here) closes; it prints its kubeconfig
# once seeded.
echo "seeding the test API server: $NAMESPACES namespaces x $APPS apps ..." >&2
seed_start=$(date +%s)
mkfifo "$work/in" "$work/out"
"$server" "$NAMESPACES" "$APPS" <"$work/in" >"$work/out" &
srv_pid=$!
exec {srv_in}>"$work/in"
read -r kubeconfig <"$work/out"
k() { "$kubectl" --kubeconfig "$kubeconfig" --cache-dir "$work/kcache" "$@"; }
pods=$(k get pods -A -o name | wc -l)
istio=$(k get virtualservices.networking.istio.io,destinationrules.networking.istio.io -A -o name | wc -l)
echo "seeded in $(($(date +%s) - seed_start)) s: $pods Pods, $istio Istio resources" >&2
if ((pods != NAMESPACES * APPS * 2 || istio != NAMESPACES * APPS * 2)); then
  echo "the server holds other numbers of objects than were put" >&2
  exit 1
fi

# The kinds meshctl lists, from its request log: `/api/v1/pods?limit=500` -> `pods`,
# `/apis/networking.istio.io/v1/gateways?...` -> `gateways.v1.networking.istio.io`.
"$meshctl" --kubeconfig "$kubeconfig" -v analyze -A >/dev/null 2>"$work/meshctl.log" || true
meshctl_requests=$(grep -c ' → ' "$work/meshctl.log")
kinds=$(grep -o 'GET [^ ]*limit=[^ ]*' "$work/meshctl.log" | grep -v '/namespaces/' |
  sed -E 's#GET https?://[^/]+##; s#\?.*##' |
  awk -F/ '$2 == "api" {print $4; next} $2 == "apis" {print $5 "." $4 "." $3}' | sort -u | paste -sd, -)
objects=$(grep -o 'Read [0-9]* objects' "$work/meshctl.log" | grep -o '[0-9]*' || echo '?')
"$kubectl" --kubeconfig "$kubeconfig" --cache-dir "$work/kcache-count" -v=6 get "$kinds" -A -o json >"$work/kubectl.json" 2>"$work/kubectl.log"
# `"Response" verb="GET" url=...` (kubectl 1.30 and later), `GET https://... 200 OK` before.
kubectl_requests=$(grep -cE '"Response" verb=|] (GET|POST) https?://[^ ]+ [0-9]{3} ' "$work/kubectl.log")
kubectl_objects=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$work/kubectl.json")

source "$(dirname "$0")/measure.sh"
# kubectl starts each run with an empty discovery cache (meshctl keeps none).
before_run() { rm -rf "$work/kcache-run"; }

measure meshctl "$meshctl" --kubeconfig "$kubeconfig" analyze -A
m_med=$MED m_cpu=$CPU m_peak=$PEAK
measure kubectl "$kubectl" --kubeconfig "$kubeconfig" --cache-dir "$work/kcache-run" get "$kinds" -A -o json
k_med=$MED k_cpu=$CPU k_peak=$PEAK

echo
echo "test API server: $pods Pods, $istio Istio resources ($NAMESPACES namespaces); medians over $RUNS runs"
echo "kinds: $kinds"
printf '%-34s %9s %9s %8s %8s %9s\n' "" requests objects wall cpu "peak RSS"
printf '%-34s %9s %9s %7.3fs %7.3fs %5d MiB\n' "meshctl analyze -A" "$meshctl_requests" "$objects" "$m_med" "$m_cpu" $((m_peak / 1024))
printf '%-34s %9s %9s %7.3fs %7.3fs %5d MiB\n' "kubectl get <same kinds> -A -o json" "$kubectl_requests" "$kubectl_objects" "$k_med" "$k_cpu" $((k_peak / 1024))
