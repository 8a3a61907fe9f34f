//! IST0126: mesh networks naming service registries no cluster provides.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, Source, kinds};
use crate::analyze::util::{arr, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct MeshNetworksAnalyzer;

/// The registry of the local cluster.
const LOCAL_REGISTRY: &str = "Kubernetes";

impl Analyzer for MeshNetworksAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "meshnetworks.MeshNetworksAnalyzer",
            "Checks that mesh networks name known service registries",
            &[kinds::MESH_NETWORKS, kinds::SECRET],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let Some(networks) = ctx.mesh_networks else {
            return;
        };
        let mut registries: Vec<String> = vec![LOCAL_REGISTRY.to_string()];
        for secret in ctx.snapshot.of_in(kinds::SECRET, ctx.istio_namespace) {
            if secret.label("istio/multiCluster") == Some("true") {
                registries.extend(obj(&secret.value["data"]).keys().map(|k| k.to_string()));
                registries.extend(obj(&secret.value["stringData"]).keys().map(|k| k.to_string()));
            }
        }
        let holder = Resource {
            group: String::new(),
            kind: "MeshNetworks".into(),
            namespace: ctx.istio_namespace.to_string(),
            name: "meshnetworks".into(),
            value: crate::analyze::tree::Value::Object(Default::default()),
            source: Source::Builtin,
            cluster: String::new(),
            stands_in_for: None,
        };
        for (network, spec) in obj(&networks["networks"]) {
            for ep in arr(&spec["endpoints"]) {
                let reg = s(&ep["fromRegistry"]);
                if !reg.is_empty() && !registries.iter().any(|r| r == reg) {
                    out.push(Message::new(
                        codes::UnknownMeshNetworksServiceRegistry,
                        &holder,
                        "",
                        vec![reg.to_string(), network.to_string()],
                    ));
                }
            }
        }
    }
}
