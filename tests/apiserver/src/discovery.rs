//! Discovery documents: /version, /api, /apis, group versions, aggregated discovery v2.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use crate::store::ResourceType;

/// The Accept media type kube-rs and kubectl send for aggregated discovery.
pub(crate) const AGGREGATED_V2: &str = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList";

/// Whether an Accept header asks for aggregated discovery v2 (the first acceptable type wins).
pub(crate) fn wants_aggregated(accept: &str) -> bool {
    for part in accept.split(',') {
        let params: Vec<String> =
            part.split(';').map(|p| p.trim().replace(' ', "").to_ascii_lowercase()).collect();
        let Some(mt) = params.first() else { continue };
        if mt != "application/json" && mt != "*/*" && mt != "application/*" {
            continue;
        }
        let has = |p: &str| params.iter().any(|x| x == p);
        if has("g=apidiscovery.k8s.io") {
            if has("v=v2") && has("as=apigroupdiscoverylist") {
                return true;
            }
            // v2beta1 is no longer served: fall through to the next acceptable type.
            continue;
        }
        return false;
    }
    false
}

/// `/version` of a Kubernetes 1.<minor> server.
pub(crate) fn version(minor: u32) -> Value {
    json!({
        "major": "1",
        "minor": minor.to_string(),
        "emulationMajor": "1",
        "emulationMinor": minor.to_string(),
        "minCompatibilityMajor": "1",
        "minCompatibilityMinor": minor.saturating_sub(1).to_string(),
        "gitVersion": format!("v1.{minor}.0"),
        "gitCommit": "60a317eadfcb839692a5ab3ed7d3e6c1b0f1d4b9",
        "gitTreeState": "clean",
        "buildDate": "2025-04-23T13:07:52Z",
        "goVersion": "go1.24.2",
        "compiler": "gc",
        "platform": "linux/amd64"
    })
}

/// Kubernetes version priority: GA > beta > alpha, higher numbers first, then others.
fn version_rank(v: &str) -> (u8, i64, u8, i64, String) {
    let Some(rest) = v.strip_prefix('v') else {
        return (0, 0, 0, 0, v.to_string());
    };
    let digits: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
    let Ok(major) = digits.parse::<i64>() else {
        return (0, 0, 0, 0, v.to_string());
    };
    let tail = &rest[digits.len()..];
    if tail.is_empty() {
        return (3, major, 0, 0, String::new());
    }
    for (name, rank) in [("beta", 2u8), ("alpha", 1u8)] {
        if let Some(n) = tail.strip_prefix(name)
            && let Ok(minor) = n.parse::<i64>()
        {
            return (rank, major, rank, minor, String::new());
        }
    }
    (0, 0, 0, 0, v.to_string())
}

/// Groups (excluding the core group) with their versions, preferred version first.
pub(crate) fn groups(types: &[ResourceType]) -> Vec<(String, Vec<String>)> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for t in types.iter().filter(|t| !t.group.is_empty()) {
        if !map.contains_key(&t.group) {
            order.push(t.group.clone());
        }
        let vs = map.entry(t.group.clone()).or_default();
        if !vs.contains(&t.version) {
            vs.push(t.version.clone());
        }
    }
    order
        .into_iter()
        .map(|g| {
            let mut vs = map.remove(&g).unwrap_or_default();
            vs.sort_by_key(|v| std::cmp::Reverse(version_rank(v)));
            (g, vs)
        })
        .collect()
}

fn group_json(name: &str, versions: &[String]) -> Value {
    let vs: Vec<Value> =
        versions.iter().map(|v| json!({"groupVersion": format!("{name}/{v}"), "version": v})).collect();
    let preferred = vs.first().cloned().unwrap_or(json!({}));
    json!({"name": name, "versions": vs, "preferredVersion": preferred})
}

pub(crate) fn api_versions(server_address: &str) -> Value {
    json!({
        "kind": "APIVersions",
        "versions": ["v1"],
        "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": server_address}]
    })
}

pub(crate) fn api_group_list(types: &[ResourceType]) -> Value {
    let groups: Vec<Value> = groups(types).iter().map(|(g, vs)| group_json(g, vs)).collect();
    json!({"kind": "APIGroupList", "apiVersion": "v1", "groups": groups})
}

pub(crate) fn api_group(types: &[ResourceType], group: &str) -> Option<Value> {
    groups(types).into_iter().find(|(g, _)| g == group).map(|(g, vs)| {
        let mut v = group_json(&g, &vs);
        v["kind"] = json!("APIGroup");
        v["apiVersion"] = json!("v1");
        v
    })
}

const VERBS: &[&str] = &["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"];

fn sub_verbs(sub: &str) -> Vec<&'static str> {
    match sub {
        "portforward" => vec!["create", "get"],
        "finalize" => vec!["update"],
        _ => vec!["get", "patch", "update"],
    }
}

fn sub_kind(t: &ResourceType, sub: &str) -> (String, String, String) {
    match sub {
        "scale" => ("autoscaling".into(), "v1".into(), "Scale".into()),
        "portforward" => ("".into(), "v1".into(), "PodPortForwardOptions".into()),
        _ => (t.group.clone(), t.version.clone(), t.kind.clone()),
    }
}

fn verbs_for(t: &ResourceType) -> Vec<&'static str> {
    if t.kind == "SelfSubjectAccessReview" {
        vec!["create"]
    } else if t.kind == "Namespace" {
        // Namespaces have no deletecollection.
        VERBS.iter().copied().filter(|v| *v != "deletecollection").collect()
    } else {
        VERBS.to_vec()
    }
}

/// `APIResourceList` for one group version (`None` if nothing is served there).
pub(crate) fn resource_list(types: &[ResourceType], group: &str, version: &str) -> Option<Value> {
    let served: Vec<&ResourceType> =
        types.iter().filter(|t| t.group == group && t.version == version).collect();
    if served.is_empty() {
        return None;
    }
    let mut resources = Vec::new();
    for t in &served {
        let mut r = json!({
            "name": t.plural,
            "singularName": t.singular,
            "namespaced": t.namespaced,
            "kind": t.kind,
            "verbs": verbs_for(t),
        });
        if !t.short_names.is_empty() {
            r["shortNames"] = json!(t.short_names);
        }
        if !t.categories.is_empty() {
            r["categories"] = json!(t.categories);
        }
        resources.push(r);
        for s in &t.subresources {
            let (g, v, k) = sub_kind(t, s);
            let mut r = json!({
                "name": format!("{}/{s}", t.plural),
                "singularName": "",
                "namespaced": t.namespaced,
                "kind": k,
                "verbs": sub_verbs(s),
            });
            if g != t.group || v != t.version {
                r["group"] = json!(g);
                r["version"] = json!(v);
            }
            resources.push(r);
        }
    }
    let gv = if group.is_empty() { version.to_string() } else { format!("{group}/{version}") };
    let mut out = json!({"kind": "APIResourceList", "groupVersion": gv, "resources": resources});
    if !group.is_empty() {
        out["apiVersion"] = json!("v1");
    }
    Some(out)
}

fn resource_discovery(t: &ResourceType) -> Value {
    let mut r = json!({
        "resource": t.plural,
        "responseKind": {"group": t.group, "version": t.version, "kind": t.kind},
        "scope": if t.namespaced { "Namespaced" } else { "Cluster" },
        "singularResource": t.singular,
        "verbs": verbs_for(t),
    });
    if !t.short_names.is_empty() {
        r["shortNames"] = json!(t.short_names);
    }
    if !t.categories.is_empty() {
        r["categories"] = json!(t.categories);
    }
    if !t.subresources.is_empty() {
        let subs: Vec<Value> = t
            .subresources
            .iter()
            .map(|s| {
                let (g, v, k) = sub_kind(t, s);
                json!({"subresource": s, "responseKind": {"group": g, "version": v, "kind": k}, "verbs": sub_verbs(s)})
            })
            .collect();
        r["subresources"] = json!(subs);
    }
    r
}

/// Aggregated discovery (`apidiscovery.k8s.io/v2`) for `/api` (core) or `/apis`.
pub(crate) fn aggregated(types: &[ResourceType], core: bool) -> Value {
    let mut items = Vec::new();
    let group_list: Vec<(String, Vec<String>)> =
        if core { vec![(String::new(), vec!["v1".to_string()])] } else { groups(types) };
    for (g, vs) in group_list {
        let versions: Vec<Value> = vs
            .iter()
            .map(|v| {
                let resources: Vec<Value> = types
                    .iter()
                    .filter(|t| t.group == g && &t.version == v)
                    .map(resource_discovery)
                    .collect();
                json!({"version": v, "resources": resources, "freshness": "Current"})
            })
            .collect();
        items.push(json!({"metadata": {"name": g, "creationTimestamp": null}, "versions": versions}));
    }
    json!({"kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": {}, "items": items})
}
