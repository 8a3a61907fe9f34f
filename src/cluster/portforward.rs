//! Forwarding local TCP connections to a pod's port through the API server.

use k8s_openapi::api::core::v1::Pod;
use kube::Api;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

use super::connect::Cluster;
use super::errors::ApiError;

/// Carries one local connection to `pod:port` and back, until either side closes.
pub async fn forward_pod_port(
    cluster: &Cluster,
    namespace: &str,
    pod: &str,
    port: u16,
    mut local: TcpStream,
) -> Result<(), ApiError> {
    let pods: Api<Pod> = Api::namespaced(cluster.client.clone(), namespace);
    let mut forwarder = pods.portforward(pod, &[port]).await.map_err(ApiError::from_kube)?;
    let mut upstream = forwarder.take_stream(port).ok_or_else(|| ApiError {
        code: 0,
        reason: String::new(),
        message: format!("port {port} of pod {namespace}/{pod} was not forwarded"),
        retry_after: None,
    })?;
    // The API server reports failures inside the pod (nothing listening on the port, the
    // pod's network gone) on a separate error channel, which closes the data stream.
    let errors = forwarder.take_error(port);
    let copied = tokio::io::copy_bidirectional(&mut local, &mut upstream).await;
    let _ = local.shutdown().await;
    drop(upstream);
    let reported = match errors {
        Some(e) => tokio::time::timeout(std::time::Duration::from_millis(500), e).await.ok().flatten(),
        None => None,
    };
    forwarder.abort();
    if let Some(m) = reported.filter(|m| !m.trim().is_empty()) {
        return Err(ApiError {
            code: 0,
            reason: String::new(),
            message: format!("the API server reported: {}", m.lines().next().unwrap_or(&m)),
            retry_after: None,
        });
    }
    copied.map(|_| ()).map_err(|e| ApiError {
        code: 0,
        reason: String::new(),
        message: e.to_string(),
        retry_after: None,
    })
}
