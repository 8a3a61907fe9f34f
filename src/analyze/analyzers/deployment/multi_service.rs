//! IST0116/IST0137: the services selecting a deployment's pods agree on protocols and ports.

use std::collections::{BTreeMap, HashMap};

use crate::analyze::analyzers::injection::sidecar::pod_inject_setting;
use crate::analyze::analyzers::service::port_name::protocol_of;
use crate::analyze::messages::{codes, list};
use crate::analyze::snapshot::{Resource, kinds, labels_match, value_str};
use crate::analyze::util::{arr, num, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct MultiServiceAnalyzer;

/// (namespace, label key, label value).
type LabelPair<'a> = (&'a str, &'a str, String);

fn namespace_injected(ctx: &Context<'_>, ns: &str) -> bool {
    ctx.snapshot
        .get(kinds::NAMESPACE, "", ns)
        .is_some_and(|n| n.label("istio-injection") == Some("enabled") || n.label("istio.io/rev").is_some())
}

fn template_opts_out(d: &Resource) -> bool {
    let meta = &d.spec()["template"]["metadata"];
    let label = meta["labels"]["sidecar.istio.io/inject"].as_str();
    let anno = meta["annotations"]["sidecar.istio.io/inject"].as_str();
    label.or(anno) == Some("false")
}

impl Analyzer for MultiServiceAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "deployment.MultiServiceAnalyzer",
            "Checks that the services selecting a deployment agree on ports and protocols",
            &[kinds::SERVICE, kinds::DEPLOYMENT, kinds::NAMESPACE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let _ = pod_inject_setting;
        // Services with a selector, filed under (namespace, first selector key, its value): a
        // service can only select a deployment whose template labels hold that pair, so each
        // deployment looks at the few services filed under its own labels instead of every
        // service of its namespace. Lists keep input order.
        let mut by_pair: HashMap<LabelPair<'_>, Vec<(usize, &Resource)>> = HashMap::new();
        for (i, svc) in ctx.snapshot.of(kinds::SERVICE).enumerate() {
            if let Some((k, v)) = obj(&svc.spec()["selector"]).iter().next() {
                by_pair.entry((svc.namespace.as_str(), &**k, value_str(v))).or_default().push((i, svc));
            }
        }
        for d in ctx.snapshot.of(kinds::DEPLOYMENT) {
            if !namespace_injected(ctx, &d.namespace) || template_opts_out(d) {
                continue;
            }
            let labels = &d.spec()["template"]["metadata"]["labels"];
            let mut candidates: Vec<(usize, &Resource)> = Vec::new();
            for (k, v) in obj(labels) {
                if let Some(list) = by_pair.get(&(d.namespace.as_str(), &**k, value_str(v))) {
                    candidates.extend(list.iter().copied());
                }
            }
            candidates.sort_by_key(|(i, _)| *i);
            // port -> (protocol -> services); targetPort -> (port -> services)
            let mut protocols: BTreeMap<u32, BTreeMap<String, Vec<String>>> = BTreeMap::new();
            let mut targets: BTreeMap<String, BTreeMap<u32, Vec<String>>> = BTreeMap::new();
            for (_, svc) in candidates {
                let sel = obj(&svc.spec()["selector"]);
                if sel.is_empty() || !labels_match(sel, labels) {
                    continue;
                }
                for p in arr(&svc.spec()["ports"]) {
                    let Some(port) = num(&p["port"]) else {
                        continue;
                    };
                    let proto = protocol_of(s(&p["name"])).unwrap_or("TCP").to_string();
                    protocols.entry(port).or_default().entry(proto).or_default().push(svc.name.clone());
                    let target = match &p["targetPort"] {
                        crate::analyze::tree::Value::Null => port.to_string(),
                        v => value_str(v),
                    };
                    targets.entry(target).or_default().entry(port).or_default().push(svc.name.clone());
                }
            }
            for (port, by_proto) in &protocols {
                if by_proto.len() > 1 {
                    let mut svcs: Vec<String> = by_proto.values().flatten().cloned().collect();
                    svcs.sort();
                    out.push(Message::new(
                        codes::DeploymentAssociatedToMultipleServices,
                        d,
                        "",
                        vec![d.name.clone(), port.to_string(), list(&svcs)],
                    ));
                }
            }
            for (target, by_port) in &targets {
                if by_port.len() > 1 {
                    let mut svcs: Vec<String> = by_port.values().flatten().cloned().collect();
                    svcs.sort();
                    let ports: Vec<String> = by_port.keys().map(u32::to_string).collect();
                    out.push(Message::new(
                        codes::DeploymentConflictingPorts,
                        d,
                        "",
                        vec![d.name.clone(), list(&svcs), target.clone(), list(&ports)],
                    ));
                }
            }
        }
    }
}
