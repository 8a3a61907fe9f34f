//! IST0177: ServiceEntries visible to each other give one host and port different protocols.

use std::collections::{BTreeMap, BTreeSet};

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, num, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ConflictingProtocolAnalyzer;

/// Namespaces a ServiceEntry is exported to; `None` means everywhere.
fn scope(se: &Resource) -> Option<BTreeSet<String>> {
    let list = arr(&se.spec()["exportTo"]);
    if list.is_empty() {
        return None;
    }
    let mut set = BTreeSet::new();
    for e in list {
        match s(e) {
            "*" => return None,
            "." => {
                set.insert(se.namespace.clone());
            }
            ns => {
                set.insert(ns.to_string());
            }
        }
    }
    Some(set)
}

fn overlap(a: &Option<BTreeSet<String>>, b: &Option<BTreeSet<String>>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => x.intersection(y).next().is_some(),
        _ => true,
    }
}

impl Analyzer for ConflictingProtocolAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "serviceentry.ConflictingServiceEntryProtocolAnalyzer",
            "Finds service entries that give one host and port different protocols",
            &[kinds::SERVICE_ENTRY],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let mut by_key: BTreeMap<(String, u32), Vec<(&Resource, String)>> = BTreeMap::new();
        for se in ctx.snapshot.of(kinds::SERVICE_ENTRY) {
            for host in arr(&se.spec()["hosts"]) {
                for p in arr(&se.spec()["ports"]) {
                    let Some(n) = num(&p["number"]) else { continue };
                    let proto = s(&p["protocol"]).to_ascii_uppercase();
                    by_key.entry((s(host).to_string(), n)).or_default().push((se, proto));
                }
            }
        }
        for ((host, port), entries) in by_key {
            for (i, (se, proto)) in entries.iter().enumerate() {
                let my_scope = scope(se);
                let mut names = vec![se.full_name()];
                let mut protos = vec![proto.clone()];
                for (j, (other, oproto)) in entries.iter().enumerate() {
                    if i == j || oproto == proto || !overlap(&my_scope, &scope(other)) {
                        continue;
                    }
                    names.push(other.full_name());
                    protos.push(oproto.clone());
                }
                if names.len() > 1 {
                    names.sort();
                    protos.sort();
                    protos.dedup();
                    out.push(Message::new(
                        codes::ConflictingServiceEntryProtocol,
                        se,
                        "spec.ports",
                        vec![names.join(", "), host.clone(), port.to_string(), protos.join(", ")],
                    ));
                }
            }
        }
    }
}
