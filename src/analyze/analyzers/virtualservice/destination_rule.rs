//! IST0101: VirtualService destinations name subsets some DestinationRule defines.

use std::collections::HashMap;

use super::destinations::destinations;
use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, export_list, export_scope, fqdn, host_matches, s, scope_has};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct DestinationRuleAnalyzer;

impl Analyzer for DestinationRuleAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "virtualservice.DestinationRuleAnalyzer",
            "Checks that virtual service destination subsets are defined by a destination rule",
            &[kinds::VIRTUAL_SERVICE, kinds::DESTINATION_RULE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let mut exact: HashMap<String, Vec<&Resource>> = HashMap::new();
        let mut wild: Vec<(String, &Resource)> = Vec::new();
        for dr in ctx.snapshot.of(kinds::DESTINATION_RULE) {
            let h = fqdn(s(&dr.spec()["host"]), &dr.namespace);
            if h.starts_with('*') {
                wild.push((h, dr));
            } else {
                exact.entry(h).or_default().push(dr);
            }
        }
        let has_subset = |dr: &Resource, subset: &str, ns: &str| {
            scope_has(&export_scope(&export_list(dr.spec()), &dr.namespace), ns)
                && arr(&dr.spec()["subsets"]).iter().any(|x| s(&x["name"]) == subset)
        };
        for vs in ctx.snapshot.of(kinds::VIRTUAL_SERVICE) {
            for d in destinations(vs.spec()) {
                let subset = s(&d.value["subset"]);
                if subset.is_empty() {
                    continue;
                }
                let host = s(&d.value["host"]);
                let full = fqdn(host, &vs.namespace);
                let found = exact
                    .get(&full)
                    .is_some_and(|l| l.iter().any(|dr| has_subset(dr, subset, &vs.namespace)))
                    || wild
                        .iter()
                        .any(|(h, dr)| host_matches(h, &full) && has_subset(dr, subset, &vs.namespace));
                if !found {
                    out.push(Message::new(
                        codes::ReferencedResourceNotFound,
                        vs,
                        &format!("{}.subset", d.path),
                        vec!["host+subset in destinationrule".into(), format!("{host}+{subset}")],
                    ));
                }
            }
        }
    }
}
