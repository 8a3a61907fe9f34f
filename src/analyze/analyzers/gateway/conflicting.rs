//! IST0145: gateways selecting the same workloads claim the same port and hosts.

use std::collections::BTreeMap;

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds, value_str};
use crate::analyze::util::{arr, hosts_overlap, labels_string, num, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ConflictingGatewayAnalyzer;

fn subset(a: &crate::analyze::tree::Map, b: &crate::analyze::tree::Map) -> bool {
    a.iter().all(|(k, v)| b.get(k).map(value_str) == Some(value_str(v)))
}

fn host_part(h: &str) -> &str {
    h.rsplit_once('/').map(|(_, h)| h).unwrap_or(h)
}

impl Analyzer for ConflictingGatewayAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "gateway.ConflictingGatewayAnalyzer",
            "Checks gateways for the same selector, port and hosts",
            &[kinds::GATEWAY],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        // Group servers by port number, then compare within a port only.
        let mut by_port: BTreeMap<u32, Vec<(&Resource, Vec<String>)>> = BTreeMap::new();
        for gw in ctx.snapshot.of(kinds::GATEWAY) {
            for server in arr(&gw.spec()["servers"]) {
                let Some(port) = num(&server["port"]["number"]) else {
                    continue;
                };
                let hosts = arr(&server["hosts"]).iter().map(|h| host_part(s(h)).to_string()).collect();
                by_port.entry(port).or_default().push((gw, hosts));
            }
        }
        for (port, entries) in &by_port {
            for (i, (gw, hosts)) in entries.iter().enumerate() {
                let sel = obj(&gw.spec()["selector"]);
                let mut others: Vec<String> = Vec::new();
                let mut shared: Vec<String> = Vec::new();
                for (j, (other, other_hosts)) in entries.iter().enumerate() {
                    if i == j || std::ptr::eq(*gw, *other) {
                        continue;
                    }
                    let osel = obj(&other.spec()["selector"]);
                    if !(subset(sel, osel) || subset(osel, sel)) {
                        continue;
                    }
                    let common: Vec<&String> =
                        hosts.iter().filter(|h| other_hosts.iter().any(|o| hosts_overlap(h, o))).collect();
                    if common.is_empty() {
                        continue;
                    }
                    let name = other.full_name();
                    if !others.contains(&name) {
                        others.push(name);
                    }
                    for h in common {
                        if !shared.contains(h) {
                            shared.push(h.clone());
                        }
                    }
                }
                if !others.is_empty() {
                    out.push(Message::new(
                        codes::ConflictingGateways,
                        gw,
                        "spec.selector",
                        vec![others.join(","), labels_string(sel), port.to_string(), shared.join(",")],
                    ));
                }
            }
        }
    }
}
