//! `proxy-config endpoint`: hosts from Envoy's `/clusters?format=json` (not the config dump).

use serde_json::Value;

use super::dump::{AddressText, address, field, list, str_at};
use super::protojson::{Node, message};
use super::tabwriter::Table;

/// `--address` (the IP alone), `--port`, `--cluster`, `--status`.
#[derive(Debug, Clone, Default)]
pub struct EndpointFilter {
    pub address: String,
    pub port: u32,
    pub cluster: String,
    pub status: String,
}

struct Host<'a> {
    ip: String,
    port: u64,
    shown: String,
    status: &'a str,
    outlier: &'static str,
    cluster: &'a str,
}

fn host<'a>(cluster: &'a str, h: &'a Value) -> Host<'a> {
    let (ip, port, shown) = match address(field(h, "address")) {
        AddressText::Socket { ip, port } => {
            let shown = if port == 0 { ip.clone() } else { format!("{ip}:{port}") };
            (ip, port, shown)
        }
        AddressText::Pipe(p) => (String::new(), 0, format!("unix://{p}")),
        AddressText::Internal { listener, endpoint } => {
            (String::new(), 0, format!("envoy://{listener}/{endpoint}"))
        }
        AddressText::Unknown => (String::new(), 0, "unknown".into()),
    };
    let hs = field(h, "health_status");
    let status = hs.map(|s| str_at(s, &["eds_health_status"])).filter(|s| !s.is_empty()).unwrap_or("UNKNOWN");
    let failed = hs.and_then(|s| field(s, "failed_outlier_check")).and_then(Value::as_bool).unwrap_or(false);
    Host { ip, port, shown, status, outlier: if failed { "FAILED" } else { "OK" }, cluster }
}

impl EndpointFilter {
    fn keeps(&self, h: &Host) -> bool {
        (self.address.is_empty() || self.address.eq_ignore_ascii_case(&h.ip))
            && (self.port == 0 || u64::from(self.port) == h.port)
            && (self.cluster.is_empty() || self.cluster.eq_ignore_ascii_case(h.cluster))
            && (self.status.is_empty() || self.status.eq_ignore_ascii_case(h.status))
    }
}

fn statuses(clusters: &Value) -> &[Value] {
    list(clusters, "cluster_statuses")
}

pub fn summary(clusters: &Value, filter: &EndpointFilter) -> String {
    let mut hosts: Vec<Host> = statuses(clusters)
        .iter()
        .flat_map(|c| {
            let name = str_at(c, &["name"]);
            list(c, "host_statuses").iter().map(move |h| host(name, h))
        })
        .filter(|h| filter.keeps(h))
        .collect();
    hosts.sort_by(|a, b| (&a.ip, a.port, a.cluster).cmp(&(&b.ip, b.port, b.cluster)));
    let mut t = Table::new(5);
    t.row(["ENDPOINT", "STATUS", "OUTLIER CHECK", "CLUSTER"]);
    for h in hosts {
        t.row([h.shown, h.status.to_string(), h.outlier.to_string(), h.cluster.to_string()]);
    }
    t.finish()
}

/// Every cluster with at least one matching host, with all of its hosts (as upstream prints).
pub fn dump_nodes(clusters: &Value, filter: &EndpointFilter) -> Vec<Node> {
    statuses(clusters)
        .iter()
        .filter(|c| {
            let name = str_at(c, &["name"]);
            list(c, "host_statuses").iter().any(|h| filter.keeps(&host(name, h)))
        })
        .map(|c| message(c, "cluster_status"))
        .collect()
}
