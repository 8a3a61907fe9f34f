//! analyze against a live cluster (the test API server), end to end.

use meshctl_testapi::{Options, TestApiServer};
use serde_json::{Value, json};

use crate::support::{install_crds, install_crds_where, meshctl};

fn ns(srv: &TestApiServer, name: &str, labels: Value) {
    srv.put_object(
        json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": name, "labels": labels}}),
    );
}

fn app(srv: &TestApiServer, namespace: &str, name: &str, version: &str, with_proxy: bool) {
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Service",
        "metadata": {"name": name, "namespace": namespace, "labels": {"app": name}},
        "spec": {"selector": {"app": name}, "ports": [{"name": "http", "port": 9080, "targetPort": 9080}]}
    }));
    let mut containers =
        vec![json!({"name": name, "image": format!("example/{name}:1"), "ports": [{"containerPort": 9080}]})];
    if with_proxy {
        containers.push(json!({"name": "istio-proxy", "image": "docker.io/istio/proxyv2:1.30.3"}));
    }
    let mut annotations = json!({});
    if with_proxy {
        annotations["sidecar.istio.io/status"] = json!("{\"containers\":[\"istio-proxy\"]}");
    }
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": format!("{name}-{version}-abc"), "namespace": namespace,
                     "labels": {"app": name, "version": version}, "annotations": annotations},
        "spec": {"containers": containers},
        "status": {"phase": "Running"}
    }));
}

fn analyze(srv: &TestApiServer, args: &[&str]) -> (i32, String, String) {
    let out =
        meshctl().arg("--kubeconfig").arg(srv.kubeconfig_path()).arg("analyze").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_namespace_without_the_injection_label_gives_ist0102() {
    let srv = TestApiServer::start_blocking(Options::default());
    ns(&srv, "bookinfo", json!({}));
    app(&srv, "bookinfo", "productpage", "v1", false);
    let (code, out, err) = analyze(&srv, &["-n", "bookinfo", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let msgs: Value = serde_json::from_str(&out).unwrap();
    assert!(
        msgs.as_array()
            .unwrap()
            .iter()
            .any(|m| m["code"] == "IST0102" && m["origin"] == "Namespace bookinfo"),
        "{out}"
    );
}

#[test]
fn pods_without_a_proxy_in_an_injected_namespace_give_ist0103() {
    let srv = TestApiServer::start_blocking(Options::default());
    ns(&srv, "bookinfo", json!({"istio-injection": "enabled"}));
    app(&srv, "bookinfo", "details", "v1", false);
    let (code, out, err) = analyze(&srv, &["-n", "bookinfo"]);
    assert_eq!(code, 0, "warnings only: {err}");
    assert!(out.contains("[IST0103] (Pod bookinfo/details-v1-abc)"), "{out}");
}

#[test]
fn a_route_to_an_undefined_subset_gives_ist0101_with_its_origin() {
    let srv = reviews_with_subset_v1();
    srv.put_object(json!({
        "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
        "metadata": {"name": "reviews", "namespace": "bookinfo"},
        "spec": {"hosts": ["reviews"], "http": [{"route": [{"destination": {"host": "reviews", "subset": "v3"}}]}]}
    }));
    let (code, out, err) = analyze(&srv, &["-n", "bookinfo", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let msgs: Value = serde_json::from_str(&out).unwrap();
    let m =
        msgs.as_array().unwrap().iter().find(|m| m["code"] == "IST0101").unwrap_or_else(|| panic!("{out}"));
    assert_eq!(m["origin"], "VirtualService bookinfo/reviews");
    assert_eq!(m["level"], "Error");
    let (code, _, _) = analyze(&srv, &["-n", "bookinfo"]);
    assert_eq!(code, 79, "an error-level message fails the run");
}

#[test]
fn a_clean_namespace_prints_the_success_line_and_exits_0() {
    let srv = TestApiServer::start_blocking(Options::default());
    ns(&srv, "bookinfo", json!({"istio-injection": "enabled"}));
    app(&srv, "bookinfo", "ratings", "v1", true);
    let (code, out, err) = analyze(&srv, &["-n", "bookinfo"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("✔ No validation issues found when analyzing namespace: bookinfo."), "{err}");
}

#[test]
fn live_analysis_reads_configmaps_by_name_not_by_listing_them() {
    let srv = TestApiServer::start_blocking(Options::default());
    ns(&srv, "bookinfo", json!({"istio-injection": "enabled"}));
    app(&srv, "bookinfo", "ratings", "v1", true);
    srv.clear_requests();
    assert_eq!(analyze(&srv, &["-n", "bookinfo"]).0, 0);
    let reqs = srv.requests();
    let listed_all = |r: &&meshctl_testapi::RecordedRequest| {
        r.method == "GET" && r.path.ends_with("/configmaps") && !r.query.contains("labelSelector")
    };
    assert!(!reqs.iter().any(|r| listed_all(&r)), "listed every ConfigMap");
    assert!(reqs.iter().any(|r| r.path.ends_with("/configmaps/istio-sidecar-injector")));
}

#[test]
fn a_namespace_that_does_not_exist_is_an_error_that_names_it() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, out, err) = analyze(&srv, &["-n", "bookinf0"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("namespace `bookinf0` not found"), "{err}");
    assert!(!err.contains("No validation issues"), "{err}");
}

/// A server with Istio's CRDs, an injected `bookinfo` with a reviews-v1 pod, and a
/// DestinationRule whose one subset, v1, selects it.
fn reviews_with_subset_v1() -> TestApiServer {
    let srv = TestApiServer::start_blocking(Options::default());
    install_crds(&srv);
    ns(&srv, "bookinfo", json!({"istio-injection": "enabled"}));
    app(&srv, "bookinfo", "reviews", "v1", true);
    srv.put_object(json!({
        "apiVersion": "networking.istio.io/v1", "kind": "DestinationRule",
        "metadata": {"name": "reviews", "namespace": "bookinfo"},
        "spec": {"host": "reviews", "subsets": [{"name": "v1", "labels": {"version": "v1"}}]}
    }));
    srv
}

fn reviews_vs(subset: &str) -> Value {
    json!({
        "apiVersion": "networking.istio.io/v1", "kind": "VirtualService",
        "metadata": {"name": "reviews", "namespace": "bookinfo"},
        "spec": {"hosts": ["reviews"], "http": [{"route": [{"destination": {"host": "reviews", "subset": subset}}]}]}
    })
}

#[test]
fn a_file_replaces_the_live_object_of_the_same_kind_namespace_and_name() {
    let srv = reviews_with_subset_v1();
    srv.put_object(reviews_vs("v1"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("reviews.yaml");
    let write = |v: &Value| std::fs::write(&file, serde_json::to_string(v).unwrap()).unwrap();
    let file_arg = file.to_str().unwrap();

    // The same VirtualService as a file (without a namespace, as the samples are written):
    // one object, not two that conflict.
    let mut same = reviews_vs("v1");
    same["metadata"].as_object_mut().unwrap().remove("namespace");
    write(&same);
    let (code, out, err) = analyze(&srv, &["-n", "bookinfo", file_arg]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("IST0109"), "{out}");

    // A file with a mistake replaces the good live object: its mistake is reported.
    write(&reviews_vs("v9"));
    let (code, out, _) = analyze(&srv, &["-n", "bookinfo", "-o", "json", file_arg]);
    assert_eq!(code, 0);
    let msgs: Value = serde_json::from_str(&out).unwrap();
    let codes: Vec<&str> = msgs.as_array().unwrap().iter().map(|m| m["code"].as_str().unwrap()).collect();
    assert_eq!(codes, vec!["IST0101"], "{out}");
    assert!(msgs[0]["reference"].as_str().unwrap().starts_with(file_arg), "{out}");

    // And a live mistake is fixed by a good file.
    srv.put_object(reviews_vs("v9"));
    write(&reviews_vs("v1"));
    let (code, out, err) = analyze(&srv, &["-n", "bookinfo", file_arg]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(!out.contains("IST0101"), "{out}");
}

#[test]
fn without_a_kubeconfig_analysing_files_points_at_use_kube_false() {
    let home = tempfile::tempdir().unwrap();
    let out = meshctl()
        .env("HOME", home.path())
        .args(["analyze", "tests/testdata/analyze/info-only.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    // Whitespace removed: the error wraps to the terminal's width, also after hyphens.
    let err: String = String::from_utf8_lossy(&out.stderr).split_whitespace().collect();
    assert!(err.contains("add`--use-kube=false`"), "{err}");
}

/// Lists are read a page at a time (`limit=500`, then `continue`), as kubectl does: every
/// object of a kind larger than one page is analysed, in as many requests as pages.
#[test]
fn large_lists_are_read_page_by_page_and_every_object_is_seen() {
    let srv = TestApiServer::start_blocking(Options::default());
    ns(&srv, "big", json!({"istio-injection": "enabled"}));
    for i in 0..1001 {
        srv.put_object(json!({
            "apiVersion": "v1", "kind": "Pod",
            "metadata": {"name": format!("web-{i:04}"), "namespace": "big", "labels": {"app": "web"}},
            "spec": {"containers": [{"name": "web", "image": "example/web:1"}]},
            "status": {"phase": "Running"}
        }));
    }
    srv.clear_requests();
    let (_, stdout, stderr) = analyze(&srv, &["-n", "big"]);
    let missing_proxy = stdout.lines().filter(|l| l.contains("IST0103")).count();
    assert_eq!(missing_proxy, 1001, "every pod of every page is analysed:\n{stdout}\n{stderr}");
    let pod_lists: Vec<String> = srv
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path.ends_with("/namespaces/big/pods"))
        .map(|r| r.query)
        .collect();
    assert_eq!(pod_lists.len(), 3, "500 + 500 + 1: {pod_lists:?}");
    assert!(pod_lists.iter().all(|q| q.contains("limit=500")), "{pod_lists:?}");
    assert!(pod_lists.iter().skip(1).all(|q| q.contains("continue=")), "{pod_lists:?}");
}

/// A cluster whose Istio CRDs come from an older release (a group-version served without one
/// of the kinds analyze reads: here extensions.istio.io/v1alpha1 without TrafficExtension) is
/// analysed as one without that kind, not refused; and each group-version's resource list is
/// asked for once, however many of its kinds analyze resolves at the same time.
#[test]
fn a_kind_missing_from_a_served_group_version_is_skipped_and_each_is_discovered_once() {
    let srv = TestApiServer::start_blocking(Options::default());
    install_crds_where(&srv, |crd| crd["spec"]["names"]["kind"] != "TrafficExtension");
    ns(&srv, "bookinfo", json!({"istio-injection": "enabled"}));
    app(&srv, "bookinfo", "ratings", "v1", true);
    srv.clear_requests();
    let (code, out, err) = analyze(&srv, &["-n", "bookinfo"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains("✔ No validation issues found when analyzing namespace: bookinfo."), "{err}");
    let mut discovery: Vec<String> = srv
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.path.starts_with("/apis/") && r.path.matches('/').count() == 3)
        .map(|r| r.path)
        .collect();
    let asked = discovery.len();
    discovery.sort();
    discovery.dedup();
    assert!(discovery.contains(&"/apis/extensions.istio.io/v1alpha1".to_string()), "{discovery:?}");
    assert!(discovery.contains(&"/apis/gateway.networking.k8s.io/v1".to_string()), "{discovery:?}");
    assert_eq!(asked, discovery.len(), "a group-version asked for twice: {discovery:?}");
}
