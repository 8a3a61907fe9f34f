//! install, uninstall, verify-install and version against the test API server, end to end:
//! the real binary, a kubeconfig, TLS and HTTP.

use std::time::Duration;

use meshctl_testapi::{Options, TestApiServer};
use serde_json::Value;

use crate::support::meshctl;

fn run(srv: &TestApiServer, args: &[&str]) -> (i32, String, String) {
    let out = meshctl().arg("--kubeconfig").arg(srv.kubeconfig_path()).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn rendered(args: &[&str]) -> Vec<Value> {
    let out = meshctl().args(["manifest", "generate"]).args(args).output().unwrap();
    meshctl::resource::parse_all(&String::from_utf8_lossy(&out.stdout))
        .unwrap()
        .into_iter()
        .map(|(_, v)| v)
        .collect()
}

fn live(srv: &TestApiServer, obj: &Value) -> Option<Value> {
    srv.get_object(
        obj["apiVersion"].as_str().unwrap(),
        obj["kind"].as_str().unwrap(),
        obj["metadata"]["namespace"].as_str(),
        obj["metadata"]["name"].as_str().unwrap(),
    )
}

fn labelled(srv: &TestApiServer, api_version: &str, kind: &str) -> Vec<Value> {
    srv.list_objects(api_version, kind, None)
        .into_iter()
        .filter(|o| o["metadata"]["labels"]["operator.istio.io/component"].is_string())
        .collect()
}

#[test]
fn demo_install_creates_every_object_with_owner_labels_and_a_rerun_writes_nothing() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _out, err) = run(&srv, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{err}");
    for component in ["Istio core", "Istiod", "Ingress gateways", "Egress gateways"] {
        assert!(err.contains(&format!("✔ {component} installed")), "{err}");
    }
    assert!(err.contains("✔ Installation complete"), "{err}");
    for obj in rendered(&["--set", "profile=demo"]) {
        let got =
            live(&srv, &obj).unwrap_or_else(|| panic!("{} {} missing", obj["kind"], obj["metadata"]["name"]));
        let labels = &got["metadata"]["labels"];
        assert_eq!(labels["operator.istio.io/managed"], "Reconcile", "{}", obj["metadata"]["name"]);
        assert_eq!(labels["istio.io/rev"], "default");
        assert!(labels["operator.istio.io/component"].is_string());
        assert_eq!(labels["operator.istio.io/version"], meshctl::version::ISTIO_VERSION);
    }
    let writes = srv.write_count();
    let (code, _, err) = run(&srv, &["install", "--set", "profile=demo", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(srv.write_count(), writes, "an identical re-install must not write");
}

#[test]
fn demo_then_default_prunes_the_egress_gateway_and_purge_leaves_nothing() {
    let srv = TestApiServer::start_blocking(Options::default());
    assert_eq!(run(&srv, &["install", "--set", "profile=demo", "-y"]).0, 0);
    let egress = |srv: &TestApiServer| {
        srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istio-egressgateway")
    };
    assert!(egress(&srv).is_some());
    let (code, _, err) = run(&srv, &["install", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(egress(&srv).is_none(), "default profile must prune the egress gateway");
    assert!(err.contains("Removed Deployment/istio-system/istio-egressgateway"), "{err}");

    let (code, out, err) = run(&srv, &["uninstall", "--purge", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Removed CustomResourceDefinition/virtualservices.networking.istio.io"), "{out}");
    assert!(err.contains("✔ Uninstall complete"));
    for (av, kind) in meshctl::commands::installed::SCANNED_KINDS {
        assert!(labelled(&srv, av, kind).is_empty(), "{kind} objects remain after purge");
    }
}

#[test]
fn a_deployment_that_never_becomes_ready_fails_within_the_timeout_and_says_why() {
    let srv = TestApiServer::start_blocking(Options::default());
    srv.set_deployment_never_ready("istio-system", "istiod");
    let start = std::time::Instant::now();
    let (code, _, err) = run(&srv, &["install", "-y", "--readiness-timeout", "2s"]);
    assert_ne!(code, 0);
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
    assert!(err.contains("Deployment/istio-system/istiod"), "{err}");
    assert!(err.contains("ImagePullBackOff"), "{err}");
    assert!(err.contains("✘ Istiod encountered an error"), "{err}");
}

#[test]
fn dry_run_changes_nothing_and_says_what_would_change() {
    let srv = TestApiServer::start_blocking(Options::default());
    let before = srv.write_count();
    let (code, out, err) = run(&srv, &["install", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("would create Namespace/istio-system"), "{out}");
    assert!(
        out.contains("would create CustomResourceDefinition/virtualservices.networking.istio.io"),
        "{out}"
    );
    assert_eq!(srv.write_count(), before);
    assert!(srv.get_object("v1", "Namespace", None, "istio-system").is_none());
}

#[test]
fn verify_install_checks_what_install_recorded() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = run(&srv, &["verify-install"]);
    assert_ne!(code, 0);
    assert!(err.contains("no Istio installation found"), "{err}");
    assert_eq!(run(&srv, &["install", "--set", "profile=minimal", "-y"]).0, 0);
    let (code, out, err) = run(&srv, &["verify-install"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("✔ Deployment: istiod.istio-system checked successfully"), "{out}");
    assert!(out.contains("✔ Istio is installed and verified successfully"), "{out}");
    let (code, out, _) = run(&srv, &["verify-install", "--set", "profile=demo"]);
    assert_ne!(code, 0);
    assert!(out.contains("✘ Deployment: istio-egressgateway.istio-system: not found"), "{out}");
}

#[test]
fn version_reports_the_control_plane_in_the_cluster() {
    let srv = TestApiServer::start_blocking(Options::default());
    assert_eq!(run(&srv, &["install", "--set", "profile=minimal", "-y"]).0, 0);
    let (code, out, err) = run(&srv, &["version", "-o", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["meshVersion"][0]["version"], meshctl::version::ISTIO_VERSION);
}

#[test]
fn failures_name_the_server_the_verb_and_the_resource() {
    let (code, _, err) = {
        let out =
            meshctl().args(["--kubeconfig", "/nonexistent/kubeconfig", "install", "-y"]).output().unwrap();
        (out.status.code().unwrap_or(-1), String::new(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/kubeconfig"), "{err}");

    let srv = TestApiServer::start_blocking(Options::default());
    srv.forbid("create", "namespaces");
    let (code, _, err) = run(&srv, &["install", "-y"]);
    assert_eq!(code, 1);
    assert!(err.contains("not allowed to create namespace istio-system"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = dir.path().join("config");
    std::fs::write(
        &kubeconfig,
        "apiVersion: v1\nkind: Config\ncurrent-context: gone\nclusters:\n- name: gone\n  cluster:\n    server: https://127.0.0.1:9\n    insecure-skip-tls-verify: true\ncontexts:\n- name: gone\n  context:\n    cluster: gone\n    user: u\nusers:\n- name: u\n  user:\n    token: t\n",
    )
    .unwrap();
    let start = std::time::Instant::now();
    let out = meshctl().arg("--kubeconfig").arg(&kubeconfig).args(["install", "-y"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(start.elapsed() < Duration::from_secs(15), "took {:?}", start.elapsed());
    assert!(err.contains("https://127.0.0.1:9") && err.contains("`gone`"), "{err}");
}

#[test]
fn transient_server_errors_are_retried() {
    let srv = TestApiServer::start_blocking(Options::default());
    srv.fail_next(3, 503, None);
    let (code, _, err) = run(&srv, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{err}");
    srv.fail_next(2, 429, Some(1));
    let (code, _, err) = run(&srv, &["uninstall", "--purge", "-y"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn install_without_a_terminal_or_yes_refuses_instead_of_hanging() {
    let srv = TestApiServer::start_blocking(Options::default());
    let out = meshctl()
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .arg("install")
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("-y"));
    assert_eq!(srv.write_count(), 0);
}

#[test]
fn a_bad_token_is_reported_as_refused_credentials() {
    let srv = TestApiServer::start_blocking(Options::default());
    let text = std::fs::read_to_string(srv.kubeconfig_path()).unwrap().replace(srv.token(), "not-the-token");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    std::fs::write(&path, text).unwrap();
    let out = meshctl().arg("--kubeconfig").arg(&path).args(["install", "-y"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.contains("401 Unauthorized") && err.contains(&srv.url()), "{err}");
    assert_eq!(srv.write_count(), 0);
}

#[test]
fn an_install_killed_halfway_completes_when_run_again() {
    let srv = TestApiServer::start_blocking(Options::default());
    // Slow enough that install is still waiting when it is killed.
    srv.set_ready_delay(Duration::from_secs(3));
    let bin = assert_cmd::cargo::cargo_bin("meshctl");
    let mut child = std::process::Command::new(bin)
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(["install", "-y", "--set", "profile=minimal"])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill it once istiod's Deployment exists and install is waiting for it.
    let start = std::time::Instant::now();
    while srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod").is_none() {
        assert!(start.elapsed() < Duration::from_secs(20), "install never reached istiod");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let _ = child.wait();
    let (code, _, err) =
        run(&srv, &["install", "-y", "--set", "profile=minimal", "--readiness-timeout", "20s"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("✔ Installation complete"));
}
