#!/usr/bin/env bash
# Benchmark `meshctl analyze` on generated configuration, as the issue asks: Bookinfo-like
# apps (a Service, a Deployment, a Pod, a DestinationRule and a VirtualService per app) spread
# over 1,000 namespaces (one file per namespace, each starting with its Namespace), at 10,000
# and at 100,000 resources.
#
# For each size it runs, RUNS times each (dist profile: fat LTO, as shipped):
#   meshctl analyze --use-kube=false -A DIR
#   analyze_parse_only DIR     (examples/analyze_parse_only.rs: the same input layer, no analysis)
# and reports the medians, analyze/parse-only, the peak RSS of both, and the largest/smallest
# analyze ratio (linear scaling is 10 for 10k -> 100k; the target is <= 12).
#
# Usage: benches/analyze.sh                      (10,000 and 100,000 resources, 3 runs)
#        SIZES="10000" RUNS=5 benches/analyze.sh
#        NAMESPACES=100 SIZES="1000" benches/analyze.sh
#        KEEP=/tmp/bench benches/analyze.sh       (keeps the generated input in /tmp/bench)
#        PROFILE=release BUILD=0 benches/analyze.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"10000 100000"}
RUNS=${RUNS:-3}
NAMESPACES=${NAMESPACES:-1000}

# PROFILE=release measures a quicker build (e.g. while developing); the figures that count are
# dist's. BUILD=0 measures the binaries already built.
PROFILE=${PROFILE:-dist}
[ "${BUILD:-1}" = 0 ] || cargo build --profile "$PROFILE" --quiet --bin meshctl --example analyze_parse_only
BIN=target/$PROFILE/meshctl
BASE=target/$PROFILE/examples/analyze_parse_only

work=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"

# generate DIR RESOURCES: one file per namespace holding exactly RESOURCES/NAMESPACES objects
# (the Namespace, then apps' objects in order; the last app of a namespace may be partial).
generate() {
  python3 - "$1" "$2" "$NAMESPACES" <<'PY'
import os, sys
out, total, nss = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
os.makedirs(out, exist_ok=True)
per_ns = total // nss
extra = total - per_ns * nss
names = ["productpage", "details", "reviews", "ratings"]

def objects(ns, a):
    app = f"{names[a % 4]}-{a // 4}" if a >= 4 else names[a]
    # productpage calls reviews; the others route to themselves.
    peer = f"{names[2]}-{a // 4}" if a >= 4 else names[2]
    yield f"""apiVersion: v1
kind: Service
metadata:
  name: {app}
  namespace: {ns}
  labels: {{app: {app}, service: {app}}}
spec:
  selector:
    app: {app}
  ports:
  - name: http
    port: 9080
"""
    yield f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {app}-v1
  namespace: {ns}
  labels: {{app: {app}, version: v1}}
spec:
  replicas: 1
  selector:
    matchLabels: {{app: {app}, version: v1}}
  template:
    metadata:
      labels: {{app: {app}, version: v1}}
    spec:
      serviceAccountName: bookinfo-{app}
      containers:
      - name: {app}
        image: docker.io/istio/examples-bookinfo-{names[a % 4]}-v1:1.20.3
        ports:
        - containerPort: 9080
"""
    yield f"""apiVersion: v1
kind: Pod
metadata:
  name: {app}-v1-7d9f8c6b5-abc12
  namespace: {ns}
  labels: {{app: {app}, version: v1}}
spec:
  containers:
  - name: {app}
    image: docker.io/istio/examples-bookinfo-{names[a % 4]}-v1:1.20.3
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.30.3
"""
    yield f"""apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: {app}
  namespace: {ns}
spec:
  host: {app}
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
"""
    yield f"""apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: {app}
  namespace: {ns}
spec:
  hosts:
  - {app}
  http:
  - match:
    - headers:
        end-user:
          exact: jason
    route:
    - destination:
        host: {peer if names[a % 4] == "productpage" else app}.{ns}.svc.cluster.local
        subset: v1
  - route:
    - destination:
        host: {app}
        subset: v1
      weight: 90
    - destination:
        host: {app}
        subset: v2
      weight: 10
"""

for n in range(nss):
    ns = f"bookinfo-{n}"
    count = per_ns + (1 if n < extra else 0)
    docs = [f"apiVersion: v1\nkind: Namespace\nmetadata:\n  name: {ns}\n  labels:\n    istio-injection: enabled\n"]
    a = 0
    while len(docs) < count:
        for d in objects(ns, a):
            if len(docs) == count:
                break
            docs.append(d)
        a += 1
    with open(os.path.join(out, f"{ns}.yaml"), "w") as f:
        f.write("---\n".join(docs[:count]))
PY
}

source "$(dirname "$0")/measure.sh"

summary=()
declare -A analyze_med analyze_cpu
for size in $SIZES; do
  dir="$work/config-$size"
  [ -d "$dir" ] || generate "$dir" "$size"
  count=$(cat "$dir"/*.yaml | grep -c '^kind:')
  echo "input: $count resources in $(find "$dir" -name '*.yaml' | wc -l) files ($(du -sh "$dir" | cut -f1))"
  measure analyze "$BIN" analyze --use-kube=false -A "$dir"
  a_med=$MED a_cpu=$CPU a_peak=$PEAK
  measure parse-only "$BASE" "$dir"
  p_med=$MED p_cpu=$CPU p_peak=$PEAK
  analyze_med[$size]=$a_med
  analyze_cpu[$size]=$a_cpu
  ratio=$(awk -v a="$a_med" -v p="$p_med" 'BEGIN {printf "%.2f", (p > 0) ? a / p : 0}')
  cratio=$(awk -v a="$a_cpu" -v p="$p_cpu" 'BEGIN {printf "%.2f", (p > 0) ? a / p : 0}')
  summary+=("$(printf '%7d resources: analyze %6.3fs (cpu %6.3fs, peak %4d MiB), parse-only %6.3fs (cpu %6.3fs, peak %4d MiB), analyze/parse-only %s (cpu %s)' \
    "$count" "$a_med" "$a_cpu" $((a_peak / 1024)) "$p_med" "$p_cpu" $((p_peak / 1024)) "$ratio" "$cratio")")
done

echo
echo "medians over $RUNS runs, $NAMESPACES namespaces:"
printf '%s\n' "${summary[@]}"
read -r -a sizes <<<"$SIZES"
if ((${#sizes[@]} > 1)); then
  lo=${sizes[0]} hi=${sizes[-1]}
  awk -v a="${analyze_med[$hi]}" -v b="${analyze_med[$lo]}" -v ca="${analyze_cpu[$hi]}" -v cb="${analyze_cpu[$lo]}" \
    -v hi="$hi" -v lo="$lo" \
    'BEGIN {printf "analyze %d/%d time ratio: %.2f wall, %.2f cpu (linear: %.0f)\n", hi, lo, (b > 0) ? a / b : 0, (cb > 0) ? ca / cb : 0, hi / lo}'
fi
