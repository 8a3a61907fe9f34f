//! proxy-config and proxy-status: saved dumps (`--file`), and live pods through the test API
//! server, whose port-forward reaches stand-in Envoy admin and istiod debug servers.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use meshctl_testapi::{Options, TestApiServer};
use serde_json::json;

use crate::support::{assert_golden, meshctl, stand_in, testdata};

const DUMP: &str = "debug/productpage-dump.json";
const POD: &str = "productpage-v1-7b4f9c-x2k8d";

fn pod(srv: &TestApiServer, ns: &str, name: &str, labels: serde_json::Value, sidecar: bool) {
    let mut containers = vec![json!({"name": "app", "image": "app"})];
    if sidecar {
        containers.push(json!({"name": "istio-proxy", "image": "proxyv2"}));
    }
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": name, "namespace": ns, "labels": labels},
        "spec": {"containers": containers},
        "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}
    }));
}

fn bookinfo(srv: &TestApiServer) -> Arc<Mutex<Vec<String>>> {
    for ns in ["bookinfo", "istio-system"] {
        srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}));
    }
    pod(srv, "bookinfo", POD, json!({"app": "productpage", "version": "v1"}), true);
    let dump = std::fs::read_to_string(testdata(DUMP)).unwrap();
    let (envoy, seen) = stand_in(vec![
        ("/config_dump", dump),
        ("/logging", "active loggers:\n  admin: warning\n  http: warning\n".to_string()),
    ]);
    srv.set_pod_port_target("bookinfo", POD, 15000, envoy);
    seen
}

/// Exit code, stdout, and stderr with miette's wrapping undone (one line, markers dropped).
fn run(srv: &TestApiServer, args: &[&str]) -> (i32, String, String) {
    let out = meshctl().arg("--kubeconfig").arg(srv.kubeconfig_path()).args(args).output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), flat(&out.stderr))
}

fn flat(stderr: &[u8]) -> String {
    let mut out = String::new();
    for line in String::from_utf8_lossy(stderr).lines() {
        let l = line.trim_start();
        let l = l
            .strip_prefix("x ")
            .or_else(|| l.strip_prefix("× "))
            .or_else(|| l.strip_prefix("| "))
            .unwrap_or(l);
        if !out.is_empty() && !out.ends_with('-') {
            out.push(' ');
        }
        out.push_str(l.trim_end());
    }
    out
}

#[test]
fn saved_dump_tables_match_their_goldens() {
    let file = testdata(DUMP);
    for (sub, golden) in [
        ("cluster", "debug/productpage-clusters.txt"),
        ("listener", "debug/productpage-listeners.txt"),
        ("route", "debug/productpage-routes.txt"),
        ("eds", "debug/productpage-eds.txt"),
    ] {
        let out = meshctl().args(["proxy-config", sub, "--file"]).arg(&file).output().unwrap();
        assert!(out.status.success(), "{sub}: {}", String::from_utf8_lossy(&out.stderr));
        assert_golden(golden, &String::from_utf8_lossy(&out.stdout));
    }
}

#[test]
fn filters_narrow_the_rows() {
    let out = meshctl()
        .args(["pc", "clusters", "--fqdn", "reviews", "--subset", "v2", "-f"])
        .arg(testdata(DUMP))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(text.lines().count(), 2, "{text}");
    assert!(text.contains("v2") && text.contains("reviews.bookinfo"), "{text}");
    let out = meshctl()
        .args(["pc", "listener", "--port", "15001", "-o", "json", "-f"])
        .arg(testdata(DUMP))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["name"], "virtualOutbound");
    assert_eq!(v[0]["address"]["socketAddress"]["portValue"], 15001);
}

#[test]
fn bad_and_partial_dumps_are_errors_in_our_words() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.json");
    std::fs::write(&empty, "").unwrap();
    let out = meshctl().args(["pc", "cluster", "-f"]).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not valid JSON"));
    let partial = dir.path().join("partial.json");
    std::fs::write(&partial, r#"{"configs": []}"#).unwrap();
    let out = meshctl().args(["pc", "secret", "-f"]).arg(&partial).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no secrets section"));
    let out = meshctl().args(["pc", "route"]).output().unwrap();
    assert_eq!(out.status.code(), Some(64));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs a pod name or --file"));
}

#[test]
fn live_route_shows_the_reviews_virtual_service_and_its_weights() {
    let srv = TestApiServer::start_blocking(Options::default());
    let seen = bookinfo(&srv);
    let arg = format!("{POD}.bookinfo");
    let (code, out, err) = run(&srv, &["proxy-config", "route", &arg]);
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().any(|l| l.starts_with("9080") && l.ends_with("reviews.bookinfo")), "{out}");
    let (code, out, err) = run(&srv, &["pc", "routes", &arg, "--name", "9080", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let split = &v[0]["virtualHosts"][1]["routes"][1]["route"]["weightedClusters"]["clusters"];
    assert_eq!(split[0]["weight"], 80, "{out}");
    assert_eq!(split[1]["weight"], 20, "{out}");
    assert!(split[1]["name"].as_str().unwrap().contains("|v2|"));
    let requests = seen.lock().unwrap().clone();
    assert!(
        requests.iter().any(|r| r.starts_with("GET /config_dump?mask=dynamic_route_configs")),
        "{requests:?}"
    );
}

#[test]
fn deployment_refs_pick_a_pod_and_log_levels_are_posted() {
    let srv = TestApiServer::start_blocking(Options::default());
    let seen = bookinfo(&srv);
    srv.put_object(json!({
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": "productpage-v1", "namespace": "bookinfo"},
        "spec": {"selector": {"matchLabels": {"app": "productpage"}},
                 "template": {"metadata": {"labels": {"app": "productpage"}}, "spec": {"containers": [{"name": "app", "image": "app"}]}}}
    }));
    let (code, out, err) =
        run(&srv, &["pc", "bootstrap", "deployment/productpage-v1.bookinfo", "-o", "short"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Istio Version:       1.30.0"), "{out}");
    let (code, out, err) = run(&srv, &["pc", "log", &format!("{POD}.bookinfo"), "--level", "http:debug"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with(&format!("{POD}.bookinfo:\n")), "{out}");
    let requests = seen.lock().unwrap().clone();
    assert!(requests.iter().any(|r| r.starts_with("POST /logging?http=debug")), "{requests:?}");
    let (code, _, err) = run(&srv, &["pc", "log", &format!("{POD}.bookinfo"), "--level", "htp:debug"]);
    assert_eq!(code, 1);
    assert!(err.contains("unrecognized logger name"), "{err}");
}

#[test]
fn live_failures_say_what_to_do() {
    let srv = TestApiServer::start_blocking(Options::default());
    bookinfo(&srv);
    pod(&srv, "bookinfo", "ratings-v1-abc", json!({"app": "ratings"}), false);
    let (code, _, err) = run(&srv, &["pc", "cluster", "ratings-v1-abc.bookinfo"]);
    assert_eq!(code, 1);
    assert!(err.contains("has no Istio sidecar") && err.contains("istio-injection=enabled"), "{err}");

    let (code, _, err) = run(&srv, &["pc", "cluster", "productpage-v1.bookinfo"]);
    assert_eq!(code, 1);
    assert!(err.contains("not found in namespace `bookinfo`") && err.contains(POD), "{err}");

    // A pod whose admin port nothing listens on.
    pod(&srv, "bookinfo", "reviews-v1-x", json!({"app": "reviews"}), true);
    let closed = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    srv.set_pod_port_target("bookinfo", "reviews-v1-x", 15000, closed);
    let (code, _, err) = run(&srv, &["pc", "listener", "reviews-v1-x.bookinfo"]);
    assert_eq!(code, 1);
    assert!(err.contains("reviews-v1-x.bookinfo") && err.contains("istio-proxy"), "{err}");

    srv.forbid("create", "pods/portforward");
    let (code, _, err) = run(&srv, &["pc", "route", &format!("{POD}.bookinfo")]);
    assert_eq!(code, 1);
    assert!(err.contains("not allowed to port-forward") && err.contains("pods/portforward"), "{err}");
    srv.allow_all();

    let (code, _, err) = run(&srv, &["proxy-status"]);
    assert_eq!(code, 1);
    assert!(err.contains("no running istiod pods"), "{err}");

    // An istiod whose monitoring port nothing listens on: said in istiod's terms (its debug
    // endpoint), not Envoy's admin port.
    pod(&srv, "istio-system", "istiod-6d8f-abc", json!({"app": "istiod"}), false);
    srv.set_pod_port_target("istio-system", "istiod-6d8f-abc", 15014, closed);
    let (code, _, err) = run(&srv, &["proxy-status"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("cannot read istiod istiod-6d8f-abc's sync state: nothing answered on its port 15014")
            && err.contains("kubectl get pods -n istio-system -l app=istiod")
            && !err.contains("Envoy"),
        "{err}"
    );
}

#[test]
fn proxy_status_lists_bookinfo_and_marks_the_lagging_proxy_stale() {
    let srv = TestApiServer::start_blocking(Options::default());
    bookinfo(&srv);
    pod(&srv, "istio-system", "istiod-6d8f-abc", json!({"app": "istiod", "istio.io/rev": "default"}), false);
    let syncz = std::fs::read_to_string(testdata("debug/syncz-bookinfo.json")).unwrap();
    let (istiod, _) = stand_in(vec![("/debug/syncz", syncz)]);
    srv.set_pod_port_target("istio-system", "istiod-6d8f-abc", 15014, istiod);

    let (code, out, err) = run(&srv, &["proxy-status"]);
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].starts_with("NAME") && lines[0].ends_with("SUBSCRIBED TYPES"), "{out}");
    assert_eq!(lines.len(), 4, "{out}");
    assert!(
        lines[1].starts_with("details-v1-66b6-zzzzz.bookinfo") && lines[1].contains("istiod-6d8f-abc"),
        "{out}"
    );

    let (code, out, err) = run(&srv, &["ps", "-v", "1"]);
    assert_eq!(code, 0, "{err}");
    let reviews = out.lines().find(|l| l.starts_with("reviews-v1")).unwrap();
    assert!(reviews.contains("STALE"), "{out}");
    let product = out.lines().find(|l| l.starts_with("productpage-v1")).unwrap();
    assert!(!product.contains("STALE") && product.contains("SYNCED"), "{out}");

    let (code, out, _) = run(&srv, &["ps", "-n", "other"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1, "{out}");
}

#[test]
fn proxy_status_diff_of_saved_dumps() {
    let dump = testdata(DUMP);
    let out = meshctl()
        .args(["proxy-status", "x.bookinfo", "--file"])
        .arg(&dump)
        .arg("--istiod-file")
        .arg(&dump)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(text.contains("Clusters Match\nListeners Match\nRoutes Match (RDS last loaded at"), "{text}");

    let dir = tempfile::tempdir().unwrap();
    let mut changed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&dump).unwrap()).unwrap();
    let routes = changed["configs"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["@type"] == "type.googleapis.com/envoy.admin.v3.RoutesConfigDump")
        .unwrap();
    routes["dynamic_route_configs"][0]["route_config"]["virtual_hosts"][1]["routes"][1]["route"]["weighted_clusters"]
        ["clusters"][0]["weight"] = json!(50);
    let istiod = dir.path().join("istiod.json");
    std::fs::write(&istiod, changed.to_string()).unwrap();
    let out = meshctl()
        .args(["ps", "x.bookinfo", "-f"])
        .arg(&dump)
        .arg("--istiod-file")
        .arg(&istiod)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Clusters Match") && text.contains("Routes Don't Match"), "{text}");
    assert!(text.contains("--- Istiod Routes") && text.contains("+++ Envoy Routes"), "{text}");
    assert!(text.lines().any(|l| l.starts_with('-') && l.contains("\"weight\": 50")), "{text}");
    assert!(text.lines().any(|l| l.starts_with('+') && l.contains("\"weight\": 80")), "{text}");
}
