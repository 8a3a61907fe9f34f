//! `proxy-config eds` (and the endpoint part of `all`): ClusterLoadAssignments from the
//! config dump's EDS section, pruned by the filters.

use serde_json::Value;

use super::dump::{AddressText, ConfigDump, Section, address, field, list, str_at, subset_key};
use super::protojson::{Node, unpacked};
use super::tabwriter::Table;

/// `--address` (`ip:port`, as the NAME column shows it), `--port`, `--cluster`, `--status`.
#[derive(Debug, Clone, Default)]
pub struct EdsFilter {
    pub address: String,
    pub port: u32,
    pub cluster: String,
    pub status: String,
}

fn address_text(a: Option<&Value>) -> (String, u64) {
    match address(a) {
        AddressText::Socket { ip, port } => (format!("{ip}:{port}"), port),
        AddressText::Pipe(p) => (p, 0),
        AddressText::Internal { listener, endpoint } => (format!("envoy://{listener}/{endpoint}"), 0),
        AddressText::Unknown => ("unknown".into(), 0),
    }
}

/// Every address of an endpoint: the main one, then the additional ones.
fn endpoint_addresses(lb: &Value) -> Vec<(String, u64)> {
    let ep = field(lb, "endpoint");
    let mut out = vec![address_text(ep.and_then(|e| field(e, "address")))];
    if let Some(e) = ep {
        for extra in list(e, "additional_addresses") {
            out.push(address_text(field(extra, "address")));
        }
    }
    out
}

fn health(lb: &Value) -> &str {
    let s = str_at(lb, &["health_status"]);
    if s.is_empty() { "UNKNOWN" } else { s }
}

impl EdsFilter {
    fn keeps(&self, cluster: &str, lb: &Value) -> bool {
        let addrs = endpoint_addresses(lb);
        (self.address.is_empty() || addrs.iter().any(|(a, _)| a.eq_ignore_ascii_case(&self.address)))
            && (self.port == 0 || addrs.iter().any(|(_, p)| *p == u64::from(self.port)))
            && (self.cluster.is_empty() || self.cluster.eq_ignore_ascii_case(cluster))
            && (self.status.is_empty() || self.status.eq_ignore_ascii_case(health(lb)))
    }
}

/// The assignments, sorted like clusters, with non-matching endpoints removed and empty
/// assignments dropped. A dump without an EDS section has no endpoints (not an error).
pub fn assignments(dump: &ConfigDump, filter: &EdsFilter) -> Vec<Value> {
    let Ok(section) = dump.section(Section::Endpoints) else { return Vec::new() };
    let mut out: Vec<Value> = Vec::new();
    for cla in list(section, "dynamic_endpoint_configs")
        .iter()
        .chain(list(section, "static_endpoint_configs"))
        .filter_map(|e| field(e, "endpoint_config"))
    {
        let cluster = str_at(cla, &["cluster_name"]);
        let mut pruned = cla.clone();
        let mut kept_any = false;
        if let Some(Value::Array(groups)) = pruned.get_mut("endpoints") {
            for g in groups.iter_mut() {
                let lb_key = if g.get("lb_endpoints").is_some() { "lb_endpoints" } else { "lbEndpoints" };
                if let Some(Value::Array(lbs)) = g.get_mut(lb_key) {
                    lbs.retain(|lb| filter.keeps(cluster, lb));
                    kept_any |= !lbs.is_empty();
                }
            }
        }
        if kept_any {
            out.push(pruned);
        }
    }
    out.sort_by_cached_key(|c| subset_key(str_at(c, &["cluster_name"])));
    out
}

fn locality(group: &Value) -> String {
    let Some(l) = field(group, "locality") else { return String::new() };
    let mut s = str_at(l, &["region"]).to_string();
    for part in ["zone", "sub_zone"] {
        let p = str_at(l, &[part]);
        if !p.is_empty() {
            s.push('/');
            s.push_str(p);
        }
    }
    s
}

pub fn summary(dump: &ConfigDump, filter: &EdsFilter, all: bool) -> String {
    let mut t = Table::new(5);
    t.row(["NAME", "STATUS", "LOCALITY", "CLUSTER"]);
    for cla in assignments(dump, filter) {
        let cluster = str_at(&cla, &["cluster_name"]);
        for group in list(&cla, "endpoints") {
            let loc = locality(group);
            for lb in list(group, "lb_endpoints") {
                let names: Vec<String> = endpoint_addresses(lb).into_iter().map(|(a, _)| a).collect();
                let name = names.join(",");
                let name = if all { format!("endpoint/{name}") } else { name };
                t.row([name, health(lb).to_string(), loc.clone(), cluster.to_string()]);
            }
        }
    }
    t.finish()
}

pub fn dump_nodes(dump: &ConfigDump, filter: &EdsFilter) -> Vec<Node> {
    assignments(dump, filter).iter().map(|c| unpacked(c, "endpoint_config")).collect()
}
