//! Which injection webhook would fire for a pod, and why: label selectors evaluated exactly as
//! the API server evaluates a webhook's `namespaceSelector` and `objectSelector`, and the
//! explanation `check-inject` gives for each MutatingWebhookConfiguration. Pure: objects in,
//! verdicts out.

use std::collections::BTreeMap;

use serde_json::Value;

/// Labels of a namespace or a pod.
pub type Labels = BTreeMap<String, String>;

/// The selector meshctl and istioctl write to switch a webhook off without deleting it.
pub const DEACTIVATED_KEY: &str = "istio.io/deactivated";
pub const DEACTIVATED_VALUE: &str = "never-match";

/// Reads `metadata.labels` (or any string map) into [`Labels`].
pub fn labels_of(map: &Value) -> Labels {
    map.as_object()
        .map(|m| m.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect())
        .unwrap_or_default()
}

/// One `matchExpressions` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Requirement {
    pub key: String,
    pub operator: String,
    pub values: Vec<String>,
}

fn requirements(selector: &Value) -> Vec<Requirement> {
    selector["matchExpressions"]
        .as_array()
        .map(|exprs| {
            exprs
                .iter()
                .map(|e| Requirement {
                    key: e["key"].as_str().unwrap_or_default().to_string(),
                    operator: e["operator"].as_str().unwrap_or_default().to_string(),
                    values: e["values"]
                        .as_array()
                        .map(|v| v.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
                        .unwrap_or_default(),
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Whether a `LabelSelector` selects `labels`, as the API server decides it: an absent or empty
/// selector selects everything; `matchLabels` and every expression must all hold. `None` when
/// the selector is invalid (an unknown operator, `In`/`NotIn` without values, `Exists` with
/// values): the API server refuses such a webhook, so it never matches anything.
pub fn selects(selector: &Value, labels: &Labels) -> Option<bool> {
    if selector.is_null() {
        return Some(true);
    }
    let mut ok = true;
    if let Some(m) = selector["matchLabels"].as_object() {
        for (k, v) in m {
            ok &= labels.get(k).map(String::as_str) == v.as_str();
        }
    }
    for r in requirements(selector) {
        let value = labels.get(&r.key);
        ok &= match r.operator.as_str() {
            "In" if !r.values.is_empty() => value.is_some_and(|v| r.values.contains(v)),
            "NotIn" if !r.values.is_empty() => value.is_none_or(|v| !r.values.contains(v)),
            "Exists" if r.values.is_empty() => value.is_some(),
            "DoesNotExist" if r.values.is_empty() => value.is_none(),
            _ => return None,
        };
    }
    Some(ok)
}

/// Whether a webhook's two selectors let the server call it for this pod in this namespace.
pub fn webhook_fires(webhook: &Value, ns_labels: &Labels, pod_labels: &Labels) -> bool {
    selects(&webhook["namespaceSelector"], ns_labels) == Some(true)
        && selects(&webhook["objectSelector"], pod_labels) == Some(true)
}

/// A MutatingWebhookConfiguration belongs to Istio when any of its webhooks is named `…istio.io`.
pub fn is_istio_webhook(mwc: &Value) -> bool {
    hooks(mwc).iter().any(|w| w["name"].as_str().is_some_and(|n| n.ends_with("istio.io")))
}

fn hooks(mwc: &Value) -> Vec<Value> {
    mwc["webhooks"].as_array().cloned().unwrap_or_default()
}

/// The verdict for one MutatingWebhookConfiguration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verdict {
    pub name: String,
    pub revision: String,
    pub injected: bool,
    pub reason: String,
}

/// Evaluates every Istio MutatingWebhookConfiguration for a pod, sorted by name.
pub fn analyze(mwcs: &[Value], pod_labels: &Labels, ns_labels: &Labels) -> Vec<Verdict> {
    let mut out: Vec<Verdict> = mwcs
        .iter()
        .filter(|m| is_istio_webhook(m))
        .map(|m| {
            let (injected, reason) = explain(&hooks(m), pod_labels, ns_labels);
            Verdict {
                name: m["metadata"]["name"].as_str().unwrap_or_default().to_string(),
                revision: m["metadata"]["labels"]["istio.io/rev"].as_str().unwrap_or_default().to_string(),
                injected,
                reason,
            }
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// The first label of `labels` that an `In`/`NotIn` expression of `selector` looks at.
fn deciding_label(selector: &Value, labels: &Labels) -> Option<(String, String)> {
    requirements(selector)
        .into_iter()
        .filter(|r| r.operator == "In" || r.operator == "NotIn")
        .find_map(|r| labels.get(&r.key).map(|v| (r.key, v.clone())))
}

/// The first pod label an object selector excludes the pod for (`DoesNotExist` on a label the
/// pod has, or `NotIn` a value the pod has).
fn blocking_label(selector: &Value, labels: &Labels) -> Option<(String, String)> {
    requirements(selector).into_iter().find_map(|r| {
        let v = labels.get(&r.key)?;
        match r.operator.as_str() {
            "DoesNotExist" => Some((r.key, v.clone())),
            "NotIn" if r.values.contains(v) => Some((r.key, v.clone())),
            _ => None,
        }
    })
}

/// Whether a webhook was switched off (both selectors are the never-matching one).
pub fn is_deactivated(webhook: &Value) -> bool {
    let never = |s: &Value| {
        s["matchLabels"].as_object().is_some_and(|m| {
            m.len() == 1 && m.get(DEACTIVATED_KEY).and_then(Value::as_str) == Some(DEACTIVATED_VALUE)
        }) && requirements(s).is_empty()
    };
    never(&webhook["namespaceSelector"]) && never(&webhook["objectSelector"])
}

/// Walks the webhooks in order; the first that explains itself decides.
fn explain(webhooks: &[Value], pod: &Labels, ns: &Labels) -> (bool, String) {
    for wh in webhooks {
        let (ns_sel, obj_sel) = (&wh["namespaceSelector"], &wh["objectSelector"]);
        let (Some(ns_ok), Some(pod_ok)) = (selects(ns_sel, ns), selects(obj_sel, pod)) else {
            continue;
        };
        match (ns_ok, pod_ok) {
            (true, true) => {
                let ns_why = deciding_label(ns_sel, ns);
                let pod_why = deciding_label(obj_sel, pod);
                let reason = match (ns_why, pod_why) {
                    (Some((nk, nv)), Some((pk, pv))) => {
                        format!("Namespace label {nk}={nv} matches, and pod label {pk}={pv} matches")
                    }
                    (Some((nk, nv)), None) => {
                        let mut s = format!("Namespace label {nk}={nv} matches");
                        if nk == "kubernetes.io/metadata.name" {
                            s.push_str(" (Automatic injection is enabled in all namespaces).");
                        }
                        s
                    }
                    (None, Some((pk, pv))) => format!("Pod label {pk}={pv} matches"),
                    (None, None) => continue,
                };
                return (true, reason);
            }
            (true, false) => {
                if let Some((k, v)) = blocking_label(obj_sel, pod) {
                    return (false, format!("Pod has {k}={v} label, preventing injection"));
                }
            }
            (false, true) => {
                if let Some(v) = ns.get("istio-injection").filter(|v| v.as_str() != "enabled") {
                    return (false, format!("Namespace has istio-injection={v} label, preventing injection"));
                }
            }
            (false, false) => {}
        }
    }
    if webhooks.iter().any(is_deactivated) {
        return (false, "The injection webhook is deactivated, and will never match labels.".to_string());
    }
    let wanted = |field: &str| {
        webhooks
            .iter()
            .flat_map(|w| requirements(&w[field]))
            .filter(|r| r.operator == "In")
            .flat_map(|r| r.values.into_iter().map(move |v| format!("{}={v}", r.key)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    (
        false,
        format!(
            "No matching namespace labels ({}) or pod labels ({})",
            wanted("namespaceSelector"),
            wanted("objectSelector")
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn l(pairs: &[(&str, &str)]) -> Labels {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn selectors_follow_the_api_server() {
        let sel = json!({"matchLabels": {"a": "1"}, "matchExpressions": [
            {"key": "b", "operator": "NotIn", "values": ["x"]},
            {"key": "c", "operator": "Exists"},
            {"key": "d", "operator": "DoesNotExist"}]});
        assert_eq!(selects(&sel, &l(&[("a", "1"), ("c", "")])), Some(true));
        assert_eq!(selects(&sel, &l(&[("a", "1"), ("b", "y"), ("c", "z")])), Some(true));
        assert_eq!(selects(&sel, &l(&[("a", "1"), ("b", "x"), ("c", "z")])), Some(false));
        assert_eq!(selects(&sel, &l(&[("a", "2"), ("c", "z")])), Some(false));
        assert_eq!(selects(&sel, &l(&[("a", "1"), ("c", "z"), ("d", "")])), Some(false));
        assert_eq!(selects(&Value::Null, &l(&[])), Some(true));
        assert_eq!(selects(&json!({}), &l(&[("q", "r")])), Some(true));
        let bad = json!({"matchExpressions": [{"key": "b", "operator": "In", "values": []}]});
        assert_eq!(selects(&bad, &l(&[("b", "")])), None);
        let bad = json!({"matchExpressions": [{"key": "b", "operator": "Gt", "values": ["1"]}]});
        assert_eq!(selects(&bad, &l(&[])), None);
    }
}
