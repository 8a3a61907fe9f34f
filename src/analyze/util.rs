//! Small helpers shared by analyzers: host names, selectors, ports.

use crate::analyze::tree::{Map, Value};

/// An empty map, for missing selectors.
pub fn empty_map() -> &'static Map {
    static EMPTY: std::sync::OnceLock<Map> = std::sync::OnceLock::new();
    EMPTY.get_or_init(Map::new)
}

/// `v` as an object, or an empty map.
pub fn obj(v: &Value) -> &Map {
    v.as_object().unwrap_or_else(|| empty_map())
}

/// `v` as a slice of values, or an empty slice.
pub fn arr(v: &Value) -> &[Value] {
    v.as_array().unwrap_or(&[])
}

/// `v` as a string, or "".
pub fn s(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

/// A number or numeric string as u32.
pub fn num(v: &Value) -> Option<u32> {
    match v {
        Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        Value::String(s) => s.parse().ok(),
        _ => None,
    }
}

/// The fully qualified form of a host written in `namespace`: short names get
/// `.<ns>.svc.cluster.local`; names with dots and wildcards are kept (as Istio resolves them).
pub fn fqdn(host: &str, namespace: &str) -> String {
    if host.starts_with('*') || host.contains('.') {
        return host.to_string();
    }
    format!("{host}.{namespace}.svc.cluster.local")
}

/// The namespaces an `exportTo` list makes a resource visible in; `None` means everywhere.
pub fn export_scope(export_to: &[&str], own_ns: &str) -> Option<std::collections::BTreeSet<String>> {
    if export_to.is_empty() {
        return None;
    }
    let mut set = std::collections::BTreeSet::new();
    for e in export_to {
        match *e {
            "*" => return None,
            "." => {
                set.insert(own_ns.to_string());
            }
            ns => {
                set.insert(ns.to_string());
            }
        }
    }
    Some(set)
}

/// The `exportTo` entries of a resource's spec.
pub fn export_list(spec: &Value) -> Vec<&str> {
    arr(&spec["exportTo"]).iter().map(s).collect()
}

/// The `networking.istio.io/exportTo` entries of a Service.
pub fn service_export_list(svc: &super::snapshot::Resource) -> Vec<&str> {
    svc.annotation("networking.istio.io/exportTo")
        .map(|v| v.split(',').map(str::trim).filter(|x| !x.is_empty()).collect())
        .unwrap_or_default()
}

/// True when two scopes (see [`export_scope`]) share a namespace.
pub fn scopes_overlap(
    a: &Option<std::collections::BTreeSet<String>>,
    b: &Option<std::collections::BTreeSet<String>>,
) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.intersection(y).next().is_some(),
        _ => true,
    }
}

/// True when a scope includes `ns`.
pub fn scope_has(scope: &Option<std::collections::BTreeSet<String>>, ns: &str) -> bool {
    scope.as_ref().is_none_or(|s| s.contains(ns))
}

/// True when host pattern `a` (possibly `*.x` or `*`) covers `b`, or `b` covers `a`.
pub fn hosts_overlap(a: &str, b: &str) -> bool {
    host_matches(a, b) || host_matches(b, a)
}

/// True when pattern (`*`, `*.suffix` or exact) matches host (which may itself be `*.x`).
pub fn host_matches(pattern: &str, host: &str) -> bool {
    if pattern == "*" || pattern == host {
        return true;
    }
    if let Some(suffix) = pattern.strip_prefix('*') {
        return host.ends_with(suffix);
    }
    false
}

/// The workload selector labels of an Istio resource (`spec.selector.matchLabels` or
/// `spec.workloadSelector.labels`), or `None` when it has none.
pub fn selector_labels<'a>(spec: &'a Value, field: &str) -> Option<&'a Map> {
    let sel = &spec[field];
    let labels = if field == "selector" { &sel["matchLabels"] } else { &sel["labels"] };
    labels.as_object().filter(|m| !m.is_empty())
}

/// Renders labels as `k=v,k2=v2`, keys sorted.
pub fn labels_string(m: &Map) -> String {
    let mut parts: Vec<String> =
        m.iter().map(|(k, v)| format!("{k}={}", super::snapshot::value_str(v))).collect();
    parts.sort();
    parts.join(",")
}

/// True when a namespace-scoped config with `exportTo` is visible from `from_ns`.
/// No `exportTo` (or `*`) is visible everywhere; `.` only in its own namespace.
pub fn exported_to(export_to: &Value, own_ns: &str, from_ns: &str) -> bool {
    let list = arr(export_to);
    if list.is_empty() {
        return true;
    }
    list.iter().any(|e| match s(e) {
        "*" => true,
        "." => own_ns == from_ns,
        ns => ns == from_ns,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(fqdn("reviews", "default"), "reviews.default.svc.cluster.local");
        assert_eq!(fqdn("reviews.x", "default"), "reviews.x");
        assert!(host_matches("*.example.com", "a.example.com"));
        assert!(!host_matches("*.example.com", "example.org"));
        assert!(hosts_overlap("a.example.com", "*.example.com"));
    }
}
