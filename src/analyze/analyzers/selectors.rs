//! Shared checks for namespace-scoped resources with an optional workload selector (Sidecar,
//! Telemetry): at most one without a selector per namespace, selectors match pods, and no pod
//! is selected twice.

use std::collections::BTreeMap;

use crate::analyze::messages::{Code, list};
use crate::analyze::snapshot::{Gvk, Resource};
use crate::analyze::util::{labels_string, selector_labels};
use crate::analyze::{Context, Message};

/// Codes and field for one resource kind.
pub struct SelectorCodes {
    pub kind: Gvk,
    /// `workloadSelector` (labels under `labels`) or `selector` (under `matchLabels`).
    pub field: &'static str,
    pub not_found: Code,
    pub conflict: Code,
    pub multiple_default: Code,
}

/// IST0111/IST0160-style: more than one resource without a selector in a namespace.
pub fn check_defaults(
    ctx: &Context<'_>,
    codes: &SelectorCodes,
    skip: &dyn Fn(&Resource) -> bool,
    out: &mut Vec<Message>,
) {
    let mut by_ns: BTreeMap<&str, Vec<&Resource>> = BTreeMap::new();
    for r in ctx.snapshot.of(codes.kind) {
        if selector_labels(r.spec(), codes.field).is_none() && !skip(r) {
            by_ns.entry(r.namespace.as_str()).or_default().push(r);
        }
    }
    for (ns, rs) in by_ns {
        if rs.len() < 2 {
            continue;
        }
        let mut names: Vec<String> = rs.iter().map(|r| r.name.clone()).collect();
        names.sort();
        for r in rs {
            out.push(Message::new(codes.multiple_default, r, "", vec![list(&names), ns.to_string()]));
        }
    }
}

/// IST0101 for selectors matching nothing, and the conflict code for pods selected twice.
pub fn check_selectors(
    ctx: &Context<'_>,
    codes: &SelectorCodes,
    skip: &dyn Fn(&Resource) -> bool,
    out: &mut Vec<Message>,
) {
    // pod (ns, name) -> resources selecting it
    let mut selected: BTreeMap<(String, String), Vec<&Resource>> = BTreeMap::new();
    for r in ctx.snapshot.of(codes.kind) {
        let Some(sel) = selector_labels(r.spec(), codes.field) else {
            continue;
        };
        if skip(r) {
            continue;
        }
        let pods = ctx.snapshot.pods_matching(&r.namespace, sel);
        if pods.is_empty() {
            let path = if codes.field == "selector" { "spec.selector" } else { "spec.workloadSelector" };
            out.push(Message::new(codes.not_found, r, path, vec!["selector".into(), labels_string(sel)]));
            continue;
        }
        for p in pods {
            selected.entry((p.namespace.clone(), p.name.clone())).or_default().push(r);
        }
    }
    for ((ns, pod), rs) in selected {
        if rs.len() < 2 {
            continue;
        }
        let mut names: Vec<String> = rs.iter().map(|r| r.name.clone()).collect();
        names.sort();
        for r in rs {
            out.push(Message::new(codes.conflict, r, "", vec![list(&names), ns.clone(), pod.clone()]));
        }
    }
}
