//! What install does before and after applying when other control planes are involved:
//! `upgrade` (an alias of install) and canary revisions.
//!
//! - Before: the precheck findings and the version change (upgrade or downgrade) are shown
//!   before the confirmation prompt; a revision installed beside another control plane keeps to
//!   its own (revisioned) objects, leaving the shared base and the gateways to the first.
//! - After: the `default` revision tag is created as istioctl creates it (on the first install,
//!   whatever its revision, and on every install of the default revision).

use serde_json::Value;

use super::installed::LABEL_REV;
use crate::cluster::Cluster;
use crate::error::Failure;
use crate::render::{Component, Rendered};
use crate::values::Settings;
use crate::version::ISTIO_VERSION;

/// Runs before anything is applied. `objects` may lose the objects another control plane owns.
pub async fn prepare(
    cluster: &Cluster,
    settings: &Settings,
    objects: &mut Vec<Rendered>,
    skip_precheck: bool,
) -> Result<(), Failure> {
    let ns = settings.namespace();
    if !skip_precheck {
        super::precheck::before_install(cluster, ns).await?;
    }
    let rev = crate::revision::name(settings.revision());
    let istiods = cluster
        .list("apps/v1", "Deployment", Some(ns), Some("app=istiod"))
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "list", "istiod deployments"))?;
    let rev_of = |d: &Value| d["metadata"]["labels"][LABEL_REV].as_str().unwrap_or("default").to_string();
    if let Some(same) = istiods.iter().find(|d| rev_of(d) == rev) {
        version_change(same, rev);
    }
    let others: Vec<String> = istiods.iter().map(rev_of).filter(|r| r != rev).collect();
    if !settings.revision().is_empty() && !others.is_empty() {
        let before = objects.len();
        objects.retain(|o| o.component == Component::Pilot);
        if objects.len() < before {
            eprintln!(
                "Control plane revision(s) {} already installed in {ns}: installing only revision \"{rev}\"'s own objects (the base and the gateways stay as they are).",
                others.join(", ")
            );
        }
    }
    if settings.revision().is_empty() {
        hand_injection_to_default_tag(objects);
    }
    Ok(())
}

/// The default revision's own injector is rendered switched off: the `default` tag, created
/// after the install, injects instead. Rendering it off (rather than switching it off after
/// applying, as istioctl does) keeps a repeated install from writing anything.
fn hand_injection_to_default_tag(objects: &mut [Rendered]) {
    for o in objects.iter_mut() {
        let labels = &o.object["metadata"]["labels"];
        if o.kind() == "MutatingWebhookConfiguration"
            && labels[LABEL_REV] == "default"
            && labels[crate::tag::LABEL_TAG].is_null()
        {
            o.object = crate::tag::deactivated(&o.object);
            o.yaml = None;
        }
    }
}

/// Says when the revision is installed at another version, before the prompt.
fn version_change(istiod: &Value, rev: &str) {
    let labels = &istiod["metadata"]["labels"];
    let Some(old) =
        labels["operator.istio.io/version"].as_str().or(labels["app.kubernetes.io/version"].as_str())
    else {
        return;
    };
    if old == ISTIO_VERSION {
        return;
    }
    let direction = if version_key(old) < version_key(ISTIO_VERSION) { "upgraded" } else { "downgraded" };
    eprintln!("WARNING: Istio is being {direction} from {old} to {ISTIO_VERSION}.");
    if rev == "default" {
        eprintln!(
            "         Running this command will overwrite it; use revisions to upgrade alongside the existing version."
        );
    }
}

fn version_key(v: &str) -> Vec<u64> {
    v.split(['.', '-']).map(|p| p.parse().unwrap_or(0)).collect()
}

/// Runs after a successful install (not a dry run).
pub async fn finish(cluster: &Cluster, settings: &Settings) -> Result<(), Failure> {
    super::tag::ensure_default_tag(cluster, settings.namespace(), settings.revision()).await
}
