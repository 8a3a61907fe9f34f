//! The ingress path: which ingress gateways expose the Service (through a VirtualService bound
//! to a Gateway whose selector picks them), at which address, with which routes.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::virtual_service::Target;
use super::{Ingress, Kind, Names, RULE, World, destination_rule, envoy_refs, protocol, s, selector};

/// An ingress Service and the ingress pods it selects.
struct Found<'a> {
    service: &'a Value,
    pods: Vec<&'a Value>,
}

impl Found<'_> {
    /// The load balancer's address, else the first pod's node, else `unknown`.
    fn address(&self) -> String {
        let lb = &self.service["status"]["loadBalancer"]["ingress"][0];
        if lb.is_object() {
            // A cloud load balancer may have a host name instead of an IP.
            return match (s(&lb["ip"]), s(&lb["hostname"])) {
                ("", h) => h.to_string(),
                (ip, _) => ip.to_string(),
            };
        }
        match self.pods.first().map(|p| s(&p["status"]["hostIP"])) {
            Some(ip) if !ip.is_empty() => ip.to_string(),
            _ => "unknown".into(),
        }
    }

    /// `Exposed on Ingress Gateway http://<address>[:port]` for its `http`/`http2` ports.
    fn exposed(&self) -> String {
        let mut out = String::new();
        let Some(pod) = self.pods.first() else { return out };
        for port in self.service["spec"]["ports"].as_array().into_iter().flatten() {
            let name = s(&port["name"]);
            if s(&port["protocol"]) != "TCP" || !(name == "http" || name == "http2") {
                continue;
            }
            if super::service::target_port(pod, port).is_err() {
                continue;
            }
            let number = port["port"].as_u64().unwrap_or(0);
            let scheme = match protocol::convert(number, name, "TCP", port["appProtocol"].as_str()) {
                "HTTP" | "HTTP2" => "http",
                _ => "",
            };
            let suffix = if scheme == "http" && number == 80 { String::new() } else { format!(":{number}") };
            out.push_str(&format!("Exposed on Ingress Gateway {scheme}://{}{suffix}\n", self.address()));
        }
        out
    }
}

/// The ingress section of `describe`, after the Services (and PeerAuthentication for a pod).
pub fn section(
    names: &Names,
    services: &[Value],
    pods_labels: &[&Map<String, Value>],
    ingress: &Ingress,
    world: &World,
) -> String {
    if ingress.refused {
        return "Skipping Gateway information (not allowed to list ingress gateway pods in all namespaces)\n"
            .into();
    }
    if ingress.pods.is_empty() {
        return "Skipping Gateway information (no ingress gateway pods)\n".into();
    }
    let mut out = String::new();
    let found: Vec<Found<'_>> = ingress
        .services
        .iter()
        .filter_map(|svc| {
            let ns = s(&svc["metadata"]["namespace"]);
            let sel = svc["spec"]["selector"].as_object();
            let pods: Vec<&Value> = ingress
                .pods
                .iter()
                .filter(|p| s(&p["metadata"]["namespace"]) == ns)
                .filter(|p| p["metadata"]["labels"].as_object().is_some_and(|l| super::selects(sel, l)))
                .collect();
            (!pods.is_empty()).then_some(Found { service: svc, pods })
        })
        .collect();
    if found.is_empty() {
        out.push_str("Skipping Gateway information (no ingress gateway service)\n");
    }
    let mut seen_drs = BTreeSet::new();
    let mut seen_vss = BTreeSet::new();
    let mut seen_gateways = BTreeSet::new();
    for pod in &ingress.pods {
        let key = format!("{}/{}", s(&pod["metadata"]["namespace"]), s(&pod["metadata"]["name"]));
        let Some(dump) = ingress.dumps.get(&key) else { continue };
        for svc in services {
            let host = Target::for_service(svc);
            let (svc_name, svc_ns) = (s(&svc["metadata"]["name"]), s(&svc["metadata"]["namespace"]));
            for port in svc["spec"]["ports"].as_array().into_iter().flatten() {
                let number = port["port"].as_u64().unwrap_or(0);
                let mut dr = None;
                if let Some((ns, name)) = envoy_refs::destination_rule(dump, &host, number) {
                    dr = world.get(Kind::DestinationRule, &ns, &name);
                    if seen_drs.insert((ns.clone(), name.clone())) && dr.is_none() {
                        out.push_str(&format!(
                            "WARNING: Proxy is stale; it references to non-existent destination rule {name}.{ns}\n"
                        ));
                    }
                }
                let (matching, other) =
                    dr.map(|d| destination_rule::subsets(d, pods_labels)).unwrap_or_default();
                let Some((vs_ns, vs_name)) = envoy_refs::virtual_service(dump, svc_name, svc_ns, number)
                else {
                    continue;
                };
                let vs = world.get(Kind::VirtualService, &vs_ns, &vs_name);
                if seen_vss.insert((vs_ns.clone(), vs_name.clone())) && vs.is_none() {
                    out.push_str(&format!(
                        "WARNING: Proxy is stale; it references to non-existent virtual service {vs_name}.{vs_ns}\n"
                    ));
                }
                let Some(vs) = vs else { continue };
                for gw in vs["spec"]["gateways"].as_array().into_iter().flatten().filter_map(Value::as_str) {
                    if gw.is_empty() || gw == "mesh" {
                        continue;
                    }
                    let (gw_ns, gw_name) = gw.split_once('/').unwrap_or((&vs_ns, gw));
                    if seen_gateways.contains(&(gw_ns.to_string(), gw_name.to_string())) {
                        continue;
                    }
                    let Some(gateway) = world.get(Kind::Gateway, gw_ns, gw_name) else {
                        out.push_str(&format!(
                            "WARNING: Proxy is stale; it references to non-existent gateway {gw_ns}/{gw_name}\n"
                        ));
                        continue;
                    };
                    seen_gateways.insert((gw_ns.to_string(), gw_name.to_string()));
                    let Some(gw_sel) = selector(&gateway["spec"]["selector"]) else {
                        out.push_str(&format!(
                            "Ingress Gateway {gw_ns}/{gw_name} be applied all workloads\n"
                        ));
                        continue;
                    };
                    let mut matched: Vec<&Found<'_>> = found
                        .iter()
                        .filter(|f| f.pods.iter().any(|p| super::selects(Some(gw_sel), super::labels_of(p))))
                        .collect();
                    if matched.is_empty() {
                        continue;
                    }
                    matched.sort_by_cached_key(|f| f.address());
                    out.push_str(RULE);
                    out.push('\n');
                    for f in matched {
                        out.push_str(&f.exposed());
                    }
                    let t =
                        Target { host: host.clone(), matching_subsets: &matching, other_subsets: &other, dr };
                    out.push_str(&super::virtual_service::render(names, 0, vs, &t));
                }
            }
        }
    }
    out
}
