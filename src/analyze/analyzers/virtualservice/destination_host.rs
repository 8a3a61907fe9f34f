//! IST0101/IST0112/IST0140: VirtualService destinations name existing services and ports.

use std::collections::{HashMap, HashSet};

use super::destinations::{bound_to_mesh, destinations};
use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{
    arr, export_list, export_scope, fqdn, host_matches, num, s, scope_has, service_export_list,
};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct DestinationHostAnalyzer;

enum Found<'a> {
    Service(&'a Resource),
    Entry,
    None,
}

/// Scope of a ServiceEntry: the namespaces it is exported to (`None` = everywhere).
type Scope = Option<std::collections::BTreeSet<String>>;

/// ServiceEntry hosts, exact ones in a map and wildcards in a list, with each entry's scope.
struct EntryIndex<'a> {
    exact: HashMap<&'a str, Vec<Scope>>,
    wildcard: Vec<(&'a str, Scope)>,
}

impl<'a> EntryIndex<'a> {
    fn new(ctx: &Context<'a>) -> Self {
        let mut idx = EntryIndex { exact: HashMap::new(), wildcard: Vec::new() };
        for se in ctx.snapshot.of(kinds::SERVICE_ENTRY) {
            let scope = export_scope(&export_list(se.spec()), &se.namespace);
            for h in arr(&se.spec()["hosts"]) {
                let h = s(h);
                if h.starts_with('*') {
                    idx.wildcard.push((h, scope.clone()));
                } else {
                    idx.exact.entry(h).or_default().push(scope.clone());
                }
            }
        }
        idx
    }

    fn visible(&self, host: &str, from: &[String]) -> bool {
        let ok = |scope: &Scope| from.iter().all(|ns| scope_has(scope, ns));
        self.exact.get(host).is_some_and(|scopes| scopes.iter().any(ok))
            || self.wildcard.iter().any(|(h, scope)| host_matches(h, host) && ok(scope))
    }
}

fn lookup<'a>(ctx: &Context<'a>, entries: &EntryIndex<'_>, host: &str, from: &[String]) -> Found<'a> {
    if let Some(svc) = ctx.snapshot.service_by_host(host) {
        let scope = export_scope(&service_export_list(svc), &svc.namespace);
        if from.iter().all(|ns| scope_has(&scope, ns)) {
            return Found::Service(svc);
        }
    }
    if entries.visible(host, from) {
        return Found::Entry;
    }
    Found::None
}

impl Analyzer for DestinationHostAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "virtualservice.DestinationHostAnalyzer",
            "Checks that virtual service destinations name existing services and ports",
            &[
                kinds::SERVICE_ENTRY,
                kinds::VIRTUAL_SERVICE,
                kinds::SERVICE,
                kinds::DESTINATION_RULE,
                kinds::POD,
            ],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        // Hosts that mesh-bound VirtualServices route to a subset of, with those subsets.
        let mut subset_routed: HashMap<String, HashSet<String>> = HashMap::new();
        for vs in ctx.snapshot.of(kinds::VIRTUAL_SERVICE) {
            if !bound_to_mesh(vs.spec()) {
                continue;
            }
            let hosts: HashSet<String> =
                arr(&vs.spec()["hosts"]).iter().map(|h| fqdn(s(h), &vs.namespace)).collect();
            for rule in arr(&vs.spec()["http"]) {
                for route in arr(&rule["route"]) {
                    let d = &route["destination"];
                    let host = fqdn(s(&d["host"]), &vs.namespace);
                    if !s(&d["subset"]).is_empty() && hosts.contains(&host) {
                        subset_routed.entry(host).or_default().insert(s(&d["subset"]).to_string());
                    }
                }
            }
        }
        let entries = EntryIndex::new(ctx);
        for vs in ctx.snapshot.of(kinds::VIRTUAL_SERVICE) {
            let spec = vs.spec();
            let exports = export_list(spec);
            let from: Vec<String> = match export_scope(&exports, &vs.namespace) {
                Some(set) => set.into_iter().collect(),
                None => vec![vs.namespace.clone()],
            };
            let gateway_only = !bound_to_mesh(spec);
            for d in destinations(spec) {
                let host = s(&d.value["host"]);
                let full = fqdn(host, &vs.namespace);
                match lookup(ctx, &entries, &full, &from) {
                    Found::None => {
                        out.push(Message::new(
                            codes::ReferencedResourceNotFound,
                            vs,
                            &d.path,
                            vec!["host".into(), host.to_string()],
                        ));
                        continue;
                    }
                    Found::Entry => {}
                    Found::Service(svc) => {
                        let ports: Vec<u32> =
                            arr(&svc.spec()["ports"]).iter().filter_map(|p| num(&p["port"])).collect();
                        match num(&d.value["port"]["number"]) {
                            Some(p) if !ports.contains(&p) => {
                                out.push(Message::new(
                                    codes::ReferencedResourceNotFound,
                                    vs,
                                    &format!("{}.port", d.path),
                                    vec!["host:port".into(), format!("{host}:{p}")],
                                ));
                            }
                            None if ports.len() > 1 => {
                                let list: Vec<String> = ports.iter().map(u32::to_string).collect();
                                out.push(Message::new(
                                    codes::VirtualServiceDestinationPortSelectorRequired,
                                    vs,
                                    &d.path,
                                    vec![host.to_string(), crate::analyze::messages::list(&list)],
                                ));
                            }
                            _ => {}
                        }
                    }
                }
                if gateway_only
                    && s(&d.value["subset"]).is_empty()
                    && subset_routed
                        .get(&full)
                        .is_some_and(|subsets| !subsets_hold_every_pod(ctx, &full, subsets))
                {
                    out.push(Message::new(
                        codes::IngressRouteRulesNotAffected,
                        vs,
                        &d.path,
                        vec![host.to_string(), vs.name.clone()],
                    ));
                }
            }
        }
    }
}

/// True when every subset in `subsets` of `host` selects every pod of its Service (and there
/// are pods): then routing through the gateway without a subset reaches the same pods, and
/// the mesh's subset routing not applying to it changes nothing (a service whose only
/// version is the subset, as in a workshop's "all traffic to v1").
fn subsets_hold_every_pod(ctx: &Context<'_>, host: &str, subsets: &HashSet<String>) -> bool {
    let snap = ctx.snapshot;
    let Some(svc) = snap.service_by_host(host) else { return false };
    let Some(selector) = svc.spec()["selector"].as_object().filter(|m| !m.is_empty()) else {
        return false;
    };
    let pods = snap.pods_matching(&svc.namespace, selector);
    if pods.is_empty() {
        return false;
    }
    subsets.iter().all(|name| {
        let labels = snap.of(kinds::DESTINATION_RULE).find_map(|dr| {
            if fqdn(s(&dr.spec()["host"]), &dr.namespace) != host {
                return None;
            }
            arr(&dr.spec()["subsets"]).iter().find(|sub| s(&sub["name"]) == name).map(|sub| &sub["labels"])
        });
        match labels.and_then(|l| l.as_object()) {
            Some(l) => pods.iter().all(|p| crate::analyze::snapshot::labels_match(l, p.labels())),
            None => false,
        }
    })
}
