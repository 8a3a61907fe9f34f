//! Checks on the resolved settings that end up in Kubernetes objects: counts, quantities,
//! names, enumerations and durations. A value the API server (or istiod) would refuse, or
//! that would render a broken object, is refused here, naming the setting and what it takes.

use serde_json::Value;

use crate::error::Failure;

#[derive(Debug, Clone, Copy)]
enum Rule {
    /// A whole number from 0 to 2³¹−1 (replicas and the like).
    Count,
    /// A Kubernetes quantity (`100m`, `1Gi`, `0.5`), not negative.
    Quantity,
    /// A DNS-1123 label: lowercase letters, digits and `-`, at most 63 characters.
    Name,
    /// One of these words (the empty string means "not set").
    OneOf(&'static [&'static str]),
    /// A Go duration such as `30m`, `1h30m`, `500ms`.
    Duration,
}

/// Settings paths (from `spec`) and their rule. `*` stands for any one map key, `[]` for any
/// list item; a leading `**` for any number of either.
const RULES: &[(&str, Rule)] = &[
    ("namespace", Rule::Name),
    ("components.*.namespace", Rule::Name),
    ("components.*.[].namespace", Rule::Name),
    ("components.*.[].name", Rule::Name),
    ("values.global.istioNamespace", Rule::Name),
    ("components.*.k8s.replicaCount", Rule::Count),
    ("components.*.[].k8s.replicaCount", Rule::Count),
    ("components.*.k8s.hpaSpec.minReplicas", Rule::Count),
    ("components.*.k8s.hpaSpec.maxReplicas", Rule::Count),
    ("components.*.[].k8s.hpaSpec.minReplicas", Rule::Count),
    ("components.*.[].k8s.hpaSpec.maxReplicas", Rule::Count),
    ("values.pilot.replicaCount", Rule::Count),
    ("values.pilot.autoscaleMin", Rule::Count),
    ("values.pilot.autoscaleMax", Rule::Count),
    ("values.gateways.*.replicaCount", Rule::Count),
    ("values.gateways.*.autoscaleMin", Rule::Count),
    ("values.gateways.*.autoscaleMax", Rule::Count),
    ("**.resources.requests.*", Rule::Quantity),
    ("**.resources.limits.*", Rule::Quantity),
    ("values.global.imagePullPolicy", Rule::OneOf(&["", "Always", "IfNotPresent", "Never"])),
    ("components.*.k8s.imagePullPolicy", Rule::OneOf(&["", "Always", "IfNotPresent", "Never"])),
    ("components.*.[].k8s.imagePullPolicy", Rule::OneOf(&["", "Always", "IfNotPresent", "Never"])),
    ("values.global.proxy.autoInject", Rule::OneOf(&["enabled", "disabled"])),
    ("values.global.resourceScope", Rule::OneOf(&["all", "cluster", "namespace"])),
    ("values.sidecarInjectorWebhook.reinvocationPolicy", Rule::OneOf(&["", "Never", "IfNeeded"])),
    ("values.gateways.*.type", Rule::OneOf(&["", "ClusterIP", "NodePort", "LoadBalancer"])),
    ("values.gateways.*.externalTrafficPolicy", Rule::OneOf(&["", "Cluster", "Local"])),
    (
        "values.global.proxy.logLevel",
        Rule::OneOf(&["", "trace", "debug", "info", "warning", "error", "critical", "off"]),
    ),
    ("values.pilot.keepaliveMaxServerConnectionAge", Rule::Duration),
];

/// Names meshctl derives from the revision that must stay DNS-1123 labels (Service names and
/// label values are at most 63 characters).
const REVISION_NAMES: &[&str] = &["istiod-{}"];

/// Checks `spec` (the resolved IstioOperator spec) against every rule.
pub fn check(spec: &Value) -> Result<(), Failure> {
    let mut path = Vec::new();
    walk(spec, &mut path)?;
    let revision = spec["revision"].as_str().unwrap_or_default();
    if !revision.is_empty() {
        for pattern in REVISION_NAMES {
            let name = pattern.replace("{}", revision);
            if name.len() > 63 {
                return Err(Failure::usage(format!(
                    "revision `{revision}` is too long: it names the Service `{name}`, {} characters (at most 63)",
                    name.len()
                ))
                .help(format!("use a revision of at most {} characters", 63 - (pattern.len() - 2))));
            }
        }
    }
    Ok(())
}

/// [`RULES`] with their paths split into segments once: `walk` tests every rule at every node
/// of the settings tree, and splitting there dominated `manifest generate`'s run time.
fn rules() -> &'static [(Vec<&'static str>, Rule)] {
    static SPLIT: std::sync::OnceLock<Vec<(Vec<&'static str>, Rule)>> = std::sync::OnceLock::new();
    SPLIT.get_or_init(|| RULES.iter().map(|(p, r)| (p.split('.').collect(), *r)).collect())
}

fn walk(v: &Value, path: &mut Vec<String>) -> Result<(), Failure> {
    if let Some(rule) = rules().iter().find(|(p, _)| matches(p, path)).map(|(_, r)| *r) {
        check_one(v, rule, path)?;
    }
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                path.push(k.clone());
                walk(x, path)?;
                path.pop();
            }
        }
        Value::Array(l) => {
            for (i, x) in l.iter().enumerate() {
                path.push(format!("[{i}]"));
                walk(x, path)?;
                path.pop();
            }
        }
        _ => {}
    }
    Ok(())
}

fn matches(pat: &[&str], path: &[String]) -> bool {
    if pat.first() == Some(&"**") {
        let rest = &pat[1..];
        return path.len() >= rest.len() && seg_match(rest, &path[path.len() - rest.len()..]);
    }
    pat.len() == path.len() && seg_match(pat, path)
}

fn seg_match(pat: &[&str], path: &[String]) -> bool {
    pat.iter().zip(path).all(|(p, s)| match *p {
        "*" => !s.starts_with('['),
        "[]" => s.starts_with('['),
        lit => lit == s,
    })
}

fn display(path: &[String]) -> String {
    let mut s = String::new();
    for seg in path {
        if !s.is_empty() && !seg.starts_with('[') {
            s.push('.');
        }
        s.push_str(seg);
    }
    s
}

fn check_one(v: &Value, rule: Rule, path: &[String]) -> Result<(), Failure> {
    if v.is_null() {
        return Ok(());
    }
    let shown = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let refuse = |want: &str, help: &str| {
        Err(Failure::usage(format!("`{}` takes {want}, not `{shown}`", display(path))).help(help.to_string()))
    };
    match rule {
        Rule::Count => {
            let ok = match v {
                Value::Number(n) => n.as_u64().is_some_and(|n| n <= i32::MAX as u64),
                _ => false,
            };
            if !ok {
                return refuse("a whole number from 0 to 2147483647", "write digits only, e.g. `2`");
            }
        }
        Rule::Quantity => {
            if !is_quantity(v) {
                return refuse(
                    "a Kubernetes quantity",
                    "write a number with an optional suffix, e.g. `100m` or `0.5` (CPU), `128Mi` or `1Gi` (memory)",
                );
            }
        }
        Rule::Name => {
            if !v.as_str().is_some_and(|s| s.is_empty() || is_dns_label(s)) {
                return refuse(
                    "a DNS-1123 name",
                    "use lowercase letters, digits and `-`, starting and ending with a letter or digit, at most 63 characters",
                );
            }
        }
        Rule::OneOf(words) => {
            if !v.as_str().is_some_and(|s| words.contains(&s)) {
                let list: Vec<String> =
                    words.iter().filter(|w| !w.is_empty()).map(|w| format!("`{w}`")).collect();
                return refuse(&format!("one of {}", list.join(", ")), "values are case-sensitive");
            }
        }
        Rule::Duration => {
            if !v.as_str().is_some_and(is_duration) {
                return refuse("a duration", "write a number with a unit, e.g. `30m`, `1h30m`, `500ms`");
            }
        }
    }
    Ok(())
}

pub fn is_dns_label(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 63
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// A Kubernetes resource quantity, not negative: digits with an optional fraction, then an
/// optional binary (`Ki`…`Ei`), decimal (`n u m k M G T P E`) or exponent suffix.
fn is_quantity(v: &Value) -> bool {
    let s = match v {
        Value::Number(n) => return n.as_f64().is_some_and(|f| f >= 0.0 && f.is_finite()),
        Value::String(s) => s.as_str(),
        _ => return false,
    };
    let s = s.strip_prefix('+').unwrap_or(s);
    let digits_end = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    let (num, suffix) = s.split_at(digits_end);
    let num_ok = !num.is_empty()
        && num != "."
        && num.matches('.').count() <= 1
        && num.bytes().any(|b| b.is_ascii_digit());
    let suffix_ok = matches!(
        suffix,
        "" | "Ki" | "Mi" | "Gi" | "Ti" | "Pi" | "Ei" | "n" | "u" | "m" | "k" | "M" | "G" | "T" | "P" | "E"
    ) || (suffix.starts_with(['e', 'E']) && {
        let e = suffix[1..].strip_prefix(['+', '-']).unwrap_or(&suffix[1..]);
        !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit())
    });
    num_ok && suffix_ok
}

/// A Go duration: one or more number+unit pairs (`ns us µs ms s m h`), or `0`.
fn is_duration(s: &str) -> bool {
    if s == "0" {
        return true;
    }
    let mut rest = s;
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let n = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if n == 0 {
            return false;
        }
        rest = &rest[n..];
        let unit = ["ns", "us", "µs", "ms", "s", "m", "h"].iter().find(|u| rest.starts_with(**u));
        match unit {
            // `m` must not swallow the `m` of `ms`: units are tried longest first above.
            Some(u) => rest = &rest[u.len()..],
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn counts_quantities_names_enums_and_durations() {
        let bad = [
            (
                json!({"components": {"pilot": {"k8s": {"replicaCount": "abc"}}}}),
                "components.pilot.k8s.replicaCount",
            ),
            (
                json!({"components": {"pilot": {"k8s": {"replicaCount": -1}}}}),
                "components.pilot.k8s.replicaCount",
            ),
            (
                json!({"components": {"pilot": {"k8s": {"replicaCount": 1.0e23}}}}),
                "components.pilot.k8s.replicaCount",
            ),
            (json!({"namespace": "Bad_NS"}), "namespace"),
            (
                json!({"components": {"ingressGateways": [{"name": "Gw"}]}}),
                "components.ingressGateways[0].name",
            ),
            (
                json!({"values": {"pilot": {"resources": {"requests": {"cpu": "-5"}}}}}),
                "values.pilot.resources.requests.cpu",
            ),
            (
                json!({"values": {"global": {"proxy": {"resources": {"limits": {"memory": "lots"}}}}}}),
                "values.global.proxy.resources.limits.memory",
            ),
            (json!({"values": {"global": {"imagePullPolicy": "always"}}}), "values.global.imagePullPolicy"),
            (
                json!({"values": {"pilot": {"keepaliveMaxServerConnectionAge": "30 minutes"}}}),
                "values.pilot.keepaliveMaxServerConnectionAge",
            ),
        ];
        for (spec, path) in bad {
            let e = check(&spec).unwrap_err();
            assert!(e.message.starts_with(&format!("`{path}` takes ")), "{spec}: {}", e.message);
        }
        let good = json!({
            "namespace": "istio-system",
            "components": {"pilot": {"k8s": {"replicaCount": 3, "resources": {"requests": {"cpu": "100m", "memory": "1.5Gi"}, "limits": {"cpu": 2}}}}},
            "values": {"pilot": {"keepaliveMaxServerConnectionAge": "1h30m"}, "global": {"imagePullPolicy": ""}}
        });
        check(&good).unwrap();
    }

    #[test]
    fn a_revision_whose_service_name_is_too_long_is_refused() {
        let rev = "r".repeat(57);
        let e = check(&json!({"revision": rev})).unwrap_err();
        assert!(e.message.contains("64 characters (at most 63)"), "{}", e.message);
        check(&json!({"revision": "r".repeat(56)})).unwrap();
    }
}
