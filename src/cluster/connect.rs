//! Loading a kubeconfig and building a client that fails fast and clearly.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::APIResourceList;
use kube::config::{KubeConfigOptions, Kubeconfig};
use kube::core::{ApiResource, GroupVersionKind};
use tokio::sync::OnceCell;

use super::errors::{ApiError, connect_failure};
use crate::error::Failure;

/// Where a client points, for messages.
#[derive(Debug, Clone)]
pub struct Connection {
    pub server: String,
    pub context: String,
    pub namespace: String,
}

/// How to reach a cluster: plain data, built by the command layer from its flags.
#[derive(Debug, Clone)]
pub struct ConnectOptions {
    /// The kubeconfig file (else `KUBECONFIG`'s files, else `~/.kube/config`).
    pub kubeconfig: Option<String>,
    /// The kubeconfig context (else its current context).
    pub context: Option<String>,
    /// The namespace of commands that name none (else the context's).
    pub namespace: Option<String>,
    /// Where the control plane runs.
    pub istio_namespace: String,
    /// The limit for each request (and for a kubeconfig credential plugin).
    pub timeout: Duration,
    /// Log requests and answers on stderr.
    pub verbose: bool,
}

/// A connected cluster with a cache of resolved kinds.
pub struct Cluster {
    pub(super) client: kube::Client,
    pub connection: Connection,
    kinds: Mutex<HashMap<(String, String), (ApiResource, bool)>>,
    /// Each group-version's resource list, asked for once however many of its kinds are
    /// resolved at the same time (analyze resolves two dozen kinds at once).
    group_versions: Mutex<HashMap<String, GroupVersionDoc>>,
}

type GroupVersionDoc = Arc<OnceCell<Result<Arc<APIResourceList>, ApiError>>>;

impl Cluster {
    /// Loads the kubeconfig `options` name (or `KUBECONFIG`, or `~/.kube/config`) and checks
    /// that the server answers, within the request limit.
    pub async fn connect(options: &ConnectOptions) -> Result<Cluster, Failure> {
        crate::install_crypto_provider();
        let mut kubeconfig = load_kubeconfig(options.kubeconfig.as_deref())?;
        let context =
            options.context.clone().or_else(|| kubeconfig.current_context.clone()).unwrap_or_default();
        let limit = options.timeout;
        // A credential plugin that never exits would hang every request: run it here, with a
        // deadline, and hand its token to the client.
        super::exec_plugin::run_with_deadline(&mut kubeconfig, &context, limit).await?;
        let kube_options = KubeConfigOptions { context: options.context.clone(), ..Default::default() };
        let mut config =
            kube::Config::from_custom_kubeconfig(kubeconfig, &kube_options).await.map_err(|e| {
                Failure::new(format!(
                    "cannot use kubeconfig context `{context}`: {}",
                    super::errors::chain_words(&e)
                ))
                .help("check `--context` and the kubeconfig (`kubectl config get-contexts`)")
            })?;
        // Every request is bounded: a server that stalls or trickles fails within the limit.
        config.connect_timeout = Some(limit.min(Duration::from_secs(5)));
        config.read_timeout = Some(limit);
        config.write_timeout = Some(limit);
        let connection = Connection {
            server: config.cluster_url.to_string().trim_end_matches('/').to_string(),
            context,
            namespace: options.namespace.clone().unwrap_or_else(|| config.default_namespace.clone()),
        };
        let limits =
            super::transport::Limits { bytes: crate::input::limit()?, time: limit, log: options.verbose };
        let client = kube::client::ClientBuilder::try_from(config)
            .map_err(|e| connect_failure(&connection, &super::errors::chain_words(&e)))?
            .with_layer(&super::transport::BoundLayer(limits))
            .build();
        let cluster =
            Cluster { client, connection, kinds: Mutex::default(), group_versions: Mutex::default() };
        let started = std::time::Instant::now();
        let answer = tokio::time::timeout(limit, cluster.client.apiserver_version()).await;
        // Answers are logged by the transport; a request given up on here never answers.
        if options.verbose && answer.is_err() {
            eprintln!(
                "GET {}/version → no answer in {} ms",
                cluster.connection.server,
                started.elapsed().as_millis()
            );
        }
        match answer {
            Ok(Ok(_)) => Ok(cluster),
            Ok(Err(e)) => {
                Err(ApiError::from_kube(e).into_failure(&cluster.connection, "get", "the server version"))
            }
            Err(_) => Err(connect_failure(
                &cluster.connection,
                &format!(
                    "no answer within {} (the `--kubeclient-timeout`)",
                    crate::duration::show_duration(limit)
                ),
            )),
        }
    }

    /// The server's version, e.g. `1.33`.
    pub async fn server_version(&self) -> Result<String, ApiError> {
        let v = self.client.apiserver_version().await.map_err(ApiError::from_kube)?;
        Ok(format!("{}.{}", v.major, v.minor))
    }

    /// Resolves a kind to its API resource (plural, scope), asking the server once per kind.
    pub async fn resource(&self, api_version: &str, kind: &str) -> Result<(ApiResource, bool), ApiError> {
        let key = (api_version.to_string(), kind.to_string());
        if let Some(hit) = self.kinds.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return Ok(hit);
        }
        let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
        let gvk = GroupVersionKind::gvk(group, version, kind);
        let (ar, namespaced) = match builtin(api_version, kind) {
            // Built-in kinds never change shape: no discovery round trip for them.
            Some((plural, namespaced)) => (ApiResource::from_gvk_with_plural(&gvk, plural), namespaced),
            None => {
                let doc = self.group_version(api_version).await?;
                let Some(r) = doc.resources.iter().find(|r| r.kind == kind && !r.name.contains('/')) else {
                    // A served group-version without this kind (an older release of its CRDs)
                    // is "not found", as an unserved group-version is.
                    return Err(ApiError {
                        code: 404,
                        reason: "NotFound".into(),
                        message: format!("the server does not serve {kind} in {api_version}"),
                        retry_after: None,
                    });
                };
                (ApiResource::from_gvk_with_plural(&gvk, &r.name), r.namespaced)
            }
        };
        if let Ok(mut m) = self.kinds.lock() {
            m.insert(key, (ar.clone(), namespaced));
        }
        Ok((ar, namespaced))
    }

    /// The resource list of `api_version` (`v1`, `networking.istio.io/v1`), from the server
    /// once. "Not served" (404) is remembered too, so the kinds of a group-version the cluster
    /// lacks cost one request; other failures are not, so a later call asks again.
    async fn group_version(&self, api_version: &str) -> Result<Arc<APIResourceList>, ApiError> {
        let cell = match self.group_versions.lock() {
            Ok(mut m) => m.entry(api_version.to_string()).or_default().clone(),
            Err(_) => GroupVersionDoc::default(),
        };
        cell.get_or_try_init(|| async {
            let doc = if api_version.contains('/') {
                self.client.list_api_group_resources(api_version).await
            } else {
                self.client.list_core_api_resources(api_version).await
            };
            match doc.map_err(ApiError::from_kube) {
                Ok(doc) => Ok(Ok(Arc::new(doc))),
                Err(e) if e.is_not_found() => Ok(Err(e)),
                Err(e) => Err(e),
            }
        })
        .await?
        .clone()
    }

    /// Forgets resolved kinds (after CRDs are created, their kinds become resolvable).
    pub fn forget_kinds(&self) {
        if let Ok(mut m) = self.kinds.lock() {
            m.clear();
        }
        if let Ok(mut m) = self.group_versions.lock() {
            m.clear();
        }
    }

    pub fn client(&self) -> &kube::Client {
        &self.client
    }
}

/// Plural and scope of the built-in kinds meshctl reads and writes.
fn builtin(api_version: &str, kind: &str) -> Option<(&'static str, bool)> {
    Some(match (api_version, kind) {
        ("v1", "Namespace") => ("namespaces", false),
        ("v1", "Node") => ("nodes", false),
        ("v1", "Pod") => ("pods", true),
        ("v1", "Service") => ("services", true),
        ("v1", "ConfigMap") => ("configmaps", true),
        ("v1", "Secret") => ("secrets", true),
        ("v1", "ServiceAccount") => ("serviceaccounts", true),
        ("v1", "Event") => ("events", true),
        ("v1", "Endpoints") => ("endpoints", true),
        ("apps/v1", "Deployment") => ("deployments", true),
        ("apps/v1", "DaemonSet") => ("daemonsets", true),
        ("apps/v1", "StatefulSet") => ("statefulsets", true),
        ("apps/v1", "ReplicaSet") => ("replicasets", true),
        ("batch/v1", "Job") => ("jobs", true),
        ("batch/v1", "CronJob") => ("cronjobs", true),
        ("autoscaling/v2", "HorizontalPodAutoscaler") => ("horizontalpodautoscalers", true),
        ("policy/v1", "PodDisruptionBudget") => ("poddisruptionbudgets", true),
        ("rbac.authorization.k8s.io/v1", "Role") => ("roles", true),
        ("rbac.authorization.k8s.io/v1", "RoleBinding") => ("rolebindings", true),
        ("rbac.authorization.k8s.io/v1", "ClusterRole") => ("clusterroles", false),
        ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding") => ("clusterrolebindings", false),
        ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration") => {
            ("mutatingwebhookconfigurations", false)
        }
        ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration") => {
            ("validatingwebhookconfigurations", false)
        }
        ("apiextensions.k8s.io/v1", "CustomResourceDefinition") => ("customresourcedefinitions", false),
        _ => return None,
    })
}

fn load_kubeconfig(path: Option<&str>) -> Result<Kubeconfig, Failure> {
    let missing = |what: String| {
        Failure::new(format!("no usable kubeconfig: {what}"))
            .help("point `--kubeconfig` (or `KUBECONFIG`) at a kubeconfig file, e.g. `~/.kube/config`")
    };
    match path.filter(|p| !p.is_empty()) {
        Some(p) => {
            let mut merged: Option<Kubeconfig> = None;
            for part in std::env::split_paths(p) {
                if !part.exists() && p.contains(':') {
                    continue;
                }
                let k = Kubeconfig::read_from(&part).map_err(|e| {
                    missing(format!("`{}`: {}", part.display(), super::errors::kubeconfig_words(&e)))
                })?;
                merged = Some(match merged {
                    Some(m) => m.merge(k).map_err(|e| missing(super::errors::kubeconfig_words(&e)))?,
                    None => k,
                });
            }
            merged.ok_or_else(|| missing(format!("`{p}` does not exist")))
        }
        None => Kubeconfig::read().map_err(|e| missing(super::errors::kubeconfig_words(&e))),
    }
}

/// The namespace of the kubeconfig context in use, read without contacting the server.
pub fn default_namespace(options: &ConnectOptions) -> Option<String> {
    let kubeconfig = load_kubeconfig(options.kubeconfig.as_deref()).ok()?;
    let name = options.context.clone().or(kubeconfig.current_context.clone())?;
    let ctx = kubeconfig.contexts.iter().find(|c| c.name == name)?;
    ctx.context.as_ref()?.namespace.clone()
}
