//! Revision tags: the objects a tag `T` pointing at revision `R` consists of, the checks made
//! before creating one, and how tags are listed. Pure: the cluster's objects in, objects and
//! messages out; `commands::tag` does the reading and applying.
//!
//! A tag is a MutatingWebhookConfiguration `istio-revision-tag-T` whose webhooks select
//! `istio.io/rev=T` and call the revision's istiod, a Service `istiod-revision-tag-T` selecting
//! that istiod, and for `default` also the cluster-wide validator and the legacy
//! `istio-injection=enabled` / `sidecar.istio.io/inject=true` webhooks.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

pub const LABEL_TAG: &str = "istio.io/tag";
pub const LABEL_REV: &str = "istio.io/rev";
pub const DEFAULT_TAG: &str = "default";

/// Settings of one tag rendering.
#[derive(Debug, Clone)]
pub struct TagSpec {
    pub tag: String,
    pub revision: String,
    pub istio_namespace: String,
    /// `--webhook-name`: overrides the webhook configuration's name.
    pub webhook_name: Option<String>,
    /// `--auto-inject-namespaces`: the default tag also injects unlabelled namespaces.
    pub auto_inject_namespaces: bool,
    /// Keep the installer's ownership labels (install's own default tag); `tag set` drops every
    /// `operator.istio.io` label so the installer never prunes a user's tag.
    pub keep_owner_labels: bool,
}

/// The name of the tag's webhook configuration.
pub fn webhook_name(spec: &TagSpec) -> String {
    if let Some(n) = &spec.webhook_name {
        return n.clone();
    }
    let base = format!("istio-revision-tag-{}", spec.tag);
    if spec.istio_namespace == "istio-system" { base } else { format!("{base}-{}", spec.istio_namespace) }
}

pub fn service_name(tag: &str) -> String {
    format!("istiod-revision-tag-{tag}")
}

fn s(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

/// The first `…sidecar-injector.istio.io` webhook of the revision's own configuration, whose
/// endpoint every tag webhook copies.
pub fn injector_webhook(canonical: &Value) -> Result<&Value, String> {
    canonical["webhooks"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|w| s(&w["name"]).ends_with("sidecar-injector.istio.io"))
        .ok_or_else(|| {
            format!(
                "could not find sidecar-injector webhook in canonical webhook \"{}\"",
                s(&canonical["metadata"]["name"])
            )
        })
}

/// The endpoint of a tag webhook: the canonical webhook's service (in the istio namespace) or
/// URL, with `path` replacing the URL's or service's path when given.
fn client_config(source: &Value, istio_ns: &str, path: Option<&str>) -> Value {
    let cc = &source["clientConfig"];
    let mut out = Map::new();
    if let Some(url) = cc["url"].as_str() {
        let url = match path {
            Some(p) => replace_url_path(url, p),
            None => url.to_string(),
        };
        out.insert("url".into(), json!(url));
    } else {
        let svc = &cc["service"];
        out.insert(
            "service".into(),
            json!({
                "name": s(&svc["name"]),
                "namespace": istio_ns,
                "path": path.map(str::to_string).unwrap_or_else(|| svc["path"].as_str().unwrap_or("/inject").to_string()),
                "port": svc["port"].as_i64().unwrap_or(443),
            }),
        );
    }
    if let Some(ca) = cc["caBundle"].as_str() {
        out.insert("caBundle".into(), json!(ca));
    }
    Value::Object(out)
}

fn replace_url_path(url: &str, path: &str) -> String {
    let after_scheme = url.find("://").map(|i| i + 3).unwrap_or(0);
    match url[after_scheme..].find('/') {
        Some(i) => format!("{}{path}", &url[..after_scheme + i]),
        None => format!("{url}{path}"),
    }
}

fn expr(key: &str, op: &str, values: &[&str]) -> Value {
    if values.is_empty() {
        json!({"key": key, "operator": op})
    } else {
        json!({"key": key, "operator": op, "values": values})
    }
}

fn injection_hook(
    name: &str,
    cc: &Value,
    reinvocation: &str,
    ns_exprs: Vec<Value>,
    obj_exprs: Vec<Value>,
) -> Value {
    json!({
        "name": name,
        "admissionReviewVersions": ["v1"],
        "clientConfig": cc,
        "failurePolicy": "Fail",
        "reinvocationPolicy": reinvocation,
        "sideEffects": "None",
        "rules": [{"apiGroups": [""], "apiVersions": ["v1"], "operations": ["CREATE"], "resources": ["pods"]}],
        "namespaceSelector": {"matchExpressions": ns_exprs},
        "objectSelector": {"matchExpressions": obj_exprs},
    })
}

/// Labels the tag's objects inherit from the canonical configuration.
fn inherited_labels(canonical: &Value, keep_owner: bool) -> Map<String, Value> {
    canonical["metadata"]["labels"]
        .as_object()
        .map(|m| {
            m.iter()
                .filter(|(k, _)| k.as_str() != "app" && (keep_owner || !k.contains("operator.istio.io")))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// The tag's MutatingWebhookConfiguration, from the revision's canonical one.
pub fn mutating_webhook(spec: &TagSpec, canonical: &Value) -> Result<Value, String> {
    let source = injector_webhook(canonical)?;
    let cc = client_config(source, &spec.istio_namespace, None);
    let reinvocation = source["reinvocationPolicy"].as_str().unwrap_or("Never");
    let t = spec.tag.as_str();
    let not_disabled = || expr("sidecar.istio.io/inject", "NotIn", &["false"]);
    let mut hooks = vec![
        injection_hook(
            "rev.namespace.sidecar-injector.istio.io",
            &cc,
            reinvocation,
            vec![expr(LABEL_REV, "In", &[t]), expr("istio-injection", "DoesNotExist", &[])],
            vec![not_disabled()],
        ),
        injection_hook(
            "rev.object.sidecar-injector.istio.io",
            &cc,
            reinvocation,
            vec![expr(LABEL_REV, "DoesNotExist", &[]), expr("istio-injection", "DoesNotExist", &[])],
            vec![not_disabled(), expr(LABEL_REV, "In", &[t])],
        ),
    ];
    if t == DEFAULT_TAG {
        hooks.push(injection_hook(
            "namespace.sidecar-injector.istio.io",
            &cc,
            reinvocation,
            vec![expr("istio-injection", "In", &["enabled"])],
            vec![not_disabled()],
        ));
        hooks.push(injection_hook(
            "object.sidecar-injector.istio.io",
            &cc,
            reinvocation,
            vec![expr("istio-injection", "DoesNotExist", &[]), expr(LABEL_REV, "DoesNotExist", &[])],
            vec![expr("sidecar.istio.io/inject", "In", &["true"]), expr(LABEL_REV, "DoesNotExist", &[])],
        ));
        if spec.auto_inject_namespaces {
            hooks.push(injection_hook(
                "auto.sidecar-injector.istio.io",
                &cc,
                reinvocation,
                vec![
                    expr("istio-injection", "DoesNotExist", &[]),
                    expr(LABEL_REV, "DoesNotExist", &[]),
                    expr("kubernetes.io/metadata.name", "NotIn", crate::injector::IGNORED_NAMESPACES),
                ],
                vec![
                    expr("sidecar.istio.io/inject", "DoesNotExist", &[]),
                    expr(LABEL_REV, "DoesNotExist", &[]),
                ],
            ));
        }
    }
    let mut labels = inherited_labels(canonical, spec.keep_owner_labels);
    labels.insert(LABEL_TAG.into(), json!(t));
    labels.insert(LABEL_REV.into(), json!(spec.revision));
    labels.insert("app".into(), json!("sidecar-injector"));
    labels.insert("app.kubernetes.io/name".into(), json!("istiod"));
    let mut metadata = json!({"name": webhook_name(spec), "labels": labels});
    if let Some(a) = canonical["metadata"]["annotations"].as_object().filter(|a| !a.is_empty()) {
        metadata["annotations"] = json!(a);
    }
    Ok(json!({
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "MutatingWebhookConfiguration",
        "metadata": metadata,
        "webhooks": hooks,
    }))
}

/// The cluster-wide validator the default tag points at its revision. `istiod_manages` (the
/// live validator already fails closed, so istiod patches it) leaves the failure policy unset.
pub fn validating_webhook(spec: &TagSpec, canonical: &Value, istiod_manages: bool) -> Result<Value, String> {
    let source = injector_webhook(canonical)?;
    let cc = client_config(source, &spec.istio_namespace, Some("/validate"));
    let mut hook = json!({
        "name": "validation.istio.io",
        "admissionReviewVersions": ["v1"],
        "clientConfig": cc,
        "sideEffects": "None",
        "rules": [{
            "operations": ["CREATE", "UPDATE"],
            "apiGroups": ["security.istio.io", "networking.istio.io", "telemetry.istio.io", "extensions.istio.io"],
            "apiVersions": ["*"],
            "resources": ["*"],
        }],
        "objectSelector": {"matchExpressions": [expr(LABEL_REV, "DoesNotExist", &[])]},
    });
    if !istiod_manages {
        hook["failurePolicy"] = json!("Ignore");
    }
    let mut labels = Map::new();
    if spec.keep_owner_labels {
        labels = inherited_labels(canonical, true);
    }
    labels.insert(LABEL_REV.into(), json!(spec.revision));
    labels.insert(LABEL_TAG.into(), json!(spec.tag));
    labels.insert("app".into(), json!("istiod"));
    labels.insert("istio".into(), json!("istiod"));
    Ok(json!({
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "ValidatingWebhookConfiguration",
        "metadata": {"name": "istiod-default-validator", "labels": labels},
        "webhooks": [hook],
    }))
}

/// The tag's Service, selecting the revision's istiod pods.
pub fn service(spec: &TagSpec) -> Value {
    let mut selector = json!({"app": "istiod"});
    if spec.revision.is_empty() {
        selector["istio"] = json!("pilot");
    } else {
        selector[LABEL_REV] = json!(spec.revision);
    }
    json!({
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {
            "name": service_name(&spec.tag),
            "namespace": spec.istio_namespace,
            "labels": {
                LABEL_REV: spec.revision,
                LABEL_TAG: spec.tag,
                "app": "istiod",
                "istio": "pilot",
                "app.kubernetes.io/name": "istiod",
            },
        },
        "spec": {
            "ports": [
                {"name": "grpc-xds", "port": 15010, "protocol": "TCP"},
                {"name": "https-dns", "port": 15012, "protocol": "TCP"},
                {"name": "https-webhook", "port": 443, "targetPort": 15017, "protocol": "TCP"},
                {"name": "http-monitoring", "port": 15014, "protocol": "TCP"},
            ],
            "selector": selector,
        },
    })
}

/// What the cluster holds that the checks look at (already filtered by the caller's selectors).
#[derive(Debug, Default)]
pub struct TagState {
    /// Services `istio.io/rev=T,!istio.io/tag,app=istiod` and MWCs `istio.io/rev=T,!istio.io/tag`:
    /// a control plane revision named like the tag.
    pub revisions_named_like_tag: usize,
    /// Services `istio.io/rev=R,!istio.io/tag,app=istiod` in the istio namespace.
    pub canonical_services: usize,
    /// MWCs `istio.io/rev=R,!istio.io/tag`.
    pub canonical_webhooks: Vec<Value>,
    /// MWCs or Services already labelled `istio.io/tag=T`.
    pub existing_tag_objects: usize,
}

/// The checks made before a tag is generated or set, in upstream's order; on success the
/// canonical webhook configuration to copy from.
pub fn check<'a>(
    spec: &TagSpec,
    state: &'a TagState,
    generate_only: bool,
    overwrite: bool,
) -> Result<&'a Value, String> {
    let (t, r) = (&spec.tag, &spec.revision);
    if !generate_only && !overwrite && t != DEFAULT_TAG && state.revisions_named_like_tag > 0 {
        return Err(format!(
            "cannot create revision tag \"{t}\": found existing control plane revision with same name"
        ));
    }
    if state.canonical_services > 1 {
        return Err(format!(
            "cannot modify tag: found multiple canonical services with revision \"{r}\" in namespace \"{}\"",
            spec.istio_namespace
        ));
    }
    if state.canonical_webhooks.is_empty() {
        // istioctl indexes an empty list when only a Service exists (and crashes); meshctl says
        // what is missing instead.
        return Err(format!(
            "cannot modify tag: cannot find MutatingWebhookConfiguration or Service with revision \"{r}\""
        ));
    }
    if state.canonical_webhooks.len() > 1 {
        return Err(format!(
            "cannot modify tag: found multiple canonical webhooks or services with revision \"{r}\""
        ));
    }
    if !overwrite && state.existing_tag_objects > 0 {
        return Err(format!("revision tag \"{t}\" already exists, and --overwrite is false"));
    }
    let canonical = &state.canonical_webhooks[0];
    injector_webhook(canonical)?;
    Ok(canonical)
}

/// The webhook configuration with every webhook switched off (both selectors never match):
/// what `tag set default` does to the default revision's own injector.
pub fn deactivated(mwc: &Value) -> Value {
    let mut out = mwc.clone();
    let never = json!({"matchLabels": {crate::webhook_match::DEACTIVATED_KEY: crate::webhook_match::DEACTIVATED_VALUE}});
    if let Some(hooks) = out["webhooks"].as_array_mut() {
        for h in hooks {
            h["namespaceSelector"] = never.clone();
            h["objectSelector"] = never.clone();
        }
    }
    out
}

/// One row of `tag list`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct TagRow {
    pub tag: String,
    pub revision: String,
    pub namespaces: Vec<String>,
}

/// Tags and untagged revisions from the MWCs and istio-namespace Services labelled
/// `istio.io/rev`, each with the namespaces labelled `istio.io/rev=<tag>`; sorted by revision,
/// then tag. A revision some tag points at is not listed again on its own.
pub fn list(mwcs: &[Value], services: &[Value], namespaces: &[Value]) -> Vec<TagRow> {
    let mut pairs: BTreeMap<(String, String), ()> = BTreeMap::new();
    for o in mwcs.iter().chain(services) {
        let labels = &o["metadata"]["labels"];
        let Some(rev) = labels[LABEL_REV].as_str() else { continue };
        pairs.insert((rev.to_string(), s(&labels[LABEL_TAG]).to_string()), ());
    }
    let tagged: Vec<String> = pairs.keys().filter(|(_, t)| !t.is_empty()).map(|(r, _)| r.clone()).collect();
    pairs
        .into_keys()
        .filter(|(r, t)| !t.is_empty() || !tagged.contains(r))
        .map(|(revision, tag)| {
            let namespaces = if tag.is_empty() {
                Vec::new()
            } else {
                let mut n: Vec<String> = namespaces
                    .iter()
                    .filter(|ns| ns["metadata"]["labels"][LABEL_REV].as_str() == Some(tag.as_str()))
                    .map(|ns| s(&ns["metadata"]["name"]).to_string())
                    .collect();
                n.sort();
                n
            };
            TagRow { tag, revision, namespaces }
        })
        .collect()
}

/// Pairs (configuration, webhook) of `others` that would inject some pod the new configuration's
/// webhooks also inject (IST0139). Selectors are compared by trying every assignment of the
/// values they mention (plus absent and an unmentioned value) to the keys they mention.
pub fn overlapping(new: &Value, others: &[Value]) -> Vec<(String, String)> {
    let hooks = |m: &Value| m["webhooks"].as_array().cloned().unwrap_or_default();
    let mut out = Vec::new();
    for other in others {
        for theirs in hooks(other) {
            // A switched-off webhook matches only a label no object carries.
            if crate::webhook_match::is_deactivated(&theirs) {
                continue;
            }
            let hit = hooks(new).iter().any(|ours| {
                intersect(&ours["namespaceSelector"], &theirs["namespaceSelector"])
                    && intersect(&ours["objectSelector"], &theirs["objectSelector"])
            });
            if hit {
                out.push((s(&other["metadata"]["name"]).to_string(), s(&theirs["name"]).to_string()));
            }
        }
    }
    out
}

/// Whether some set of labels is selected by both selectors.
fn intersect(a: &Value, b: &Value) -> bool {
    use crate::webhook_match::{Labels, selects};
    let mut keys: BTreeMap<String, Vec<Option<String>>> = BTreeMap::new();
    for sel in [a, b] {
        for (k, v) in sel["matchLabels"].as_object().into_iter().flatten() {
            keys.entry(k.clone()).or_default().push(v.as_str().map(str::to_string));
        }
        for e in sel["matchExpressions"].as_array().into_iter().flatten() {
            let entry = keys.entry(s(&e["key"]).to_string()).or_default();
            for v in e["values"].as_array().into_iter().flatten() {
                entry.push(v.as_str().map(str::to_string));
            }
        }
    }
    let domains: Vec<(String, Vec<Option<String>>)> = keys
        .into_iter()
        .map(|(k, mut vals)| {
            vals.push(None);
            vals.push(Some("\u{0}unmentioned".to_string()));
            vals.sort();
            vals.dedup();
            (k, vals)
        })
        .collect();
    let total: usize = domains.iter().map(|(_, v)| v.len()).product();
    // Selectors mention a handful of keys; a pathological one is assumed to overlap.
    if total > 1 << 16 {
        return true;
    }
    (0..total).any(|mut i| {
        let mut labels = Labels::new();
        for (k, vals) in &domains {
            if let Some(v) = &vals[i % vals.len()] {
                labels.insert(k.clone(), v.clone());
            }
            i /= vals.len();
        }
        selects(a, &labels) == Some(true) && selects(b, &labels) == Some(true)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selectors_intersect_only_when_some_labels_satisfy_both() {
        let a = json!({"matchExpressions": [expr("istio.io/rev", "In", &["prod"])]});
        let b = json!({"matchExpressions": [expr("istio.io/rev", "In", &["canary"])]});
        let c = json!({"matchExpressions": [expr("istio.io/rev", "DoesNotExist", &[])]});
        let d = json!({"matchLabels": {"istio.io/deactivated": "never-match"}});
        assert!(!intersect(&a, &b));
        assert!(!intersect(&a, &c));
        assert!(intersect(&a, &Value::Null));
        assert!(intersect(&c, &d));
        assert!(intersect(&a, &json!({"matchExpressions": [expr("istio.io/rev", "NotIn", &["canary"])]})));
    }

    #[test]
    fn url_paths_are_replaced() {
        assert_eq!(
            replace_url_path("https://h.com/inject/cluster/c1", "/validate"),
            "https://h.com/validate"
        );
        assert_eq!(replace_url_path("https://h.com", "/validate"), "https://h.com/validate");
    }
}
