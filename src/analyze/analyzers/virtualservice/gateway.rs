//! IST0101/IST0132/IST0165: the gateways a VirtualService binds to exist, are not internal,
//! and serve at least one of its hosts. A gateway that does not exist serves no host, so it gets
//! IST0132 beside IST0101, as istioctl reports it (scripts that look for either code behave alike).

use crate::analyze::messages::{codes, list};
use crate::analyze::snapshot::kinds;
use crate::analyze::util::{arr, hosts_overlap, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct GatewayAnalyzer;

/// Splits a gateway reference into (namespace, name), defaulting to `ns`.
pub fn gateway_ref<'a>(reference: &'a str, ns: &'a str) -> (&'a str, &'a str) {
    match reference.split_once('/') {
        Some((n, name)) => (n, name),
        None => match reference.split_once('.') {
            Some((name, n)) if !n.contains('.') => (n, name),
            _ => (ns, reference),
        },
    }
}

/// The hosts a gateway serves to VirtualServices in `vs_ns`.
fn istio_gateway_hosts(gw: &crate::analyze::Resource, vs_ns: &str) -> Vec<String> {
    let mut hosts = Vec::new();
    for server in arr(&gw.spec()["servers"]) {
        for h in arr(&server["hosts"]) {
            let h = s(h);
            let (ns, host) = match h.split_once('/') {
                Some((n, host)) => (n, host),
                None => ("*", h),
            };
            let visible = ns == "*" || (ns == "." && gw.namespace == vs_ns) || ns == vs_ns;
            if visible {
                hosts.push(host.to_string());
            }
        }
    }
    hosts
}

impl Analyzer for GatewayAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "virtualservice.GatewayAnalyzer",
            "Checks that the gateways of each virtual service exist and serve its hosts",
            &[kinds::GATEWAY, kinds::VIRTUAL_SERVICE, kinds::K8S_GATEWAY],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let snap = ctx.snapshot;
        for vs in snap.of(kinds::VIRTUAL_SERVICE) {
            let vs_hosts: Vec<String> = arr(&vs.spec()["hosts"]).iter().map(|h| s(h).to_string()).collect();
            for (i, g) in arr(&vs.spec()["gateways"]).iter().enumerate() {
                let gref = s(g);
                if gref == "mesh" || gref.is_empty() {
                    continue;
                }
                let path = format!("spec.gateways.{i}");
                if gref.contains('~') {
                    out.push(Message::new(
                        codes::ReferencedInternalGateway,
                        vs,
                        &path,
                        vec![vs.full_name(), gref.to_string()],
                    ));
                    continue;
                }
                let (ns, name) = gateway_ref(gref, &vs.namespace);
                let gw_hosts: Vec<String> = if let Some(gw) = snap.get(kinds::GATEWAY, ns, name) {
                    istio_gateway_hosts(gw, &vs.namespace)
                } else if let Some(kgw) = snap.get(kinds::K8S_GATEWAY, ns, name) {
                    arr(&kgw.spec()["listeners"])
                        .iter()
                        .map(|l| l["hostname"].as_str().unwrap_or("*").to_string())
                        .collect()
                } else {
                    out.push(Message::new(
                        codes::ReferencedResourceNotFound,
                        vs,
                        &path,
                        vec!["gateway".into(), gref.to_string()],
                    ));
                    Vec::new()
                };
                let served = gw_hosts.iter().any(|gh| vs_hosts.iter().any(|vh| hosts_overlap(gh, vh)));
                if !served {
                    out.push(Message::new(
                        codes::VirtualServiceHostNotFoundInGateway,
                        vs,
                        "spec.hosts",
                        vec![list(&vs_hosts), vs.name.clone(), format!("{ns}/{name}")],
                    ));
                }
            }
        }
    }
}
