//! The one list of analyzers. It drives `--list-analyzers`, `--analyzer` selection and the
//! invariant tests below.

use std::sync::OnceLock;

use super::Analyzer;
use super::analyzers as a;
use super::analyzers::schema::validation::{VALIDATED_KINDS, ValidationAnalyzer};
use super::snapshot::Gvk;

/// Every analyzer, sorted by name.
pub fn all() -> &'static [Box<dyn Analyzer>] {
    static ALL: OnceLock<Vec<Box<dyn Analyzer>>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut list: Vec<Box<dyn Analyzer>> = vec![
            Box::new(a::annotations::k8s::K8sAnalyzer),
            Box::new(a::application_uid::uid::ApplicationUidAnalyzer),
            Box::new(a::auth::authorization_policies::AuthorizationPoliciesAnalyzer),
            Box::new(a::authn::blocked_cidrs::BlockedCidrsAnalyzer),
            Box::new(a::conditions::condition::ConditionAnalyzer),
            Box::new(a::deployment::multi_service::MultiServiceAnalyzer),
            Box::new(a::deprecation::fields::DeprecationAnalyzer),
            Box::new(a::destinationrule::ca_certificate::CaCertificateAnalyzer),
            Box::new(a::destinationrule::subset_select_pod::SubsetSelectPodAnalyzer),
            Box::new(a::envoyfilter::patch::EnvoyPatchAnalyzer),
            Box::new(a::externalcontrolplane::external::ExternalControlPlaneAnalyzer),
            Box::new(a::gateway::certificate::CertificateAnalyzer),
            Box::new(a::gateway::conflicting::ConflictingGatewayAnalyzer),
            Box::new(a::gateway::ingress_port::IngressGatewayPortAnalyzer),
            Box::new(a::gateway::secret::SecretAnalyzer),
            Box::new(a::injection::sidecar::InjectionAnalyzer),
            Box::new(a::injection::image::ImageAnalyzer),
            Box::new(a::injection::image_auto::ImageAutoAnalyzer),
            Box::new(a::k8sgateway::crd_version::CrdVersionAnalyzer),
            Box::new(a::k8sgateway::selector::SelectorAnalyzer),
            Box::new(a::meshnetworks::mesh_networks::MeshNetworksAnalyzer),
        ];
        list.extend(
            VALIDATED_KINDS.iter().map(|&kind| Box::new(ValidationAnalyzer { kind }) as Box<dyn Analyzer>),
        );
        list.extend([
            Box::new(a::service::port_name::PortNameAnalyzer) as Box<dyn Analyzer>,
            Box::new(a::serviceentry::addresses::ServiceEntryAnalyzer),
            Box::new(a::serviceentry::conflicting_protocol::ConflictingProtocolAnalyzer),
            Box::new(a::multicluster::service::MultiClusterServiceAnalyzer),
            Box::new(a::sidecar::selector::SelectorAnalyzer),
            Box::new(a::telemetry::default_selector::DefaultSelectorAnalyzer),
            Box::new(a::telemetry::lightstep::LightstepAnalyzer),
            Box::new(a::telemetry::provider::ProviderAnalyzer),
            Box::new(a::telemetry::selector::SelectorAnalyzer),
            Box::new(a::virtualservice::conflicting_mesh_hosts::ConflictingMeshGatewayHostsAnalyzer),
            Box::new(a::virtualservice::destination_host::DestinationHostAnalyzer),
            Box::new(a::virtualservice::destination_rule::DestinationRuleAnalyzer),
            Box::new(a::virtualservice::gateway::GatewayAnalyzer),
            Box::new(a::virtualservice::jwt_claim_route::JwtClaimRouteAnalyzer),
            Box::new(a::webhook::injector::WebhookAnalyzer),
        ]);
        list
    })
}

/// Analyzers that only run when named with `--analyzer` (as upstream, which leaves them out of
/// the default set).
pub fn opt_in() -> &'static [Box<dyn Analyzer>] {
    static OPT_IN: OnceLock<Vec<Box<dyn Analyzer>>> = OnceLock::new();
    OPT_IN.get_or_init(|| vec![Box::new(a::annotations::alpha::AlphaAnalyzer)])
}

/// The analyzers named in `names` (all of them when `names` is empty); unknown names are
/// returned separately.
pub fn select(names: &[String]) -> (Vec<&'static dyn Analyzer>, Vec<String>) {
    if names.is_empty() {
        return (all().iter().map(|b| b.as_ref()).collect(), Vec::new());
    }
    let mut chosen = Vec::new();
    let mut unknown = Vec::new();
    for n in names {
        match all().iter().chain(opt_in()).find(|a| a.metadata().name == *n) {
            Some(a) => chosen.push(a.as_ref()),
            None => unknown.push(n.clone()),
        }
    }
    (chosen, unknown)
}

/// The `(apiVersion, kind)` pairs the analyzers read, for listing them from a cluster.
/// Pseudo-kinds (`MeshConfig`, `MeshNetworks`) come from ConfigMaps and are not listed.
pub fn kinds_needed(analyzers: &[&dyn Analyzer]) -> Vec<(String, String)> {
    let mut kinds: Vec<Gvk> = analyzers.iter().flat_map(|a| a.metadata().inputs).collect();
    kinds.sort();
    kinds.dedup();
    let mut out: Vec<(String, String)> = kinds
        .into_iter()
        .filter(|k| k.kind != "MeshConfig" && k.kind != "MeshNetworks")
        .map(|k| (k.api_version(), k.kind.to_string()))
        .collect();
    // The mesh config and injector values live in ConfigMaps read by name
    // (`named_objects_needed`), so ConfigMaps are listed only when an analyzer asks.
    out.dedup();
    out
}

/// Objects read by name rather than by kind: `(apiVersion, kind, namespace, name)` of the
/// mesh config and sidecar injector ConfigMaps of `revision` in the Istio namespace.
pub fn named_objects_needed(istio_namespace: &str, revision: &str) -> Vec<(String, String, String, String)> {
    let suffix =
        if revision.is_empty() || revision == "default" { String::new() } else { format!("-{revision}") };
    ["istio", "istio-sidecar-injector"]
        .iter()
        .map(|base| {
            (
                "v1".to_string(),
                "ConfigMap".to_string(),
                istio_namespace.to_string(),
                format!("{base}{suffix}"),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_invariants() {
        let names: Vec<String> = all().iter().map(|a| a.metadata().name).collect();
        let mut sorted = names.clone();
        sorted.sort();
        assert_eq!(names, sorted, "the registry is sorted by name");
        sorted.dedup();
        assert_eq!(names.len(), sorted.len(), "names are unique");
        assert_eq!(names.len(), 53);
        for a in all().iter().chain(opt_in()) {
            let m = a.metadata();
            assert!(!m.description.is_empty(), "{} is described", m.name);
            assert!(!m.inputs.is_empty(), "{} names its inputs", m.name);
        }
    }

    #[test]
    fn kinds_needed_follow_the_selected_analyzers() {
        let (one, _) = select(&["virtualservice.GatewayAnalyzer".to_string()]);
        let kinds = kinds_needed(&one);
        assert!(kinds.contains(&("networking.istio.io/v1".to_string(), "Gateway".to_string())));
        assert!(kinds.contains(&("gateway.networking.k8s.io/v1".to_string(), "Gateway".to_string())));
        assert!(!kinds.iter().any(|(_, k)| k == "Pod"));
        let named = named_objects_needed("istio-system", "canary");
        assert!(named.iter().any(|(_, _, _, n)| n == "istio-sidecar-injector-canary"));
    }

    #[test]
    fn every_analyzer_file_is_registered_once() {
        // Each analyzer source file declares `impl Analyzer for`; count them against the list.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/analyze/analyzers");
        let mut impls = 0usize;
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else {
                    impls += std::fs::read_to_string(&p).unwrap().matches("impl Analyzer for").count();
                }
            }
        }
        // The schema analyzer is one type registered once per validated kind.
        assert_eq!(impls - 1 + VALIDATED_KINDS.len(), all().len() + opt_in().len());
    }
}
