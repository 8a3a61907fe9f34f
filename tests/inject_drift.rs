//! Drift between the two sidecar templates: kube-inject's, in Rust (`src/inject/template.rs`),
//! and the Go template meshctl installs for istiod (`manifests/istiod/sidecar-template.gotmpl`,
//! shipped in the injector ConfigMap).
//!
//! No Go template engine runs here, so this compares a structured extraction rather than
//! renders. From the Go text it takes every fact written as a literal: the sidecar containers'
//! names, the proxy's and init container's env names (and the values written literally), the
//! volume mounts (name and, when literal, path), the volumes' names, the ports and the literal
//! arguments. From kube-inject it takes the same facts from the sidecar containers and volumes
//! it writes across a matrix of settings and annotations chosen to take every branch of the
//! template. What it covers: a name, path, port, argument or literal value one side can write
//! and the other never does. What it does not: whether both write it for the same inputs (the
//! conditions), and values the Go template computes.
//!
//! The differences known today are listed in `KNOWN`; the test fails when a new one appears and
//! when a listed one goes away, so the list stays true.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;

use crate::support::meshctl;

/// Known differences, each `only in go: FACT` or `only in rust: FACT`, with why.
const KNOWN: &[(&str, &str)] = &[
    ("only in go: env COMPLIANCE_POLICY", "kube-inject has no compliance policy setting"),
    ("only in go: env GODEBUG", "set with COMPLIANCE_POLICY=fips-140-3"),
    ("only in go: value GODEBUG=fips140=only", "set with COMPLIANCE_POLICY=fips-140-3"),
    (
        "only in go: env OTEL_RESOURCE_ATTRIBUTES",
        "kube-inject does not compute OpenTelemetry resource attributes",
    ),
    ("only in go: mount lightstep-certs", "kube-inject does not mount the lightstep CA"),
    ("only in go: volume lightstep-certs", "kube-inject does not mount the lightstep CA"),
];

const SIDECARS: &[&str] = &["istio-proxy", "istio-init", "istio-validation"];

/// Names that come from the test's own inputs or from the injector's code after the template
/// (`inject::names::POST_INJECTION_ENV`), not from either template.
const FROM_INPUTS: &[&str] = &["env DD_ENV", "mount extra", "volume extra"];

fn go_facts() -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("manifests/istiod/sidecar-template.gotmpl");
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut facts = BTreeSet::new();
    for name in SIDECARS {
        if text.contains(name) {
            facts.insert(format!("container {name}"));
        }
    }
    for (i, line) in lines.iter().enumerate() {
        let next = lines.get(i + 1).copied().unwrap_or_default();
        if let Some(name) = line.strip_prefix("- name: ").filter(|n| !n.contains("{{") && !n.contains('"')) {
            if name.starts_with(|c: char| c.is_ascii_uppercase()) {
                facts.insert(format!("env {name}"));
                if let Some(v) =
                    next.strip_prefix("value: ").filter(|v| !v.contains("{{") && !v.starts_with('|'))
                {
                    facts.insert(format!("value {name}={}", v.trim_matches('"')));
                }
            } else if let Some(p) = next.strip_prefix("mountPath: ") {
                facts.insert(format!("mount {name}"));
                if !p.contains("{{") {
                    facts.insert(format!("mount {name} {p}"));
                }
            } else if !SIDECARS.contains(&name) {
                facts.insert(format!("volume {name}"));
            }
        } else if let Some(port) = line.strip_prefix("- containerPort: ") {
            let name = lines[i + 1..i + 4].iter().find_map(|l| l.strip_prefix("name: ")).unwrap();
            facts.insert(format!("port {port} {name}"));
        } else if let Some(arg) = line.strip_prefix("- ").map(|a| a.trim_matches('"'))
            && (arg.starts_with('-') || ["proxy", "sidecar", "istio-iptables"].contains(&arg))
            && !arg.contains(['{', ' ', ':'])
        {
            facts.insert(format!("arg {arg}"));
        }
    }
    facts
}

/// The settings that together take the template's branches: CNI, GKE certificates, mTLS
/// certificate mounts, JSON logs, TPROXY, native and classic sidecars, the datadog and lightstep
/// tracers, localhost inbound policy, network, mesh ID, trust domain, forced iptables and
/// nftables, and the Go template's literal pod annotations (set in the input).
const MATRIX: &[&[&str]] = &[
    &[],
    &["--set", "values.pilot.cni.enabled=true"],
    &[
        "--set",
        "values.global.caName=GkeWorkloadCertificate",
        "--set",
        "values.global.mountMtlsCerts=true",
        "--set",
        "values.global.logAsJson=true",
    ],
    &["--set", "meshConfig.defaultConfig.interceptionMode=TPROXY"],
    &["--native-sidecars=true"],
    &["--native-sidecars=false"],
    &["--set", "values.global.proxy.tracer=datadog"],
    &["--set", "values.global.proxy.tracer=lightstep", "--meshConfigFile", "{dir}/lightstep-mesh.yaml"],
    &[
        "--set",
        "meshConfig.inboundTrafficPolicy.mode=localhost",
        "--set",
        "values.global.network=n1",
        "--set",
        "values.global.meshID=m1",
    ],
    &["--set", "meshConfig.trustDomain=td"],
    &[
        "--set",
        "values.global.proxy_init.forceApplyIptables=true",
        "--set",
        "values.global.nativeNftables=true",
    ],
];

fn rust_facts() -> BTreeSet<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/inject/drift");
    let mut facts = BTreeSet::new();
    for settings in MATRIX {
        let mut cmd = meshctl();
        cmd.args(["kube-inject", "--offline", "-f"]).arg(dir.join("deployment.yaml"));
        for s in *settings {
            cmd.arg(s.replace("{dir}", &dir.to_string_lossy()));
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{settings:?}: {}", String::from_utf8_lossy(&out.stderr));
        let docs = meshctl::resource::parse_all(&String::from_utf8(out.stdout).unwrap()).unwrap();
        let spec = &docs[0].1["spec"]["template"]["spec"];
        let list = |v: &Value| v.as_array().cloned().unwrap_or_default();
        for c in list(&spec["containers"]).into_iter().chain(list(&spec["initContainers"])) {
            let name = c["name"].as_str().unwrap();
            if !SIDECARS.contains(&name) {
                continue;
            }
            facts.insert(format!("container {name}"));
            for e in list(&c["env"]) {
                let name = e["name"].as_str().unwrap();
                facts.insert(format!("env {name}"));
                if let Some(v) = e["value"].as_str() {
                    facts.insert(format!("value {name}={v}"));
                }
            }
            for m in list(&c["volumeMounts"]) {
                facts.insert(format!("mount {}", m["name"].as_str().unwrap()));
                facts.insert(format!(
                    "mount {} {}",
                    m["name"].as_str().unwrap(),
                    m["mountPath"].as_str().unwrap()
                ));
            }
            for p in list(&c["ports"]) {
                facts.insert(format!("port {} {}", p["containerPort"], p["name"].as_str().unwrap()));
            }
            for a in list(&c["args"]) {
                facts.insert(format!("arg {}", a.as_str().unwrap()));
            }
        }
        for v in list(&spec["volumes"]) {
            facts.insert(format!("volume {}", v["name"].as_str().unwrap()));
        }
    }
    facts
}

#[test]
fn kube_injects_sidecar_and_istiods_go_template_write_the_same_names_paths_ports_and_arguments() {
    let go = go_facts();
    let rust = rust_facts();
    assert!(go.len() > 60 && rust.len() > 60, "the extraction found too little: {go:?} {rust:?}");
    let post_injection: Vec<String> =
        meshctl::inject::names::POST_INJECTION_ENV.iter().map(|n| format!("env {n}")).collect();
    let mut found: BTreeSet<String> = go.difference(&rust).map(|f| format!("only in go: {f}")).collect();
    // kube-inject writes computed values the Go text cannot show literally: only the kinds of
    // fact the Go template always writes literally count this way.
    for f in rust.difference(&go) {
        let literal_kind = ["container ", "env ", "volume ", "port "].iter().any(|k| f.starts_with(k))
            || (f.starts_with("mount ") && f.matches(' ').count() == 1);
        if literal_kind && !FROM_INPUTS.contains(&f.as_str()) && !post_injection.contains(f) {
            found.insert(format!("only in rust: {f}"));
        }
    }
    let known: BTreeSet<String> = KNOWN.iter().map(|(f, _)| f.to_string()).collect();
    let new: Vec<&String> = found.difference(&known).collect();
    let gone: Vec<&String> = known.difference(&found).collect();
    assert!(
        new.is_empty() && gone.is_empty(),
        "the sidecar templates drifted apart:\n  new differences: {new:#?}\n  known differences no longer found (remove them from KNOWN): {gone:#?}"
    );
}
