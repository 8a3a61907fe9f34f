//! The pod's proxy config (the mesh default with `proxy.istio.io/config` applied) and the
//! `PROXY_CONFIG` value derived from it.

use serde_json::{Map, Value, json};

use super::InjectConfig;
use super::annotations as a;
use super::gosem::{go_str, sort_keys};

/// ProxyConfig fields in protobuf field order (`PROXY_CONFIG` is written in this order).
const PROXY_CONFIG_FIELDS: &[&str] = &[
    "configPath",
    "binaryPath",
    "serviceCluster",
    "drainDuration",
    "parentShutdownDuration",
    "discoveryAddress",
    "discoveryRefreshDelay",
    "zipkinAddress",
    "statsdUdpAddress",
    "envoyMetricsServiceAddress",
    "proxyAdminPort",
    "availabilityZone",
    "controlPlaneAuthPolicy",
    "customConfigFile",
    "statNameLength",
    "concurrency",
    "proxyBootstrapTemplatePath",
    "interceptionMode",
    "tracing",
    "sds",
    "envoyAccessLogService",
    "envoyMetricsService",
    "proxyMetadata",
    "statusPort",
    "extraStatTags",
    "gatewayTopology",
    "terminationDrainDuration",
    "meshId",
    "readinessProbe",
    "proxyStatsMatcher",
    "holdApplicationUntilProxyStarts",
    "caCertificatesPem",
    "image",
    "privateKeyProvider",
    "proxyHeaders",
    "fileFlushInterval",
    "fileFlushMinSizeKb",
    "runtimeValues",
];

fn empty_to_null(v: &Value) -> Value {
    match v {
        Value::Object(m) if m.is_empty() => Value::Null,
        Value::Array(a) if a.is_empty() => Value::Null,
        other => other.clone(),
    }
}

/// `PROXY_CONFIG`: the proxy config fields set by the pod's annotation or differing from the
/// built-in defaults, as compact JSON.
pub fn proxy_config_json(cfg: &InjectConfig, pc: &Value) -> String {
    let explicit = &pc["__explicit"];
    let mut out = Map::new();
    let mut keys: Vec<&String> =
        pc.as_object().map(|m| m.keys().filter(|k| !k.starts_with("__")).collect()).unwrap_or_default();
    keys.sort_by_key(|k| PROXY_CONFIG_FIELDS.iter().position(|f| f == k).unwrap_or(usize::MAX));
    for k in keys {
        let v = &pc[k.as_str()];
        let set = explicit.get(k.as_str()).is_some();
        if set || empty_to_null(v) != empty_to_null(&cfg.proxy_defaults[k.as_str()]) {
            let v = if k == "proxyMetadata" { sort_keys(v.clone()) } else { v.clone() };
            out.insert(k.clone(), v);
        }
    }
    Value::Object(out).to_string()
}

/// The pod's proxy config: the mesh default config with the annotation applied. The keys the
/// annotation sets are remembered under `__explicit` for `PROXY_CONFIG`.
pub(super) fn proxy_config(cfg: &InjectConfig, ann: &Map<String, Value>) -> Value {
    let mut pc = cfg.mesh["defaultConfig"].clone();
    if !pc.is_object() {
        pc = json!({});
    }
    if let Some(text) = ann.get(a::PROXY_CONFIG).map(go_str)
        && let Ok(over) = a::parse_proxy_config(&text)
    {
        crate::values::merge(&mut pc, &over);
        pc["__explicit"] = over;
    }
    pc
}
