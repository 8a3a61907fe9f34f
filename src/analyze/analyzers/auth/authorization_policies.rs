//! IST0101/IST0127: AuthorizationPolicies select workloads and name existing namespaces.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::util::{arr, host_matches, labels_string, s, selector_labels};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct AuthorizationPoliciesAnalyzer;

/// `*` prefix/suffix matching for namespace expressions.
fn ns_matches(expr: &str, ns: &str) -> bool {
    if expr == "*" || expr == ns {
        return true;
    }
    if let Some(prefix) = expr.strip_suffix('*') {
        return ns.starts_with(prefix);
    }
    host_matches(expr, ns)
}

impl Analyzer for AuthorizationPoliciesAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "auth.AuthorizationPoliciesAnalyzer",
            "Checks that authorization policies select workloads and name namespaces that exist",
            &[kinds::AUTHORIZATION_POLICY, kinds::NAMESPACE, kinds::POD, kinds::MESH_CONFIG],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let snap = ctx.snapshot;
        let root =
            ctx.mesh["rootNamespace"].as_str().filter(|r| !r.is_empty()).unwrap_or(ctx.istio_namespace);
        for ap in snap.of(kinds::AUTHORIZATION_POLICY) {
            let spec = ap.spec();
            match selector_labels(spec, "selector") {
                Some(sel) => {
                    let any = if ap.namespace == root {
                        snap.namespaces().iter().any(|ns| !snap.pods_matching(ns, sel).is_empty())
                    } else {
                        !snap.pods_matching(&ap.namespace, sel).is_empty()
                    };
                    if !any {
                        out.push(Message::new(
                            codes::NoMatchingWorkloadsFound,
                            ap,
                            "spec.selector",
                            vec![labels_string(sel)],
                        ));
                    }
                }
                None => {
                    if ap.namespace != root && snap.pods_in(&ap.namespace).next().is_none() {
                        out.push(Message::new(codes::NoMatchingWorkloadsFound, ap, "", vec![String::new()]));
                    }
                }
            }
            for (i, rule) in arr(&spec["rules"]).iter().enumerate() {
                for (j, from) in arr(&rule["from"]).iter().enumerate() {
                    for field in ["namespaces", "notNamespaces"] {
                        for (k, expr) in arr(&from["source"][field]).iter().enumerate() {
                            let expr = s(expr);
                            if !snap.namespaces().iter().any(|ns| ns_matches(expr, ns)) {
                                out.push(Message::new(
                                    codes::ReferencedResourceNotFound,
                                    ap,
                                    &format!("spec.rules.{i}.from.{j}.source.{field}.{k}"),
                                    vec!["namespace".into(), expr.to_string()],
                                ));
                            }
                        }
                    }
                }
            }
        }
    }
}
