//! What a proxy's config dump says about a Service port: the DestinationRule its outbound
//! cluster came from, the VirtualService its route came from (both from
//! `metadata.filter_metadata.istio.config`), and the RBAC policies of the inbound listener.

use serde_json::Value;

use crate::debug::clusters::ClusterFilter;
use crate::debug::dump::{ConfigDump, Section, field, list, path, str_at, u64_at};

const HCM_TYPE: &str =
    "type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager";
const RBAC_TYPE: &str = "type.googleapis.com/envoy.extensions.filters.http.rbac.v3.RBAC";
const RBAC_FILTER: &str = "envoy.filters.http.rbac";

/// `(namespace, name)` of the DestinationRule that configured the Service's outbound cluster
/// for this port (the DR is not attached to inbound clusters, so outbound is asked for).
pub fn destination_rule(dump: &ConfigDump, svc_host: &str, port: u64) -> Option<(String, String)> {
    let section = dump.section(Section::Clusters).ok()?;
    let filter = ClusterFilter {
        fqdn: svc_host.to_string(),
        port: u32::try_from(port).unwrap_or(0),
        subset: String::new(),
        direction: "outbound".into(),
    };
    // The first matching cluster with metadata decides, as upstream.
    let config = list(section, "dynamic_active_clusters")
        .iter()
        .filter_map(|c| field(c, "cluster"))
        .filter(|c| filter.matches(str_at(c, &["name"])))
        .find_map(|c| field(c, "metadata"))
        .map(|m| str_at(m, &["filter_metadata", "istio", "config"]))?;
    config_ref(config, "destination-rule")
}

/// `(namespace, name)` of the VirtualService behind the first route that leads to the
/// Service on this port (route configs named after the port, or a gateway's `http.*`/`https.*`).
pub fn virtual_service(
    dump: &ConfigDump,
    svc_name: &str,
    svc_ns: &str,
    port: u64,
) -> Option<(String, String)> {
    let section = dump.section(Section::Routes).ok()?;
    let port_name = port.to_string();
    for rc in list(section, "dynamic_route_configs").iter().filter_map(|r| field(r, "route_config")) {
        let name = str_at(rc, &["name"]);
        if name != port_name && !name.starts_with("http.") && !name.starts_with("https.") {
            continue;
        }
        for vh in list(rc, "virtual_hosts") {
            for route in list(vh, "routes") {
                if route_leads_to(route, vh, svc_name, svc_ns, port) {
                    let config = str_at(field(route, "metadata")?, &["filter_metadata", "istio", "config"]);
                    return config_ref(config, "virtual-service");
                }
            }
        }
    }
    None
}

/// A virtual host for `<svc>.<ns>.svc.cluster.local`, or (at a gateway, whose hosts are `*`)
/// a route to the cluster `outbound|<port>|…|<svc>.<ns>.svc.cluster.local`.
fn route_leads_to(route: &Value, vh: &Value, svc: &str, ns: &str, port: u64) -> bool {
    if list(vh, "domains").iter().filter_map(Value::as_str).any(|d| service_host(d) == Some((svc, ns))) {
        return true;
    }
    let cluster = match path(route, &["route", "cluster"]).and_then(Value::as_str) {
        Some(c) => c,
        None => path(route, &["route", "weighted_clusters", "clusters"])
            .and_then(Value::as_array)
            .and_then(|c| c.first())
            .map(|c| str_at(c, &["name"]))
            .unwrap_or(""),
    };
    let marker = format!("outbound|{port}|");
    let Some(at) = cluster.find(&marker) else { return false };
    let rest = &cluster[at + marker.len()..];
    rest.split_once('|').is_some_and(|(_, host)| service_host(host) == Some((svc, ns)))
}

/// `(service, namespace)` of a host ending in `<service>.<namespace>.svc.cluster.local`.
fn service_host(host: &str) -> Option<(&str, &str)> {
    let rest = host.strip_suffix(".svc.cluster.local")?;
    let (before, ns) = rest.rsplit_once('.')?;
    let svc = before.rsplit('.').next()?;
    (!svc.is_empty() && !ns.is_empty()).then_some((svc, ns))
}

/// `(namespace, name)` from `/apis/networking[.istio.io]/<version>/namespaces/<ns>/<kind>/<name>`.
pub fn config_ref(config: &str, kind: &str) -> Option<(String, String)> {
    let parts: Vec<&str> = config.split('/').collect();
    parts.windows(7).find_map(|w| {
        let ok = w[0] == "apis"
            && (w[1] == "networking" || w[1] == "networking.istio.io")
            && w[2].starts_with("v1")
            && w[3] == "namespaces"
            && !w[4].is_empty()
            && w[5] == kind
            && !w[6].is_empty();
        ok.then(|| (w[4].to_string(), w[6].to_string()))
    })
}

/// Names of the RBAC policies (AuthorizationPolicies, as Istio names them) of the inbound HTTP
/// connection manager, sorted.
pub fn rbac_policies(dump: &ConfigDump, port: u64) -> Vec<String> {
    let Some(hcm) = inbound_hcm(dump, port) else { return Vec::new() };
    for f in list(hcm, "http_filters") {
        if str_at(f, &["name"]) != RBAC_FILTER {
            continue;
        }
        let Some(tc) = field(f, "typed_config").filter(|t| str_at(t, &["@type"]) == RBAC_TYPE) else {
            continue;
        };
        let mut names: Vec<String> = path(tc, &["rules", "policies"])
            .and_then(Value::as_object)
            .map(|m| m.keys().cloned().collect())
            .unwrap_or_default();
        names.sort();
        return names;
    }
    Vec::new()
}

fn first_hcm(l: &Value) -> Option<&Value> {
    list(l, "filter_chains")
        .iter()
        .flat_map(|fc| list(fc, "filters"))
        .filter_map(|f| field(f, "typed_config"))
        .find(|tc| str_at(tc, &["@type"]) == HCM_TYPE)
}

/// The first HTTP connection manager of `virtualInbound`, or of a listener on the port that is
/// not the outbound `0.0.0.0` one (dumps older than Istio 1.6).
fn inbound_hcm(dump: &ConfigDump, port: u64) -> Option<&Value> {
    let section = dump.section(Section::Listeners).ok()?;
    for l in list(section, "dynamic_listeners").iter().filter_map(|l| path(l, &["active_state", "listener"]))
    {
        if str_at(l, &["name"]) == "virtualInbound"
            && let Some(h) = first_hcm(l)
        {
            return Some(h);
        }
        let sock = path(l, &["address", "socket_address"]);
        if sock.is_some_and(|s| u64_at(s, &["port_value"]) == port) {
            if sock.is_some_and(|s| str_at(s, &["address"]) == "0.0.0.0") {
                continue;
            }
            if let Some(h) = first_hcm(l) {
                return Some(h);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_paths_name_their_object() {
        assert_eq!(
            config_ref(
                "/apis/networking.istio.io/v1alpha3/namespaces/default/virtual-service/bookinfo",
                "virtual-service"
            ),
            Some(("default".into(), "bookinfo".into()))
        );
        assert_eq!(
            config_ref("/apis/networking/v1/namespaces/b/destination-rule/reviews", "destination-rule"),
            Some(("b".into(), "reviews".into()))
        );
        assert_eq!(
            config_ref("/apis/networking.istio.io/v1/namespaces/b/virtual-service/r", "destination-rule"),
            None
        );
        assert_eq!(config_ref("", "virtual-service"), None);
    }

    #[test]
    fn service_hosts() {
        assert_eq!(service_host("reviews.bookinfo.svc.cluster.local"), Some(("reviews", "bookinfo")));
        assert_eq!(service_host("a.reviews.bookinfo.svc.cluster.local"), Some(("reviews", "bookinfo")));
        assert_eq!(service_host("reviews.svc.cluster.local"), None);
        assert_eq!(service_host("reviews.bookinfo.svc.cluster.local:9080"), None);
    }
}
