//! What happens after the templates are merged into the pod: user overrides of the injected
//! containers, container order, the proxy's user, Prometheus merging and Go's normalisation.

use serde_json::{Map, Value, json};

use super::annotations as a;
use super::gojson::go_container;
use super::gosem::go_str;
use super::names::{CORE_DUMP, INIT, PROMETHEUS_ENV, PROXY, VALIDATION};
use super::podspec::{find_container, names};
use super::{InjectConfig, merge, quantity};

/// A user-supplied `istio-proxy` (or `istio-init`) container overrides the injected one.
pub(super) fn reapply_overrides(
    pod: &mut Value,
    original_spec: &Value,
    original_ann: &Map<String, Value>,
    status: Option<&Value>,
    injected_containers: &[String],
    injected_init: &[String],
) {
    let existing: Value = original_ann
        .get(a::PROXY_OVERRIDES)
        .and_then(|s| serde_json::from_str(&go_str(s)).ok())
        .unwrap_or(Value::Null);
    let mut recorded = Map::new();
    let prev_containers = status.map(|s| names(&s["containers"])).unwrap_or_default();
    let prev_init = status.map(|s| names(&s["initContainers"])).unwrap_or_default();
    for (field, injected, prev) in
        [("containers", injected_containers, &prev_containers), ("initContainers", injected_init, &prev_init)]
    {
        for name in injected {
            if prev.contains(name) {
                continue;
            }
            let from_ann = ["containers", "initContainers"]
                .iter()
                .filter_map(|f| existing[*f].as_array())
                .flatten()
                .find(|c| c["name"] == name.as_str())
                .cloned();
            let Some(mut overlay) = from_ann.or_else(|| find_container(original_spec, name).cloned()) else {
                continue;
            };
            if let Some(r) = overlay.get("resources") {
                overlay["resources"] = quantity::canonical_resources(r);
            }
            if overlay["image"] == "auto"
                && let Some(m) = overlay.as_object_mut()
            {
                m.shift_remove("image");
            }
            let patch = json!({ "spec": { field: [overlay.clone()] } });
            merge::apply(pod, patch);
            if let Value::Array(list) = recorded.entry(field.to_string()).or_insert_with(|| json!([])) {
                list.push(go_container(&overlay));
            }
        }
    }
    if status.is_none() && !recorded.is_empty() {
        let mut rec = Map::new();
        for f in ["containers", "initContainers"] {
            if let Some(v) = recorded.get(f) {
                rec.insert(f.into(), v.clone());
            }
        }
        pod["metadata"]["annotations"][a::PROXY_OVERRIDES] = Value::String(Value::Object(rec).to_string());
    }
}

/// A user-chosen proxy UID is the one istio-iptables exempts; with TPROXY the proxy itself
/// must still run as root.
pub(super) fn adjust_proxy_user(spec: &mut Map<String, Value>, uid: &str, tproxy: bool) {
    for field in ["containers", "initContainers"] {
        let Some(Value::Array(list)) = spec.get_mut(field) else {
            continue;
        };
        for c in list.iter_mut() {
            if c["name"] == INIT
                && let Some(args) = c["args"].as_array_mut()
                && let Some(i) = args.iter().position(|a| a == "-u")
                && i + 1 < args.len()
            {
                args[i + 1] = json!(uid);
            }
            if c["name"] == PROXY && tproxy && c["securityContext"].is_object() {
                c["securityContext"]["runAsUser"] = json!(0);
            }
        }
    }
}

pub(super) fn move_proxy_to_init(spec: &mut Value) {
    let Some(Value::Array(cs)) = spec.get_mut("containers") else {
        return;
    };
    let Some(i) = cs.iter().position(|c| c["name"] == PROXY) else {
        return;
    };
    let proxy = cs.remove(i);
    if !spec["initContainers"].is_array() {
        spec["initContainers"] = json!([]);
    }
    if let Some(init) = spec["initContainers"].as_array_mut()
        && !init.iter().any(|c| c["name"] == PROXY)
    {
        init.push(proxy);
    }
}

/// Go writes resource quantities canonically and drops empty env values.
pub(super) fn canonicalise_containers(spec: &mut Value) {
    for field in ["containers", "initContainers"] {
        let Some(Value::Array(list)) = spec.get_mut(field) else {
            continue;
        };
        list.iter_mut().for_each(canonicalise_container);
    }
}

/// [`canonicalise_containers`] for one container.
pub(super) fn canonicalise_container(c: &mut Value) {
    if let Some(r) = c.get_mut("resources").filter(|r| r.is_object()) {
        quantity::canonicalise_resources(r);
    }
    if let Some(Value::Array(env)) = c.get_mut("env") {
        for e in env.iter_mut() {
            if let Some(m) = e.as_object_mut()
                && m.get("value").is_some_and(|v| v.as_str() == Some(""))
            {
                m.shift_remove("value");
            }
        }
    }
}

fn move_to(list: &mut Vec<Value>, name: &str, first: bool) {
    if let Some(i) = list.iter().position(|c| c["name"] == name) {
        let c = list.remove(i);
        if first {
            list.insert(0, c);
        } else {
            list.push(c);
        }
    }
}

/// Upstream's container order: the proxy last (first when the app waits for it), validation
/// first, iptables setup last; native sidecars go first among the init containers.
pub(super) fn reorder(spec: &mut Map<String, Value>, hold: bool) {
    if let Some(Value::Array(c)) = spec.get_mut("containers") {
        move_to(c, PROXY, hold);
    }
    if let Some(Value::Array(init)) = spec.get_mut("initContainers") {
        let native = init.iter().any(|c| c["name"] == PROXY);
        if native {
            move_to(init, CORE_DUMP, true);
            move_to(init, PROXY, true);
            move_to(init, INIT, true);
            move_to(init, VALIDATION, true);
        } else {
            move_to(init, VALIDATION, true);
            move_to(init, INIT, false);
            move_to(init, CORE_DUMP, false);
        }
    }
}

pub(super) fn set_proxy_env(spec: &mut Map<String, Value>, name: &str, value: &str) {
    for field in ["containers", "initContainers"] {
        let Some(Value::Array(list)) = spec.get_mut(field) else {
            continue;
        };
        for c in list.iter_mut().filter(|c| c["name"] == PROXY) {
            if !c["env"].is_array() {
                c["env"] = json!([]);
            }
            if let Some(env) = c["env"].as_array_mut() {
                match env.iter_mut().find(|e| e["name"] == name) {
                    Some(e) => e["value"] = json!(value),
                    None => env.push(json!({ "name": name, "value": value })),
                }
            }
        }
    }
}

/// Prometheus metrics merging: the proxy serves merged metrics on the status port and the
/// app's own scrape settings move into `ISTIO_PROMETHEUS_ANNOTATIONS`.
pub(super) fn prometheus_merge(
    ann: &mut Map<String, Value>,
    spec: Option<&mut Map<String, Value>>,
    cfg: &InjectConfig,
    status_port: &str,
    _reinjected: bool,
) {
    let scrape = ann.get("prometheus.io/scrape").map(go_str);
    // `prometheus.io.scrape` is an old spelling some charts still use.
    let legacy = ann.get("prometheus.io.scrape").map(go_str);
    if [&scrape, &legacy].iter().any(|s| s.as_deref().and_then(a::parse_bool) == Some(false)) {
        return;
    }
    let enabled = cfg.mesh["enablePrometheusMerge"].as_bool().unwrap_or(true)
        && ann.get(a::MERGE_METRICS).map(go_str).and_then(|v| a::parse_bool(&v)).unwrap_or(true);
    if !enabled {
        return;
    }
    let target = if status_port.is_empty() { "15020".to_string() } else { status_port.to_string() };
    if ann.get("prometheus.io/port").map(go_str).as_deref() == Some(target.as_str()) {
        return;
    }
    let mut conf = Map::new();
    let targets: Vec<Value> = ann
        .get(a::SCRAPE_TARGETS)
        .map(go_str)
        .unwrap_or_default()
        .split(',')
        .filter_map(|t| {
            let (port, path) = t.trim().split_once(':').unwrap_or((t.trim(), ""));
            (!port.is_empty()).then(|| json!({ "port": port, "path": path }))
        })
        .collect();
    if let Some(s) = scrape.filter(|s| !s.is_empty()) {
        conf.insert("scrape".into(), json!(s));
    }
    let path = ann
        .get("prometheus.io/path")
        .map(go_str)
        .filter(|s| !s.is_empty())
        .or_else(|| targets.first().map(|t| go_str(&t["path"])));
    if let Some(p) = path.filter(|s| !s.is_empty()) {
        conf.insert("path".into(), json!(p));
    }
    let port = ann
        .get("prometheus.io/port")
        .map(go_str)
        .filter(|s| !s.is_empty())
        .or_else(|| targets.first().map(|t| go_str(&t["port"])));
    if let Some(p) = port.filter(|s| !s.is_empty()) {
        conf.insert("port".into(), json!(p));
    }
    if !targets.is_empty() {
        conf.insert("targets".into(), Value::Array(targets));
        ann.shift_remove(a::SCRAPE_TARGETS);
    }
    if let Some(spec) = spec
        && !conf.is_empty()
    {
        set_proxy_env(spec, PROMETHEUS_ENV, &Value::Object(conf).to_string());
    }
    ann.insert("prometheus.io/port".into(), json!(target));
    ann.insert("prometheus.io/path".into(), json!("/stats/prometheus"));
    ann.insert("prometheus.io/scrape".into(), json!("true"));
}
