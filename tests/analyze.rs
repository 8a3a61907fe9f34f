//! `meshctl analyze` end to end, on our own fixtures in `tests/testdata/analyze/`.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

const DATA: &str = "tests/testdata/analyze";

fn analyze() -> Command {
    let mut cmd = Command::cargo_bin("meshctl").expect("the meshctl binary is built");
    cmd.env("NO_COLOR", "1").arg("analyze").arg("--use-kube=false");
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
