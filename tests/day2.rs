//! Day-2 logic replayed from upstream's function-level cases (fixtures under
//! `tests/testdata/day2/`, transcribed from istioctl's test tables): check-inject's verdicts,
//! injector list's pod rules, tag rendering and precheck's version parsing.

use meshctl::webhook_match::{self, Labels};
use serde_json::Value;

use crate::support::testdata;

fn read_json(rel: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(testdata(rel)).unwrap()).unwrap()
}

fn yaml_docs(rel: &str) -> Vec<Value> {
    let src = std::fs::read_to_string(testdata(rel)).unwrap();
    meshctl::resource::parse_all(&src).unwrap().into_iter().map(|(_, v)| v).collect()
}

fn labels(v: &Value) -> Labels {
    webhook_match::labels_of(v)
}

#[test]
fn check_inject_cases_give_upstreams_rows() {
    let injectors = yaml_docs("day2/injectors.yaml");
    let cases = read_json("day2/check_inject_cases.json");
    let cases = cases.as_array().unwrap();
    assert_eq!(cases.len(), 11);
    for case in cases {
        let got = webhook_match::analyze(&injectors, &labels(&case["pod"]), &labels(&case["namespace"]));
        let got: Vec<Value> =
            got.into_iter().map(|v| serde_json::json!([v.name, v.revision, v.injected, v.reason])).collect();
        assert_eq!(Value::Array(got), case["rows"], "case {}", case["case"]);
    }
}

#[test]
fn injector_list_pod_and_namespace_rules_match_upstream_cases() {
    let cases = read_json("day2/injector_cases.json");
    let pod = |meta: &Value| serde_json::json!({"metadata": meta});
    let mut n = 0;
    for c in cases["revision"].as_array().unwrap() {
        assert_eq!(
            meshctl::injector::pod_revision(&pod(&c["metadata"])),
            c["revision"],
            "case {}",
            c["case"]
        );
        n += 1;
    }
    for c in cases["disabled"].as_array().unwrap() {
        assert_eq!(
            Value::Bool(meshctl::injector::injection_disabled(&pod(&c["metadata"]))),
            c["disabled"],
            "case {}",
            c["case"]
        );
        n += 1;
    }
    let nss: Vec<Value> = cases["namespaces"]["namespaces"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| serde_json::json!({"metadata": {"name": n["name"], "labels": n["labels"]}}))
        .collect();
    let got: Vec<Value> = meshctl::injector::namespaces(&nss, "istio-system")
        .iter()
        .map(|n| n["metadata"]["name"].clone())
        .collect();
    assert_eq!(Value::Array(got), cases["namespaces"]["expected"]);
    assert_eq!(n + 1, 13, "every injector-list case is replayed");
}

#[test]
fn injector_list_shows_the_namespace_revision_and_pods_needing_a_restart() {
    let injectors = yaml_docs("day2/injectors.yaml");
    let ns = |name: &str, labels: Value| serde_json::json!({"metadata": {"name": name, "labels": labels}});
    let namespaces = vec![
        ns("apps", serde_json::json!({"istio.io/rev": "1-16"})),
        ns("legacy", serde_json::json!({"istio-injection": "enabled"})),
        ns("lost", serde_json::json!({"istio.io/rev": "gone"})),
        ns("plain", serde_json::json!({})),
    ];
    let pod = |ns: &str, rev: &str| {
        serde_json::json!({"metadata": {"namespace": ns, "annotations":
            {"sidecar.istio.io/status": format!("{{\"revision\":\"{rev}\"}}")}}})
    };
    let pods =
        vec![pod("apps", "default"), pod("apps", "1-16"), pod("apps", "default"), pod("legacy", "default")];
    let rows = meshctl::injector::namespace_rows(&namespaces, &injectors, &pods);
    let rows: Vec<String> = rows.iter().map(|r| r.join("|")).collect();
    assert_eq!(
        rows,
        [
            "apps|1-16|1-16: 1",
            "apps|1-16|default: 2 NEEDS RESTART: 2",
            "legacy|default|default: 1",
            "lost|MISSING/gone|<no pods>",
            "plain||<no pods>",
        ]
    );
    let hooks = meshctl::injector::hook_rows(&injectors, &namespaces, &Default::default());
    let hooks: Vec<String> = hooks.iter().map(|r| r[..3].join("|")).collect();
    assert_eq!(
        hooks,
        [
            "legacy|istio-sidecar-injector|default",
            "apps|istio-sidecar-injector-1-16|1-16",
            "DOES NOT AUTOINJECT|istio-sidecar-injector-deactivated|default",
        ]
    );
}
