//! The DestinationRule block: its host, which subsets the pod(s) fall in, and its traffic
//! policy in short.

use serde_json::{Map, Value};

use super::{Names, s, selects};

/// Subset names whose labels select any of the pods, and the others.
pub fn subsets(dr: &Value, pods_labels: &[&Map<String, Value>]) -> (Vec<String>, Vec<String>) {
    let mut matching = Vec::new();
    let mut other = Vec::new();
    for subset in dr["spec"]["subsets"].as_array().into_iter().flatten() {
        let sel = subset["labels"].as_object();
        let name = s(&subset["name"]).to_string();
        if pods_labels.iter().any(|l| selects(sel, l)) { matching.push(name) } else { other.push(name) }
    }
    (matching, other)
}

/// The block, indented by `indent` spaces.
pub fn render(names: &Names, indent: usize, dr: &Value, pods_labels: &[&Map<String, Value>]) -> String {
    let l0 = " ".repeat(indent);
    let l1 = " ".repeat(indent + 3);
    let l2 = " ".repeat(indent + 6);
    let mut out = format!("{l0}DestinationRule: {} for \"{}\"\n", names.of(dr), s(&dr["spec"]["host"]));
    let (matching, other) = subsets(dr, pods_labels);
    if !matching.is_empty() || !other.is_empty() {
        if matching.is_empty() {
            out.push_str(&format!(
                "{l1}WARNING POD DOES NOT MATCH ANY SUBSETS.  (Non matching subsets {})\n",
                other.join(",")
            ));
        }
        out.push_str(&format!("{l1}Matching subsets: {}\n", matching.join(",")));
        if !other.is_empty() {
            out.push_str(&format!("{l2}(Non-matching subsets {})\n", other.join(",")));
        }
    }
    let policy = &dr["spec"]["trafficPolicy"];
    if !policy.is_object() {
        out.push_str(&format!("{l1}No Traffic Policy\n"));
        return out;
    }
    if policy["tls"].is_object() {
        out.push_str(&format!("{l1}Traffic Policy TLS Mode: {}\n", tls_mode(&policy["tls"])));
    }
    if let Some(p) = short_policies(policy) {
        out.push_str(&format!("{l1}{p}\n"));
    }
    if let Some(ports) = policy["portLevelSettings"].as_array().filter(|p| !p.is_empty()) {
        out.push_str(&format!("{l1}Port Level Settings:\n"));
        for ps in ports {
            // Always four spaces, whatever the block's indent: upstream's layout.
            out.push_str(&format!("    {}:\n", ps["port"]["number"].as_u64().unwrap_or(0)));
            if ps["tls"].is_object() {
                out.push_str(&format!("{l2}TLS Mode: {}\n", tls_mode(&ps["tls"])));
            }
            if let Some(p) = short_policies(ps) {
                out.push_str(&format!("{l2}{p}\n"));
            }
        }
    }
    out
}

/// The TLS mode's name; an unset mode is the enum's zero, `DISABLE`.
fn tls_mode(tls: &Value) -> &str {
    match s(&tls["mode"]) {
        "" => "DISABLE",
        m => m,
    }
}

/// `Policies: load balancer/connection pool/outlier detection` (the ones set).
fn short_policies(p: &Value) -> Option<String> {
    let set: Vec<&str> = [
        ("loadBalancer", "load balancer"),
        ("connectionPool", "connection pool"),
        ("outlierDetection", "outlier detection"),
    ]
    .iter()
    .filter(|(k, _)| p[*k].is_object())
    .map(|(_, w)| *w)
    .collect();
    (!set.is_empty()).then(|| format!("Policies: {}", set.join("/")))
}
