//! App probe rewriting: the kubelet probes the sidecar's status port, which forwards to the app.
//! The original probes are kept, with named ports resolved, in `ISTIO_KUBE_APP_PROBERS`.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::names::PROXY;

const PROBES: &[(&str, &str)] =
    &[("readinessProbe", "readyz"), ("livenessProbe", "livez"), ("startupProbe", "startupz")];
const HOOKS: &[(&str, &str)] = &[("preStop", "prestopz"), ("postStart", "poststartz")];

/// The prober the agent calls for one probe, as Go marshals it; `None` when not rewritable
/// or already pointing at the status port.
fn prober(probe: &Value, ports: &Map<String, Value>, status_port: i64) -> Option<Value> {
    let mut out = Map::new();
    if let Some(h) = probe.get("httpGet").filter(|h| h.is_object()) {
        let port = resolve_port(&h["port"], ports, status_port)?;
        let mut g = Map::new();
        for key in ["path", "port", "host", "scheme", "httpHeaders"] {
            if key == "port" {
                g.insert("port".into(), port.clone());
            } else if let Some(v) = h.get(key).filter(|v| !is_empty(v)) {
                g.insert(key.into(), v.clone());
            }
        }
        out.insert("httpGet".into(), Value::Object(g));
    } else if let Some(t) = probe.get("tcpSocket").filter(|t| t.is_object()) {
        let port = resolve_port(&t["port"], ports, status_port)?;
        let mut g = Map::new();
        g.insert("port".into(), port);
        if let Some(h) = t.get("host").filter(|v| !is_empty(v)) {
            g.insert("host".into(), h.clone());
        }
        out.insert("tcpSocket".into(), Value::Object(g));
    } else if let Some(g) = probe.get("grpc").filter(|g| g.is_object()) {
        out.insert(
            "grpc".into(),
            json!({ "port": g["port"], "service": g.get("service").cloned().unwrap_or(Value::Null) }),
        );
    } else {
        return None;
    }
    if let Some(t) = probe.get("timeoutSeconds").filter(|v| !is_empty(v)) {
        out.insert("timeoutSeconds".into(), t.clone());
    }
    Some(Value::Object(out))
}

fn is_empty(v: &Value) -> bool {
    v.is_null() || v.as_str() == Some("") || v.as_i64() == Some(0) || v.as_array().is_some_and(Vec::is_empty)
}

fn resolve_port(port: &Value, ports: &Map<String, Value>, status_port: i64) -> Option<Value> {
    match port {
        Value::String(name) => match name.parse::<i64>() {
            Ok(n) if n == status_port => None,
            Ok(n) => Some(json!(n)),
            Err(_) => ports.get(name).cloned(),
        },
        Value::Number(n) if n.as_i64() == Some(status_port) => None,
        Value::Number(_) => Some(port.clone()),
        _ => None,
    }
}

/// The rewritten probe: an HTTP GET on the status port, other fields kept.
fn rewritten(probe: &Value, path: &str, status_port: i64) -> Option<Value> {
    let Value::Object(p) = probe else { return None };
    let mut p = p.clone();
    if let Some(Value::Object(h)) = p.get_mut("httpGet") {
        h.insert("path".into(), json!(path));
        h.insert("port".into(), json!(status_port));
        if h.get("scheme").and_then(Value::as_str) == Some("HTTPS") {
            h.insert("scheme".into(), json!("HTTP"));
        }
        return Some(Value::Object(p));
    }
    for key in ["tcpSocket", "grpc"] {
        if p.contains_key(key) {
            let at = p.keys().position(|k| k == key).unwrap_or(0);
            p.shift_remove(key);
            let mut out = Map::new();
            for (i, (k, v)) in p.into_iter().enumerate() {
                if i == at {
                    out.insert("httpGet".into(), json!({ "path": path, "port": status_port }));
                }
                out.insert(k, v);
            }
            if !out.contains_key("httpGet") {
                out.insert("httpGet".into(), json!({ "path": path, "port": status_port }));
            }
            return Some(Value::Object(out));
        }
    }
    None
}

/// Rewrites the probes of every app container in `spec` and returns the probers JSON
/// (merged over `previous`), or `None` when there is nothing to record.
pub fn rewrite(spec: &mut Map<String, Value>, status_port: i64, previous: Option<&str>) -> Option<String> {
    let mut probers: BTreeMap<String, Value> = BTreeMap::new();
    if let Some(Value::Object(prev)) = previous.and_then(|p| serde_json::from_str::<Value>(p).ok()) {
        probers.extend(prev);
    }
    let mut found = false;
    // App containers, and native sidecars the user declared among the init containers.
    let mut all: Vec<&mut Value> = Vec::new();
    for (field, list) in spec.iter_mut() {
        let Value::Array(cs) = list else { continue };
        match field.as_str() {
            "containers" => all.extend(cs.iter_mut()),
            "initContainers" => all.extend(cs.iter_mut().filter(|c| c["restartPolicy"] == "Always")),
            _ => {}
        }
    }
    for c in all {
        let name = c["name"].as_str().unwrap_or("").to_string();
        if name == PROXY {
            continue;
        }
        let mut ports = Map::new();
        for p in c["ports"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            if let Some(n) = p["name"].as_str().filter(|n| !n.is_empty()) {
                ports.insert(n.to_string(), p["containerPort"].clone());
            }
        }
        let Value::Object(cm) = c else { continue };
        for (field, suffix) in PROBES {
            let path = format!("/app-health/{name}/{suffix}");
            if let Some(probe) = cm.get(*field) {
                if let Some(p) = prober(probe, &ports, status_port) {
                    probers.insert(path.clone(), p);
                    found = true;
                }
                if let Some(new) = rewritten(probe, &path, status_port) {
                    cm.insert((*field).into(), new);
                }
            }
        }
        if let Some(Value::Object(lc)) = cm.get_mut("lifecycle") {
            for (hook, suffix) in HOOKS {
                let path = format!("/app-lifecycle/{name}/{suffix}");
                if let Some(h) = lc.get(*hook) {
                    if h.get("exec").is_some() {
                        continue;
                    }
                    if let Some(p) = prober(h, &ports, status_port) {
                        probers.insert(path.clone(), p);
                        found = true;
                    }
                    if let Some(new) = rewritten(h, &path, status_port) {
                        lc.insert((*hook).into(), new);
                    }
                }
            }
        }
    }
    if !found && previous.is_none() {
        return None;
    }
    if probers.is_empty() {
        return None;
    }
    let map: Map<String, Value> = probers.into_iter().collect();
    Some(Value::Object(map).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_ports_resolve_and_probes_move_to_the_status_port() {
        let mut spec = json!({ "containers": [{
            "name": "app",
            "ports": [{ "name": "http", "containerPort": 8080 }],
            "livenessProbe": { "httpGet": { "port": "http", "scheme": "HTTPS" }, "periodSeconds": 5 },
            "readinessProbe": { "tcpSocket": { "port": 9000 } },
            "startupProbe": { "exec": { "command": ["true"] } },
        }]});
        let Value::Object(spec) = &mut spec else { unreachable!() };
        let env = rewrite(spec, 15020, None).unwrap_or_default();
        assert_eq!(
            env,
            r#"{"/app-health/app/livez":{"httpGet":{"port":8080,"scheme":"HTTPS"}},"/app-health/app/readyz":{"tcpSocket":{"port":9000}}}"#
        );
        let c = &spec["containers"][0];
        assert_eq!(
            c["livenessProbe"],
            json!({ "httpGet": { "port": 15020, "scheme": "HTTP", "path": "/app-health/app/livez" }, "periodSeconds": 5 })
        );
        assert_eq!(c["readinessProbe"]["httpGet"]["path"], "/app-health/app/readyz");
        assert!(c["startupProbe"].get("exec").is_some());
    }
}
