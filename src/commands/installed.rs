//! What install leaves behind so later commands can find it: owner labels on every object,
//! and a record of the settings applied.

use serde_json::{Value, json};

use crate::cluster::{ApiError, Cluster, ObjectRef};
use crate::error::Failure;
use crate::render::Rendered;
use crate::values::Settings;
use crate::version::ISTIO_VERSION;

pub const LABEL_COMPONENT: &str = "operator.istio.io/component";
pub const LABEL_MANAGED: &str = "operator.istio.io/managed";
pub const LABEL_VERSION: &str = "operator.istio.io/version";
pub const LABEL_REV: &str = "istio.io/rev";
pub const LABEL_OWNER: &str = "install.operator.istio.io/owning-resource";
pub const LABEL_OWNER_NS: &str = "install.operator.istio.io/owning-resource-namespace";

/// Kinds install may create, scanned when pruning and uninstalling.
pub const SCANNED_KINDS: &[(&str, &str)] = &[
    ("apps/v1", "Deployment"),
    ("apps/v1", "DaemonSet"),
    ("apps/v1", "StatefulSet"),
    ("v1", "Service"),
    ("v1", "ConfigMap"),
    ("v1", "Secret"),
    ("v1", "ServiceAccount"),
    ("rbac.authorization.k8s.io/v1", "Role"),
    ("rbac.authorization.k8s.io/v1", "RoleBinding"),
    ("rbac.authorization.k8s.io/v1", "ClusterRole"),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
    ("policy/v1", "PodDisruptionBudget"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"),
    ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"),
    ("apiextensions.k8s.io/v1", "CustomResourceDefinition"),
];

/// The name of the installed-state record for a revision.
pub fn state_name(revision: &str) -> String {
    if revision.is_empty() { "installed-state".to_string() } else { format!("installed-state-{revision}") }
}

/// Adds the owner labels install puts on every object.
pub fn label(obj: &mut Rendered, settings: &Settings) {
    let rev = if settings.revision().is_empty() { "default" } else { settings.revision() };
    obj.yaml = None;
    let labels = &mut obj.object["metadata"]["labels"];
    if !labels.is_object() {
        *labels = json!({});
    }
    labels[LABEL_COMPONENT] = json!(obj.component.label());
    labels[LABEL_MANAGED] = json!("Reconcile");
    labels[LABEL_VERSION] = json!(ISTIO_VERSION);
    labels[LABEL_REV] = json!(rev);
    labels[LABEL_OWNER] = json!(state_name(settings.revision()));
    labels[LABEL_OWNER_NS] = json!(settings.namespace());
}

/// The ConfigMap recording the IstioOperator that was applied.
pub fn state_record(settings: &Settings) -> Value {
    let rev = if settings.revision().is_empty() { "default" } else { settings.revision() };
    json!({
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {
            "name": state_name(settings.revision()),
            "namespace": settings.namespace(),
            "labels": {
                LABEL_MANAGED: "Reconcile",
                LABEL_VERSION: ISTIO_VERSION,
                LABEL_REV: rev,
                "app.kubernetes.io/managed-by": "meshctl",
            }
        },
        "data": { "istio-operator.yaml": crate::output::to_yaml(settings.iop()) }
    })
}

/// Reads back the settings a previous install recorded.
pub async fn read_state(
    cluster: &Cluster,
    namespace: &str,
    revision: &str,
) -> Result<Option<Settings>, Failure> {
    let r = ObjectRef {
        api_version: "v1".into(),
        kind: "ConfigMap".into(),
        namespace: namespace.into(),
        name: state_name(revision),
    };
    let cm = cluster.get(&r).await.map_err(|e| {
        e.into_failure(&cluster.connection, "get", &format!("ConfigMap {namespace}/{}", r.name))
    })?;
    let Some(cm) = cm else { return Ok(None) };
    let text = cm["data"]["istio-operator.yaml"].as_str().unwrap_or("");
    let iop: Value = serde_saphyr::from_str(text).map_err(|e| {
        Failure::new(format!("the installed-state record ConfigMap {namespace}/{} is malformed: {e}", r.name))
            .help("reinstall, or pass the settings with `-f`/`--set`")
    })?;
    Ok(Some(Settings::from_iop(iop)))
}

/// Every object carrying the selector's labels, across the kinds install creates.
pub async fn scan(cluster: &Cluster, selector: &str, with_crds: bool) -> Result<Vec<ObjectRef>, ApiError> {
    let kinds = SCANNED_KINDS.iter().filter(|(_, k)| with_crds || *k != "CustomResourceDefinition");
    let lists =
        futures::future::join_all(kinds.map(|(av, k)| cluster.list(av, k, None, Some(selector)))).await;
    let mut out = Vec::new();
    for list in lists {
        for o in list? {
            out.push(ObjectRef::of(&o));
        }
    }
    out.sort();
    Ok(out)
}
