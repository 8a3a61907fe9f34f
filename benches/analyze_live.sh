#!/usr/bin/env bash
# Benchmark `meshctl analyze -A` against a live API server (the test API server,
# tests/apiserver/examples/serve.rs) holding NAMESPACES x APPS apps, each with two Pods (v1 and
# v2), a Service, a DestinationRule and a VirtualService: with the defaults, 100 x 50 gives
# 10,000 Pods and 10,000 Istio resources (plus 5,000 Services and 100 Namespaces).
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
kubectl=${KUBECTL:-$(command -v kubectl || echo /tmp/meshctl-apiserver/bin/kubectl)}
[ -x "$kubectl" ] || { echo "kubectl not found: set KUBECTL" >&2; exit 1; }

if [ "${BUILD:-1}" != 0 ]; then
  cargo build --profile "$PROFILE" --quiet --bin meshctl
  cargo build --profile "$PROFILE" --quiet -p meshctl-testapi --example serve
fi
meshctl=$root/target/$PROFILE/meshctl
serve=$root/target/$PROFILE/examples/serve

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

# The server runs until its stdin (a FIFO held open here) closes.
mkfifo "$work/in" "$work/out"
"$serve" <"$work/in" >"$work/out" &
srv_pid=$!
exec {srv_in}>"$work/in"
read -r kubeconfig <"$work/out"
k() { "$kubectl" --kubeconfig "$kubeconfig" --cache-dir "$work/kcache" "$@"; }

echo "seeding the test API server: $NAMESPACES namespaces x $APPS apps ..." >&2
seed_start=$(date +%s)
k create -f manifests/base/crds/ >/dev/null
k wait --for=condition=Established crd --all --timeout=60s >/dev/null

# One file per namespace: the Namespace, then per app a Service, two Pods (with a sidecar, so
# the injection analyzers have nothing to say about them), a DestinationRule and a
# VirtualService.
python3 - "$work/seed" "$NAMESPACES" "$APPS" <<'PY'
import os, sys
out, nss, apps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(out)
for n in range(nss):
    ns = f"live-{n}"
    docs = [f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels:\n    istio-injection: enabled\n"]
    for a in range(apps):
        app = f"app-{a}"
        docs.append(f"""apiVersion: v1
kind: Service
metadata:
  name: {app}
  namespace: {ns}
  labels: {{app: {app}}}
spec:
  selector: {{app: {app}}}
  ports:
  - name: http
    port: 9080
""")
        for v in ("v1", "v2"):
            docs.append(f"""apiVersion: v1
kind: Pod
metadata:
  name: {app}-{v}
  namespace: {ns}
  labels: {{app: {app}, version: {v}}}
  annotations:
    sidecar.istio.io/status: '{{"containers":["istio-proxy"]}}'
spec:
  containers:
  - name: {app}
    image: example.com/{app}:1.0
    ports:
    - containerPort: 9080
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.30.3
""")
        docs.append(f"""apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: {app}
  namespace: {ns}
spec:
  host: {app}.{ns}.svc.cluster.local
  subsets:
  - name: v1
    labels: {{version: v1}}
  - name: v2
    labels: {{version: v2}}
""")
        docs.append(f"""apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: {app}
  namespace: {ns}
spec:
  hosts:
  - {app}.{ns}.svc.cluster.local
  http:
  - route:
    - destination:
        host: {app}.{ns}.svc.cluster.local
        subset: v1
      weight: 90
    - destination:
        host: {app}.{ns}.svc.cluster.local
        subset: v2
      weight: 10
""")
    with open(os.path.join(out, f"{n:04d}.yaml"), "w") as f:
        f.write("---\n".join(docs))
PY
# Each file starts with its Namespace; four kubectl processes at a time.
find "$work/seed" -name '*.yaml' | sort | xargs -P 4 -n 10 sh -c \
  'k=$0 cfg=$1 cache=$2; shift 2; for f; do "$k" --kubeconfig "$cfg" --cache-dir "$cache" create -f "$f" >/dev/null || exit 255; done' \
  "$kubectl" "$kubeconfig" "$work/kcache-seed"
pods=$(k get pods -A -o name | wc -l)
istio=$(k get virtualservices.networking.istio.io,destinationrules.networking.istio.io -A -o name | wc -l)
echo "seeded in $(($(date +%s) - seed_start)) s: $pods Pods, $istio Istio resources" >&2
if ((pods != NAMESPACES * APPS * 2 || istio != NAMESPACES * APPS * 2)); then
  echo "the server holds fewer objects than were created" >&2
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
k -v=6 --cache-dir "$work/kcache-count" get "$kinds" -A -o json >"$work/kubectl.json" 2>"$work/kubectl.log"
kubectl_requests=$(grep -cE '"(GET|POST) https?://|^.*(GET|POST) https?://.* [0-9]{3} ' "$work/kubectl.log")
kubectl_objects=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["items"]))' "$work/kubectl.json")

median() {
  sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
# measure NAME CMD...: sets MED (wall s), CPU (user + system s), PEAK (KiB, the largest)
measure() {
  local name=$1 times=() cpus=() secs kb cpu r
  shift
  PEAK=0
  for ((r = 1; r <= RUNS; r++)); do
    rm -rf "$work/kcache-run"
    /usr/bin/time -v -o "$work/time" "$@" >"$work/run.out" 2>"$work/run.err" || true
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time")
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time")
    cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ {s += $2} END {print s}' "$work/time")
    times+=("$secs")
    cpus+=("$cpu")
    ((kb > PEAK)) && PEAK=$kb
    echo "  $name run $r: ${secs}s (cpu ${cpu}s), $((kb / 1024)) MiB, $(wc -c <"$work/run.out") bytes of output" >&2
  done
  MED=$(printf '%s\n' "${times[@]}" | median)
  CPU=$(printf '%s\n' "${cpus[@]}" | median)
}

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
