//! `meshctl kube-inject`: goldens, pass-through, stdin, lists, idempotence, native vs classic,
//! and every bad-input path. Goldens are refreshed with `MESHCTL_BLESS=1 cargo test`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/inject").join(name)
}

/// `meshctl kube-inject` with a fixed image so goldens do not move with releases.
fn inject() -> Command {
    let mut cmd = Command::cargo_bin("meshctl").expect("meshctl binary");
    // No kubeconfig, whatever the machine has: injection uses meshctl's settings.
    cmd.env_remove("KUBECONFIG").env("HOME", "/nonexistent/meshctl-test-home").env("NO_COLOR", "1").args([
        "kube-inject",
        "--set",
        "hub=example.com/istio",
        "--set",
        "tag=1.0",
    ]);
    cmd
}

fn run_ok(args: &[&str]) -> String {
    let out = inject().args(args).output().expect("run meshctl");
    assert!(out.status.success(), "meshctl failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Compares with a golden file, or rewrites it when `MESHCTL_BLESS` is set.
fn golden(name: &str, got: &str) {
    let path = data(name);
    if std::env::var_os("MESHCTL_BLESS").is_some() {
        std::fs::write(&path, got).expect("write golden");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with MESHCTL_BLESS=1)", path.display()));
    assert!(
        got == want,
        "{name} differs from its golden; rerun with MESHCTL_BLESS=1 if the change is intended\n--- got\n{got}"
    );
}

fn input(name: &str) -> String {
    data(name).to_string_lossy().into_owned()
}

#[test]
fn deployment_native_golden() {
    golden("web.yaml.injected", &run_ok(&["-f", &input("web.yaml"), "--native-sidecars=true"]));
}

#[test]
fn deployment_classic_golden() {
    golden("web.yaml.classic.injected", &run_ok(&["-f", &input("web.yaml"), "--native-sidecars=false"]));
}

#[test]
fn list_golden() {
    golden("list.yaml.injected", &run_ok(&["-f", &input("list.yaml")]));
}

#[test]
fn probes_and_metrics_golden() {
    golden("probes.yaml.injected", &run_ok(&["-f", &input("probes.yaml")]));
}

#[test]
fn cronjob_with_annotations_golden() {
    golden("annotated.yaml.injected", &run_ok(&["-f", &input("annotated.yaml"), "--native-sidecars=false"]));
}

#[test]
fn auto_means_native_without_a_cluster() {
    let auto = run_ok(&["-f", &input("web.yaml")]);
    let native = run_ok(&["-f", &input("web.yaml"), "--native-sidecars=true"]);
    assert_eq!(auto, native);
}

#[test]
fn classic_puts_the_proxy_last_among_containers() {
    let out = run_ok(&["-f", &input("web.yaml"), "--native-sidecars=false"]);
    let containers = out.split("      containers:").nth(1).unwrap_or_default();
    let web = containers.find("- name: web").unwrap_or(usize::MAX);
    let proxy = containers.find("name: istio-proxy").unwrap_or(0);
    assert!(web < proxy, "istio-proxy should follow the app container");
    assert!(!out.contains("restartPolicy: Always"));
}

#[test]
fn untouched_documents_pass_through_byte_for_byte() {
    let src = std::fs::read_to_string(data("web.yaml")).expect("fixture");
    let out = run_ok(&["-f", &input("web.yaml")]);
    let service = src.split("---\n").nth(1).expect("service document");
    assert!(out.contains(service), "the Service, comments included, must be copied verbatim");
    assert!(out.contains("---\n# only a comment in this document\n---\n"));
    let config = src.split("---\n").nth(3).expect("configmap document");
    assert!(out.ends_with(&format!("{config}---\n")));
}

#[test]
fn stdin_gives_the_same_output_as_a_file() {
    let src = std::fs::read_to_string(data("web.yaml")).expect("fixture");
    let from_file = run_ok(&["-f", &input("web.yaml")]);
    let out = inject().args(["-f", "-"]).write_stdin(src).output().expect("run meshctl");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), from_file);
}

#[test]
fn reinjection_is_idempotent() {
    for name in ["web.yaml", "list.yaml", "probes.yaml", "annotated.yaml"] {
        let once = run_ok(&["-f", &input(name)]);
        let twice = inject().args(["-f", "-"]).write_stdin(once.clone()).output().expect("run meshctl");
        assert!(twice.status.success());
        assert_eq!(String::from_utf8_lossy(&twice.stdout), once, "{name} changed on re-injection");
    }
}

#[test]
fn report_goes_to_stderr() {
    inject()
        .args(["-f", &input("web.yaml")])
        .assert()
        .success()
        .stderr(predicate::str::contains("deployment \"shop/web\" injected"))
        .stderr(predicate::str::contains("service \"shop/web\" passed through"));
}

#[test]
fn skips_warn_and_leave_the_objects_alone() {
    let src = std::fs::read_to_string(data("skips.yaml")).expect("fixture");
    inject()
        .args(["-f", &input("skips.yaml")])
        .assert()
        .success()
        .stdout(predicate::str::contains("istio-proxy").not())
        .stdout(predicate::function(move |out: &str| out.replace("---\n", "") == src.replace("---\n", "")))
        .stderr(predicate::str::contains("pod \"node-agent\" skipped: it has host networking enabled"))
        .stderr(predicate::str::contains("deployment \"legacy\" skipped: sidecar injection is disabled"))
        .stderr(predicate::str::contains("pod \"kube-system/dns\" skipped"));
}

#[test]
fn malformed_yaml_names_file_and_line() {
    inject()
        .args(["-f", &input("malformed.yaml")])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("malformed.yaml:11:"))
        .stderr(predicate::str::contains("malformed YAML"));
}

#[test]
fn bad_annotation_names_annotation_object_and_rule() {
    inject()
        .args(["-f", &input("bad-annotation.yaml")])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("traffic.sidecar.istio.io/"))
        .stderr(predicate::str::contains("includeOutboundIPRanges"))
        .stderr(predicate::str::contains("deployment \"api\""))
        .stderr(predicate::str::contains("CIDRs"));
}

#[test]
fn go_template_inject_config_is_refused() {
    inject()
        .args(["-f", &input("web.yaml"), "--injectConfigFile", &input("inject-config-gotemplate.yaml")])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("does not"))
        .stderr(predicate::str::contains("Go templates"));
}

#[test]
fn missing_file_is_an_error() {
    inject()
        .args(["-f", &input("no-such-file.yaml")])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no-such-file.yaml"));
}

#[test]
fn missing_filename_is_a_usage_error() {
    let mut cmd = Command::cargo_bin("meshctl").expect("meshctl binary");
    cmd.args(["kube-inject"]).assert().code(64).stderr(predicate::str::contains("--filename"));
}

#[test]
fn output_may_be_the_input_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("app.yaml");
    std::fs::copy(data("web.yaml"), &path).expect("copy fixture");
    let expected = run_ok(&["-f", &input("web.yaml")]);
    let p = path.to_string_lossy().into_owned();
    inject().args(["-f", &p, "-o", &p]).assert().success().stdout(predicate::str::is_empty());
    assert_eq!(std::fs::read_to_string(&path).expect("read back"), expected);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).expect("list").collect();
    assert_eq!(leftovers.len(), 1, "no temporary file may remain");
}

#[test]
fn nothing_is_written_when_the_input_fails() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = dir.path().join("out.yaml");
    std::fs::write(&out, "keep me\n").expect("seed");
    let o = out.to_string_lossy().into_owned();
    inject().args(["-f", &input("bad-annotation.yaml"), "-o", &o]).assert().code(1);
    assert_eq!(std::fs::read_to_string(&out).expect("read back"), "keep me\n");
}

#[test]
fn help_documents_native_auto() {
    let mut cmd = Command::cargo_bin("meshctl").expect("meshctl binary");
    cmd.args(["kube-inject", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--native-sidecars"))
        .stdout(predicate::str::contains("no cluster"))
        .stdout(predicate::str::contains("--operatorFileName"));
}
