//! `manifest generate` and `profile`: what each profile renders, and every bad input.

use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;

use crate::support::{assert_golden, meshctl};

const PROFILES: &[&str] = &["default", "demo", "minimal", "empty", "preview", "remote", "stable"];

fn generate(args: &[&str]) -> (i32, String, String) {
    let out = meshctl().args(["manifest", "generate"]).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn docs(text: &str) -> Vec<Value> {
    meshctl::resource::parse_all(text).unwrap().into_iter().map(|(_, v)| v).collect()
}

fn roundtrip<T: DeserializeOwned + Serialize>(v: &Value) -> Value {
    let typed: T = serde_json::from_value(v.clone()).unwrap_or_else(|e| panic!("{}: {e}", ident(v)));
    serde_json::to_value(typed).unwrap()
}

fn ident(v: &Value) -> String {
    format!("{} {}/{}", v["kind"], v["metadata"]["namespace"], v["metadata"]["name"])
}

/// Deserialises into the k8s-openapi type and back: a misspelled or misplaced field is lost
/// on the way and shows up as a difference.
fn typed_roundtrip(v: &Value) -> Value {
    use k8s_openapi::api::{admissionregistration::v1 as adm, rbac::v1 as rbac};
    use k8s_openapi::api::{
        apps::v1 as apps, autoscaling::v2 as hpa, core::v1 as core, policy::v1 as policy,
    };
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1 as ext;
    match v["kind"].as_str().unwrap_or("") {
        "CustomResourceDefinition" => roundtrip::<ext::CustomResourceDefinition>(v),
        "ServiceAccount" => roundtrip::<core::ServiceAccount>(v),
        "ConfigMap" => roundtrip::<core::ConfigMap>(v),
        "Secret" => roundtrip::<core::Secret>(v),
        "Service" => roundtrip::<core::Service>(v),
        "Deployment" => roundtrip::<apps::Deployment>(v),
        "StatefulSet" => roundtrip::<apps::StatefulSet>(v),
        "DaemonSet" => roundtrip::<apps::DaemonSet>(v),
        "HorizontalPodAutoscaler" => roundtrip::<hpa::HorizontalPodAutoscaler>(v),
        "PodDisruptionBudget" => roundtrip::<policy::PodDisruptionBudget>(v),
        "ClusterRole" => roundtrip::<rbac::ClusterRole>(v),
        "ClusterRoleBinding" => roundtrip::<rbac::ClusterRoleBinding>(v),
        "Role" => roundtrip::<rbac::Role>(v),
        "RoleBinding" => roundtrip::<rbac::RoleBinding>(v),
        "MutatingWebhookConfiguration" => roundtrip::<adm::MutatingWebhookConfiguration>(v),
        "ValidatingWebhookConfiguration" => roundtrip::<adm::ValidatingWebhookConfiguration>(v),
        "ValidatingAdmissionPolicy" => roundtrip::<adm::ValidatingAdmissionPolicy>(v),
        "ValidatingAdmissionPolicyBinding" => roundtrip::<adm::ValidatingAdmissionPolicyBinding>(v),
        other => panic!("{}: kind {other} has no typed check", ident(v)),
    }
}

/// Where two values first differ (numbers compare by value: k8s-openapi stores some as f64).
fn first_difference(a: &Value, b: &Value, path: String) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for k in x.keys().chain(y.keys()) {
                match (x.get(k), y.get(k)) {
                    (Some(p), Some(q)) => first_difference(p, q, format!("{path}.{k}"))?,
                    _ => return Some(format!("{path}.{k} (present on one side only)")),
                };
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(p, q, format!("{path}[{i}]")))
        }
        (Value::Number(x), Value::Number(y)) if x.as_f64() == y.as_f64() => None,
        _ if a == b => None,
        _ => Some(format!("{path}: {a} != {b}")),
    }
}

#[test]
fn every_profile_renders_objects_that_survive_typed_roundtrip() {
    for profile in PROFILES {
        let (code, out, err) = generate(&["--set", &format!("profile={profile}"), "--set", "addons=true"]);
        assert_eq!(code, 0, "{profile}: {err}");
        for d in docs(&out) {
            assert!(d["apiVersion"].is_string() && d["metadata"]["name"].is_string(), "{}", ident(&d));
            if let Some(diff) = first_difference(&typed_roundtrip(&d), &d, String::new()) {
                panic!("{profile}: {} changes in a typed round trip at {diff}", ident(&d));
            }
        }
    }
}

#[test]
fn object_sets_per_profile_match_their_golden_lists() {
    for (name, args) in [
        ("default", vec!["--set", "profile=default"]),
        ("demo", vec!["--set", "profile=demo"]),
        ("minimal", vec!["--set", "profile=minimal"]),
        ("empty", vec!["--set", "profile=empty"]),
        ("demo-addons", vec!["--set", "profile=demo", "--set", "addons=true"]),
        ("canary", vec!["--revision", "canary"]),
    ] {
        let (code, out, err) = generate(&args);
        assert_eq!(code, 0, "{name}: {err}");
        let list: String = docs(&out)
            .iter()
            .map(|d| {
                format!(
                    "{} {}/{}\n",
                    d["kind"].as_str().unwrap(),
                    d["metadata"]["namespace"].as_str().unwrap_or(""),
                    d["metadata"]["name"].as_str().unwrap()
                )
            })
            .collect();
        assert_golden(&format!("manifest/{name}.objects.txt"), &list);
    }
}

#[test]
fn output_is_byte_stable() {
    let a = generate(&["--set", "profile=demo"]).1;
    let b = generate(&["--set", "profile=demo"]).1;
    assert!(!a.is_empty());
    assert_eq!(a, b);
}

#[test]
fn crds_come_first_and_webhooks_last() {
    let d = docs(&generate(&[]).1);
    let kinds: Vec<&str> = d.iter().map(|x| x["kind"].as_str().unwrap()).collect();
    let last_crd = kinds.iter().rposition(|k| *k == "CustomResourceDefinition").unwrap();
    let first_other = kinds.iter().position(|k| *k != "CustomResourceDefinition").unwrap();
    assert!(last_crd < first_other);
    assert!(kinds.last().unwrap().ends_with("WebhookConfiguration"));
}

#[test]
fn settings_reach_the_rendered_objects() {
    let d = docs(&generate(&["--set", "hub=example.com/mesh", "--set", "tag=9.9.9"]).1);
    let istiod = d.iter().find(|x| x["kind"] == "Deployment" && x["metadata"]["name"] == "istiod").unwrap();
    assert_eq!(istiod["spec"]["template"]["spec"]["containers"][0]["image"], "example.com/mesh/pilot:9.9.9");
    let d = docs(&generate(&["--set", "components.egressGateways[0].enabled=true"]).1);
    assert!(d.iter().any(|x| x["kind"] == "Deployment" && x["metadata"]["name"] == "istio-egressgateway"));
    let d = docs(&generate(&["--set", "meshConfig.accessLogFile=/dev/stdout"]).1);
    let cm = d.iter().find(|x| x["kind"] == "ConfigMap" && x["metadata"]["name"] == "istio").unwrap();
    assert!(cm["data"]["mesh"].as_str().unwrap().contains("accessLogFile: /dev/stdout"));
}

/// The `templates` of the rendered `istio-sidecar-injector` ConfigMap's `config`, by name.
fn injector_templates(args: &[&str]) -> serde_json::Map<String, Value> {
    let (code, out, err) = generate(args);
    assert_eq!(code, 0, "{args:?}: {err}");
    let d = docs(&out);
    let cm = d
        .iter()
        .find(|x| x["kind"] == "ConfigMap" && x["metadata"]["name"] == "istio-sidecar-injector")
        .expect("the istio-sidecar-injector ConfigMap");
    let config = docs(cm["data"]["config"].as_str().expect("a `config` string")).remove(0);
    config["templates"].as_object().expect("a `templates` map").clone()
}

#[test]
fn injector_configmap_ships_every_builtin_template_unless_overridden() {
    const BUILTIN: &[&str] = &["sidecar", "gateway", "grpc-simple", "grpc-agent", "kube-gateway"];
    let builtin = injector_templates(&[]);
    for name in BUILTIN {
        let text = builtin.get(*name).and_then(Value::as_str).unwrap_or_default();
        assert!(text.contains("{{"), "template `{name}` is missing or not a Go template: {text:?}");
    }

    // A user's template replaces the built-in one of that name and leaves the others alone,
    // whether it comes from `--set` or from an IstioOperator file.
    let dir = tempfile::tempdir().unwrap();
    let iop = dir.path().join("iop.yaml");
    std::fs::write(
        &iop,
        "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values:\n    sidecarInjectorWebhook:\n      templates:\n        grpc-agent: |\n          metadata:\n            labels:\n              custom: \"yes\"\n",
    )
    .unwrap();
    for (args, replaced, text) in [
        (
            vec!["--set", "values.sidecarInjectorWebhook.templates.gateway=metadata: {}"],
            "gateway",
            "metadata: {}",
        ),
        (vec!["-f", iop.to_str().unwrap()], "grpc-agent", "metadata:\n  labels:\n    custom: \"yes\"\n"),
        (
            vec!["--set", "values.sidecarInjectorWebhook.templates.kube-gateway=kind: ServiceAccount"],
            "kube-gateway",
            "kind: ServiceAccount",
        ),
    ] {
        let templates = injector_templates(&args);
        assert_eq!(templates.len(), BUILTIN.len(), "{args:?}: {:?}", templates.keys());
        for name in BUILTIN {
            let want = if *name == replaced { &Value::String(text.into()) } else { &builtin[*name] };
            assert_eq!(&templates[*name], want, "{args:?}: template `{name}`");
        }
    }
    // Any other name is added next to the built-in ones.
    let templates = injector_templates(&["--set", "values.sidecarInjectorWebhook.templates.custom=spec: {}"]);
    assert_eq!(templates["custom"], "spec: {}");
    assert!(BUILTIN.iter().all(|n| templates[*n] == builtin[*n]));
}

#[test]
fn output_file_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.yaml");
    let (code, out, _) = generate(&["-o", path.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.is_empty());
    assert!(std::fs::read_to_string(path).unwrap().contains("kind: Deployment"));
}

fn expect_failure(args: &[&str], stdin: Option<&str>, code: i32, words: &[&str]) {
    let mut cmd = meshctl();
    cmd.args(["manifest", "generate"]).args(args);
    if let Some(s) = stdin {
        cmd.write_stdin(s);
    }
    let out = cmd.output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
    assert!(out.stdout.is_empty(), "{args:?} wrote to stdout");
    for w in words {
        assert!(err.contains(w), "{args:?}: stderr lacks {w:?}:\n{err}");
    }
    assert!(!err.contains("panicked"), "{args:?} panicked");
}

#[test]
fn bad_inputs_fail_clearly() {
    expect_failure(&["--set", "profile=dmeo"], None, 64, &["unknown profile `dmeo`", "did you mean `demo`"]);
    expect_failure(&["--set", "profile=ambient"], None, 1, &["not supported yet"]);
    expect_failure(
        &["--set", "values.global.proxi.image=x"],
        None,
        64,
        &["values.global.proxi", "values.global.proxy"],
    );
    expect_failure(&["--set", "components.pilot.enabled=yes"], None, 64, &["true or false"]);
    expect_failure(&["--set", "values.pilot.autoscaleMax=many"], None, 64, &["a number"]);
    expect_failure(&["--set", "noequals"], None, 64, &["has no value"]);
    expect_failure(
        &["-f", "-"],
        Some("apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values: [1,\n"),
        1,
        &["<stdin>:", "malformed YAML"],
    );
    expect_failure(
        &["-f", "-"],
        Some("kind: IstioOperator\nspec: {}\n---\nkind: IstioOperator\nspec: {}\n"),
        1,
        &["2 IstioOperators", "only one per file"],
    );
    expect_failure(
        &["-f", "-"],
        Some("kind: IstioOperator\nspec:\n  compnents: {}\n"),
        64,
        &["spec.compnents", "spec.components"],
    );
    expect_failure(&["-f", "/nonexistent/iop.yaml"], None, 1, &["/nonexistent/iop.yaml"]);
    expect_failure(
        &["-f", "https://127.0.0.1:9/iop.yaml"],
        None,
        1,
        &["cannot fetch `https://127.0.0.1:9/iop.yaml`"],
    );
    expect_failure(&["-r", "Not_A_Label"], None, 64, &["invalid revision"]);
}

#[test]
fn profile_list_dump_and_diff() {
    let out = meshctl().args(["profile", "list"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for p in PROFILES {
        assert!(text.contains(&format!("    {p}\n")), "{text}");
    }
    let out = meshctl()
        .args(["profile", "dump", "demo", "-p", "components.egressGateways", "-o", "json"])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["enabled"], true);
    let out = meshctl().args(["profile", "dump", "-o", "flags"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("--set components.pilot.enabled=true\n"));
    let out = meshctl().args(["profile", "diff", "default", "demo"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("+ components.egressGateways[0].enabled=true"));
    let out = meshctl().args(["profile", "diff", "default", "default"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("Profiles are identical"));
}
