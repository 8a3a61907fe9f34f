//! `proxy-config listener`: listeners with one row per filter chain, as upstream prints them.

use serde_json::Value;

use super::dump::{AddressText, ConfigDump, DumpError, Section, address, field, list, path, str_at, u64_at};
use super::protojson::{Node, unpacked};
use super::sort::go_sort_slice;
use super::tabwriter::Table;

const HCM: &str = "envoy.filters.network.http_connection_manager";
const TCP_PROXY: &str = "envoy.filters.network.tcp_proxy";

/// `--address`, `--port`, `--type`, `--verbose`.
#[derive(Debug, Clone)]
pub struct ListenerFilter {
    pub address: String,
    pub port: u32,
    pub kind: String,
    pub verbose: bool,
}

impl Default for ListenerFilter {
    fn default() -> Self {
        ListenerFilter { address: String::new(), port: 0, kind: String::new(), verbose: true }
    }
}

impl ListenerFilter {
    fn matches(&self, l: &Value) -> bool {
        if !self.address.is_empty() && !addresses(l).iter().any(|a| a.eq_ignore_ascii_case(&self.address)) {
            return false;
        }
        if self.port != 0 && port(l) != u64::from(self.port) {
            return false;
        }
        if !self.kind.is_empty() && !listener_type(l).eq_ignore_ascii_case(&self.kind) {
            return false;
        }
        true
    }
}

/// Active dynamic listeners then static ones (draining and warming ones are ignored).
pub fn listeners(dump: &ConfigDump) -> Result<Vec<&Value>, DumpError> {
    let section = dump.section(Section::Listeners)?;
    let out: Vec<&Value> = list(section, "dynamic_listeners")
        .iter()
        .filter_map(|l| path(l, &["active_state", "listener"]))
        .chain(list(section, "static_listeners").iter().filter_map(|l| field(l, "listener")))
        .collect();
    if out.is_empty() {
        return Err(DumpError::Empty("listeners"));
    }
    Ok(out)
}

fn main_address(l: &Value) -> String {
    match address(field(l, "address")) {
        AddressText::Socket { ip, .. } => ip,
        AddressText::Pipe(p) => p,
        _ => String::new(),
    }
}

/// The main address followed by the additional ones.
fn addresses(l: &Value) -> Vec<String> {
    let mut out = vec![main_address(l)];
    for extra in list(l, "additional_addresses") {
        if let AddressText::Socket { ip, .. } = address(field(extra, "address")) {
            out.push(ip);
        }
    }
    out
}

fn port(l: &Value) -> u64 {
    u64_at(l, &["address", "socket_address", "port_value"])
}

fn chains(l: &Value) -> Vec<&Value> {
    let mut out: Vec<&Value> = list(l, "filter_chains").iter().collect();
    if let Some(d) = field(l, "default_filter_chain") {
        out.push(d);
    }
    out
}

fn is_blackhole_tcp(filter: &Value) -> bool {
    field(filter, "typed_config").is_some_and(|c| c.to_string().contains("BlackHoleCluster"))
}

/// HTTP, TCP, HTTP+TCP or UNKNOWN, from the network filters of every chain.
pub fn listener_type(l: &Value) -> &'static str {
    let (mut http, mut tcp) = (0, 0);
    for chain in chains(l) {
        for f in list(chain, "filters") {
            match str_at(f, &["name"]) {
                HCM => http += 1,
                TCP_PROXY if !is_blackhole_tcp(f) => tcp += 1,
                _ => {}
            }
        }
    }
    match (http > 0, tcp > 0) {
        (true, false) => "HTTP",
        (true, true) => "HTTP+TCP",
        (false, true) => "TCP",
        (false, false) => "UNKNOWN",
    }
}

fn describe_alpn(protocols: &[&str]) -> String {
    const KNOWN: &[(&str, &[&str])] = &[
        ("App: HTTP TLS", &["http/1.0", "http/1.1", "h2c", "istio-http/1.0", "istio-http/1.1", "istio-h2"]),
        ("App: Istio HTTP Plain", &["istio", "istio-http/1.0", "istio-http/1.1", "istio-h2"]),
        ("App: TCP TLS", &["istio-peer-exchange", "istio"]),
        ("App: HTTP", &["http/1.0", "http/1.1", "h2c"]),
    ];
    KNOWN
        .iter()
        .find(|(_, p)| *p == protocols)
        .map(|(d, _)| d.to_string())
        .unwrap_or_else(|| format!("App: {}", protocols.join(",")))
}

fn strings<'a>(v: &'a Value, name: &str) -> Vec<&'a str> {
    list(v, name).iter().filter_map(Value::as_str).collect()
}

fn describe_chain_match(chain: &Value) -> String {
    let empty = Value::Null;
    let m = field(chain, "filter_chain_match").unwrap_or(&empty);
    let mut parts = Vec::new();
    let sni = strings(m, "server_names");
    if !sni.is_empty() {
        parts.push(format!("SNI: {}", sni.join(",")));
    }
    let transport = str_at(m, &["transport_protocol"]);
    if !transport.is_empty() {
        parts.push(format!("Trans: {transport}"));
    }
    let alpn = strings(m, "application_protocols");
    if !alpn.is_empty() {
        parts.push(describe_alpn(&alpn));
    }
    let port =
        field(m, "destination_port").map(|p| format!(":{}", p.as_u64().unwrap_or(0))).unwrap_or_default();
    let ranges = list(m, "prefix_ranges");
    if !ranges.is_empty() {
        let pf: Vec<String> = ranges
            .iter()
            .map(|r| format!("{}/{}", str_at(r, &["address_prefix"]), u64_at(r, &["prefix_len"])))
            .collect();
        parts.push(format!("Addr: {}{port}", pf.join(",")));
    } else if !port.is_empty() {
        parts.push(format!("Addr: *{port}"));
    }
    if parts.is_empty() { "ALL".into() } else { parts.join("; ") }
}

/// What a chain sends traffic to: a route, a cluster, an inline route table.
fn describe_destination(chain: &Value) -> String {
    for f in list(chain, "filters") {
        let config = field(f, "typed_config");
        match str_at(f, &["name"]) {
            HCM => {
                let Some(c) = config else { return "HTTP".into() };
                if let Some(rc) = field(c, "route_config") {
                    return describe_route_config(rc);
                }
                let rds = str_at(c, &["rds", "route_config_name"]);
                if !rds.is_empty() {
                    return format!("Route: {rds}");
                }
                return "HTTP".into();
            }
            TCP_PROXY if !is_blackhole_tcp(f) => {
                let cluster = config.map(|c| str_at(c, &["cluster"])).unwrap_or("");
                return cluster_label(cluster);
            }
            _ => {}
        }
    }
    "Non-HTTP/Non-TCP".into()
}

fn cluster_label(cluster: &str) -> String {
    if cluster.contains("Cluster") { cluster.to_string() } else { format!("Cluster: {cluster}") }
}

fn describe_route_config(rc: &Value) -> String {
    let vhosts = list(rc, "virtual_hosts");
    if let [vh] = vhosts
        && strings(vh, "domains") == ["*"]
        && let [r] = list(vh, "routes")
        && str_at(r, &["match", "prefix"]) == "/"
        && let Some(cluster) = path(r, &["route", "cluster"]).and_then(Value::as_str)
    {
        return cluster_label(cluster);
    }
    let described: Vec<String> = vhosts
        .iter()
        .map(|vh| {
            let domains = strings(vh, "domains");
            let routes: Vec<String> =
                list(vh, "routes").iter().map(|r| describe_match(field(r, "match"))).collect();
            let routes = routes.join(", ");
            if domains == ["*"] { routes } else { format!("{} {routes}", domains.join("/")) }
        })
        .collect();
    format!("Inline Route: {}", described.join("; "))
}

/// A route match as upstream shows it: `prefix*`, `PathPrefix:p`, the path, or `regex r`.
pub fn describe_match(m: Option<&Value>) -> String {
    let Some(m) = m else { return String::new() };
    let mut conds = Vec::new();
    let prefix = str_at(m, &["prefix"]);
    if !prefix.is_empty() {
        conds.push(format!("{prefix}*"));
    }
    let sep = str_at(m, &["path_separated_prefix"]);
    if !sep.is_empty() {
        conds.push(format!("PathPrefix:{sep}"));
    }
    let p = str_at(m, &["path"]);
    if !p.is_empty() {
        conds.push(p.to_string());
    }
    let regex = str_at(m, &["safe_regex", "regex"]);
    if !regex.is_empty() {
        conds.push(format!("regex {regex}"));
    }
    conds.join(" ")
}

/// The summary table (`all` adds a NAME column of `listener/<name>`).
pub fn summary(dump: &ConfigDump, filter: &ListenerFilter, all: bool) -> Result<String, DumpError> {
    let mut ls: Vec<(u64, String, &'static str, &Value)> = listeners(dump)?
        .into_iter()
        .filter(|l| filter.matches(l))
        .map(|l| (port(l), main_address(l), listener_type(l), l))
        .collect();
    go_sort_slice(&mut ls, &|a, b| {
        if a.0 != b.0 {
            return a.0 < b.0;
        }
        if a.1 != b.1 {
            return a.1 < b.1;
        }
        a.2 < b.2
    });
    let mut t = Table::new(1);
    let mut header = Vec::new();
    if all {
        header.push("NAME");
    }
    header.extend(["ADDRESSES", "PORT"]);
    header.extend(if filter.verbose { &["MATCH", "DESTINATION"][..] } else { &["TYPE"][..] });
    t.row(header);
    for (_, _, _, l) in ls {
        let name = format!("listener/{}", str_at(l, &["name"]));
        let addrs = addresses(l).join(",");
        let port = port(l).to_string();
        let lead = |row: &mut Vec<String>| {
            if all {
                row.push(name.clone());
            }
            row.push(addrs.clone());
            row.push(port.clone());
        };
        if filter.verbose {
            let mut rows: Vec<(String, String)> =
                chains(l).into_iter().map(|c| (describe_chain_match(c), describe_destination(c))).collect();
            go_sort_slice(&mut rows, &|a: &(String, String), b: &(String, String)| a.1 > b.1);
            for (m, d) in rows {
                let mut row = Vec::new();
                lead(&mut row);
                row.extend([m, d]);
                t.row(row);
            }
        } else {
            let mut row = Vec::new();
            lead(&mut row);
            row.push(listener_type(l).to_string());
            t.row(row);
        }
    }
    Ok(t.finish())
}

pub fn dump_nodes(dump: &ConfigDump, filter: &ListenerFilter) -> Result<Vec<Node>, DumpError> {
    Ok(listeners(dump)?.into_iter().filter(|l| filter.matches(l)).map(|l| unpacked(l, "listener")).collect())
}
