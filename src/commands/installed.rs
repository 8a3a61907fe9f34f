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
    let rev = crate::revision::name(settings.revision());
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
    let rev = crate::revision::name(settings.revision());
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

/// The `meshctl install` command that reproduces the recorded settings with `extra` (`path=value`
/// assignments) on top, so a hint changes only what it is about. Short `--set` flags when they
/// reproduce the record exactly (checked by resolving them); otherwise the record itself is fed
/// back with `-f -`.
pub fn install_command(recorded: &Settings, extra: &[&str]) -> String {
    let mut sets = vec![format!("profile={}", recorded.profile())];
    if !recorded.revision().is_empty() {
        sets.push(format!("revision={}", recorded.revision()));
    }
    let base = crate::values::resolve(&crate::values::Inputs { sets: sets.clone(), ..Default::default() });
    if let Ok(base) = base {
        let mut leaves = Vec::new();
        differing_leaves(&base.spec()["values"], &recorded.spec()["values"], "values", &mut leaves);
        differing_leaves(
            &base.spec()["components"],
            &recorded.spec()["components"],
            "components",
            &mut leaves,
        );
        differing_leaves(
            &base.spec()["meshConfig"],
            &recorded.spec()["meshConfig"],
            "meshConfig",
            &mut leaves,
        );
        let top = &recorded.spec()["addonComponents"];
        differing_leaves(&base.spec()["addonComponents"], top, "addonComponents", &mut leaves);
        for k in ["hub", "tag", "namespace"] {
            differing_leaves(&base.spec()[k], &recorded.spec()[k], k, &mut leaves);
        }
        sets.extend(leaves);
        let reproduces =
            crate::values::resolve(&crate::values::Inputs { sets: sets.clone(), ..Default::default() })
                .is_ok_and(|s| s == *recorded);
        if reproduces {
            sets.extend(extra.iter().map(|s| s.to_string()));
            let flags: Vec<String> = sets
                .iter()
                .filter(|s| *s != "profile=default")
                .map(|s| format!("--set {}", shell_word(s)))
                .collect();
            return format!("meshctl install {}", flags.join(" ")).trim_end().to_string();
        }
    }
    let ns = recorded.namespace();
    let key = "istio-operator\\.yaml";
    let extra: Vec<String> = extra.iter().map(|s| format!(" --set {}", shell_word(s))).collect();
    format!(
        "kubectl get configmap {} -n {ns} -o jsonpath='{{.data.{key}}}' | meshctl install -f -{}",
        state_name(recorded.revision()),
        extra.concat()
    )
}

/// `path=value` for every scalar of `have` that differs from `base`; `None` values are skipped
/// (they cannot be written as `--set`, so the check in `install_command` falls back).
fn differing_leaves(base: &Value, have: &Value, path: &str, out: &mut Vec<String>) {
    match have {
        Value::Object(m) => {
            for (k, v) in m {
                let key = k.replace('.', "\\.");
                differing_leaves(&base[k.as_str()], v, &format!("{path}.{key}"), out);
            }
        }
        Value::Null => {}
        _ if have == base => {}
        Value::String(s) => out.push(format!("{path}={s}")),
        Value::Bool(_) | Value::Number(_) => out.push(format!("{path}={have}")),
        Value::Array(_) => {}
    }
}

/// A word the shell passes through unchanged.
fn shell_word(s: &str) -> String {
    if s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.=/:,@+".contains(c)) {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::values::{Inputs, resolve};

    fn settings(sets: &[&str]) -> Settings {
        resolve(&Inputs { sets: sets.iter().map(|s| s.to_string()).collect(), ..Default::default() }).unwrap()
    }

    #[test]
    fn a_hint_keeps_the_recorded_profile_and_settings() {
        let demo = settings(&["profile=demo", "values.pilot.traceSampling=3.5"]);
        let cmd = install_command(&demo, &["addonComponents.kiali.enabled=true"]);
        assert_eq!(
            cmd,
            "meshctl install --set profile=demo --set values.pilot.traceSampling=3.5 \
             --set addonComponents.kiali.enabled=true"
        );
        assert_eq!(install_command(&settings(&[]), &[]), "meshctl install");
    }

    #[test]
    fn settings_flags_cannot_express_fall_back_to_the_record() {
        let mut iop = settings(&["profile=demo"]).iop().clone();
        iop["spec"]["values"]["pilot"]["env"] = serde_json::json!({"A": "1"});
        iop["spec"]["values"]["global"]["imagePullSecrets"] = serde_json::json!(["x"]);
        let cmd = install_command(&Settings::from_iop(iop), &["a=b"]);
        assert!(cmd.starts_with("kubectl get configmap installed-state -n istio-system"), "{cmd}");
        assert!(cmd.ends_with("| meshctl install -f - --set a=b"), "{cmd}");
    }
}
