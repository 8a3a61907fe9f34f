//! Listener, TLS, connection handling and the shared server state.

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::AtomicU64;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use bytes::Bytes;
use http::{Response, StatusCode, header};
use http_body_util::{BodyExt, Full, StreamBody, combinators::BoxBody};
use hyper::body::Frame;
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::Value;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio_rustls::TlsAcceptor;

use crate::RecordedRequest;
use crate::faults::Faults;
use crate::status::ApiError;
use crate::store::Store;

pub(crate) type Body = BoxBody<Bytes, std::io::Error>;

/// Simulation settings changed by the test through the public API.
#[derive(Debug)]
pub(crate) struct Sim {
    pub ready_delay: Duration,
    pub never_ready: HashSet<(String, String)>,
    /// Workloads (namespace, name) whose pods an admission webhook refuses, with its message.
    pub refused_pods: HashMap<(String, String), String>,
    pub port_targets: HashMap<(String, String, u16), SocketAddr>,
    pub bookmark_interval: Duration,
    /// The Kubernetes minor version `/version` reports (1.<minor>).
    pub version_minor: u32,
}

/// State shared by the request handlers, controllers and the test-facing handle.
pub(crate) struct Shared {
    pub store: Mutex<Store>,
    pub token: String,
    pub addr: SocketAddr,
    pub writes: AtomicU64,
    pub requests: Mutex<Vec<RecordedRequest>>,
    pub faults: Mutex<Faults>,
    pub sim: Mutex<Sim>,
    pub shutdown: watch::Receiver<bool>,
}

/// Lock a mutex, recovering from poisoning (a panicking test thread must not wedge the server).
pub(crate) fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

pub(crate) fn full(bytes: impl Into<Bytes>) -> Body {
    Full::new(bytes.into()).map_err(|never: Infallible| match never {}).boxed()
}

pub(crate) fn json_response(code: StatusCode, v: &Value) -> Response<Body> {
    json_response_typed(code, v, "application/json")
}

pub(crate) fn json_response_typed(code: StatusCode, v: &Value, ct: &str) -> Response<Body> {
    let mut r = Response::new(full(v.to_string()));
    *r.status_mut() = code;
    if let Ok(h) = ct.parse() {
        r.headers_mut().insert(header::CONTENT_TYPE, h);
    }
    r
}

pub(crate) fn error_response(e: &ApiError) -> Response<Body> {
    let code = StatusCode::from_u16(e.code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut r = json_response(code, &e.to_status());
    if let Some(secs) = e.retry_after
        && let Ok(h) = secs.to_string().parse()
    {
        r.headers_mut().insert(header::RETRY_AFTER, h);
    }
    r
}

/// A body that sends the first half of `resp` and then fails, so the connection is cut
/// in the middle of the response.
pub(crate) async fn truncate(resp: Response<Body>) -> Response<Body> {
    let (mut parts, body) = resp.into_parts();
    let bytes = match body.collect().await {
        Ok(c) => c.to_bytes(),
        Err(_) => Bytes::new(),
    };
    let half = bytes.slice(..bytes.len() / 2);
    parts.headers.remove(header::CONTENT_LENGTH);
    let stream = futures::stream::iter(vec![
        Ok(Frame::data(half)),
        Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "injected connection drop")),
    ]);
    Response::from_parts(parts, StreamBody::new(stream).boxed())
}

/// Accept TLS connections until shutdown.
pub(crate) async fn serve(listener: TcpListener, tls: Arc<rustls::ServerConfig>, shared: Arc<Shared>) {
    let acceptor = TlsAcceptor::from(tls);
    let mut shutdown = shared.shutdown.clone();
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.changed() => return,
        };
        let Ok((tcp, _)) = accepted else { continue };
        let _ = tcp.set_nodelay(true);
        let acceptor = acceptor.clone();
        let shared = shared.clone();
        tokio::spawn(async move {
            let Ok(tls) = acceptor.accept(tcp).await else {
                return;
            };
            let svc = hyper::service::service_fn(move |req| {
                let shared = shared.clone();
                async move { Ok::<_, Infallible>(crate::handler::handle(shared, req).await) }
            });
            let builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            let _ = builder.serve_connection_with_upgrades(TokioIo::new(tls), svc).await;
        });
    }
}
