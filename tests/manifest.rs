//! `manifest generate` and `profile`: what each profile renders, and every bad input.

use serde::{Serialize, de::DeserializeOwned};
use serde_json::Value;

use crate::support::{assert_golden, meshctl};

const PROFILES: &[&str] = &["ambient", "default", "demo", "minimal", "empty", "preview", "remote", "stable"];

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
        ("ambient", vec!["--set", "profile=ambient"]),
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
    const BUILTIN: &[&str] =
        &["sidecar", "gateway", "grpc-simple", "grpc-agent", "kube-gateway", "waypoint", "agentgateway"];
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
    expect_failure(&["--set", "profile=openshift"], None, 1, &["not supported yet"]);
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

/// The error's message, its lines unwrapped (the report wraps it to the terminal's width).
fn message(stderr: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for line in stderr.lines() {
        let t = line.trim_start();
        if t.starts_with("help:") || t.is_empty() {
            break;
        }
        parts.push(t.trim_start_matches("× ").trim_start_matches("x ").trim_start_matches("| ").trim());
    }
    // A line broken after a hyphen continues the same word.
    let mut text = String::new();
    for p in parts {
        if !text.is_empty() && !text.ends_with('-') {
            text.push(' ');
        }
        text.push_str(p);
    }
    text
}

/// The rendered object of `kind` and `name`.
fn object<'a>(docs: &'a [Value], kind: &str, name: &str) -> &'a Value {
    docs.iter()
        .find(|d| d["kind"] == kind && d["metadata"]["name"] == name)
        .unwrap_or_else(|| panic!("no {kind} {name} rendered"))
}

fn generate_iop(iop: &str, extra: &[&str]) -> Vec<Value> {
    let mut cmd = meshctl();
    cmd.args(["manifest", "generate", "-f", "-"]).args(extra).write_stdin(iop.to_string());
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    docs(&String::from_utf8_lossy(&out.stdout))
}

#[test]
fn k8s_overlays_patch_by_path_select_by_value_and_delete() {
    let d = generate_iop(
        r#"kind: IstioOperator
spec:
  profile: empty
  components:
    base:
      enabled: true
      k8s:
        overlays:
          - kind: ServiceAccount
            name: istio-reader-service-account
            patches:
              - path: automountServiceAccountToken
                value: false
    pilot:
      enabled: true
      k8s:
        overlays:
          - kind: Deployment
            name: istiod
            patches:
              - path: spec.template.spec.containers.[name:discovery].args.[30m]
                value: 60m
              - path: spec.template.spec.containers.[name:discovery].ports.[containerPort:8080].containerPort
                value: 1234
              - path: spec.template.spec.containers.[name:discovery].env.[name:POD_NAMESPACE].valueFrom
                value: |
                  fieldRef:
                    fieldPath: metadata.other
              - path: spec.template.spec.containers.[name:discovery].env.[name:REVISION]
              - path: spec.template.spec.containers.[name:discovery].securityContext
          - kind: MutatingWebhookConfiguration
            name: istio-sidecar-injector
            patches:
              - path: webhooks.[name:namespace\.sidecar-injector\.istio\.io].clientConfig.service.name
                value: foo
"#,
        &[],
    );
    assert_eq!(
        object(&d, "ServiceAccount", "istio-reader-service-account")["automountServiceAccountToken"],
        false
    );
    let c = &object(&d, "Deployment", "istiod")["spec"]["template"]["spec"]["containers"][0];
    assert!(c["args"].as_array().unwrap().contains(&Value::from("60m")), "{}", c["args"]);
    assert!(!c["args"].as_array().unwrap().contains(&Value::from("30m")));
    assert_eq!(c["ports"][0]["containerPort"], 1234);
    let env = c["env"].as_array().unwrap();
    assert!(env.iter().all(|e| e["name"] != "REVISION"));
    let ns = env.iter().find(|e| e["name"] == "POD_NAMESPACE").unwrap();
    assert_eq!(ns["valueFrom"]["fieldRef"]["fieldPath"], "metadata.other");
    assert!(c.get("securityContext").is_none());
    let hooks = &object(&d, "MutatingWebhookConfiguration", "istio-sidecar-injector")["webhooks"];
    let hook = hooks
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["name"] == "namespace.sidecar-injector.istio.io")
        .unwrap();
    assert_eq!(hook["clientConfig"]["service"]["name"], "foo");
}

#[test]
fn overlays_and_k8s_settings_that_would_be_ignored_are_refused() {
    for (iop, first_line) in [
        (
            "kind: IstioOperator\nspec:\n  components:\n    pilot:\n      k8s:\n        overlays:\n          - kind: Deployment\n            name: istiodd\n            patches: []\n",
            "`components.pilot.k8s.overlays[0]`: this component renders no Deployment named `istiodd`",
        ),
        (
            "kind: IstioOperator\nspec:\n  components:\n    pilot:\n      k8s:\n        overlays:\n          - kind: Deployment\n            name: istiod\n            patches:\n              - path: spec.template.spec.containers.[name:nope].image\n",
            "`components.pilot.k8s.overlays[0].patches[0]`: Deployment istiod: `spec.template.spec.containers.[name:nope].image` matches nothing at `spec.template.spec.containers.[name:nope]`",
        ),
        (
            "kind: IstioOperator\nspec:\n  components:\n    pilot:\n      k8s:\n        resourcez: {}\n",
            "unknown setting `components.pilot.k8s.resourcez`",
        ),
        (
            "kind: IstioOperator\nspec:\n  components:\n    base:\n      k8s:\n        resources: {}\n",
            "unknown setting `components.base.k8s.resources`",
        ),
    ] {
        let out = meshctl().args(["manifest", "generate", "-f", "-"]).write_stdin(iop).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(64), "{iop}: {err}");
        assert!(out.stdout.is_empty());
        assert_eq!(message(&err), first_line, "{iop}");
    }
}

#[test]
fn k8s_settings_merge_into_the_rendered_objects_as_upstream() {
    let d = generate_iop(
        r#"kind: IstioOperator
spec:
  profile: empty
  components:
    pilot:
      enabled: true
      k8s:
        env:
          - name: POD_NAME
            valueFrom:
              fieldRef:
                apiVersion: v1
                fieldPath: new.path
          - name: NEW_VAR
            value: new
        readinessProbe:
          initialDelaySeconds: 555
        resources:
          requests:
            memory: 999Mi
        hpaSpec:
          minReplicas: 2
        podDisruptionBudget:
          maxUnavailable: 1
    ingressGateways:
      - name: istio-ingressgateway
        enabled: true
        k8s:
          serviceAnnotations:
            a: b
          securityContext:
            sysctls:
              - name: net.ipv4.ip_local_port_range
                value: "80 65535"
"#,
        &[],
    );
    let c = &object(&d, "Deployment", "istiod")["spec"]["template"]["spec"]["containers"][0];
    let names: Vec<&str> = c["env"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap()).collect();
    // Merged by name; a new variable follows the one the patch lists before it.
    assert_eq!(&names[..5], ["REVISION", "PILOT_CERT_PROVIDER", "POD_NAME", "NEW_VAR", "POD_NAMESPACE"]);
    assert_eq!(
        c["env"][2]["valueFrom"]["fieldRef"],
        serde_json::json!({"apiVersion": "v1", "fieldPath": "new.path"})
    );
    assert_eq!(c["readinessProbe"]["initialDelaySeconds"], 555);
    assert_eq!(c["readinessProbe"]["periodSeconds"], 3, "the rest of the probe stays");
    assert_eq!(c["resources"]["requests"], serde_json::json!({"cpu": "500m", "memory": "999Mi"}));
    assert_eq!(object(&d, "HorizontalPodAutoscaler", "istiod")["spec"]["minReplicas"], 2);
    let pdb = &object(&d, "PodDisruptionBudget", "istiod")["spec"];
    assert_eq!(pdb["maxUnavailable"], 1);
    assert!(pdb["minAvailable"].is_null());
    assert_eq!(object(&d, "Service", "istio-ingressgateway")["metadata"]["annotations"]["a"], "b");
    let sc = &object(&d, "Deployment", "istio-ingressgateway")["spec"]["template"]["spec"]["securityContext"];
    assert_eq!(sc["runAsUser"], 1337, "merged over the rendered securityContext");
    assert_eq!(sc["sysctls"][0]["value"], "80 65535");
}

#[test]
fn cni_and_ztunnel_render_their_node_agents() {
    let (code, out, err) = generate(&["--set", "components.cni.enabled=true"]);
    assert_eq!(code, 0, "{err}");
    let d = docs(&out);
    let ds = object(&d, "DaemonSet", "istio-cni-node");
    assert_eq!(ds["spec"]["template"]["spec"]["containers"][0]["name"], "install-cni");
    object(&d, "ConfigMap", "istio-cni-config");
    object(&d, "ServiceAccount", "istio-cni");
    let d = generate_iop(
        "kind: IstioOperator\nspec:\n  profile: ambient\n  components:\n    ztunnel:\n      k8s:\n        tolerations:\n          - key: example-key\n            operator: Exists\n",
        &[],
    );
    let zt = object(&d, "DaemonSet", "ztunnel");
    assert_eq!(
        zt["spec"]["template"]["spec"]["tolerations"],
        serde_json::json!([{"key": "example-key", "operator": "Exists"}])
    );
    assert!(
        zt["spec"]["template"]["spec"]["containers"][0]["image"].as_str().unwrap().ends_with("-distroless")
    );
    let cni = object(&d, "ConfigMap", "istio-cni-config");
    assert_eq!(cni["data"]["AMBIENT_ENABLED"], "true");
    assert!(d.iter().all(|o| o["metadata"]["name"] != "istio-ingressgateway"));
}

#[test]
fn chart_level_switches_and_unvalidated_values_are_honoured() {
    let (_, out, _) = generate(&["--set", "values.gateways.istio-egressgateway.enabled=true"]);
    object(&docs(&out), "Deployment", "istio-egressgateway");
    let (_, out, _) = generate(&["--set", "values.global.networkPolicy.enabled=true"]);
    let d = docs(&out);
    let np = object(&d, "NetworkPolicy", "istiod");
    assert_eq!(np["spec"]["podSelector"]["matchLabels"]["app"], "istiod");
    let d = generate_iop(
        "kind: IstioOperator\nspec:\n  unvalidatedValues:\n    pilot:\n      env:\n        MY_FLAG: \"on\"\n",
        &[],
    );
    let env = &object(&d, "Deployment", "istiod")["spec"]["template"]["spec"]["containers"][0]["env"];
    assert!(env.as_array().unwrap().iter().any(|e| e["name"] == "MY_FLAG" && e["value"] == "on"), "{env}");
}

#[test]
fn hostile_values_are_refused_with_the_setting_and_what_it_takes() {
    let rev57 = "r".repeat(57);
    let rev_set = format!("revision={rev57}");
    for (args, first_line) in [
        (
            vec!["--set", "components.pilot.k8s.replicaCount=abc"],
            "`components.pilot.k8s.replicaCount` takes a whole number from 0 to 2147483647, not `abc`",
        ),
        (
            vec!["--set", "components.pilot.k8s.replicaCount=-1"],
            "`components.pilot.k8s.replicaCount` takes a whole number from 0 to 2147483647, not `-1`",
        ),
        (
            vec!["--set", "components.pilot.k8s.replicaCount=1.0e+23"],
            "`components.pilot.k8s.replicaCount` takes a whole number from 0 to 2147483647, not `1e+23`",
        ),
        (vec!["--set", "namespace=Bad_NS"], "`namespace` takes a DNS-1123 name, not `Bad_NS`"),
        (vec!["--set", "values.pilot.env=bar"], "`values.pilot.env` takes a map, not `bar`"),
        (
            vec!["--set", "values.global.proxy.resources.requests.memory=lots"],
            "`values.global.proxy.resources.requests.memory` takes a Kubernetes quantity, not `lots`",
        ),
        (
            vec!["--set", "values.global.imagePullPolicy=always"],
            "`values.global.imagePullPolicy` takes one of `Always`, `IfNotPresent`, `Never`, not `always`",
        ),
        (
            vec!["--set", "values.pilot.keepaliveMaxServerConnectionAge=soon"],
            "`values.pilot.keepaliveMaxServerConnectionAge` takes a duration, not `soon`",
        ),
        (
            vec!["--set", rev_set.as_str()],
            &*Box::leak(
                format!(
                    "revision `{rev57}` is too long: it names the Service `istiod-{rev57}`, 64 characters (at most 63)"
                )
                .into_boxed_str(),
            ),
        ),
    ] {
        let out = meshctl().args(["manifest", "generate"]).args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(64), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} rendered something");
        assert_eq!(message(&err), first_line, "{args:?}");
    }
}

#[test]
fn operator_files_with_values_of_the_wrong_shape_are_refused_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let deployment = dir.path().join("d.yaml");
    std::fs::write(
        &deployment,
        "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers: [{name: a, image: nginx}]\n",
    )
    .unwrap();
    for (spec, first) in [
        ("  values: \"str\"\n", "`spec.values` takes a map, not `str`"),
        ("  values: [1]\n", "`spec.values` takes a map, not `[1]`"),
        ("  values:\n    global: \"x\"\n", "`spec.values.global` takes a map, not `x`"),
        ("  components: [1]\n", "`spec.components` takes a map, not `[1]`"),
    ] {
        let iop = dir.path().join("iop.yaml");
        std::fs::write(
            &iop,
            format!("apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n{spec}"),
        )
        .unwrap();
        let iop = iop.to_str().unwrap();
        let want = format!("{iop}: {first}");
        for args in [
            vec!["manifest", "generate", "-f", iop],
            vec!["profile", "dump", "-f", iop],
            vec!["install", "--dry-run", "-f", iop],
            vec!["kube-inject", "-f", deployment.to_str().unwrap(), "--operatorFileName", iop],
        ] {
            let out = meshctl().args(&args).output().unwrap();
            let err = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(64), "{args:?} {spec}: {err}");
            assert!(!err.contains("panicked"), "{args:?}: {err}");
            assert_eq!(message(&err), want, "{args:?}");
        }
    }
}
