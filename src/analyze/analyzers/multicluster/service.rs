//! IST0170: a service defined differently in the clusters of a multi-cluster mesh.

use std::collections::BTreeMap;

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct MultiClusterServiceAnalyzer;

fn ports(svc: &Resource) -> Vec<(String, String, String)> {
    let mut p: Vec<(String, String, String)> = arr(&svc.spec()["ports"])
        .iter()
        .map(|p| (p["port"].to_string(), s(&p["name"]).to_string(), s(&p["protocol"]).to_string()))
        .collect();
    p.sort();
    p
}

fn differences(a: &Resource, b: &Resource) -> Vec<&'static str> {
    let mut out = Vec::new();
    let ty = |r: &Resource| s(&r.spec()["type"]).to_string();
    if ty(a) != ty(b) {
        out.push("service type differs");
    }
    let headless = |r: &Resource| s(&r.spec()["clusterIP"]) == "None";
    if headless(a) != headless(b) {
        out.push("headless in some clusters only");
    }
    if ports(a) != ports(b) {
        out.push("ports differ");
    }
    out
}

impl Analyzer for MultiClusterServiceAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "services.MultiClusterServiceAnalyzer",
            "Finds services defined differently in the clusters of a multi-cluster mesh",
            &[kinds::SERVICE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let mut remote: BTreeMap<(&str, &str), Vec<&Resource>> = BTreeMap::new();
        for r in ctx.snapshot.remote_of(kinds::SERVICE) {
            remote.entry((r.namespace.as_str(), r.name.as_str())).or_default().push(r);
        }
        for svc in ctx.snapshot.of(kinds::SERVICE) {
            let Some(others) = remote.get(&(svc.namespace.as_str(), svc.name.as_str())) else {
                continue;
            };
            let mut clusters = Vec::new();
            let mut why: Vec<&str> = Vec::new();
            for o in others {
                let d = differences(svc, o);
                if !d.is_empty() {
                    clusters.push(o.cluster.clone());
                    why.extend(d);
                }
            }
            if !clusters.is_empty() {
                why.sort();
                why.dedup();
                out.push(Message::new(
                    codes::MultiClusterInconsistentService,
                    svc,
                    "",
                    vec![
                        svc.name.clone(),
                        svc.namespace.clone(),
                        crate::analyze::messages::list(&clusters),
                        why.join(", "),
                    ],
                ));
            }
        }
    }
}
