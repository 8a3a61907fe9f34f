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
    // Long enough for the CRDs to be Established on a loaded machine; istiod never gets ready.
    let (code, _, err) = run(&srv, &["install", "-y", "--readiness-timeout", "8s"]);
    assert_ne!(code, 0);
    assert!(start.elapsed() < Duration::from_secs(60), "took {:?}", start.elapsed());
    assert!(err.contains("Deployment/istio-system/istiod"), "{err}");
    assert!(err.contains("ImagePullBackOff"), "{err}");
    assert!(err.contains("✘ Istiod failed"), "{err}");
    // The gateways need istiod: they are not attempted, and the report says so.
    assert!(err.contains("✘ Ingress gateways not installed because Istiod failed"), "{err}");
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
    // Objects in the namespace-to-be are checked locally, and the report says so once.
    assert!(out.contains("would create Deployment/istio-system/istiod"), "{out}");
    assert_eq!(err.matches("validated locally").count(), 1, "{err}");
    assert!(err.contains("✔ Dry run complete: nothing was changed"), "{err}");
    assert!(!out.contains("unchanged"), "{out}");
}

/// Requests that would change something: writes that are not dry runs.
fn real_writes(srv: &TestApiServer) -> Vec<String> {
    srv.requests()
        .into_iter()
        .filter(|r| r.method != "GET" && !r.query.contains("dryRun=All"))
        .map(|r| format!("{} {}?{}", r.method, r.path, r.query))
        .collect()
}

#[test]
fn a_dry_run_of_what_is_installed_finds_every_object_unchanged_and_writes_nothing() {
    let srv = TestApiServer::start_blocking(Options::default());
    assert_eq!(run(&srv, &["install", "--set", "profile=demo", "-y"]).0, 0);
    srv.clear_requests();
    let writes = srv.write_count();
    let (code, out, err) = run(&srv, &["install", "--set", "profile=demo", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    let objects = rendered(&["--set", "profile=demo"]).len();
    let lines: Vec<&str> = out.lines().collect();
    // Every rendered object and the installed-state record, each unchanged.
    assert_eq!(lines.len(), objects + 1, "{out}");
    assert!(lines.iter().all(|l| l.starts_with("unchanged ")), "{out}");
    assert!(!err.contains("validated locally"), "{err}");
    assert_eq!(srv.write_count(), writes);
    assert_eq!(real_writes(&srv), Vec::<String>::new());
}

#[test]
fn a_dry_run_with_one_changed_setting_shows_that_object_and_field() {
    let srv = TestApiServer::start_blocking(Options::default());
    assert_eq!(run(&srv, &["install", "--set", "profile=demo", "-y"]).0, 0);
    let (code, out, err) = run(
        &srv,
        &[
            "install",
            "--set",
            "profile=demo",
            "--set",
            "components.pilot.k8s.podAnnotations.team=mesh",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let changed: Vec<&str> = out.lines().filter(|l| !l.starts_with("unchanged ")).collect();
    assert_eq!(
        changed[..3],
        [
            "would configure Deployment/istio-system/istiod",
            "    + spec.template.metadata.annotations.team: \"mesh\"",
            // The record of the settings changes with them.
            "would configure ConfigMap/istio-system/installed-state",
        ],
        "{out}"
    );
    assert_eq!(changed.iter().filter(|l| l.starts_with("would ")).count(), 2, "{out}");
    assert!(err.contains("2 would be configured, 0 would be created, 0 would be pruned"), "{err}");
    let istiod = srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istiod").unwrap();
    assert!(
        istiod["spec"]["template"]["metadata"]["annotations"]["team"].is_null(),
        "a dry run changes nothing"
    );
}

#[test]
fn a_profile_change_lists_what_would_be_removed_and_changed_before_asking() {
    let srv = TestApiServer::start_blocking(Options::default());
    assert_eq!(run(&srv, &["install", "--set", "profile=demo", "-y"]).0, 0);
    let writes = srv.write_count();
    // No terminal: the prompt refuses, but only after the list.
    let (code, _, err) = run(&srv, &["install"]);
    assert_eq!(code, 1, "{err}");
    let list = err.find("would be removed").expect(&err);
    let refusal = err.find("refusing to proceed without confirmation").expect(&err);
    assert!(list < refusal, "{err}");
    assert!(err.contains("Compared with the settings of the last install (profile \"demo\")"), "{err}");
    assert!(err.contains("    - Deployment/istio-system/istio-egressgateway"), "{err}");
    assert!(err.contains("~ Istiod: "), "{err}");
    assert_eq!(srv.write_count(), writes);
    // The dry run prints the same removals as `would prune`.
    let (code, out, _) = run(&srv, &["install", "--dry-run"]);
    assert_eq!(code, 0);
    assert!(out.contains("would prune Deployment/istio-system/istio-egressgateway"), "{out}");
    // With -y the same list is printed and the install proceeds.
    let (code, _, err) = run(&srv, &["install", "-y"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("    - Deployment/istio-system/istio-egressgateway"), "{err}");
    assert!(err.contains("Removed Deployment/istio-system/istio-egressgateway"), "{err}");
}

#[test]
fn an_addon_whose_pods_are_refused_does_not_stop_the_gateways_and_the_report_says_why() {
    let srv = TestApiServer::start_blocking(Options::default());
    let refusal = "admission webhook \"policy.example.com\" denied the request: runAsNonRoot is required";
    srv.refuse_pods("istio-system", "loki", refusal);
    let (code, _, err) = run(
        &srv,
        &["install", "--set", "profile=demo", "--set", "addons=true", "-y", "--readiness-timeout", "30s"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("✔ Ingress gateways installed"), "{err}");
    assert!(err.contains("✔ Egress gateways installed"), "{err}");
    assert!(err.contains("installation incomplete:"), "{err}");
    let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(err.contains("StatefulSet/istio-system/loki (FailedCreate: create Pod loki-0 in StatefulSet loki failed error: admission webhook \"policy.example.com\" denied the request"), "{err}");
    assert!(srv.get_object("apps/v1", "Deployment", Some("istio-system"), "istio-ingressgateway").is_some());
    // What was applied is recorded, so verify-install and a rerun find it.
    assert!(srv.get_object("v1", "ConfigMap", Some("istio-system"), "installed-state").is_some());
}

#[test]
fn verify_flag_and_rendered_manifests_are_checked_as_istioctl_does() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, out, err) = run(&srv, &["install", "--set", "profile=minimal", "-y", "--verify"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("✔ Istio is installed and verified successfully"), "{out}");
    let dir = tempfile::tempdir().unwrap();
    let manifest = dir.path().join("generated-manifest.yaml");
    let generated = meshctl().args(["manifest", "generate", "--set", "profile=minimal"]).output().unwrap();
    std::fs::write(&manifest, &generated.stdout).unwrap();
    let (code, out, err) = run(&srv, &["verify-install", "-f", manifest.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("✔ Deployment: istiod.istio-system checked successfully"), "{out}");
    // A manifest of another profile names what is missing.
    let generated = meshctl().args(["manifest", "generate", "--set", "profile=demo"]).output().unwrap();
    std::fs::write(&manifest, &generated.stdout).unwrap();
    let (code, out, err) = run(&srv, &["verify-install", "-f", manifest.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("✘ Deployment: istio-egressgateway.istio-system: not found"), "{out}");
    assert!(err.contains("kubectl apply --server-side -f"), "{err}");
}

#[test]
fn hints_to_install_an_addon_keep_the_installed_profile() {
    let srv = TestApiServer::start_blocking(Options::default());
    assert_eq!(run(&srv, &["install", "--set", "profile=demo", "-y"]).0, 0);
    let (code, _, err) = run(&srv, &["dashboard", "kiali"]);
    assert_eq!(code, 1, "{err}");
    let err = err.split_whitespace().collect::<Vec<_>>().join(" ");
    let hint = "meshctl install --set profile=demo --set addonComponents.kiali.enabled=true";
    assert!(err.contains(hint), "{err}");
    // Following the hint changes only the addon: nothing is pruned, istiod is unchanged.
    let args: Vec<&str> = hint.split(' ').skip(1).collect();
    let mut dry = args.clone();
    dry.push("--dry-run");
    let (code, out, err) = run(&srv, &dry);
    assert_eq!(code, 0, "{err}");
    assert!(!out.contains("would prune"), "{out}");
    assert!(out.contains("unchanged Deployment/istio-system/istiod"), "{out}");
    assert!(out.contains("would create Deployment/istio-system/kiali"), "{out}");
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
    let mut child = crate::support::meshctl_process()
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

/// A copy of meshctl's templates and profiles with one template broken on purpose.
fn broken_manifests() -> tempfile::TempDir {
    fn copy(from: &std::path::Path, to: &std::path::Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let dest = to.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                copy(&e.path(), &dest);
            } else {
                std::fs::copy(e.path(), dest).unwrap();
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    copy(&root.join("manifests"), &dir.path().join("manifests"));
    copy(&root.join("profiles"), &dir.path().join("profiles"));
    let deployment = dir.path().join("manifests/istiod/deployment.yaml");
    let text = std::fs::read_to_string(&deployment).unwrap();
    let broken = text.replacen("  replicas: {{ replicas }}", "  replicas: {{ replicas }}\n  replicass: 2", 1);
    assert_ne!(text, broken, "the istiod template changed shape: update this test");
    std::fs::write(&deployment, broken).unwrap();
    dir
}

#[test]
fn a_first_install_dry_run_validates_locally_against_the_servers_schemas() {
    let srv = TestApiServer::start_blocking(Options::default());
    // Nothing exists yet: namespaced objects are checked against the server's OpenAPI schemas.
    let (code, _, err) = run(&srv, &["install", "--set", "profile=demo", "--dry-run"]);
    assert_eq!(code, 0, "{err}");
    assert!(!err.contains("publishes no OpenAPI"), "{err}");
    let dir = broken_manifests();
    let d = dir.path().to_str().unwrap();
    let (code, _, err) = run(&srv, &["install", "--set", "profile=demo", "--dry-run", "-d", d]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("✘ Deployment/istio-system/istiod: spec.replicass: unknown field"), "{err}");
    assert!(err.contains("1 problem(s) found by local validation; nothing was changed"), "{err}");
    assert!(err.contains("--force"), "{err}");
    // `--force` proceeds despite the validation error, and says so.
    let (code, _, err) = run(&srv, &["install", "--set", "profile=demo", "--dry-run", "--force", "-d", d]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("(proceeding: `--force`)"), "{err}");
    assert_eq!(srv.write_count(), 0);
}

#[test]
fn a_closed_stdout_stops_uninstalls_report_not_the_uninstall() {
    // `meshctl uninstall --purge -y | head -1`: the reader goes after the first line. The
    // removal must go on to the end (it used to stop after the first object, exit 0).
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = run(&srv, &["install", "--set", "profile=minimal", "-y"]);
    assert_eq!(code, 0, "{err}");
    let mut child = crate::support::meshctl_process()
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(["uninstall", "--purge", "-y"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("✔ Uninstall complete"), "{err}");
    for (av, kind) in meshctl::commands::installed::SCANNED_KINDS {
        assert!(labelled(&srv, av, kind).is_empty(), "{kind} objects remain after purge");
    }
}
