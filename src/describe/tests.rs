//! The core on a whole scene: a two-port Service, a stale DestinationRule reference, a
//! VirtualService bound to an ingress Gateway, a workload PeerAuthentication with port levels.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::*;

fn dump(configs: Value) -> ConfigDump {
    ConfigDump { raw: json!({ "configs": configs }) }
}

fn cluster(name: &str, dr: &str) -> Value {
    let config = format!("/apis/networking.istio.io/v1/namespaces/bookinfo/destination-rule/{dr}");
    json!({"cluster": {"name": name, "metadata": {"filter_metadata": {"istio": {"config": config}}}}})
}

fn clusters(list: Vec<Value>) -> Value {
    json!({"@type": "type.googleapis.com/envoy.admin.v3.ClustersConfigDump", "dynamic_active_clusters": list})
}

fn routes(name: &str, domains: Value) -> Value {
    json!({"@type": "type.googleapis.com/envoy.admin.v3.RoutesConfigDump", "dynamic_route_configs": [
        {"route_config": {"name": name, "virtual_hosts": [{"name": "vh", "domains": domains, "routes": [
            {"route": {"cluster": "outbound|9080||productpage.bookinfo.svc.cluster.local"},
             "metadata": {"filter_metadata": {"istio": {"config": "/apis/networking.istio.io/v1/namespaces/bookinfo/virtual-service/productpage"}}}}]}]}}]})
}

/// Renders, then hands the core what it asked for from `available`, until it asks for nothing.
fn settle(available: &BTreeMap<(Kind, &str, &str), Value>, render: impl Fn(&World) -> String) -> String {
    let mut world = World::default();
    for _ in 0..5 {
        let text = render(&world);
        let asked = world.take_asked();
        if asked.is_empty() {
            return text;
        }
        for k in asked {
            let v = available.get(&(k.kind, k.namespace.as_str(), k.name.as_str())).cloned();
            world.insert(k, v);
        }
    }
    panic!("rendering kept asking for new objects");
}

fn golden(rel: &str, actual: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/describe").join(rel);
    if std::env::var_os("MESHCTL_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(want, actual, "{} differs (MESHCTL_BLESS=1 rewrites it)", path.display());
}

#[test]
fn a_pod_exposed_through_an_ingress_gateway() {
    let names = Names { namespace: "bookinfo".into() };
    let pod = json!({
        "metadata": {"name": "productpage-v1-abc", "namespace": "bookinfo", "uid": "uid-1",
                     "labels": {"app": "productpage", "version": "v1"}},
        "spec": {"containers": [{"name": "productpage", "ports": [{"containerPort": 9080, "protocol": "TCP"}]},
                                {"name": "istio-proxy"}]},
        "status": {"phase": "Running"}
    });
    let services = vec![json!({
        "metadata": {"name": "productpage", "namespace": "bookinfo"},
        "spec": {"selector": {"app": "productpage"}, "ports": [
            {"name": "http", "port": 9080, "protocol": "TCP", "targetPort": 9080},
            {"name": "grpc-admin", "port": 9090, "protocol": "TCP", "targetPort": "admin"}]}
    })];
    let own = dump(json!([
        clusters(vec![
            cluster("outbound|9080|v1|productpage.bookinfo.svc.cluster.local", "productpage"),
            cluster("outbound|9090||productpage.bookinfo.svc.cluster.local", "gone"),
        ]),
        routes("9080", json!(["productpage.bookinfo.svc.cluster.local", "productpage"])),
    ]));
    let gateway_dump = dump(json!([
        clusters(vec![cluster("outbound|9080||productpage.bookinfo.svc.cluster.local", "productpage")]),
        routes("http.8080", json!(["*"])),
    ]));
    let ingress = Ingress {
        pods: vec![json!({"metadata": {"name": "istio-ingressgateway-x", "namespace": "istio-system",
                                       "labels": {"istio": "ingressgateway", "app": "istio-ingressgateway"}},
                          "spec": {"containers": [{"name": "istio-proxy", "ports": [{"name": "http2", "containerPort": 8080, "protocol": "TCP"}]}]},
                          "status": {"phase": "Running", "hostIP": "10.0.0.5"}})],
        services: vec![json!({"metadata": {"name": "istio-ingressgateway", "namespace": "istio-system"},
                              "spec": {"selector": {"istio": "ingressgateway"}, "ports": [
                                  {"name": "status-port", "port": 15021, "protocol": "TCP", "targetPort": 15021},
                                  {"name": "http2", "port": 80, "protocol": "TCP", "targetPort": 8080},
                                  {"name": "https", "port": 443, "protocol": "TCP", "targetPort": 8443}]}})],
        dumps: BTreeMap::from([("istio-system/istio-ingressgateway-x".to_string(), gateway_dump)]),
        refused: false,
    };
    let pas = vec![
        json!({"metadata": {"name": "productpage", "namespace": "bookinfo", "creationTimestamp": "2026-01-01T00:00:00Z"},
               "spec": {"selector": {"matchLabels": {"app": "productpage"}}, "mtls": {"mode": "STRICT"},
                        "portLevelMtls": {"9090": {"mode": "PERMISSIVE"}}}}),
    ];
    let mut available = BTreeMap::new();
    available.insert(
        (Kind::DestinationRule, "bookinfo", "productpage"),
        json!({"metadata": {"name": "productpage", "namespace": "bookinfo"},
               "spec": {"host": "productpage", "subsets": [{"name": "v1", "labels": {"version": "v1"}}, {"name": "v2", "labels": {"version": "v2"}}],
                        "trafficPolicy": {"loadBalancer": {"simple": "ROUND_ROBIN"}, "portLevelSettings": [{"port": {"number": 9080}, "tls": {}}]}}}),
    );
    available.insert(
        (Kind::VirtualService, "bookinfo", "productpage"),
        json!({"metadata": {"name": "productpage", "namespace": "bookinfo"},
               "spec": {"hosts": ["productpage", "bookinfo.example.com"], "gateways": ["bookinfo-gateway", "mesh"],
                        "http": [
                            {"match": [{"uri": {"exact": "/productpage"}, "headers": {"end-user": {"prefix": "j"}}}],
                             "fault": {"delay": {"percentage": {"value": 100}, "fixedDelay": "2s"}},
                             "route": [{"destination": {"host": "productpage", "subset": "v1"}, "weight": 90},
                                       {"destination": {"host": "productpage", "subset": "v2"}, "weight": 10}]},
                            {"route": [{"destination": {"host": "productpage.bookinfo.svc.cluster.local", "subset": "v2"}}]}]}}),
    );
    available.insert(
        (Kind::Gateway, "bookinfo", "bookinfo-gateway"),
        json!({"metadata": {"name": "bookinfo-gateway", "namespace": "bookinfo"},
               "spec": {"selector": {"istio": "ingressgateway"}, "servers": []}}),
    );
    let report = PodReport {
        names: &names,
        pod: &pod,
        services: &services,
        dump: Some(&own),
        root_namespace: "istio-system",
        peer_authentications: &pas,
        ingress: &ingress,
        ignore_unmeshed: false,
    };
    let text = pod::header(&names, &pod, false) + &settle(&available, |w| pod_report(&report, w));
    golden("productpage-ingress.txt", &text);
    // The facts the golden holds, spelled out.
    assert!(
        text.contains(
            "9090:\nWARNING: Proxy is stale; it references to non-existent destination rule gone.bookinfo\n"
        ),
        "{text}"
    );
    assert!(text.contains("   no suitable port for manifest: uid-1\n"), "{text}");
    assert!(text.contains("Exposed on Ingress Gateway http://10.0.0.5\n"), "{text}");
    assert!(text.contains("      9090: PERMISSIVE\n"), "{text}");
}
