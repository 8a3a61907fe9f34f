//! IST0173/IST0174: a DestinationRule's host is a known service and its subsets select pods.

use std::collections::HashSet;

use crate::analyze::messages::codes;
use crate::analyze::tree::Value;

use crate::analyze::snapshot::{Resource, kinds, value_str};
use crate::analyze::util::{arr, fqdn, host_matches, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct SubsetSelectPodAnalyzer;

/// Labels that describe a pod's node rather than the pod.
fn is_topology_label(k: &str) -> bool {
    k.starts_with("topology.kubernetes.io/")
        || k == "kubernetes.io/hostname"
        || k.starts_with("topology.istio.io/")
}

fn pod_has(ctx: &Context<'_>, pod: &Resource, k: &str, v: &Value) -> bool {
    let want = value_str(v);
    if is_topology_label(k) {
        if want.is_empty() {
            return false;
        }
        let node = s(&pod.spec()["nodeName"]);
        return ctx
            .snapshot
            .get(kinds::NODE, "", node)
            .and_then(|n| n.label(k).map(str::to_string))
            .is_some_and(|have| have == want);
    }
    pod.labels().get(k).map(value_str) == Some(want)
}

impl Analyzer for SubsetSelectPodAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "destinationrule.SubsetSelectPodAnalyzer",
            "Checks that destination rule hosts exist and that each subset selects pods",
            &[kinds::DESTINATION_RULE, kinds::SERVICE, kinds::SERVICE_ENTRY, kinds::POD, kinds::NODE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let snap = ctx.snapshot;
        // ServiceEntry hosts, gathered once: exact ones in a set, wildcards in a list.
        let mut se_exact: HashSet<&str> = HashSet::new();
        let mut se_wild: Vec<&str> = Vec::new();
        for se in snap.of(kinds::SERVICE_ENTRY) {
            for h in arr(&se.spec()["hosts"]) {
                let h = s(h);
                if h.starts_with('*') {
                    se_wild.push(h);
                } else {
                    se_exact.insert(h);
                }
            }
        }
        for dr in snap.of(kinds::DESTINATION_RULE) {
            let host = s(&dr.spec()["host"]);
            let full = fqdn(host, &dr.namespace);
            let Some(svc) = snap.service_by_host(&full) else {
                // A wildcard host is never reported; an exact one is known when a ServiceEntry
                // names it or has a wildcard covering it.
                if !full.starts_with('*')
                    && !se_exact.contains(full.as_str())
                    && !se_wild.iter().any(|h| host_matches(h, &full))
                {
                    out.push(Message::new(
                        codes::UnknownDestinationRuleHost,
                        dr,
                        "spec.host",
                        vec![host.to_string()],
                    ));
                }
                continue;
            };
            let selector = obj(&svc.spec()["selector"]);
            if selector.is_empty() {
                continue;
            }
            let pods = snap.pods_matching(&svc.namespace, selector);
            for (i, subset) in arr(&dr.spec()["subsets"]).iter().enumerate() {
                let labels = obj(&subset["labels"]);
                let selects = pods.iter().any(|p| labels.iter().all(|(k, v)| pod_has(ctx, p, k, v)));
                if !selects {
                    out.push(Message::new(
                        codes::DestinationRuleSubsetNotSelectPods,
                        dr,
                        &format!("spec.subsets.{i}"),
                        vec![s(&subset["name"]).to_string()],
                    ));
                }
            }
        }
    }
}
