//! `injector list`'s view of the mesh: which revision injects each namespace, which revisions
//! its running pods carry (and which of them need a restart), and which namespaces each
//! injection hook serves with which sidecar image. Pure: objects in, rows out.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::webhook_match::{labels_of, selects};

/// Namespaces never injected, whatever their labels.
pub const IGNORED_NAMESPACES: &[&str] =
    &["kube-system", "kube-public", "kube-node-lease", "local-path-storage"];

/// The webhooks that inject a whole namespace (the others select pods).
const NAMESPACE_HOOKS: &[&str] =
    &["rev.namespace.sidecar-injector.istio.io", "namespace.sidecar-injector.istio.io"];

fn name(o: &Value) -> &str {
    o["metadata"]["name"].as_str().unwrap_or_default()
}

fn label<'a>(o: &'a Value, key: &str) -> Option<&'a str> {
    o["metadata"]["labels"][key].as_str()
}

/// The namespaces to report: not system ones, not the istio namespace, not ambient ones
/// (unless they also ask for sidecars), sorted by name.
pub fn namespaces(all: &[Value], istio_ns: &str) -> Vec<Value> {
    let mut out: Vec<Value> = all
        .iter()
        .filter(|n| !IGNORED_NAMESPACES.contains(&name(n)) && name(n) != istio_ns)
        .filter(|n| {
            label(n, "istio.io/dataplane-mode") != Some("ambient")
                || label(n, "istio-injection") == Some("enabled")
                || label(n, "istio.io/rev").is_some_and(|r| !r.is_empty())
        })
        .cloned()
        .collect();
    out.sort_by(|a, b| name(a).cmp(name(b)));
    out
}

/// The revision a pod was injected by: its `istio.io/rev` annotation, else the revision in its
/// `sidecar.istio.io/status` annotation; empty for a pod without a sidecar. (The `istio.io/rev`
/// label says what the pod asks for, not what it got, so it is not read.)
pub fn pod_revision(pod: &Value) -> String {
    let ann = &pod["metadata"]["annotations"];
    if let Some(r) = ann["istio.io/rev"].as_str() {
        return r.to_string();
    }
    ann["sidecar.istio.io/status"]
        .as_str()
        .and_then(|s| serde_json::from_str::<Value>(s).ok())
        .and_then(|v| v["revision"].as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Whether a pod opted out of injection (`sidecar.istio.io/inject: false`, the label before
/// the annotation, case-insensitive).
pub fn injection_disabled(pod: &Value) -> bool {
    let key = "sidecar.istio.io/inject";
    let v = pod["metadata"]["labels"][key].as_str().or_else(|| pod["metadata"]["annotations"][key].as_str());
    v.is_some_and(|v| v.eq_ignore_ascii_case("false"))
}

fn injects_namespace(hook: &Value, ns: &Value) -> bool {
    let labels = labels_of(&ns["metadata"]["labels"]);
    hook["webhooks"].as_array().into_iter().flatten().any(|w| {
        w["name"].as_str().is_some_and(|n| NAMESPACE_HOOKS.contains(&n))
            && selects(&w["namespaceSelector"], &labels) == Some(true)
    })
}

/// The revision injecting a namespace that asks for injection; `MISSING/…` when no hook
/// serves what it asks for; empty when it does not ask.
pub fn namespace_revision(ns: &Value, hooks: &[Value]) -> String {
    let rev = label(ns, "istio.io/rev");
    let injection = label(ns, "istio-injection");
    if rev.is_none() && injection != Some("enabled") {
        return String::new();
    }
    if let Some(h) = hooks.iter().find(|h| injects_namespace(h, ns)) {
        return label(h, "istio.io/rev").unwrap_or_default().to_string();
    }
    match rev {
        Some(r) => format!("MISSING/{r}"),
        None => "MISSING/istio-injection".to_string(),
    }
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub pods: usize,
    pub disabled: usize,
    pub needs_restart: usize,
}

/// Pods per injected revision (`<non-Istio>` for pods without a sidecar); a pod that is not on
/// the namespace's revision and did not opt out needs a restart. In a namespace nothing injects
/// (`expected` empty) a restart changes nothing — a sidecar added by hand stays in the pod
/// template — so none is suggested there (istioctl says NEEDS RESTART for every such pod).
pub fn pod_counts(pods: &[&Value], expected: &str) -> BTreeMap<String, Counts> {
    let mut out: BTreeMap<String, Counts> = BTreeMap::new();
    for p in pods {
        let rev = pod_revision(p);
        let c = out.entry(if rev.is_empty() { "<non-Istio>".to_string() } else { rev.clone() }).or_default();
        c.pods += 1;
        if injection_disabled(p) {
            c.disabled += 1;
        } else if !expected.is_empty() && rev != expected {
            c.needs_restart += 1;
        }
    }
    out
}

fn render_counts(rev: &str, c: Counts) -> String {
    let mut s = format!("{rev}: {}", c.pods);
    if c.disabled > 0 {
        s.push_str(&format!(" (injection disabled: {})", c.disabled));
    }
    if c.needs_restart > 0 {
        s.push_str(&format!(" NEEDS RESTART: {}", c.needs_restart));
    }
    s
}

/// Rows of the namespace table: NAMESPACE, ISTIO-REVISION, POD-REVISIONS (one row per pod
/// revision, in revision order).
pub fn namespace_rows(namespaces: &[Value], hooks: &[Value], pods: &[Value]) -> Vec<[String; 3]> {
    let mut rows = Vec::new();
    for ns in namespaces {
        let rev = namespace_revision(ns, hooks);
        let here: Vec<&Value> =
            pods.iter().filter(|p| p["metadata"]["namespace"].as_str() == Some(name(ns))).collect();
        let counts = pod_counts(&here, &rev);
        if counts.is_empty() {
            rows.push([name(ns).to_string(), rev.clone(), "<no pods>".to_string()]);
        }
        for (pod_rev, c) in counts {
            rows.push([name(ns).to_string(), rev.clone(), render_counts(&pod_rev, c)]);
        }
    }
    rows
}

/// Sidecar images by revision, from the injector ConfigMaps' `values`.
pub fn images(configmaps: &[Value]) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for cm in configmaps {
        let (Some(rev), Some(values)) = (label(cm, "istio.io/rev"), cm["data"]["values"].as_str()) else {
            continue;
        };
        let Ok(v) = serde_json::from_str::<Value>(values) else { continue };
        let g = &v["global"];
        let image = g["proxy"]["image"].as_str().unwrap_or_default();
        let full = if image.contains('/') {
            image.to_string()
        } else {
            format!(
                "{}/{image}:{}",
                g["hub"].as_str().unwrap_or_default(),
                g["tag"].as_str().unwrap_or_default()
            )
        };
        out.insert(rev.to_string(), full);
    }
    out
}

/// Rows of the hook table: NAMESPACES, INJECTOR-HOOK, ISTIO-REVISION, SIDECAR-IMAGE, hooks in
/// name order, one row per namespace a hook injects (or `DOES NOT AUTOINJECT`).
pub fn hook_rows(
    hooks: &[Value],
    namespaces: &[Value],
    images: &BTreeMap<String, String>,
) -> Vec<[String; 4]> {
    let mut sorted: Vec<&Value> = hooks.iter().collect();
    sorted.sort_by(|a, b| name(a).cmp(name(b)));
    let mut rows = Vec::new();
    for h in sorted {
        let rev = label(h, "istio.io/rev").unwrap_or_default().to_string();
        let image = images.get(&rev).cloned().unwrap_or_default();
        let served: Vec<&Value> = namespaces.iter().filter(|ns| injects_namespace(h, ns)).collect();
        if served.is_empty() {
            rows.push(["DOES NOT AUTOINJECT".to_string(), name(h).to_string(), rev.clone(), image.clone()]);
        }
        for ns in served {
            rows.push([name(ns).to_string(), name(h).to_string(), rev.clone(), image.clone()]);
        }
    }
    rows
}
