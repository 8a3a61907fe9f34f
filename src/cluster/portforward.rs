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
    let copied = tokio::io::copy_bidirectional(&mut local, &mut upstream).await;
    let _ = local.shutdown().await;
    drop(upstream);
    forwarder.abort();
    copied.map(|_| ()).map_err(|e| ApiError {
        code: 0,
        reason: String::new(),
        message: e.to_string(),
        retry_after: None,
    })
}
