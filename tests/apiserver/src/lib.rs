//! `meshctl-testapi`: an in-process fake Kubernetes API server for meshctl's integration tests.
//!
//! ```no_run
//! # fn demo() {
//! let srv = meshctl_testapi::TestApiServer::start_blocking(meshctl_testapi::Options::default());
//! let kubeconfig = srv.kubeconfig_path();
//! // run `meshctl --kubeconfig <kubeconfig> ...` against it, then inspect:
//! assert_eq!(srv.write_count(), 0);
//! # let _ = kubeconfig;
//! # }
//! ```
//!
//! The server speaks HTTPS on `127.0.0.1` with a generated CA, checks a bearer token, serves
//! discovery, the REST verbs (including watch, server-side apply and the patch types) for
//! built-in kinds and custom resources of established CRDs, simulates the controllers a
//! client usually waits on, and forwards pod ports over WebSocket.

mod apply;
mod controllers;
mod crd_validation;
mod discovery;
mod faults;
mod handler;
mod objects;
mod openapi;
mod patch;
mod portforward;
mod scale;
mod selectors;
mod server;
mod status;
mod store;
mod tls;
mod watch;

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{Value, json};

use server::{Shared, Sim, lock};

/// Server options.
#[derive(Debug, Clone)]
pub struct Options {
    /// Bearer token clients must present; a random one when `None`.
    pub token: Option<String>,
    /// Delay before a pod becomes Running/Ready (default 200 ms).
    pub ready_delay: Duration,
    /// Interval between BOOKMARK events on watches that allow them (default 1 s).
    pub bookmark_interval: Duration,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            token: None,
            ready_delay: Duration::from_millis(200),
            bookmark_interval: Duration::from_secs(1),
        }
    }
}

/// One request received by the server, in arrival order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordedRequest {
    /// HTTP method, e.g. `GET`, `PATCH`.
    pub method: String,
    /// URL path, e.g. `/api/v1/namespaces/default/pods`.
    pub path: String,
    /// Raw query string (without `?`), possibly empty.
    pub query: String,
    /// `Content-Type` header, possibly empty.
    pub content_type: String,
}

/// A running fake API server. Stopped when dropped.
pub struct TestApiServer {
    shared: Arc<Shared>,
    url: String,
    ca_pem: String,
    kubeconfig: PathBuf,
    _dir: tempfile::TempDir,
    shutdown: tokio::sync::watch::Sender<bool>,
    thread: Option<JoinHandle<()>>,
}

impl TestApiServer {
    /// Start a server (on its own runtime thread, so blocking test code cannot stall it).
    pub async fn start(opts: Options) -> Self {
        let (tx, rx) = tokio::sync::oneshot::channel();
        let thread = Self::spawn_thread(opts, move |s| {
            let _ = tx.send(s);
        });
        let parts = rx.await.expect("test API server thread failed to start");
        Self::finish(parts, thread)
    }

    /// Start a server from synchronous code (e.g. a `#[test]` that runs the meshctl binary).
    pub fn start_blocking(opts: Options) -> Self {
        let (tx, rx) = std::sync::mpsc::channel();
        let thread = Self::spawn_thread(opts, move |s| {
            let _ = tx.send(s);
        });
        let parts = rx.recv().expect("test API server thread failed to start");
        Self::finish(parts, thread)
    }

    fn spawn_thread(opts: Options, ready: impl FnOnce(Started) + Send + 'static) -> JoinHandle<()> {
        std::thread::Builder::new()
            .name("meshctl-testapi".into())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .expect("build tokio runtime");
                rt.block_on(async move {
                    let listener =
                        tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
                    let addr = listener.local_addr().expect("local address");
                    let pki = tls::generate();
                    let token = opts.token.clone().unwrap_or_else(|| {
                        format!("{:016x}{:016x}", status::random_u64(), status::random_u64())
                    });
                    let (stx, srx) = tokio::sync::watch::channel(false);
                    let mut store = store::Store::new();
                    controllers::seed(&mut store);
                    let shared = Arc::new(Shared {
                        store: std::sync::Mutex::new(store),
                        token,
                        addr,
                        writes: AtomicU64::new(0),
                        requests: std::sync::Mutex::new(Vec::new()),
                        faults: std::sync::Mutex::new(faults::Faults::default()),
                        sim: std::sync::Mutex::new(Sim {
                            ready_delay: opts.ready_delay,
                            never_ready: HashSet::new(),
                            refused_pods: HashMap::new(),
                            port_targets: HashMap::new(),
                            bookmark_interval: opts.bookmark_interval,
                            version_minor: 33,
                        }),
                        shutdown: srx,
                    });
                    tokio::spawn(server::serve(listener, pki.server_config.clone(), shared.clone()));
                    tokio::spawn(controllers::run(shared.clone()));
                    let mut done = shared.shutdown.clone();
                    ready(Started { shared, ca_pem: pki.ca_pem, shutdown: stx });
                    while !*done.borrow() {
                        if done.changed().await.is_err() {
                            break;
                        }
                    }
                });
                rt.shutdown_timeout(Duration::from_secs(2));
            })
            .expect("spawn test API server thread")
    }

    fn finish(s: Started, thread: JoinHandle<()>) -> Self {
        let url = format!("https://{}", s.shared.addr);
        let dir = tempfile::tempdir().expect("create temp dir");
        let kubeconfig = dir.path().join("kubeconfig");
        std::fs::write(&kubeconfig, tls::kubeconfig(&url, &s.ca_pem, &s.shared.token))
            .expect("write kubeconfig");
        TestApiServer {
            shared: s.shared,
            url,
            ca_pem: s.ca_pem,
            kubeconfig,
            _dir: dir,
            shutdown: s.shutdown,
            thread: Some(thread),
        }
    }

    /// `https://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        self.url.clone()
    }

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.shared.addr
    }

    /// Path of a kubeconfig (context `test`, namespace `default`) for this server.
    /// For scripts: prints the kubeconfig path on stdout (one line) and serves until stdin
    /// reaches its end (the parent closed its end or exited).
    pub fn serve_until_stdin_closes(&self) {
        use std::io::{BufRead, Write};
        {
            let mut out = std::io::stdout().lock();
            writeln!(out, "{}", self.kubeconfig_path().display()).expect("write stdout");
            out.flush().expect("flush stdout");
        }
        let stdin = std::io::stdin();
        let mut line = String::new();
        while stdin.lock().read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
            line.clear();
        }
    }

    pub fn kubeconfig_path(&self) -> &Path {
        &self.kubeconfig
    }

    /// The bearer token the server accepts.
    pub fn token(&self) -> &str {
        &self.shared.token
    }

    /// PEM of the CA that signed the server certificate.
    pub fn ca_pem(&self) -> &str {
        &self.ca_pem
    }

    /// Number of mutating requests (POST/PUT/PATCH/DELETE) that changed stored state.
    /// Dry runs, no-op updates/applies and failed requests are not counted.
    pub fn write_count(&self) -> u64 {
        self.shared.writes.load(Ordering::SeqCst)
    }

    /// Every request received so far (including rejected ones), in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// Forget recorded requests and reset the write counter.
    pub fn clear_requests(&self) {
        lock(&self.shared.requests).clear();
        self.shared.writes.store(0, Ordering::SeqCst);
    }

    /// The current global resourceVersion.
    pub fn resource_version(&self) -> u64 {
        lock(&self.shared.store).rv
    }

    /// Store an object directly (seeding; not counted as a write). `apiVersion` and `kind`
    /// must name a served resource; namespaced objects default to namespace `default`.
    /// Missing `uid`, `creationTimestamp` and `generation` are filled in. Returns the stored object.
    ///
    /// Panics if the kind is not served or the object has no name.
    pub fn put_object(&self, obj: Value) -> Value {
        put_in(&mut lock(&self.shared.store), obj)
    }

    /// [`Self::put_object`] for many objects at once, under one hold of the store: seeding
    /// thousands one by one competes with the controllers, which go over the whole store after
    /// every change.
    pub fn put_objects(&self, objs: impl IntoIterator<Item = Value>) -> Vec<Value> {
        let mut store = lock(&self.shared.store);
        objs.into_iter().map(|o| put_in(&mut store, o)).collect()
    }

    /// Waits until every stored CRD is Established (the server marks them after a short delay,
    /// as kube-apiserver does; their kinds are served from then on). Returns whether they all
    /// were within `timeout`.
    pub fn wait_crds_established(&self, timeout: Duration) -> bool {
        let established = |c: &Value| {
            c["status"]["conditions"]
                .as_array()
                .is_some_and(|cs| cs.iter().any(|x| x["type"] == "Established" && x["status"] == "True"))
        };
        let deadline = std::time::Instant::now() + timeout;
        loop {
            if self
                .list_objects("apiextensions.k8s.io/v1", "CustomResourceDefinition", None)
                .iter()
                .all(established)
            {
                return true;
            }
            if std::time::Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Read an object from the store (`namespace` is `None` for cluster-scoped kinds).
    pub fn get_object(
        &self,
        api_version: &str,
        kind: &str,
        namespace: Option<&str>,
        name: &str,
    ) -> Option<Value> {
        let store = lock(&self.shared.store);
        let rt = store.find_kind(api_version, kind)?;
        let ns = if rt.namespaced { namespace.unwrap_or("default") } else { "" };
        store.get(&rt.key(), ns, name).cloned().map(|o| handler::with_type(&rt, o))
    }

    /// List objects of a kind, in one namespace or (with `None`) all of them.
    pub fn list_objects(&self, api_version: &str, kind: &str, namespace: Option<&str>) -> Vec<Value> {
        let store = lock(&self.shared.store);
        let Some(rt) = store.find_kind(api_version, kind) else {
            return Vec::new();
        };
        let ns = if rt.namespaced { namespace } else { None };
        store.list(&rt.key(), ns).into_iter().map(|o| handler::with_type(&rt, o)).collect()
    }

    /// Remove an object directly (no finalizers, no write count). Returns whether it existed.
    pub fn delete_object(&self, api_version: &str, kind: &str, namespace: Option<&str>, name: &str) -> bool {
        let mut store = lock(&self.shared.store);
        let Some(rt) = store.find_kind(api_version, kind) else {
            return false;
        };
        let ns = if rt.namespaced { namespace.unwrap_or("default") } else { "" };
        store.remove(&rt.key(), ns, name).is_some()
    }

    /// Answer subsequent requests for `verb` (`get`, `list`, `watch`, `create`, `update`,
    /// `patch`, `delete`, `deletecollection` or `*`) on `resource` (`pods`,
    /// `deployments.apps`, `pods/portforward`, `deployments/status` or `*`) with 403 Forbidden.
    pub fn forbid(&self, verb: &str, resource: &str) {
        lock(&self.shared.faults).forbidden.push((verb.to_string(), resource.to_string()));
    }

    /// Remove all `forbid` rules.
    pub fn allow_all(&self) {
        lock(&self.shared.faults).forbidden.clear();
    }

    /// Pods of this Deployment never start: they stay Pending, waiting with
    /// `ImagePullBackOff`, and Warning events (`Failed`, `BackOff`) are recorded for them.
    pub fn set_deployment_never_ready(&self, namespace: &str, name: &str) {
        lock(&self.shared.sim).never_ready.insert((namespace.to_string(), name.to_string()));
    }

    /// The controllers of this workload (StatefulSet, DaemonSet, ReplicaSet, or a Deployment's
    /// ReplicaSets) cannot create its pods: as if an admission webhook refused them with
    /// `message`. No pod appears; a Warning `FailedCreate` event is recorded on the workload
    /// (or ReplicaSet), worded as kube-controller-manager words it.
    pub fn refuse_pods(&self, namespace: &str, name: &str, message: &str) {
        lock(&self.shared.sim)
            .refused_pods
            .insert((namespace.to_string(), name.to_string()), message.to_string());
    }

    /// The server reports itself as Kubernetes `1.<minor>` on `/version` (1.33 unless set), as
    /// an older or newer cluster would.
    pub fn set_version_minor(&self, minor: u32) {
        lock(&self.shared.sim).version_minor = minor;
    }

    /// Delay before new pods become Running and Ready.
    pub fn set_ready_delay(&self, delay: Duration) {
        lock(&self.shared.sim).ready_delay = delay;
    }

    /// Where `pods/{pod}/portforward` connects for `port`.
    pub fn set_pod_port_target(&self, namespace: &str, pod: &str, port: u16, target: SocketAddr) {
        lock(&self.shared.sim).port_targets.insert((namespace.to_string(), pod.to_string(), port), target);
    }

    /// Fail the next `n` authenticated requests with `status` (429 → TooManyRequests,
    /// 503 → ServiceUnavailable, otherwise InternalError), with an optional `Retry-After`.
    pub fn fail_next(&self, n: u32, status: u16, retry_after: Option<u64>) {
        lock(&self.shared.faults).fail_next(n, status, retry_after);
    }

    /// Delay every request by `latency`.
    pub fn set_latency(&self, latency: Duration) {
        lock(&self.shared.faults).latency = latency;
    }

    /// Cut the connection half-way through the next response body.
    pub fn drop_next_connection_mid_response(&self) {
        lock(&self.shared.faults).drop_next = true;
    }

    /// Forget watch history: watches from any resourceVersion before now get 410 Gone.
    pub fn compact(&self) {
        lock(&self.shared.store).compact();
    }
}

struct Started {
    shared: Arc<Shared>,
    ca_pem: String,
    shutdown: tokio::sync::watch::Sender<bool>,
}

impl Drop for TestApiServer {
    fn drop(&mut self) {
        let _ = self.shutdown.send(true);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Stores one object (see [`TestApiServer::put_object`]).
fn put_in(store: &mut store::Store, obj: Value) -> Value {
    let mut obj = obj;
    let api_version = obj["apiVersion"].as_str().unwrap_or_default().to_string();
    let kind = obj["kind"].as_str().unwrap_or_default().to_string();
    let rt = store
        .find_kind(&api_version, &kind)
        .unwrap_or_else(|| panic!("put_object: {api_version} {kind} is not served"));
    if !obj["metadata"].is_object() {
        obj["metadata"] = json!({});
    }
    assert!(
        obj["metadata"]["name"].as_str().is_some_and(|n| !n.is_empty()),
        "put_object: metadata.name is required"
    );
    if rt.namespaced {
        if obj["metadata"]["namespace"].as_str().is_none_or(str::is_empty) {
            obj["metadata"]["namespace"] = json!("default");
        }
    } else if let Some(m) = obj["metadata"].as_object_mut() {
        m.remove("namespace");
    }
    let ns = store::meta_str(&obj, "namespace").to_string();
    let name = store::meta_str(&obj, "name").to_string();
    let existing = store.get(&rt.key(), &ns, &name).cloned();
    let meta = &mut obj["metadata"];
    if meta.get("uid").is_none() {
        meta["uid"] = existing
            .as_ref()
            .map(|e| e["metadata"]["uid"].clone())
            .unwrap_or_else(|| json!(status::new_uid()));
    }
    if meta.get("creationTimestamp").is_none() {
        meta["creationTimestamp"] = existing
            .as_ref()
            .map(|e| e["metadata"]["creationTimestamp"].clone())
            .unwrap_or_else(|| json!(status::now_rfc3339()));
    }
    if rt.generation && meta.get("generation").is_none() {
        meta["generation"] = json!(1);
    }
    if rt.kind == "Pod" && obj.get("status").is_none() {
        obj["status"] = json!({"phase": "Pending", "qosClass": "BestEffort"});
    }
    if rt.kind == "Namespace" && obj.get("status").is_none() {
        obj["status"] = json!({"phase": "Active"});
        obj["metadata"]["labels"]["kubernetes.io/metadata.name"] = json!(name);
    }
    let obj = handler::with_type(&rt, obj);
    let stored = store.put(&rt.key(), obj);
    handler::with_type(&rt, stored)
}
