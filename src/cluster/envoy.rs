//! Talking to a pod's Envoy admin interface (and istiod's debug port) through a port-forward.
//!
//! Each request opens a local listener on 127.0.0.1, carries the one connection it accepts to
//! the pod with [`forward_pod_port`], and sends plain HTTP over it.

use std::time::Duration;

use serde_json::Value;
use tokio::net::TcpListener;

use super::connect::Cluster;
use super::errors::ApiError;
use super::ops::ObjectRef;
use super::portforward::forward_pod_port;

/// Why an admin request failed.
#[derive(Debug, Clone)]
pub enum AdminError {
    /// The API server refused or failed the port-forward (pod gone, RBAC, …).
    Forward(ApiError),
    /// Nothing answered HTTP on the port.
    NoAnswer(String),
    /// An HTTP status other than 200.
    Status(u16, String),
}

impl std::fmt::Display for AdminError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AdminError::Forward(e) => write!(f, "port-forward failed: {e}"),
            AdminError::NoAnswer(e) => write!(f, "no answer: {e}"),
            AdminError::Status(code, body) => write!(f, "unexpected status code {code}: {}", body.trim()),
        }
    }
}

/// `GET` or `POST` `path` (with its query) on `pod:port`; the body of a 200 answer.
pub async fn admin_request(
    cluster: &Cluster,
    namespace: &str,
    pod: &str,
    port: u16,
    method: reqwest::Method,
    path: &str,
) -> Result<Vec<u8>, AdminError> {
    let listener = TcpListener::bind("127.0.0.1:0").await.map_err(|e| AdminError::NoAnswer(e.to_string()))?;
    let local = listener.local_addr().map_err(|e| AdminError::NoAnswer(e.to_string()))?;
    let forward = async {
        let (conn, _) = listener.accept().await.map_err(|e| ApiError {
            code: 0,
            reason: String::new(),
            message: e.to_string(),
            retry_after: None,
        })?;
        forward_pod_port(cluster, namespace, pod, port, conn).await
    };
    let client = reqwest::Client::builder()
        .no_proxy()
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|e| AdminError::NoAnswer(e.to_string()))?;
    let url = format!("http://{local}/{}", path.trim_start_matches('/'));
    let request = async {
        let resp = client.request(method, &url).send().await.map_err(|e| AdminError::NoAnswer(chain(&e)))?;
        let status = resp.status().as_u16();
        let body = resp.bytes().await.map_err(|e| AdminError::NoAnswer(chain(&e)))?.to_vec();
        if status != 200 {
            return Err(AdminError::Status(status, String::from_utf8_lossy(&body).into_owned()));
        }
        Ok(body)
    };
    tokio::pin!(forward);
    tokio::pin!(request);
    tokio::select! {
        r = &mut request => match r {
            Ok(body) => Ok(body),
            // The forward usually knows better why the connection died (404, 403, …).
            Err(e) => match tokio::time::timeout(Duration::from_secs(2), &mut forward).await {
                Ok(Err(api)) => Err(forward_error(api)),
                _ => Err(e),
            },
        },
        f = &mut forward => match f {
            Err(api) => Err(forward_error(api)),
            Ok(()) => request.await,
        },
    }
}

/// A failure the API server reports from inside the pod (no HTTP status: nothing listens on
/// the port) means Envoy does not answer; a refusal with a status is the port-forward's own.
fn forward_error(api: ApiError) -> AdminError {
    if api.code == 0 { AdminError::NoAnswer(api.message) } else { AdminError::Forward(api) }
}

fn chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut src = e.source();
    while let Some(x) = src {
        s = format!("{s}: {x}");
        src = x.source();
    }
    s
}

/// Reads a pod; `None` when it does not exist.
pub async fn get_pod(cluster: &Cluster, namespace: &str, name: &str) -> Result<Option<Value>, ApiError> {
    cluster
        .get(&ObjectRef {
            api_version: "v1".into(),
            kind: "Pod".into(),
            namespace: namespace.into(),
            name: name.into(),
        })
        .await
}

/// The API version and kind of a typed pod reference (`deployment/x`, `svc/x`, …).
pub fn workload_kind(kind: &str) -> Option<(&'static str, &'static str)> {
    Some(match kind.to_ascii_lowercase().split('.').next().unwrap_or("") {
        "pod" | "pods" | "po" => ("v1", "Pod"),
        "deployment" | "deployments" | "deploy" => ("apps/v1", "Deployment"),
        "statefulset" | "statefulsets" | "sts" => ("apps/v1", "StatefulSet"),
        "daemonset" | "daemonsets" | "ds" => ("apps/v1", "DaemonSet"),
        "replicaset" | "replicasets" | "rs" => ("apps/v1", "ReplicaSet"),
        "service" | "services" | "svc" => ("v1", "Service"),
        "job" | "jobs" => ("batch/v1", "Job"),
        _ => return None,
    })
}

/// The label selector of a workload or Service, as `k=v,…`.
pub fn selector_of(obj: &Value) -> Option<String> {
    let spec = obj.get("spec")?;
    let sel = if obj.get("kind").and_then(Value::as_str) == Some("Service") {
        spec.get("selector")?
    } else {
        spec.get("selector")?.get("matchLabels")?
    };
    let pairs: Vec<String> =
        sel.as_object()?.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or(""))).collect();
    if pairs.is_empty() { None } else { Some(pairs.join(",")) }
}

/// Running and ready pods first, then by name: the pod a typed reference stands for.
pub fn pick_pod(pods: &[Value]) -> Option<&Value> {
    let score = |p: &Value| {
        let running = p["status"]["phase"] == "Running";
        let ready = p["status"]["conditions"]
            .as_array()
            .is_some_and(|c| c.iter().any(|c| c["type"] == "Ready" && c["status"] == "True"));
        (!running, !ready, p["metadata"]["name"].as_str().unwrap_or("").to_string())
    };
    pods.iter().min_by_key(|p| score(p))
}
