//! `meshctl analyze` end to end, on our own fixtures in `tests/testdata/analyze/`.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const DATA: &str = "tests/testdata/analyze";

fn analyze() -> Command {
    let mut cmd = crate::support::meshctl();
    cmd.arg("analyze").arg("--use-kube=false");
    cmd
}

fn data(p: &str) -> String {
    format!("{DATA}/{p}")
}

#[test]
fn a_clean_directory_is_walked_recursively_and_passes() {
    analyze()
        .args(["-A", &data("bookstore")])
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains("No validation issues found when analyzing all namespaces."))
        .stderr(predicate::str::contains("README.md"));
}

#[test]
fn errors_name_the_resource_file_and_line_and_exit_79() {
    analyze()
        .args(["-A", &data("broken")])
        .assert()
        .code(79)
        .stdout(predicate::str::contains(
            "Error [IST0101] (VirtualService shop/checkout tests/testdata/analyze/broken/routes.yaml:14)",
        ))
        .stdout(predicate::str::contains(
            "(VirtualService shop/payments tests/testdata/analyze/broken/routes.yaml:26)",
        ))
        // JSON files are referenced without a line.
        .stdout(predicate::str::contains("(Gateway shop/public tests/testdata/analyze/broken/gateway.json)"))
        .stderr(predicate::str::contains("analyzers found issues"));
}

/// A `kubectl get -o yaml` dump is one List: a message about one of its objects points at that
/// object's own field, not at the list's first line.
#[test]
fn an_object_inside_a_list_is_referenced_by_its_own_line() {
    analyze().args(["-A", &data("list-dump/dump.yaml")]).assert().code(79).stdout(predicate::str::contains(
        "Error [IST0101] (VirtualService shop/checkout tests/testdata/analyze/list-dump/dump.yaml:34)",
    ));
}

#[test]
fn issues_in_other_namespaces_are_said_to_be_hidden_not_absent() {
    // Without -A only the default namespace is reported, as with istioctl; the files' issues
    // are all in `shop`, so the log must not read as if the files were clean.
    analyze()
        .arg(data("broken"))
        .assert()
        .code(0)
        .stdout("")
        .stderr(predicate::str::contains("No validation issues found when analyzing namespace: default."))
        .stderr(predicate::str::contains(
            "note: issues in 1 other namespace (shop) are not shown: add -A, or -n shop.",
        ));
    // Following the note shows them.
    analyze()
        .args(["-n", "shop", &data("broken")])
        .assert()
        .code(79)
        .stdout(predicate::str::contains("Error [IST0101] (VirtualService shop/checkout"))
        .stderr(predicate::str::contains("note:").not());
}

#[test]
fn log_output_has_no_colour_when_piped() {
    let out = analyze().args(["-A", &data("broken")]).env_remove("NO_COLOR").output().expect("runs");
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
}

#[test]
fn json_output_is_only_the_document() {
    let out = analyze().args(["-A", "-o", "json", &data("broken")]).output().expect("runs");
    // As istioctl: machine-readable output exits 0 even with errors.
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    let list = v.as_array().expect("a list");
    assert_eq!(list.len(), 3);
    let first = &list[0];
    for key in ["code", "documentationUrl", "level", "message", "origin"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert!(
        first["documentationUrl"].as_str().unwrap_or("").contains("/docs/reference/config/analysis/ist0101/")
    );
    let refs: Vec<&str> = list.iter().filter_map(|m| m["reference"].as_str()).collect();
    assert!(refs.contains(&"tests/testdata/analyze/broken/routes.yaml:14"), "{refs:?}");
}

#[test]
fn json_output_with_no_messages_is_an_empty_list() {
    analyze().args(["-A", "-o", "json", &data("bookstore")]).assert().code(0).stdout("[]\n");
}

#[test]
fn yaml_output_is_only_the_document() {
    let out = analyze().args(["-A", "-o", "YAML", &data("broken")]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let v: Value = serde_saphyr::from_str(&text).expect("stdout is YAML");
    assert_eq!(v.as_array().map(Vec::len), Some(3));
}

#[test]
fn suppression_by_flag_with_globs() {
    analyze()
        .args([
            "-A",
            &data("broken"),
            "-S",
            "IST0101=VirtualService shop/*",
            "--suppress",
            "IST0101=Gateway *",
        ])
        .assert()
        .code(0)
        .stdout("");
    // Only the named resource is silenced.
    analyze()
        .args(["-A", &data("broken"), "-S", "IST0101=VirtualService shop/checkout"])
        .assert()
        .code(79)
        .stdout(predicate::str::contains("shop/payments"))
        .stdout(predicate::str::contains("shop/checkout").not());
}

#[test]
fn suppression_by_annotation() {
    analyze().args(["-A", &data("suppressed.yaml")]).assert().code(0).stdout("");
}

#[test]
fn bad_suppression_and_output_are_usage_errors() {
    analyze().args(["-S", "IST0101", &data("broken")]).assert().code(64);
    analyze().args(["-o", "table", &data("broken")]).assert().code(64);
    analyze().args(["--output-threshold", "loud", &data("broken")]).assert().code(64);
}

#[test]
fn a_malformed_document_is_reported_and_the_rest_analysed() {
    analyze()
        .args(["-A", &data("malformed.yaml")])
        .assert()
        .code(79)
        .stderr(predicate::str::contains("malformed.yaml:17"))
        .stdout(predicate::str::contains("VirtualService shop/before"))
        .stdout(predicate::str::contains("VirtualService shop/after"));
}

#[test]
fn unparseable_input_without_issues_exits_65_unless_ignored() {
    analyze()
        .args(["-A", &data("malformed-only.yaml")])
        .assert()
        .code(65)
        .stderr(predicate::str::contains("malformed-only.yaml:8"));
    analyze().args(["-A", "--ignore-unknown", &data("malformed-only.yaml")]).assert().code(0);
}

#[test]
fn thresholds_filter_output_and_exit_code() {
    analyze()
        .args(["-A", &data("info-only.yaml")])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Info [IST0102] (Namespace sandbox"));
    analyze()
        .args(["-A", "--output-threshold", "warning", &data("info-only.yaml")])
        .assert()
        .code(0)
        .stdout("");
    analyze().args(["-A", "--failure-threshold", "Info", &data("info-only.yaml")]).assert().code(79);
}

#[test]
fn namespace_selection_filters_messages() {
    analyze().args(["-n", "elsewhere", &data("broken")]).assert().code(0).stdout("");
    analyze().args(["-n", "shop", &data("broken")]).assert().code(79);
}

#[test]
fn list_analyzers_is_sorted_and_names_upstream_analyzers() {
    let out = analyze().arg("-L").output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    let names: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("* "))
        .filter(|l| !l.contains("only with"))
        .map(|l| l.trim_end_matches(':'))
        .collect();
    assert_eq!(names.len(), 53);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names.contains(&"virtualservice.DestinationHostAnalyzer"));
    assert!(names.contains(&"schema.ValidationAnalyzer.VirtualService"));
}

#[test]
fn analyzer_flag_runs_only_the_named_analyzers() {
    analyze()
        .args(["-A", "--analyzer", "virtualservice.DestinationRuleAnalyzer", &data("broken")])
        .assert()
        .code(79)
        .stdout(predicate::str::contains("checkout+canary"))
        .stdout(predicate::str::contains("payments-typo").not())
        .stdout(predicate::str::contains("Gateway").not());
}

#[test]
fn stdin_is_read_with_a_dash() {
    let text = std::fs::read_to_string(data("broken/routes.yaml")).expect("fixture");
    analyze()
        .args(["-A", "-"])
        .write_stdin(text)
        .assert()
        .code(79)
        .stdout(predicate::str::contains("(VirtualService shop/checkout -:14)"));
}

#[test]
fn mesh_config_comes_from_the_istio_configmap_then_the_flag() {
    analyze()
        .args(["-A", "--analyzer", "gateway.IngressGatewayPortAnalyzer", &data("mesh-configmap.yaml")])
        .assert()
        .code(79)
        .stdout(predicate::str::contains("Gateway shop/front"));
    analyze()
        .args([
            "-A",
            "--analyzer",
            "gateway.IngressGatewayPortAnalyzer",
            "--meshConfigFile",
            &data("mesh-ingress-on.yaml"),
            &data("mesh-configmap.yaml"),
        ])
        .assert()
        .code(0);
}

#[test]
fn a_missing_path_is_an_error_with_help() {
    analyze()
        .arg("tests/testdata/analyze/no-such-file.yaml")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no-such-file.yaml"));
}

/// A VirtualService routing to a host that does not exist (one IST0101), as YAML.
const ONE_MISTAKE: &str = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: lost\n  namespace: shop\nspec:\n  hosts:\n  - lost\n  http:\n  - route:\n    - destination:\n        host: nowhere\n";

fn ist0101_count(out: &[u8]) -> usize {
    String::from_utf8_lossy(out).matches("[IST0101]").count()
}

#[cfg(unix)]
#[test]
fn links_back_into_the_walk_are_skipped_and_each_file_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/routes.yaml"), ONE_MISTAKE).unwrap();
    std::os::unix::fs::symlink(".", dir.path().join("a")).unwrap();
    std::os::unix::fs::symlink("..", dir.path().join("sub/up")).unwrap();
    std::os::unix::fs::symlink("sub/routes.yaml", dir.path().join("same.yaml")).unwrap();
    let out =
        analyze().args(["-A"]).arg(dir.path()).timeout(std::time::Duration::from_secs(30)).output().unwrap();
    assert_eq!(out.status.code(), Some(79));
    assert_eq!(ist0101_count(&out.stdout), 1, "{}", String::from_utf8_lossy(&out.stdout));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("a`: it leads back to"), "{err}");
    assert!(err.contains("up`: it leads back to"), "{err}");
}

#[test]
fn recursive_false_reads_only_the_directory_itself() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/routes.yaml"), ONE_MISTAKE).unwrap();
    analyze().args(["-A", "--recursive=false"]).arg(dir.path()).assert().code(0);
    analyze().args(["-A", "--recursive=true"]).arg(dir.path()).assert().code(79);
    analyze().args(["-A", "-R"]).arg(dir.path()).assert().code(79);
}

#[test]
fn an_unknown_analyzer_and_a_bad_namespace_are_usage_errors() {
    analyze()
        .args(["--analyzer", "virtualservice.DestinationHostAnalyzr", &data("broken")])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("DestinationHostAnalyzr"))
        .stderr(predicate::str::contains("did you mean `virtualservice.DestinationHostAnalyzer`"));
    analyze()
        .args(["-n", "Bad NS!", &data("broken")])
        .assert()
        .code(64)
        .stderr(predicate::str::contains("Bad NS!"));
}

#[test]
fn machine_readable_output_exits_0_unless_a_failure_threshold_is_given() {
    for format in ["json", "yaml", "sarif"] {
        analyze().args(["-A", "-o", format, &data("broken")]).assert().code(0);
        analyze()
            .args(["-A", "-o", format, "--failure-threshold", "Error", &data("broken")])
            .assert()
            .code(79);
        analyze()
            .args(["-A", "-o", format, "--failure-threshold", "Error", &data("bookstore")])
            .assert()
            .code(0);
    }
    let help = analyze().arg("--help").output().unwrap();
    // Whitespace collapsed: the help wraps to the terminal's width.
    let help = String::from_utf8_lossy(&help.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(help.contains("`json`, `yaml` and `sarif` exit 0 whatever they report"), "{help}");
}

#[test]
fn color_and_timeout_are_accepted_as_istioctl_has_them() {
    let out = analyze().args(["-A", "--color", "--timeout", "10s", &data("broken")]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("\u{1b}[1;31mError\u{1b}[0m"));
    let out = analyze().args(["-A", "--color=false", &data("broken")]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\u{1b}'));
    analyze().args(["-A", "--timeout", "soon", &data("broken")]).assert().code(64);
}

#[test]
fn workload_templates_stand_in_for_pods_when_analysing_files() {
    // The subset selects the Deployment's pods-to-be: no IST0173. Its own annotation is
    // misplaced, the template's is where it belongs.
    let ok = "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  selector: {app: web}\n  ports: [{name: http, port: 80}]\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web-v1\n  namespace: shop\n  annotations: {sidecar.istio.io/inject: \"true\"}\nspec:\n  selector: {matchLabels: {app: web, version: v1}}\n  template:\n    metadata:\n      labels: {app: web, version: v1}\n      annotations: {sidecar.istio.io/inject: \"true\"}\n    spec:\n      containers: [{name: web, image: web:1}]\n---\napiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: web, namespace: shop}\nspec:\n  host: web\n  subsets:\n  - {name: v1, labels: {version: v1}}\n";
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("app.yaml");
    std::fs::write(&file, ok).unwrap();
    let out = analyze().args(["-A", "-o", "json"]).arg(&file).output().unwrap();
    let msgs: Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<(&str, &str)> = msgs
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["code"].as_str().unwrap(), m["reference"].as_str().unwrap_or("")))
        .collect();
    let line = |c: &str| {
        codes
            .iter()
            .filter(|(code, _)| *code == c)
            .map(|(_, r)| r.rsplit(':').next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(line("IST0107"), vec!["13"], "only the Deployment's own annotation: {codes:?}");
    assert!(line("IST0173").is_empty(), "{codes:?}");
    // The same subset for a version nothing runs.
    std::fs::write(
        &file,
        ok.replace("{name: v1, labels: {version: v1}}", "{name: v2, labels: {version: v2}}"),
    )
    .unwrap();
    let out = analyze().args(["-A", "-o", "json"]).arg(&file).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("IST0173"));
}

/// Parsing spreads over threads (`MESHCTL_THREADS`), but what analyze prints never depends on
/// how many: every fixture directory (clean, broken, the whole grid) gives the same bytes on
/// stdout and stderr and the same exit code with one thread and with several.
#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let run = |threads: &str, format: &str| {
        let out = analyze()
            .env("MESHCTL_THREADS", threads)
            .args(["-A", DATA, "-o", format])
            .output()
            .expect("meshctl runs");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for format in ["log", "json"] {
        let one = run("1", format);
        assert!(one.1.lines().count() > 50, "the fixtures give many messages: {}", one.1);
        assert!(one.2.contains("error:"), "and unreadable documents: {}", one.2);
        for threads in ["2", "5"] {
            assert_eq!(run(threads, format), one, "{threads} threads, -o {format}");
        }
    }
    // One stream of many documents is split between threads too.
    let stream: String = (0..300)
        .map(|i| format!("apiVersion: v1\nkind: Service\nmetadata:\n  name: s{i}\nspec:\n  ports:\n  - name: web\n    port: 80\n"))
        .collect::<Vec<_>>()
        .join("---\n");
    let stdin = |threads: &str| {
        let out = analyze()
            .env("MESHCTL_THREADS", threads)
            .args(["-A", "-"])
            .write_stdin(stream.clone())
            .output()
            .expect("meshctl runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let one = stdin("1");
    assert_eq!(one.lines().filter(|l| l.contains("IST0118")).count(), 300, "{one}");
    assert_eq!(stdin("3"), one);
}

#[test]
fn retired_and_unknown_istio_kinds_are_said_to_be_skipped() {
    // Workshops for Istio 0.x create RouteRules; a typo in a kind is as easy to make.
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rules.yaml");
    std::fs::write(
        &file,
        "apiVersion: config.istio.io/v1alpha2\nkind: RouteRule\nmetadata:\n  name: reviews-default\nspec: {}\n---\n\
         apiVersion: networking.istio.io/v1\nkind: VirtualServce\nmetadata:\n  name: typo\nspec: {}\n",
    )
    .unwrap();
    let out = analyze().arg("-A").arg(&file).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("rules.yaml:1: RouteRule default/reviews-default (config.istio.io) was not analysed: Istio no longer serves RouteRule: a VirtualService (networking.istio.io) replaced it in Istio 0.8"),
        "{err}"
    );
    assert!(err.contains("rules.yaml:7: VirtualServce default/typo (networking.istio.io) was not analysed: no Istio CRD defines this kind"), "{err}");
    // Kinds the CRDs define are analysed, not noted.
    let out = analyze().args(["-A", &data("bookstore")]).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains("was not analysed"));
}
