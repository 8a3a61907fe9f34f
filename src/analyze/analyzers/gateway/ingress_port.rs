//! IST0101/IST0162: a Gateway must select workloads, and its Service must expose its ports.

use std::collections::HashSet;

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{kinds, labels_match};
use crate::analyze::util::{arr, labels_string, num, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct IngressGatewayPortAnalyzer;

impl Analyzer for IngressGatewayPortAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "gateway.IngressGatewayPortAnalyzer",
            "Checks a gateway's ports against the ports of the Kubernetes service of its workloads",
            &[kinds::GATEWAY, kinds::POD, kinds::SERVICE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let snap = ctx.snapshot;
        for gw in snap.of(kinds::GATEWAY) {
            let selector = obj(&gw.spec()["selector"]);
            if selector.is_empty() {
                continue;
            }
            let sel_text = labels_string(selector);
            let mut pods = Vec::new();
            for ns in snap.namespaces() {
                pods.extend(snap.pods_matching(ns, selector));
            }
            if pods.is_empty() {
                let first = selector.keys().next().map(|k| &**k).unwrap_or("");
                out.push(Message::new(
                    codes::ReferencedResourceNotFound,
                    gw,
                    &format!("spec.selector.{first}"),
                    vec!["selector".into(), sel_text],
                ));
                continue;
            }
            let mut ports: HashSet<u32> = HashSet::new();
            for pod in &pods {
                for svc in snap.of_in(kinds::SERVICE, &pod.namespace) {
                    let sel = obj(&svc.spec()["selector"]);
                    if sel.is_empty() || !labels_match(sel, pod.labels()) {
                        continue;
                    }
                    for p in arr(&svc.spec()["ports"]) {
                        let proto = s(&p["protocol"]);
                        if !proto.is_empty() && proto != "TCP" {
                            continue;
                        }
                        if let Some(n) = num(&p["port"]) {
                            ports.insert(n);
                        }
                        if let Some(n) = num(&p["targetPort"]) {
                            ports.insert(n);
                        }
                    }
                }
            }
            for (i, server) in arr(&gw.spec()["servers"]).iter().enumerate() {
                let Some(n) = num(&server["port"]["number"]) else {
                    continue;
                };
                if !ports.contains(&n) {
                    out.push(Message::new(
                        codes::GatewayPortNotDefinedOnService,
                        gw,
                        &format!("spec.servers.{i}.port"),
                        vec![n.to_string(), sel_text.clone()],
                    ));
                }
            }
        }
    }
}
