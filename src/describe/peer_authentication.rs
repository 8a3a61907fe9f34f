//! The effective mTLS mode of a workload, composed as istiod composes PeerAuthentications:
//! the mesh-wide one (root namespace, no selector), then the namespace's, then the workload's
//! (selector, not in the root namespace), each narrower one overriding what it sets; the oldest
//! wins among several of one scope, and an unset mode inherits.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use super::{s, selector, selects};

/// What applies to the workload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Effective {
    pub mode: &'static str,
    pub per_port: BTreeMap<u64, &'static str>,
}

/// `PERMISSIVE`… from a PeerAuthentication mode; `None` when unset (inherits).
fn mode_of(mtls: &Value) -> Option<&'static str> {
    match s(&mtls["mode"]) {
        "" | "UNSET" => None,
        "DISABLE" => Some("DISABLE"),
        "PERMISSIVE" => Some("PERMISSIVE"),
        "STRICT" => Some("STRICT"),
        _ => Some("UNKNOWN"),
    }
}

/// The PeerAuthentications (of the root and the workload's namespace) whose selector matches.
pub fn applied<'a>(all: &'a [Value], labels: &Map<String, Value>) -> Vec<&'a Value> {
    all.iter().filter(|pa| selects(pa["spec"]["selector"]["matchLabels"].as_object(), labels)).collect()
}

/// Composes the applied PeerAuthentications.
pub fn compose(root_namespace: &str, applied: &[&Value]) -> Effective {
    let created = |v: &Value| s(&v["metadata"]["creationTimestamp"]).to_string();
    let oldest = |cur: Option<&Value>, cand: &'_ Value| -> bool {
        // RFC 3339 UTC timestamps of one format order as strings; strictly older replaces.
        cur.is_none_or(|c| created(cand) < created(c))
    };
    let (mut mesh, mut namespace, mut workload): (Option<&Value>, Option<&Value>, Option<&Value>) =
        (None, None, None);
    for pa in applied.iter().copied() {
        let ns = s(&pa["metadata"]["namespace"]);
        if selector(&pa["spec"]["selector"]["matchLabels"]).is_none() {
            if ns == root_namespace {
                if oldest(mesh, pa) {
                    mesh = Some(pa);
                }
            } else if oldest(namespace, pa) {
                namespace = Some(pa);
            }
        } else if ns != root_namespace && oldest(workload, pa) {
            workload = Some(pa);
        }
    }
    let mut out = Effective { mode: "PERMISSIVE", per_port: BTreeMap::new() };
    for scope in [mesh, namespace, workload].into_iter().flatten() {
        if let Some(m) = mode_of(&scope["spec"]["mtls"]) {
            out.mode = m;
        }
    }
    if let Some(w) = workload
        && let Some(ports) = w["spec"]["portLevelMtls"].as_object()
    {
        for (port, mtls) in ports {
            if let Ok(p) = port.parse::<u64>() {
                out.per_port.insert(p, mode_of(mtls).unwrap_or(out.mode));
            }
        }
    }
    out
}

/// `Effective PeerAuthentication:` and `Applied PeerAuthentication:`.
pub fn section(root_namespace: &str, all: &[Value], labels: &Map<String, Value>) -> String {
    let applied = applied(all, labels);
    let e = compose(root_namespace, &applied);
    let mut out = format!("Effective PeerAuthentication:\n   Workload mTLS mode: {}\n", e.mode);
    if !e.per_port.is_empty() {
        out.push_str("   Port Level mTLS mode:\n");
        for (port, mode) in &e.per_port {
            out.push_str(&format!("      {port}: {mode}\n"));
        }
    }
    if !applied.is_empty() {
        let names: Vec<String> = applied
            .iter()
            .map(|pa| format!("{}.{}", s(&pa["metadata"]["name"]), s(&pa["metadata"]["namespace"])))
            .collect();
        out.push_str(&format!("Applied PeerAuthentication:\n   {}\n", names.join(", ")));
    }
    out
}

/// The mesh's root namespace from the mesh config text (`istio-system` when unset).
pub fn root_namespace(mesh_config: &str) -> Result<String, String> {
    if mesh_config.trim().is_empty() {
        return Ok("istio-system".into());
    }
    let v: Value = serde_saphyr::from_str(mesh_config).map_err(|e| e.to_string())?;
    if !(v.is_object() || v.is_null()) {
        return Err("the mesh config is not a mapping".into());
    }
    Ok(match s(&v["rootNamespace"]) {
        "" => "istio-system".into(),
        ns => ns.to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pa(name: &str, ns: &str, created: &str, spec: Value) -> Value {
        json!({"metadata": {"name": name, "namespace": ns, "creationTimestamp": created}, "spec": spec})
    }

    fn labels() -> Map<String, Value> {
        json!({"app": "reviews", "version": "v1"}).as_object().unwrap().clone()
    }

    #[test]
    fn narrower_scopes_override_and_unset_inherits() {
        let all = vec![
            pa("default", "istio-system", "2024-01-01T00:00:00Z", json!({"mtls": {"mode": "STRICT"}})),
            pa("ns", "bookinfo", "2024-01-01T00:00:00Z", json!({"mtls": {}})),
            pa(
                "other",
                "bookinfo",
                "2024-01-01T00:00:00Z",
                json!({"selector": {"matchLabels": {"app": "ratings"}}, "mtls": {"mode": "DISABLE"}}),
            ),
            pa(
                "w",
                "bookinfo",
                "2024-01-01T00:00:00Z",
                json!({"selector": {"matchLabels": {"app": "reviews"}},
                "portLevelMtls": {"9080": {"mode": "DISABLE"}, "15020": {}}}),
            ),
        ];
        assert_eq!(
            section("istio-system", &all, &labels()),
            "Effective PeerAuthentication:\n   Workload mTLS mode: STRICT\n   Port Level mTLS mode:\n      9080: DISABLE\n      15020: STRICT\nApplied PeerAuthentication:\n   default.istio-system, ns.bookinfo, w.bookinfo\n"
        );
    }

    #[test]
    fn without_any_the_mode_is_permissive_and_the_oldest_wins() {
        assert_eq!(
            section("istio-system", &[], &labels()),
            "Effective PeerAuthentication:\n   Workload mTLS mode: PERMISSIVE\n"
        );
        let all = vec![
            pa("new", "bookinfo", "2025-01-01T00:00:00Z", json!({"mtls": {"mode": "STRICT"}})),
            pa("old", "bookinfo", "2024-01-01T00:00:00Z", json!({"mtls": {"mode": "DISABLE"}})),
        ];
        let a = applied(&all, &labels());
        assert_eq!(compose("istio-system", &a).mode, "DISABLE");
    }

    #[test]
    fn root_namespace_from_mesh_config() {
        assert_eq!(root_namespace("rootNamespace: mesh-root\n").unwrap(), "mesh-root");
        assert_eq!(root_namespace("defaultConfig: {}\n").unwrap(), "istio-system");
        assert!(root_namespace("[").is_err());
    }
}
