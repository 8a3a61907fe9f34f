//! Unit tests for individual analyzers on small inline documents.

use std::sync::Arc;

use super::analyzers as a;
use super::snapshot::SnapshotBuilder;
use super::{Analyzer, Context, run};

/// Builds the snapshot (with the default resources of a file-only run: mesh defaults,
/// istio-system) and runs `f` on a context over it.
pub(super) fn with_default_context<R>(mut b: SnapshotBuilder, f: impl FnOnce(&Context) -> R) -> R {
    let mesh = crate::values::mesh_defaults();
    super::input::add_default_resources(&mut b, &mesh, "istio-system");
    let snap = b.build("default");
    let mesh = super::tree::Value::from(mesh);
    f(&Context {
        snapshot: &snap,
        mesh: &mesh,
        mesh_networks: None,
        istio_namespace: "istio-system",
        schema: None,
    })
}

/// Runs one analyzer over `yaml` (namespace-less objects land in `default`) and returns
/// `(code, Kind ns/name)` pairs.
fn check(analyzer: &dyn Analyzer, yaml: &str) -> Vec<(String, String)> {
    let mut b = SnapshotBuilder::new();
    assert!(b.add_text("t.yaml", Arc::from(yaml)).is_empty());
    with_default_context(b, |ctx| run(ctx, &[analyzer]))
        .into_iter()
        .map(|m| (m.code.to_string(), m.origin.map(|o| o.friendly()).unwrap_or_default()))
        .collect()
}

fn codes(v: &[(String, String)]) -> Vec<&str> {
    v.iter().map(|(c, _)| c.as_str()).collect()
}

#[test]
fn port_names_need_a_protocol_prefix() {
    let yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  ports:\n  - {name: web, port: 80}\n  - {name: http-web, port: 81}\n  - {name: x, port: 82, appProtocol: http}\n";
    assert_eq!(codes(&check(&a::service::port_name::PortNameAnalyzer, yaml)), ["IST0118"]);
}

#[test]
fn relative_envoy_filter_patches_need_a_priority() {
    let yaml = "apiVersion: networking.istio.io/v1alpha3\nkind: EnvoyFilter\nmetadata: {name: f}\nspec:\n  configPatches:\n  - applyTo: HTTP_FILTER\n    patch: {operation: INSERT_BEFORE}\n  - applyTo: HTTP_ROUTE\n    patch: {operation: ADD}\n";
    let got = check(&a::envoyfilter::patch::EnvoyPatchAnalyzer, yaml);
    assert_eq!(codes(&got), ["IST0153", "IST0151"]);
    let with_priority = yaml.replace("spec:\n", "spec:\n  priority: 5\n");
    assert_eq!(codes(&check(&a::envoyfilter::patch::EnvoyPatchAnalyzer, &with_priority)), ["IST0153"]);
}

#[test]
fn gateways_on_the_same_port_and_host_conflict() {
    let gw = |name: &str, host: &str| {
        format!(
            "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {{name: {name}}}\nspec:\n  selector: {{istio: ingressgateway}}\n  servers:\n  - port: {{number: 443, name: https, protocol: HTTPS}}\n    hosts: [\"{host}\"]\n"
        )
    };
    let conflicting = format!("{}---\n{}", gw("a", "x.example.com"), gw("b", "*.example.com"));
    assert_eq!(check(&a::gateway::conflicting::ConflictingGatewayAnalyzer, &conflicting).len(), 2);
    let distinct = format!("{}---\n{}", gw("a", "x.example.com"), gw("b", "y.example.org"));
    assert!(check(&a::gateway::conflicting::ConflictingGatewayAnalyzer, &distinct).is_empty());
}

#[test]
fn duplicate_and_overlapping_http_matches() {
    let yaml = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: v}\nspec:\n  hosts: [v]\n  http:\n  - match: [{uri: {prefix: /a}}]\n    route: [{destination: {host: v}}]\n  - match: [{uri: {prefix: /a}}]\n    route: [{destination: {host: v}}]\n  - match: [{uri: {prefix: /ab}}]\n    route: [{destination: {host: v}}]\n";
    let analyzer =
        a::schema::validation::ValidationAnalyzer { kind: super::snapshot::kinds::VIRTUAL_SERVICE };
    let mut got = codes(&check(&analyzer, yaml)).into_iter().map(String::from).collect::<Vec<_>>();
    got.sort();
    assert_eq!(got, ["IST0130", "IST0131", "IST0131"]);
}

#[test]
fn gateway_ports_must_be_on_the_ingress_service() {
    let yaml = "apiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: g}\nspec:\n  selector: {istio: ingressgateway}\n  servers:\n  - port: {number: 80, name: http, protocol: HTTP}\n    hosts: [\"*\"]\n  - port: {number: 9999, name: http2, protocol: HTTP}\n    hosts: [\"*\"]\n";
    let got = check(&a::gateway::ingress_port::IngressGatewayPortAnalyzer, yaml);
    assert_eq!(got, [("IST0162".to_string(), "Gateway default/g".to_string())]);
}

#[test]
fn certificate_expiry_is_read_from_der() {
    fn tlv(tag: u8, body: &[u8]) -> Vec<u8> {
        let mut v = vec![tag, body.len() as u8];
        v.extend_from_slice(body);
        v
    }
    // A skeleton certificate: version, serial, algorithm, issuer, validity.
    let validity = [tlv(0x17, b"000101000000Z"), tlv(0x17, b"010101000000Z")].concat();
    let tbs =
        [tlv(0xa0, &tlv(0x02, &[2])), tlv(0x02, &[1]), tlv(0x30, &[]), tlv(0x30, &[]), tlv(0x30, &validity)]
            .concat();
    let der = tlv(0x30, &tlv(0x30, &tbs));
    assert_eq!(a::gateway::x509::not_after(&der).as_deref(), Some("20010101000000"));
    assert_eq!(a::gateway::x509::not_after(&der[..10]), None);
}

#[test]
fn nothing_panics_on_odd_shapes() {
    let odd = "apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: odd}\nspec:\n  hosts: 5\n  http: {route: oops}\n  gateways: [1, null]\n---\napiVersion: networking.istio.io/v1\nkind: Gateway\nmetadata: {name: odd}\nspec: [1, 2]\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: p, labels: {a: 1}}\nspec: {containers: 3}\n";
    let mut b = SnapshotBuilder::new();
    assert!(b.add_text("odd.yaml", Arc::from(odd)).is_empty());
    let snap = b.build("default");
    let mesh = super::tree::Value::from(crate::values::mesh_defaults());
    let ctx = Context {
        snapshot: &snap,
        mesh: &mesh,
        mesh_networks: None,
        istio_namespace: "istio-system",
        schema: None,
    };
    let all: Vec<&dyn Analyzer> =
        super::registry::all().iter().chain(super::registry::opt_in()).map(|b| b.as_ref()).collect();
    let _ = run(&ctx, &all);
}
