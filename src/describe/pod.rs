//! The pod's own lines: name, revision, ports, readiness and the mesh requirements it misses.

use serde_json::{Map, Value};

use super::{Names, s};

/// Where Istio documents its pod requirements (the docs of the release meshctl installs).
fn requirements_url() -> String {
    let minor = crate::version::ISTIO_VERSION.rsplitn(2, '.').last().unwrap_or("");
    format!("https://istio.io/v{minor}/docs/ops/deployment/requirements/")
}

/// The sidecar's user: an application running as it bypasses the traffic capture.
const PROXY_UID: i64 = 1337;

/// The control plane revision that injected the pod: the `istio.io/rev` annotation, else the
/// `revision` of the `sidecar.istio.io/status` annotation.
pub fn revision(pod: &Value) -> String {
    let annotations = &pod["metadata"]["annotations"];
    if let Some(rev) = annotations["istio.io/rev"].as_str() {
        return rev.to_string();
    }
    annotations["sidecar.istio.io/status"]
        .as_str()
        .and_then(|st| serde_json::from_str::<Value>(st).ok())
        .and_then(|st| st["revision"].as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Whether the pod runs the Istio proxy (as a container or a native sidecar init container).
pub fn has_sidecar(pod: &Value) -> bool {
    ["containers", "initContainers"]
        .iter()
        .any(|k| pod["spec"][k].as_array().is_some_and(|cs| cs.iter().any(|c| c["name"] == "istio-proxy")))
}

pub fn is_running(pod: &Value) -> bool {
    pod["status"]["phase"] == "Running"
}

/// `Pod: …` and what follows it up to the Services. `ignore_unmeshed` drops the warnings
/// about a pod outside the mesh.
pub fn header(names: &Names, pod: &Value, ignore_unmeshed: bool) -> String {
    let mut out = String::new();
    let mut ports = Vec::new();
    for c in pod["spec"]["containers"].as_array().into_iter().flatten() {
        let cname = s(&c["name"]);
        for p in c["ports"].as_array().into_iter().flatten() {
            let proto = s(&p["protocol"]);
            let suffix = if proto == "TCP" { String::new() } else { format!("/{proto}") };
            ports.push(format!("{}{suffix} ({cname})", p["containerPort"].as_u64().unwrap_or(0)));
        }
        if cname != "istio-proxy"
            && cname != "istio-operator"
            && c["securityContext"]["runAsUser"] == PROXY_UID
        {
            out.push_str("WARNING: User ID (UID) 1337 is reserved for the sidecar proxy.\n");
        }
    }
    let kname = names.of(pod);
    out.push_str(&format!("Pod: {kname}\n   Pod Revision: {}\n", revision(pod)));
    if ports.is_empty() {
        out.push_str("   Pod does not expose ports\n");
    } else {
        out.push_str(&format!("   Pod Ports: {}\n", ports.join(", ")));
    }
    if !is_running(pod) {
        let phase = s(&pod["status"]["phase"]);
        out.push_str(&format!("   Pod is not Running ({phase})\n"));
        return out;
    }
    for (key, what) in [("containerStatuses", "Container"), ("initContainerStatuses", "Init Container")] {
        for st in pod["status"][key].as_array().into_iter().flatten() {
            if st["ready"] != true {
                out.push_str(&format!("WARNING: Pod {kname} {what} {} NOT READY\n", s(&st["name"])));
            }
        }
    }
    if ignore_unmeshed {
        return out;
    }
    if !has_sidecar(pod) {
        out.push_str(&format!("WARNING: {kname} is not part of mesh; no Istio sidecar\n"));
        return out;
    }
    if pod["spec"]["securityContext"]["runAsUser"] == PROXY_UID {
        out.push_str("   WARNING: User ID (UID) 1337 is reserved for the sidecar proxy.\n");
    }
    let labels = super::labels_of(pod);
    let has = |keys: &[&str]| keys.iter().any(|k| labels.contains_key(*k));
    if !has(&["service.istio.io/canonical-name", "app.kubernetes.io/name", "app"]) {
        out.push_str(&format!(
            "Suggestion: add required service name label for Istio telemetry. See {}.\n",
            requirements_url()
        ));
    }
    if !has(&["service.istio.io/canonical-revision", "app.kubernetes.io/version", "version"]) {
        out.push_str(&format!(
            "Suggestion: add required service revision label for Istio telemetry. See {}.\n",
            requirements_url()
        ));
    }
    out
}

/// The pods of a Service as `describe service` sorts them: lines about the ones it cannot use
/// (not running, no proxy, proxy not ready), and the usable ones.
pub fn service_pods<'a>(names: &Names, pods: &'a [Value]) -> (String, Vec<&'a Value>) {
    let mut out = String::new();
    let mut usable = Vec::new();
    for pod in pods {
        if !is_running(pod) {
            out.push_str(&format!("   Pod is not Running ({})\n", s(&pod["status"]["phase"])));
            continue;
        }
        match proxy_ready(pod) {
            None => out.push_str(&format!("Pod {}: no container \"istio-proxy\" in pod\n", names.of(pod))),
            Some(false) => {
                out.push_str(&format!("WARNING: Pod {} Container istio-proxy NOT READY\n", names.of(pod)))
            }
            Some(true) => usable.push(pod),
        }
    }
    (out, usable)
}

/// The readiness of the `istio-proxy` container or init container; `None` without one.
fn proxy_ready(pod: &Value) -> Option<bool> {
    ["containerStatuses", "initContainerStatuses"].iter().find_map(|k| {
        pod["status"][k]
            .as_array()
            .into_iter()
            .flatten()
            .find(|st| st["name"] == "istio-proxy")
            .map(|st| st["ready"] == true)
    })
}

/// Labels of pods, for subset matching.
pub fn labels<'a>(pods: &[&'a Value]) -> Vec<&'a Map<String, Value>> {
    pods.iter().map(|p| super::labels_of(p)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn revision_from_annotations() {
        // Upstream's TestGetRevisionFromPodAnnotation.
        let pod = |a: Value| json!({"metadata": {"annotations": a}});
        assert_eq!(revision(&pod(json!({"sidecar.istio.io/status": ""}))), "");
        assert_eq!(revision(&pod(json!({}))), "");
        let st =
            "{\"initContainers\":[\"istio-init\"],\"containers\":[\"istio-proxy\"],\"revision\":\"1-13-2\"}";
        assert_eq!(revision(&pod(json!({"sidecar.istio.io/status": st}))), "1-13-2");
        assert_eq!(
            revision(&pod(json!({"istio.io/rev": "canary", "sidecar.istio.io/status": st}))),
            "canary"
        );
    }

    #[test]
    fn an_unmeshed_pod_is_warned_about_unless_ignored() {
        let names = Names { namespace: "default".into() };
        let pod = json!({"metadata": {"name": "web", "namespace": "shop", "labels": {"app": "web"}},
            "spec": {"containers": [{"name": "web", "ports": [{"containerPort": 53, "protocol": "UDP"}, {"containerPort": 8080, "protocol": "TCP"}],
                                     "securityContext": {"runAsUser": 1337}}]},
            "status": {"phase": "Running", "containerStatuses": [{"name": "web", "ready": false}]}});
        assert_eq!(
            header(&names, &pod, false),
            "WARNING: User ID (UID) 1337 is reserved for the sidecar proxy.\nPod: web.shop\n   Pod Revision: \n   Pod Ports: 53/UDP (web), 8080 (web)\nWARNING: Pod web.shop Container web NOT READY\nWARNING: web.shop is not part of mesh; no Istio sidecar\n"
        );
        assert!(!header(&names, &pod, true).contains("not part of mesh"));
    }
}
