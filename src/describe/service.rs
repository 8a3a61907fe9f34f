//! Per Service of the pod: its ports, then per port the DestinationRule, the VirtualService and
//! the RBAC policies the pod's Envoy holds for it.

use serde_json::{Map, Value};

use super::virtual_service::Target;
use super::{Kind, Names, RULE, World, destination_rule, envoy_refs, protocol, s, virtual_service};
use crate::debug::dump::ConfigDump;

/// `Service: <name>` and one line per TCP port (UDP ports are not Istio's; a port whose
/// protocol is not spelled out is skipped too, as upstream).
pub fn header(names: &Names, svc: &Value, pod: &Value) -> String {
    let mut out = format!("Service: {}\n", names.of(svc));
    for port in svc["spec"]["ports"].as_array().into_iter().flatten() {
        if s(&port["protocol"]) != "TCP" {
            continue;
        }
        match target_port(pod, port) {
            Ok(n) => out.push_str(&format!(
                "   Port: {} {}/{} targets pod port {n}\n",
                s(&port["name"]),
                port["port"].as_u64().unwrap_or(0),
                protocol::for_service_port(port)
            )),
            Err(e) => out.push_str(&format!("   {e}\n")),
        }
    }
    out
}

/// The pod port a Service port leads to: a number as it is, a name looked up among the
/// containers' ports of the same protocol.
pub fn target_port(pod: &Value, port: &Value) -> Result<u64, String> {
    match &port["targetPort"] {
        Value::String(name) => {
            let found = pod["spec"]["containers"]
                .as_array()
                .into_iter()
                .flatten()
                .flat_map(|c| c["ports"].as_array().into_iter().flatten())
                .find(|p| s(&p["name"]) == name && p["protocol"] == port["protocol"]);
            found
                .and_then(|p| p["containerPort"].as_u64())
                .ok_or_else(|| format!("no suitable port for manifest: {}", s(&pod["metadata"]["uid"])))
        }
        v => Ok(v.as_u64().unwrap_or(0)),
    }
}

/// The Services section: each Service, and per port its DestinationRule, VirtualService and
/// RBAC policies (ports are numbered when a Service has several).
pub fn pod_services(
    names: &Names,
    pod: &Value,
    services: &[Value],
    pods_labels: &[&Map<String, Value>],
    dump: &ConfigDump,
    world: &World,
) -> String {
    let mut out = String::new();
    for (row, svc) in services.iter().enumerate() {
        if row != 0 {
            out.push_str(RULE);
            out.push('\n');
        }
        out.push_str(&header(names, svc, pod));
        let ports = svc["spec"]["ports"].as_array().map(Vec::as_slice).unwrap_or(&[]);
        let several = ports.len() > 1;
        let indent = if several { 3 } else { 0 };
        let host = Target::for_service(svc);
        for port in ports {
            let number = port["port"].as_u64().unwrap_or(0);
            if several {
                out.push_str(&format!("{number}:\n"));
            }
            let mut dr = None;
            let (mut matching, mut other) = (Vec::new(), Vec::new());
            if let Some((ns, name)) = envoy_refs::destination_rule(dump, &host, number) {
                match world.get(Kind::DestinationRule, &ns, &name) {
                    Some(d) => {
                        out.push_str(&destination_rule::render(names, indent, d, pods_labels));
                        (matching, other) = destination_rule::subsets(d, pods_labels);
                        dr = Some(d);
                    }
                    None => out.push_str(&format!(
                        "WARNING: Proxy is stale; it references to non-existent destination rule {name}.{ns}\n"
                    )),
                }
            }
            let svc_name = s(&svc["metadata"]["name"]);
            let svc_ns = s(&svc["metadata"]["namespace"]);
            if let Some((ns, name)) = envoy_refs::virtual_service(dump, svc_name, svc_ns, number) {
                match world.get(Kind::VirtualService, &ns, &name) {
                    Some(vs) => {
                        let t = Target {
                            host: host.clone(),
                            matching_subsets: &matching,
                            other_subsets: &other,
                            dr,
                        };
                        out.push_str(&virtual_service::render(names, indent, vs, &t));
                    }
                    None => out.push_str(&format!(
                        "WARNING: Proxy is stale; it references to non-existent virtual service {name}.{ns}\n"
                    )),
                }
            }
            let policies = envoy_refs::rbac_policies(dump, number);
            if !policies.is_empty() {
                if several {
                    out.push_str(&format!("{number} "));
                }
                out.push_str(&format!("RBAC policies: {}\n", policies.join(", ")));
            }
        }
    }
    out
}
