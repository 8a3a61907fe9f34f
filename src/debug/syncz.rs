//! `proxy-status`: istiod's view of every connected proxy, from its sync answers.
//!
//! An answer is a `DiscoveryResponse` whose resources are `ClientConfig`s, one per proxy,
//! keyed by the istiod that sent it. Tables are upstream's; JSON and YAML print each
//! istiod's answer in turn (no enclosing array), as upstream does.

use serde_json::{Map, Value};

use super::dump::{field, list, str_at};
use super::protojson::{jsonpb_indent, message, to_value};
use super::tabwriter::Table;
use super::{OutputFormat, goyaml};

/// xDS type URLs and the short names tables use.
const SHORT_NAMES: &[(&str, &str)] = &[
    ("type.googleapis.com/envoy.config.cluster.v3.Cluster", "CDS"),
    ("type.googleapis.com/envoy.config.listener.v3.Listener", "LDS"),
    ("type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment", "EDS"),
    ("type.googleapis.com/envoy.config.route.v3.RouteConfiguration", "RDS"),
    ("type.googleapis.com/envoy.config.core.v3.TypedExtensionConfig", "ECDS"),
    ("type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.Secret", "SDS"),
    ("type.googleapis.com/istio.networking.nds.v1.NameTable", "NDS"),
    ("type.googleapis.com/istio.mesh.v1alpha1.ProxyConfig", "PCDS"),
    ("type.googleapis.com/istio.workload.Address", "WDS"),
    ("type.googleapis.com/istio.security.Authorization", "WADS"),
];

/// The short name of a type URL, or the URL itself.
pub fn short_name(url: &str) -> &str {
    SHORT_NAMES.iter().find(|(u, _)| *u == url).map(|(_, s)| *s).unwrap_or(url)
}

/// One proxy as one istiod sees it.
#[derive(Debug, Clone)]
pub struct ProxyRow {
    pub id: String,
    pub cluster: String,
    pub namespace: String,
    pub version: String,
    pub istiod: String,
    /// (type URL, status, last updated) for every listed type.
    pub types: Vec<(String, String, String)>,
}

/// The istiod name an answer carries in `control_plane.identifier`, else the key it came under.
fn istiod_id(key: &str, response: &Value) -> String {
    let ident = str_at(response, &["control_plane", "identifier"]);
    if ident.is_empty() {
        return if key.is_empty() { "MISSING".into() } else { key.to_string() };
    }
    match serde_json::from_str::<Value>(ident) {
        Ok(v) => v.get("ID").and_then(Value::as_str).unwrap_or(key).to_string(),
        Err(_) => "INVALID".into(),
    }
}

fn proxy_namespace(client: &Value) -> &str {
    str_at(client, &["node", "metadata", "NAMESPACE"])
}

/// Rows from every istiod's answer, keeping proxies of `namespace` (all when empty), sorted by ID.
pub fn rows(answers: &Map<String, Value>, namespace: &str) -> Vec<ProxyRow> {
    let mut out = Vec::new();
    for (key, response) in answers {
        let istiod = istiod_id(key, response);
        for client in list(response, "resources") {
            if !namespace.is_empty() && proxy_namespace(client) != namespace {
                continue;
            }
            let node = field(client, "node");
            let meta = |k: &str| node.map(|n| str_at(n, &["metadata", k])).unwrap_or("").to_string();
            let types = list(client, "generic_xds_configs")
                .iter()
                .map(|g| {
                    let status = str_at(g, &["config_status"]);
                    (
                        str_at(g, &["type_url"]).to_string(),
                        if status.is_empty() { "UNKNOWN".to_string() } else { status.to_string() },
                        str_at(g, &["last_updated"]).to_string(),
                    )
                })
                .collect();
            out.push(ProxyRow {
                id: node.map(|n| str_at(n, &["id"])).unwrap_or("").to_string(),
                cluster: meta("CLUSTER_ID"),
                namespace: meta("NAMESPACE"),
                version: meta("ISTIO_VERSION"),
                istiod: istiod.clone(),
                types,
            });
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// `N (CDS,LDS,…)`: every type with a known status; the four core types first.
fn subscribed(row: &ProxyRow) -> String {
    let known: Vec<&str> = row.types.iter().filter(|t| t.1 != "UNKNOWN").map(|t| t.0.as_str()).collect();
    if known.is_empty() {
        return "0".into();
    }
    let mut ordered: Vec<&str> =
        SHORT_NAMES[..4].iter().map(|(u, _)| *u).filter(|u| known.contains(u)).collect();
    let mut rest: Vec<&str> = known.iter().copied().filter(|u| !ordered.contains(u)).collect();
    rest.sort();
    ordered.extend(rest);
    let names: Vec<&str> = ordered.into_iter().map(short_name).collect();
    format!("{} ({})", names.len(), names.join(","))
}

/// kubectl's AGE style (`k8s.io/apimachinery` `HumanDuration`).
pub fn human_duration(secs: i64) -> String {
    if secs < -1 {
        return "<invalid>".into();
    }
    let s = secs.max(0);
    let (m, h) = (s / 60, s / 3600);
    let d = h / 24;
    let y = d / 365;
    if s < 120 {
        format!("{s}s")
    } else if m < 10 {
        if s % 60 == 0 { format!("{m}m") } else { format!("{m}m{}s", s % 60) }
    } else if m < 180 {
        format!("{m}m")
    } else if h < 8 {
        if m % 60 == 0 { format!("{h}h") } else { format!("{h}h{}m", m % 60) }
    } else if h < 48 {
        format!("{h}h")
    } else if h < 24 * 8 {
        if h % 24 == 0 { format!("{d}d") } else { format!("{d}d{}h", h % 24) }
    } else if h < 24 * 365 * 2 {
        format!("{d}d")
    } else if h < 24 * 365 * 8 {
        if d % 365 == 0 { format!("{y}y") } else { format!("{y}y{}d", d % 365) }
    } else {
        format!("{y}y")
    }
}

fn cell(status: &str, last_updated: &str, now: i64) -> String {
    let shown = match status {
        "SYNCED" | "STALE" | "ERROR" => status.to_string(),
        "NOT_SENT" => return "NOT SENT".into(),
        _ => return "IGNORED".into(),
    };
    match last_updated.parse::<jiff::Timestamp>() {
        Ok(t) if !last_updated.is_empty() => format!("{shown} ({})", human_duration(now - t.as_second())),
        _ => shown,
    }
}

/// The table; `verbosity` ≥ 1 shows one column per xDS type with its sync state.
pub fn table(rows: &[ProxyRow], verbosity: u8, now: i64) -> String {
    let mut t = Table::new(5);
    if verbosity == 0 {
        t.row(["NAME", "CLUSTER", "ISTIOD", "VERSION", "SUBSCRIBED TYPES"]);
        for r in rows {
            t.row([r.id.clone(), r.cluster.clone(), r.istiod.clone(), r.version.clone(), subscribed(r)]);
        }
        return t.finish();
    }
    let mut urls: Vec<String> = SHORT_NAMES[..5].iter().map(|(u, _)| u.to_string()).collect();
    for r in rows {
        for (u, _, _) in &r.types {
            if !urls.contains(u) {
                urls.push(u.clone());
            }
        }
    }
    urls.sort();
    let mut header = vec!["NAME".to_string(), "CLUSTER".to_string()];
    header.extend(urls.iter().map(|u| short_name(u).to_string()));
    header.extend(["ISTIOD".to_string(), "VERSION".to_string()]);
    t.row(header);
    for r in rows {
        let mut row = vec![r.id.clone(), r.cluster.clone()];
        for u in &urls {
            row.push(match r.types.iter().find(|t| &t.0 == u) {
                Some((_, status, updated)) => cell(status, updated, now),
                None => "IGNORED".into(),
            });
        }
        row.extend([r.istiod.clone(), r.version.clone()]);
        t.row(row);
    }
    t.finish()
}

/// Each istiod's answer as a document (jsonpb or YAML), its resources limited to `namespace`.
pub fn documents(answers: &Map<String, Value>, namespace: &str, format: OutputFormat) -> String {
    let mut out = String::new();
    for response in answers.values() {
        let mut response = response.clone();
        if !namespace.is_empty()
            && let Some(Value::Array(res)) = response.get_mut("resources")
        {
            res.retain(|c| proxy_namespace(c) == namespace);
        }
        let node = message(&response, "");
        match format {
            OutputFormat::Yaml => out.push_str(&goyaml::to_yaml(&to_value(&node))),
            _ => out.push_str(&jsonpb_indent(&node)),
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::human_duration;

    #[test]
    fn ages_read_like_kubectl() {
        assert_eq!(human_duration(5), "5s");
        assert_eq!(human_duration(150), "2m30s");
        assert_eq!(human_duration(3600 * 5), "5h");
        assert_eq!(human_duration(3600 * 30), "30h");
        assert_eq!(human_duration(86400 * 3 + 3600), "3d1h");
    }
}

/// The xDS types istiod's HTTP `/debug/syncz` reports with flat `<x>_sent`/`<x>_acked` fields.
const FLAT_TYPES: &[(&str, &str)] = &[
    ("cluster", "type.googleapis.com/envoy.config.cluster.v3.Cluster"),
    ("listener", "type.googleapis.com/envoy.config.listener.v3.Listener"),
    ("endpoint", "type.googleapis.com/envoy.config.endpoint.v3.ClusterLoadAssignment"),
    ("route", "type.googleapis.com/envoy.config.route.v3.RouteConfiguration"),
    ("extensionconfig", "type.googleapis.com/envoy.config.core.v3.TypedExtensionConfig"),
];

fn sync_state(sent: &str, acked: &str, error: &str) -> &'static str {
    if !error.is_empty() {
        "ERROR"
    } else if sent.is_empty() {
        "NOT_SENT"
    } else if sent == acked {
        "SYNCED"
    } else {
        "STALE"
    }
}

/// Turns istiod's HTTP `/debug/syncz` answer (a JSON array of per-proxy sync states) into
/// the `DiscoveryResponse` of `ClientConfig`s the XDS debug interface gives, so one writer
/// serves both (and saved answers of either kind).
pub fn from_http_syncz(istiod: &str, version: &str, syncz: &Value) -> Value {
    let mut resources = Vec::new();
    for p in syncz.as_array().into_iter().flatten() {
        let id = p["proxy"].as_str().unwrap_or("");
        let namespace = id.rsplit_once('.').map(|(_, ns)| ns).unwrap_or("");
        let mut configs: Vec<Value> = Vec::new();
        if let Some(per_type) = p["resources"].as_object().filter(|m| !m.is_empty()) {
            for (url, st) in per_type {
                let (sent, acked) = (st["sent"].as_str().unwrap_or(""), st["acked"].as_str().unwrap_or(""));
                let mut c = serde_json::json!({
                    "typeUrl": url,
                    "configStatus": sync_state(sent, acked, st["lastError"].as_str().unwrap_or("")),
                });
                if let Some(t) = st["sentTime"].as_str().filter(|t| !t.is_empty() && !t.starts_with("0001-"))
                {
                    c["lastUpdated"] = Value::String(t.to_string());
                }
                configs.push(c);
            }
        } else {
            for (prefix, url) in FLAT_TYPES {
                let sent = p[format!("{prefix}_sent")].as_str().unwrap_or("");
                let acked = p[format!("{prefix}_acked")].as_str().unwrap_or("");
                if sent.is_empty() && acked.is_empty() && *prefix == "extensionconfig" {
                    continue;
                }
                configs
                    .push(serde_json::json!({ "typeUrl": url, "configStatus": sync_state(sent, acked, "") }));
            }
        }
        configs.sort_by(|a, b| a["typeUrl"].as_str().cmp(&b["typeUrl"].as_str()));
        let mut metadata = Map::new();
        for (k, src) in [("CLUSTER_ID", "cluster_id"), ("NAMESPACE", ""), ("ISTIO_VERSION", "istio_version")]
        {
            let v = if src.is_empty() { namespace } else { p[src].as_str().unwrap_or("") };
            if !v.is_empty() {
                metadata.insert(k.into(), Value::String(v.into()));
            }
        }
        resources.push(serde_json::json!({
            "@type": "type.googleapis.com/envoy.service.status.v3.ClientConfig",
            "node": { "id": id, "metadata": metadata },
            "genericXdsConfigs": configs,
        }));
    }
    let identifier = serde_json::json!({
        "Component": "istiod", "ID": istiod,
        "Info": { "version": version, "revision": "", "golang_version": "", "status": "", "tag": "" }
    });
    serde_json::json!({
        "versionInfo": version,
        "resources": resources,
        "typeUrl": "type.googleapis.com/envoy.service.status.v3.ClientConfig",
        "controlPlane": { "identifier": identifier.to_string() },
    })
}

#[cfg(test)]
mod http_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn http_sync_states_become_client_configs() {
        let syncz = json!([{
            "cluster_id": "Kubernetes", "proxy": "reviews-v1-1.bookinfo", "istio_version": "1.30.0",
            "resources": {
                "type.googleapis.com/envoy.config.cluster.v3.Cluster": {"sent": "n1", "acked": "n1"},
                "type.googleapis.com/envoy.config.listener.v3.Listener": {"sent": "n2", "acked": "n1"}
            }
        }]);
        let mut answers = Map::new();
        answers.insert("istiod-1".into(), from_http_syncz("istiod-1", "1.30.0", &syncz));
        let got = rows(&answers, "bookinfo");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].istiod, "istiod-1");
        assert_eq!(got[0].types[0].1, "SYNCED");
        assert_eq!(got[0].types[1].1, "STALE");
        assert!(rows(&answers, "other").is_empty());
    }
}
