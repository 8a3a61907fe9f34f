//! The annotations that customise injection, and their validation.

use serde_json::{Map, Value};

// The Istio annotations' names and the table that says how each is checked live in
// `crate::annotations`, shared with the analyzers.
pub use crate::annotations::*;

// Kubernetes annotations the injector reads or sets.
pub const MULTUS_NETWORKS: &str = "k8s.v1.cni.cncf.io/networks";
pub const DEFAULT_CONTAINER: &str = "kubectl.kubernetes.io/default-container";
pub const DEFAULT_LOGS_CONTAINER: &str = "kubectl.kubernetes.io/default-logs-container";

/// An annotation that breaks its rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    pub annotation: String,
    pub value: String,
    pub rule: String,
}

/// Checks every annotation with a rule present in `annotations`, in the table's order.
pub fn validate(annotations: &Map<String, Value>) -> Result<(), Invalid> {
    for (name, rule) in ANNOTATIONS.iter().filter_map(|a| Some((a.name, a.rule?))) {
        let Some(v) = annotations.get(name) else {
            continue;
        };
        let value = match v {
            Value::String(s) => s.clone(),
            Value::Null => continue,
            other => other.to_string(),
        };
        if let Err(rule) = check(rule, &value) {
            return Err(Invalid { annotation: name.to_string(), value, rule });
        }
    }
    Ok(())
}

fn check(rule: Rule, v: &str) -> Result<(), String> {
    match rule {
        Rule::InterceptionMode => match v {
            "REDIRECT" | "TPROXY" | "NONE" => Ok(()),
            _ => Err("one of `REDIRECT`, `TPROXY` or `NONE`".into()),
        },
        Rule::Port => match v.trim().parse::<u32>() {
            Ok(p) if p <= 65535 => Ok(()),
            _ => Err("a port number from 0 to 65535".into()),
        },
        Rule::Uint32 => v.trim().parse::<u32>().map(|_| ()).map_err(|_| "an unsigned 32-bit integer".into()),
        Rule::CidrList(key, star) => {
            let msg = || {
                format!(
                    "a comma-separated list of CIDRs such as `10.0.0.0/8`{} (the rule for `values.global.proxy.{key}`)",
                    if star { ", or `*`" } else { "" }
                )
            };
            if star && v.trim() == "*" {
                return Ok(());
            }
            for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                if !is_cidr(part) {
                    return Err(msg());
                }
            }
            Ok(())
        }
        Rule::PortList(key, star) => {
            let msg = || {
                format!(
                    "a comma-separated list of ports from 1 to 65535{} (the rule for `values.global.proxy.{key}`)",
                    if star { ", or `*`" } else { "" }
                )
            };
            if star && v.trim() == "*" {
                return Ok(());
            }
            for part in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match part.parse::<u32>() {
                    Ok(p) if (1..=65535).contains(&p) => {}
                    _ => return Err(msg()),
                }
            }
            Ok(())
        }
        Rule::InterfaceList => {
            for part in v.split(',').map(str::trim) {
                if part.is_empty() || part.len() > 15 || part.contains(['/', ' ']) {
                    return Err("a comma-separated list of network interface names".into());
                }
            }
            Ok(())
        }
        Rule::Bool => parse_bool(v).map(|_| ()).ok_or_else(|| "`true` or `false`".into()),
        Rule::Quantity => match super::quantity::parse(v) {
            Some(q) if !q.is_negative() => Ok(()),
            _ => Err("a non-negative resource quantity such as `100m` or `128Mi`".into()),
        },
        Rule::JsonObject => match serde_json::from_str::<Value>(v) {
            Ok(Value::Object(_)) => Ok(()),
            _ => Err("a JSON object mapping names to specs".into()),
        },
        Rule::ProxyConfig => parse_proxy_config(v).map(|_| ()),
    }
}

/// What `sidecar.istio.io/inject` asks for, read as upstream's injector reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InjectPolicy {
    Inject,
    /// Empty: the namespace's policy decides.
    Default,
    Disabled,
    /// Neither true nor false (`maybe`): upstream does not inject.
    Unknown,
}

/// Reads the `sidecar.istio.io/inject` value (case-insensitive `y`, `yes`, `true`, `on` inject).
pub fn inject_policy(v: &str) -> InjectPolicy {
    match v.to_ascii_lowercase().as_str() {
        "y" | "yes" | "true" | "on" => InjectPolicy::Inject,
        "" => InjectPolicy::Default,
        "n" | "no" | "false" | "off" => InjectPolicy::Disabled,
        _ => InjectPolicy::Unknown,
    }
}

/// Go's `strconv.ParseBool`.
pub fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "1" | "t" | "T" | "true" | "TRUE" | "True" => Some(true),
        "0" | "f" | "F" | "false" | "FALSE" | "False" => Some(false),
        _ => None,
    }
}

/// Parses the `proxy.istio.io/config` annotation (YAML or JSON ProxyConfig).
pub fn parse_proxy_config(v: &str) -> Result<Value, String> {
    if v.trim().is_empty() {
        return Ok(Value::Object(Map::new()));
    }
    match serde_saphyr::from_str::<Value>(v) {
        Ok(Value::Object(m)) => {
            check_proxy_config_fields(&m)?;
            Ok(Value::Object(m))
        }
        Ok(Value::Null) => Ok(Value::Object(Map::new())),
        Ok(_) => Err("a ProxyConfig as a YAML or JSON object".into()),
        Err(e) => Err(format!(
            "a ProxyConfig as a YAML or JSON object ({})",
            e.to_string().lines().next().unwrap_or("")
        )),
    }
}

/// ProxyConfig fields that are protobuf durations.
const DURATION_FIELDS: &[&str] = &[
    "drainDuration",
    "parentShutdownDuration",
    "terminationDrainDuration",
    "discoveryRefreshDelay",
    "fileFlushInterval",
];

/// Checks the fields the proxy would reject at start-up (upstream validates them too).
fn check_proxy_config_fields(m: &Map<String, Value>) -> Result<(), String> {
    for f in DURATION_FIELDS {
        match m.get(*f) {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if is_duration(s) => {}
            Some(other) => {
                return Err(format!(
                    "a ProxyConfig whose `{f}` is a duration such as `5s` or `1m30s` (found `{}`)",
                    super::gosem::go_str(other)
                ));
            }
        }
    }
    match m.get("concurrency") {
        None | Some(Value::Null) => {}
        Some(Value::Number(n)) if n.as_u64().is_some_and(|c| c <= i32::MAX as u64) => {}
        Some(other) => {
            return Err(format!(
                "a ProxyConfig whose `concurrency` is a whole number of worker threads, 0 or more (found `{}`)",
                super::gosem::go_str(other)
            ));
        }
    }
    for f in ["statusPort", "proxyAdminPort"] {
        match m.get(f) {
            None | Some(Value::Null) => {}
            Some(Value::Number(n)) if n.as_u64().is_some_and(|p| p <= 65535) => {}
            Some(other) => {
                return Err(format!(
                    "a ProxyConfig whose `{f}` is a port number from 0 to 65535 (found `{}`)",
                    super::gosem::go_str(other)
                ));
            }
        }
    }
    for f in ["holdApplicationUntilProxyStarts"] {
        if let Some(v) = m.get(f)
            && !(v.is_boolean() || v.is_null())
        {
            return Err(format!(
                "a ProxyConfig whose `{f}` is true or false (found `{}`)",
                super::gosem::go_str(v)
            ));
        }
    }
    for f in ["proxyMetadata"] {
        if let Some(v) = m.get(f)
            && !(v.is_object() || v.is_null())
        {
            return Err(format!("a ProxyConfig whose `{f}` is a map of names to values"));
        }
    }
    Ok(())
}

/// A protobuf JSON duration as the proxy accepts it: Go-style units (`1h2m3.5s`, `100ms`).
fn is_duration(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() {
        return false;
    }
    let mut rest = s;
    while !rest.is_empty() {
        let digits = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if digits == 0 || rest[..digits].parse::<f64>().is_err() {
            return false;
        }
        rest = &rest[digits..];
        let unit = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        if !matches!(&rest[..unit], "ns" | "us" | "µs" | "ms" | "s" | "m" | "h") {
            return false;
        }
        rest = &rest[unit..];
    }
    true
}

fn is_cidr(s: &str) -> bool {
    let Some((ip, bits)) = s.split_once('/') else {
        return false;
    };
    let Ok(bits) = bits.parse::<u8>() else {
        return false;
    };
    if let Ok(a) = ip.parse::<std::net::Ipv4Addr>() {
        let _ = a;
        return bits <= 32;
    }
    ip.parse::<std::net::Ipv6Addr>().is_ok() && bits <= 128
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ann(k: &str, v: &str) -> Map<String, Value> {
        let mut m = Map::new();
        m.insert(k.into(), json!(v));
        m
    }

    #[test]
    fn good_values_pass() {
        assert!(validate(&ann(INCLUDE_OUTBOUND_IP_RANGES, "10.0.0.0/8, fd00::/8")).is_ok());
        assert!(validate(&ann(INCLUDE_OUTBOUND_IP_RANGES, "*")).is_ok());
        assert!(validate(&ann(INCLUDE_INBOUND_PORTS, "*")).is_ok());
        assert!(validate(&ann(EXCLUDE_INBOUND_PORTS, "")).is_ok());
        assert!(validate(&ann(PROXY_CPU, "250m")).is_ok());
        assert!(validate(&ann(STATUS_PORT, "0")).is_ok());
    }

    #[test]
    fn bad_values_name_the_rule() {
        let e = validate(&ann(EXCLUDE_OUTBOUND_IP_RANGES, "10.0.0.1")).unwrap_err();
        assert!(e.rule.contains("excludeIPRanges"));
        let e = validate(&ann(EXCLUDE_INBOUND_PORTS, "*")).unwrap_err();
        assert_eq!(e.annotation, EXCLUDE_INBOUND_PORTS);
        assert!(validate(&ann(INTERCEPTION_MODE, "BOGUS")).is_err());
        assert!(validate(&ann(PROXY_MEMORY, "lots")).is_err());
        assert!(validate(&ann(EXCLUDE_OUTBOUND_PORTS, "70000")).is_err());
        assert!(validate(&ann(PROXY_MEMORY, "-5Gi")).is_err());
    }

    #[test]
    fn proxy_config_fields_are_checked() {
        assert!(validate(&ann(PROXY_CONFIG, "terminationDrainDuration: 30s")).is_ok());
        assert!(validate(&ann(PROXY_CONFIG, "{drainDuration: 1m30s, concurrency: 2}")).is_ok());
        let e = validate(&ann(PROXY_CONFIG, "terminationDrainDuration: abc")).unwrap_err();
        assert!(e.rule.contains("terminationDrainDuration"), "{}", e.rule);
        assert!(validate(&ann(PROXY_CONFIG, "concurrency: -1")).is_err());
        assert!(validate(&ann(PROXY_CONFIG, "concurrency: 1.5")).is_err());
    }

    #[test]
    fn inject_values_read_as_upstream() {
        assert_eq!(inject_policy("TRUE"), InjectPolicy::Inject);
        assert_eq!(inject_policy("yes"), InjectPolicy::Inject);
        assert_eq!(inject_policy("false"), InjectPolicy::Disabled);
        assert_eq!(inject_policy("maybe"), InjectPolicy::Unknown);
        assert_eq!(inject_policy(""), InjectPolicy::Default);
    }
}
