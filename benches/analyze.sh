#!/usr/bin/env bash
# Benchmark `meshctl analyze` on generated configuration: Bookinfo-like apps, each with a
# Service, a Deployment, a Pod, a DestinationRule and a VirtualService (5 resources per app),
# spread over several namespaces and files. Reports the median wall time and the peak RSS.
#
# Usage: benches/analyze.sh            (10,000 resources, 5 runs)
#        RESOURCES=50000 RUNS=3 benches/analyze.sh
#        KEEP=/tmp/bench benches/analyze.sh   (keeps the generated input in /tmp/bench)
set -euo pipefail
cd "$(dirname "$0")/.."

RESOURCES=${RESOURCES:-10000}
RUNS=${RUNS:-5}
NAMESPACES=${NAMESPACES:-20}
APPS=$((RESOURCES / 5))

cargo build --release --quiet
BIN=target/release/meshctl

work=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/config"

# Generate one file per namespace.
for ((n = 0; n < NAMESPACES; n++)); do
  ns="store-$n"
  {
    printf 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: %s\n  labels:\n    istio-injection: enabled\n' "$ns"
    for ((a = n; a < APPS; a += NAMESPACES)); do
      app="app-$a"
      cat <<YAML
---
apiVersion: v1
kind: Service
metadata:
  name: $app
  namespace: $ns
spec:
  selector:
    app: $app
  ports:
  - name: http
    port: 9080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $app-v1
  namespace: $ns
spec:
  selector:
    matchLabels: {app: $app, version: v1}
  template:
    metadata:
      labels: {app: $app, version: v1}
    spec:
      containers:
      - name: $app
        image: example.com/$app:1.0
---
apiVersion: v1
kind: Pod
metadata:
  name: $app-v1-abc12
  namespace: $ns
  labels: {app: $app, version: v1}
spec:
  containers:
  - name: $app
    image: example.com/$app:1.0
  - name: istio-proxy
    image: docker.io/istio/proxyv2:1.30.3
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: $app
  namespace: $ns
spec:
  host: $app
  subsets:
  - name: v1
    labels: {version: v1}
  - name: v2
    labels: {version: v2}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: $app
  namespace: $ns
spec:
  hosts: [$app]
  http:
  - match:
    - uri: {prefix: /v2}
    route:
    - destination: {host: $app, subset: v2}
  - route:
    - destination: {host: $app, subset: v1}
YAML
    done
  } >"$work/config/$ns.yaml"
done

count=$(grep -c '^kind:' "$work"/config/*.yaml | awk -F: '{s += $2} END {print s}')
size=$(du -sh "$work/config" | cut -f1)
echo "input: $count resources in $NAMESPACES files ($size)"

times=()
peak=0
for ((r = 1; r <= RUNS; r++)); do
  /usr/bin/time -f '%e %M' -o "$work/time" "$BIN" analyze --use-kube=false -A "$work/config" \
    >"$work/out" 2>"$work/err" || true
  read -r secs kb < <(tail -n 1 "$work/time")
  times+=("$secs")
  ((kb > peak)) && peak=$kb
  echo "run $r: ${secs}s, ${kb} KiB, $(wc -l <"$work/out") messages"
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
echo "median wall time: ${median}s over $RUNS runs; peak RSS: $((peak / 1024)) MiB"
