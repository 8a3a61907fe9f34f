//! The API server `benches/analyze_live.sh` analyses: the test API server (tests/apiserver)
//! with meshctl's CRDs and NAMESPACES x APPS apps, each with a Service, two running Pods (v1
//! and v2, with a sidecar), a DestinationRule and a VirtualService. Objects are put straight
//! into the server's store, all at once: creating tens of thousands through its HTTP API, one
//! request each, takes far longer than what is being measured.
//!
//! Prints the kubeconfig path on stdout (one line), then serves until stdin closes.
//!
//! Usage: `analyze_live_server [NAMESPACES [APPS]]` (default 100 x 50: 10,000 Pods and 10,000
//! Istio resources)

use meshctl_testapi::{Options, TestApiServer};
use serde_json::json;

fn main() {
    let mut args = std::env::args().skip(1).map(|a| a.parse::<usize>().expect("a number"));
    let namespaces = args.next().unwrap_or(100);
    let apps = args.next().unwrap_or(50);
    let srv = TestApiServer::start_blocking(Options::default());
    for (crd, _) in meshctl::assets::crds() {
        srv.put_object(crd);
    }
    assert!(srv.wait_crds_established(std::time::Duration::from_secs(30)), "the CRDs were not established");
    let mut objs = Vec::new();
    for n in 0..namespaces {
        let ns = format!("live-{n}");
        objs.push(json!({"apiVersion": "v1", "kind": "Namespace",
            "metadata": {"name": ns, "labels": {"istio-injection": "enabled"}}}));
        for a in 0..apps {
            let app = format!("app-{a}");
            let host = format!("{app}.{ns}.svc.cluster.local");
            objs.push(json!({"apiVersion": "v1", "kind": "Service",
                "metadata": {"name": app, "namespace": ns, "labels": {"app": app}},
                "spec": {"selector": {"app": app}, "ports": [{"name": "http", "port": 9080}]}}));
            for v in ["v1", "v2"] {
                // Running already, so the server's kubelet leaves them alone.
                objs.push(json!({"apiVersion": "v1", "kind": "Pod",
                    "metadata": {"name": format!("{app}-{v}"), "namespace": ns,
                        "labels": {"app": app, "version": v},
                        "annotations": {"sidecar.istio.io/status": "{\"containers\":[\"istio-proxy\"]}"}},
                    "spec": {"nodeName": "test-node", "containers": [
                        {"name": app, "image": format!("example.com/{app}:1.0"), "ports": [{"containerPort": 9080}]},
                        {"name": "istio-proxy", "image": "docker.io/istio/proxyv2:1.30.3"}]},
                    "status": {"phase": "Running"}}));
            }
            objs.push(json!({"apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
                "metadata": {"name": app, "namespace": ns},
                "spec": {"host": host, "subsets": [
                    {"name": "v1", "labels": {"version": "v1"}},
                    {"name": "v2", "labels": {"version": "v2"}}]}}));
            objs.push(json!({"apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
                "metadata": {"name": app, "namespace": ns},
                "spec": {"hosts": [host], "http": [{"route": [
                    {"destination": {"host": host, "subset": "v1"}, "weight": 90},
                    {"destination": {"host": host, "subset": "v2"}, "weight": 10}]}]}}));
        }
    }
    // One hold of the store for all: one by one, each would wait for the server's controllers
    // to go over everything put before it.
    srv.put_objects(objs);
    srv.serve_until_stdin_closes();
}
