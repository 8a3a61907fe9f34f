//! kube-inject with a cluster: the installed control plane's ConfigMaps drive injection.

use meshctl_testapi::{Options, TestApiServer};
use serde_json::{Value, json};

use crate::support::meshctl;

const APP: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n";

fn inject(srv: &TestApiServer, extra: &[&str]) -> (i32, String, String) {
    let out = meshctl()
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(["kube-inject", "-f", "-"])
        .args(extra)
        .write_stdin(APP)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn proxy_image(out: &str) -> String {
    let doc = &meshctl::resource::parse_all(out).unwrap()[0].1;
    let spec = &doc["spec"]["template"]["spec"];
    spec["containers"]
        .as_array()
        .into_iter()
        .chain(spec["initContainers"].as_array())
        .flatten()
        .find(|c| c["name"] == "istio-proxy")
        .map(|c| c["image"].as_str().unwrap_or("").to_string())
        .unwrap_or_default()
}

#[test]
fn the_clusters_injector_values_change_the_injected_proxy() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = {
        let out = meshctl()
            .arg("--kubeconfig")
            .arg(srv.kubeconfig_path())
            .args(["install", "--set", "profile=minimal", "-y"])
            .output()
            .unwrap();
        (out.status.code(), (), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    assert_eq!(code, Some(0), "{err}");

    let (code, out, err) = inject(&srv, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(proxy_image(&out), format!("docker.io/istio/proxyv2:{}", meshctl::version::ISTIO_VERSION));

    let mut cm = srv.get_object("v1", "ConfigMap", Some("istio-system"), "istio-sidecar-injector").unwrap();
    let mut values: Value = serde_json::from_str(cm["data"]["values"].as_str().unwrap()).unwrap();
    values["global"]["hub"] = json!("registry.example.com/mesh");
    values["global"]["tag"] = json!("9.9.9");
    cm["data"]["values"] = json!(values.to_string());
    srv.put_object(cm);

    let (code, out, err) = inject(&srv, &[]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(proxy_image(&out), "registry.example.com/mesh/proxyv2:9.9.9", "{out}");
    // `--set` still applies on top of the cluster's settings, with the same meaning as for install.
    let (_, out, _) = inject(&srv, &["--set", "tag=1.2.3"]);
    assert_eq!(proxy_image(&out), "registry.example.com/mesh/proxyv2:1.2.3");
}

/// Upstream refuses to inject with settings it could not read; so does meshctl, unless
/// `--offline` asks for its built-in settings.
#[test]
fn without_istio_in_the_cluster_injection_is_refused_unless_offline() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, out, err) = inject(&srv, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("cannot read the cluster's injection settings"), "{err}");
    assert!(err.contains("--offline"), "{err}");
    let (code, out, err) = inject(&srv, &["--offline"]);
    assert_eq!(code, 0, "{err}");
    assert!(proxy_image(&out).starts_with("docker.io/istio/proxyv2:"));
}

/// A ConfigMap whose `values` has the wrong shape is refused with its name, not injected
/// into a broken image.
#[test]
fn a_malformed_injector_configmap_is_an_error() {
    let srv = TestApiServer::start_blocking(Options::default());
    let (code, _, err) = inject(&srv, &["--offline"]);
    assert_eq!(code, 0, "{err}");
    srv.put_object(serde_json::json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": { "name": "istio-sidecar-injector", "namespace": "istio-system" },
        "data": { "values": "{\"global\": \"x\"}", "config": "" },
    }));
    srv.put_object(serde_json::json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": { "name": "istio", "namespace": "istio-system" },
        "data": { "mesh": "{}" },
    }));
    let (code, out, err) = inject(&srv, &[]);
    assert_eq!(code, 1, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("istio-sidecar-injector (`values`): `global` must be a map, found a string"),
        "{err}"
    );
}
