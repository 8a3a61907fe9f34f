//! IST0109: VirtualServices bound to the mesh gateway that claim the same host where both are
//! visible.

use std::collections::{BTreeSet, HashMap};

use super::destinations::bound_to_mesh;
use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, export_list, export_scope, fqdn, hosts_overlap, s, scopes_overlap};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ConflictingMeshGatewayHostsAnalyzer;

struct Entry<'a> {
    vs: &'a Resource,
    scope: Option<BTreeSet<String>>,
}

impl Analyzer for ConflictingMeshGatewayHostsAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "virtualservice.ConflictingMeshGatewayHostsAnalyzer",
            "Finds mesh-bound virtual services that claim the same host",
            &[kinds::VIRTUAL_SERVICE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let mut entries: Vec<Entry<'_>> = Vec::new();
        let mut exact: HashMap<String, Vec<usize>> = HashMap::new();
        let mut wild: Vec<(String, usize)> = Vec::new();
        for vs in ctx.snapshot.of(kinds::VIRTUAL_SERVICE) {
            if !bound_to_mesh(vs.spec()) {
                continue;
            }
            let i = entries.len();
            entries.push(Entry { vs, scope: export_scope(&export_list(vs.spec()), &vs.namespace) });
            for h in arr(&vs.spec()["hosts"]) {
                let h = fqdn(s(h), &vs.namespace);
                if h.starts_with('*') {
                    wild.push((h, i));
                } else {
                    exact.entry(h).or_default().push(i);
                }
            }
        }
        // (vs index) -> (conflicting vs indexes, first host)
        let mut conflicts: Vec<Option<(BTreeSet<usize>, String)>> =
            (0..entries.len()).map(|_| None).collect();
        // The same VirtualService written in two files (or twice in one) is one object once
        // applied, not two that conflict.
        let same_object = |a: usize, b: usize| {
            let (x, y) = (entries[a].vs, entries[b].vs);
            x.namespace == y.namespace && x.name == y.name
        };
        let mut note = |a: usize, b: usize, host: &str| {
            if a == b || same_object(a, b) || !scopes_overlap(&entries[a].scope, &entries[b].scope) {
                return;
            }
            for (x, y) in [(a, b), (b, a)] {
                let slot = conflicts[x].get_or_insert_with(|| (BTreeSet::new(), host.to_string()));
                slot.0.insert(y);
            }
        };
        for (host, list) in &exact {
            for (k, &a) in list.iter().enumerate() {
                for &b in &list[k + 1..] {
                    note(a, b, host);
                }
            }
            for (w, b) in &wild {
                if hosts_overlap(w, host) {
                    for &a in list {
                        note(a, *b, host);
                    }
                }
            }
        }
        for (k, (w1, a)) in wild.iter().enumerate() {
            for (w2, b) in &wild[k + 1..] {
                if hosts_overlap(w1, w2) {
                    note(*a, *b, w1);
                }
            }
        }
        for (i, c) in conflicts.into_iter().enumerate() {
            let Some((others, host)) = c else { continue };
            let mut names: Vec<String> =
                std::iter::once(i).chain(others).map(|j| entries[j].vs.full_name()).collect();
            names.sort();
            names.dedup();
            let vs = entries[i].vs;
            out.push(Message::new(
                codes::ConflictingMeshGatewayVirtualServiceHosts,
                vs,
                "spec.hosts",
                vec![names.join(","), host],
            ));
        }
    }
}
