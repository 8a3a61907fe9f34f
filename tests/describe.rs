//! `describe pod|service` through the real binary against the test API server, whose
//! port-forward reaches stand-in Envoy admin servers serving config dumps.

use std::net::TcpListener;
use std::path::PathBuf;

use meshctl_testapi::{Options, TestApiServer};
use serde_json::{Value, json};

use crate::support::{assert_golden, install_crds, meshctl, stand_in, testdata};

const POD: &str = "reviews-v1-5c49f59cd7-xv5bn";

fn pod(srv: &TestApiServer, name: &str, labels: Value, sidecar: bool) {
    let mut containers =
        vec![json!({"name": "app", "image": "app", "ports": [{"containerPort": 9080, "protocol": "TCP"}]})];
    let mut statuses = vec![json!({"name": "app", "ready": true})];
    if sidecar {
        containers.push(json!({"name": "istio-proxy", "image": "proxyv2"}));
        statuses.push(json!({"name": "istio-proxy", "ready": true}));
    }
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": "bookinfo", "labels": labels,
                     "annotations": {"sidecar.istio.io/status": "{\"containers\":[\"istio-proxy\"],\"revision\":\"default\"}"}},
        "spec": {"containers": containers},
        "status": {"phase": "Running", "containerStatuses": statuses}
    }));
}

fn service(srv: &TestApiServer, name: &str) {
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": name, "namespace": "bookinfo", "labels": {"app": name}},
        "spec": {"selector": {"app": name},
                 "ports": [{"name": "http", "port": 9080, "protocol": "TCP", "targetPort": 9080}]}
    }));
}

/// Bookinfo's reviews: v1 pod with a sidecar whose Envoy answers, the Services, a
/// DestinationRule with subsets v1/v2/v3, a VirtualService splitting 50/50 between v1 and v3,
/// and a mesh-wide STRICT PeerAuthentication in the root namespace.
fn bookinfo(srv: &TestApiServer) {
    for ns in ["bookinfo", "istio-system"] {
        srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    }
    install_crds(srv);
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "istio", "namespace": "istio-system"},
        "data": {"mesh": "rootNamespace: istio-system\ntrustDomain: cluster.local\n"}
    }));
    pod(srv, POD, json!({"app": "reviews", "version": "v1"}), true);
    service(srv, "reviews");
    service(srv, "ratings");
    srv.put_object(json!({
        "apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
        "metadata": {"name": "reviews", "namespace": "bookinfo"},
        "spec": {"host": "reviews", "trafficPolicy": {"tls": {"mode": "ISTIO_MUTUAL"}},
                 "subsets": [{"name": "v1", "labels": {"version": "v1"}},
                             {"name": "v2", "labels": {"version": "v2"}},
                             {"name": "v3", "labels": {"version": "v3"}}]}
    }));
    srv.put_object(json!({
        "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
        "metadata": {"name": "reviews", "namespace": "bookinfo"},
        "spec": {"hosts": ["reviews"], "http": [{"route": [
            {"destination": {"host": "reviews", "subset": "v1"}, "weight": 50},
            {"destination": {"host": "reviews", "subset": "v3"}, "weight": 50}]}]}
    }));
    srv.put_object(json!({
        "apiVersion": "security.istio.io/v1", "kind": "PeerAuthentication",
        "metadata": {"name": "default", "namespace": "istio-system"},
        "spec": {"mtls": {"mode": "STRICT"}}
    }));
    let dump = std::fs::read_to_string(testdata("describe/reviews-v1-dump.json")).unwrap();
    srv.set_pod_port_target("bookinfo", POD, 15000, stand_in(vec![("/config_dump", dump)]).0);
}

/// Exit code, stdout, and stderr with miette's wrapping undone (one line, markers dropped).
fn run(srv: &TestApiServer, args: &[&str]) -> (i32, String, String) {
    let out = meshctl().arg("--kubeconfig").arg(srv.kubeconfig_path()).args(args).output().unwrap();
    let mut err = String::new();
    for line in String::from_utf8_lossy(&out.stderr).lines() {
        let l = line.trim_start();
        let l = l
            .strip_prefix("x ")
            .or_else(|| l.strip_prefix("× "))
            .or_else(|| l.strip_prefix("| "))
            .unwrap_or(l);
        if !err.is_empty() {
            err.push(' ');
        }
        err.push_str(l.trim_end());
    }
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), err)
}

#[test]
fn describe_pod_names_the_subset_the_route_and_the_mtls_mode() {
    let srv = TestApiServer::start_blocking(Options::default());
    bookinfo(&srv);
    let arg = format!("{POD}.bookinfo");
    let (code, out, err) = run(&srv, &["x", "describe", "pod", &arg]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("\nDestinationRule: reviews.bookinfo for \"reviews\"\n   Matching subsets: v1\n      (Non-matching subsets v2,v3)\n"), "{out}");
    assert!(
        out.contains(
            "\nVirtualService: reviews.bookinfo\n   Route to host \"reviews\" subset \"v1\" with weight 50%\n"
        ),
        "{out}"
    );
    assert!(!out.contains("subset \"v3\""), "the v3 half does not reach this pod: {out}");
    assert!(out.contains("Effective PeerAuthentication:\n   Workload mTLS mode: STRICT\nApplied PeerAuthentication:\n   default.istio-system\n"), "{out}");
    assert!(out.contains("RBAC policies: ns[bookinfo]-policy[reviews-viewer]-rule[0]"), "{out}");
    assert!(!out.contains("ratings"), "ratings does not select the pod: {out}");
    assert_golden("describe/reviews-v1-pod.txt", &out);

    // The same through the top-level spelling and aliases, from the pod's namespace.
    let (code, again, err) = run(&srv, &["-n", "bookinfo", "des", "po", POD]);
    assert_eq!(code, 0, "{err}");
    assert!(
        again.starts_with(&format!("Pod: {POD}\n")) && again.contains("DestinationRule: reviews for"),
        "{again}"
    );
}

#[test]
fn describe_service_reads_its_first_istio_pod() {
    let srv = TestApiServer::start_blocking(Options::default());
    bookinfo(&srv);
    let (code, out, err) = run(&srv, &["-n", "bookinfo", "x", "describe", "svc", "reviews"]);
    assert_eq!(code, 0, "{err}");
    assert_golden("describe/reviews-service.txt", &out);
    assert!(out.starts_with("Service: reviews\n   Port: http 9080/HTTP targets pod port 9080\n"), "{out}");
    assert!(!out.contains("PeerAuthentication"), "{out}");

    // ratings has no pods at all; a Service whose pods have no sidecar says how to add one.
    let (code, out, _) = run(&srv, &["-n", "bookinfo", "describe", "service", "ratings"]);
    assert_eq!((code, out.as_str()), (0, "Service \"ratings\" has no pods.\n"));
    pod(&srv, "ratings-v1-abc", json!({"app": "ratings", "version": "v1"}), false);
    let (code, out, _) = run(&srv, &["-n", "bookinfo", "describe", "service", "ratings"]);
    assert_eq!(code, 0);
    assert!(out.contains("Pod ratings-v1-abc: no container \"istio-proxy\" in pod\n"), "{out}");
    assert!(out.contains("has no Istio pods.  (1 pods in service).\nUse `meshctl kube-inject`"), "{out}");
}

#[test]
fn describe_failures_say_what_to_do() {
    let srv = TestApiServer::start_blocking(Options::default());
    bookinfo(&srv);

    let (code, _, err) = run(&srv, &["x", "describe", "pod", "reviews-v1-5c49f59cd7.bookinfo"]);
    assert_eq!(code, 1);
    assert!(err.contains("pod `reviews-v1-5c49f59cd7` not found in namespace `bookinfo`"), "{err}");
    assert!(err.contains(&format!("did you mean `{POD}.bookinfo`?")), "{err}");

    let (code, _, err) = run(&srv, &["x", "describe", "service", "reviewz.bookinfo"]);
    assert_eq!(code, 1);
    assert!(err.contains("service `reviewz` not found") && err.contains("`reviews.bookinfo`"), "{err}");

    pod(&srv, "ratings-v1-abc", json!({"app": "ratings", "version": "v1"}), false);
    let (code, out, err) = run(&srv, &["x", "describe", "pod", "ratings-v1-abc.bookinfo"]);
    assert_eq!(code, 1);
    assert!(out.contains("WARNING: ratings-v1-abc.bookinfo is not part of mesh; no Istio sidecar"), "{out}");
    assert!(err.contains("has no Istio sidecar") && err.contains("istio-injection=enabled"), "{err}");
    // Told to ignore unmeshed pods, describe goes on without the Envoy.
    let (code, out, err) =
        run(&srv, &["x", "describe", "pod", "ratings-v1-abc.bookinfo", "--ignoreUnmeshed"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Workload mTLS mode: STRICT") && !out.contains("not part of mesh"), "{out}");

    // A sidecar whose admin port nothing listens on.
    pod(&srv, "reviews-v2-abc", json!({"app": "reviews", "version": "v2"}), true);
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    srv.set_pod_port_target("bookinfo", "reviews-v2-abc", 15000, closed);
    let (code, out, err) = run(&srv, &["x", "describe", "pod", "reviews-v2-abc.bookinfo"]);
    assert_eq!(code, 1);
    assert!(out.starts_with("Pod: reviews-v2-abc.bookinfo\n"), "{out}");
    assert!(err.contains("Envoy in pod reviews-v2-abc.bookinfo did not answer on admin port 15000"), "{err}");
    assert!(err.contains("istio-proxy"), "{err}");

    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "reviews-v3-abc", "namespace": "bookinfo", "labels": {"app": "reviews", "version": "v3"}},
        "spec": {"containers": [{"name": "app", "image": "app"}, {"name": "istio-proxy", "image": "proxyv2"}]},
        // Failed, not Pending: the test server's kubelet starts a Pending pod after a delay, and
        // the steps below must not depend on how fast they run.
        "status": {"phase": "Failed"}
    }));
    let (code, out, err) = run(&srv, &["x", "describe", "pod", "reviews-v3-abc.bookinfo"]);
    assert_eq!(code, 1);
    assert!(out.ends_with("   Pod does not expose ports\n   Pod is not Running (Failed)\n"), "{out}");
    assert!(err.contains("is not running (phase Failed)") && err.contains("kubectl describe pod"), "{err}");
    srv.delete_object("v1", "Pod", Some("bookinfo"), "reviews-v3-abc");

    // A user who may not list pods cluster-wide still gets the pod described, without the ingress path.
    srv.forbid("list", "pods");
    let (code, out, err) = run(&srv, &["x", "describe", "pod", &format!("{POD}.bookinfo")]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Workload mTLS mode: STRICT\n"), "{out}");
    assert!(
        out.ends_with(
            "Skipping Gateway information (not allowed to list ingress gateway pods in all namespaces)\n"
        ),
        "{out}"
    );
    srv.allow_all();

    srv.forbid("create", "pods/portforward");
    let (code, _, err) = run(&srv, &["x", "describe", "pod", &format!("{POD}.bookinfo")]);
    assert_eq!(code, 1);
    assert!(err.contains("not allowed to port-forward") && err.contains("pods/portforward"), "{err}");
    let (code, _, err) = run(&srv, &["-n", "bookinfo", "x", "describe", "svc", "reviews"]);
    assert_eq!(code, 1);
    assert!(err.contains("not allowed to port-forward"), "{err}");
    // As upstream, --ignoreUnmeshed goes on without the Envoy: only the ingress part is left.
    let (code, out, err) =
        run(&srv, &["-n", "bookinfo", "x", "describe", "svc", "reviews", "--ignoreUnmeshed"]);
    assert_eq!(
        (code, out.as_str()),
        (0, "Skipping Gateway information (no ingress gateway pods)\n"),
        "{err}"
    );
    srv.allow_all();

    let (code, _, err) = run(&srv, &["x", "describe", "pod"]);
    assert_eq!(code, 64);
    assert!(err.contains("expecting pod name"), "{err}");

    // Without the mesh config there is no root namespace to compose PeerAuthentications from.
    srv.delete_object("v1", "ConfigMap", Some("istio-system"), "istio");
    let (code, _, err) = run(&srv, &["x", "describe", "pod", &format!("{POD}.bookinfo")]);
    assert_eq!(code, 1);
    assert!(err.contains("ConfigMap `istio` not found in namespace `istio-system`"), "{err}");
}

/// Upstream's describe goldens (`../shared` beside the checkout), replayed through the binary:
/// their objects in the test API server, their config dumps behind stand-in Envoys.
#[test]
fn upstream_describe_goldens_match_byte_for_byte() {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/upstream/istio/debug");
    let Ok(cases) = std::fs::read_to_string(base.join("cases.json")) else {
        eprintln!("skipped: {} is not there", base.display());
        return;
    };
    let cases: Value = serde_json::from_str(&cases).unwrap();
    let mut matched = Vec::new();
    let mut differ = Vec::new();
    for case in cases["cases"].as_array().unwrap() {
        let (Some(expected), Some(objects)) =
            (case["expected_file"].as_str(), case["fixtures"]["objects"].as_str())
        else {
            continue;
        };
        if case["group"] != "describe" {
            continue;
        }
        let srv = TestApiServer::start_blocking(Options::default());
        install_crds(&srv);
        let docs: Vec<Value> =
            serde_saphyr::from_multiple(&std::fs::read_to_string(base.join(objects)).unwrap()).unwrap();
        for ns in docs.iter().filter_map(|d| d["metadata"]["namespace"].as_str()) {
            srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
        }
        for d in &docs {
            srv.put_object(d.clone());
        }
        let dumps = case["fixtures"]["pod_config_dumps"].as_object().unwrap();
        for p in docs.iter().filter(|d| d["kind"] == "Pod") {
            let name = p["metadata"]["name"].as_str().unwrap();
            let ns = p["metadata"]["namespace"].as_str().unwrap();
            let dump = std::fs::read_to_string(base.join(dumps[name].as_str().unwrap())).unwrap();
            srv.set_pod_port_target(ns, name, 15000, stand_in(vec![("/config_dump", dump)]).0);
        }
        let args: Vec<&str> = case["args"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let out = meshctl().arg("--kubeconfig").arg(srv.kubeconfig_path()).args(&args).output().unwrap();
        let mut got = String::from_utf8_lossy(&out.stdout).into_owned();
        got.push_str(&String::from_utf8_lossy(&out.stderr));
        let want = std::fs::read_to_string(base.join(expected)).unwrap();
        let id = case["id"].as_str().unwrap().to_string();
        if got == want {
            matched.push(id)
        } else {
            differ.push(format!("{id}:\n--- want\n{want}--- got\n{got}"))
        }
    }
    eprintln!(
        "upstream describe goldens: {} of {} byte-identical",
        matched.len(),
        matched.len() + differ.len()
    );
    assert!(differ.is_empty(), "{}", differ.join("\n"));
    assert_eq!(matched.len(), 4);
}

/// Upstream's TestGetIstioVirtualServicePathForSvcFromRoute: a sidecar's `http.*` and a
/// gateway's `https.*` route configs both name the VirtualService (skipped without `../shared`).
#[test]
fn upstream_route_dumps_name_their_virtual_service() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/upstream/istio/debug/testdata/istioctl/pkg/describe/testdata/describe");
    for file in ["http_config.json", "tls_config.json"] {
        let Ok(bytes) = std::fs::read(dir.join(file)) else {
            eprintln!("skipped: {} is not there", dir.display());
            return;
        };
        let dump = meshctl::debug::dump::ConfigDump::parse(&bytes).unwrap();
        assert_eq!(
            meshctl::describe::envoy_refs::virtual_service(&dump, "productpage", "default", 9080),
            Some(("default".to_string(), "bookinfo".to_string())),
            "{file}"
        );
        assert_eq!(
            meshctl::describe::envoy_refs::virtual_service(&dump, "productpage", "default", 9081),
            None
        );
    }
}

/// Without Istio's CRDs the objects the proxy names do not exist and PeerAuthentications
/// cannot be listed: the error says to install the control plane.
#[test]
fn describe_without_istio_crds_says_to_install_them() {
    let srv = TestApiServer::start_blocking(Options::default());
    srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "bookinfo"}}));
    srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "istio-system"}}));
    srv.put_object(json!({"apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "istio", "namespace": "istio-system"}, "data": {"mesh": "{}"}}));
    pod(&srv, POD, json!({"app": "reviews", "version": "v1"}), true);
    service(&srv, "reviews");
    let dump = std::fs::read_to_string(testdata("describe/reviews-v1-dump.json")).unwrap();
    srv.set_pod_port_target("bookinfo", POD, 15000, stand_in(vec![("/config_dump", dump)]).0);
    let (code, out, err) = run(&srv, &["x", "describe", "pod", &format!("{POD}.bookinfo")]);
    assert_eq!(code, 1, "{out}");
    assert!(err.contains("PeerAuthentications in namespace istio-system"), "{err}");
    assert!(err.contains("Istio's CRDs are not installed"), "{err}");
}
