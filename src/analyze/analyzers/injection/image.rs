//! IST0158: pods whose proxy image differs from the one injection would use now.

use std::collections::HashMap;

use crate::analyze::tree::Value;

use crate::analyze::messages::{codes, list};
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ImageAnalyzer;

/// The injector ConfigMap's name for a revision.
pub fn injector_configmap_name(revision: &str) -> String {
    if revision.is_empty() || revision == "default" {
        "istio-sidecar-injector".into()
    } else {
        format!("istio-sidecar-injector-{revision}")
    }
}

/// The revision a namespace is injected by, if injection is on.
pub fn namespace_revision(ns: &Resource) -> Option<String> {
    if let Some(rev) = ns.label("istio.io/rev") {
        return Some(rev.to_string());
    }
    (ns.label("istio-injection") == Some("enabled")).then(|| "default".to_string())
}

/// The proxy image an injector ConfigMap's values produce.
fn injected_image(cm: &Resource) -> Option<String> {
    let values: Value = serde_json::from_str(cm.value["data"]["values"].as_str()?).ok()?;
    let global = &values["global"];
    let image = s(&global["proxy"]["image"]);
    if image.is_empty() {
        return None;
    }
    if image.contains('/') {
        return Some(image.to_string());
    }
    Some(format!("{}/{}:{}", s(&global["hub"]), image, s(&global["tag"])))
}

fn strip_variant(image: &str) -> &str {
    image.strip_suffix("-distroless").unwrap_or(image)
}

/// The image of the pod's `istio-proxy` container (regular or native sidecar).
pub fn proxy_image(pod: &Resource) -> Option<&str> {
    let spec = pod.spec();
    arr(&spec["containers"])
        .iter()
        .chain(arr(&spec["initContainers"]))
        .find(|c| c["name"] == "istio-proxy")
        .map(|c| s(&c["image"]))
}

impl Analyzer for ImageAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "injection.ImageAnalyzer",
            "Checks that running proxies use the image injection is configured with",
            &[kinds::NAMESPACE, kinds::POD, kinds::CONFIG_MAP],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let snap = ctx.snapshot;
        let mut images: HashMap<String, Option<String>> = HashMap::new();
        for ns in snap.of(kinds::NAMESPACE) {
            let Some(rev) = namespace_revision(ns) else {
                continue;
            };
            let expected = images
                .entry(rev.clone())
                .or_insert_with(|| {
                    snap.get(kinds::CONFIG_MAP, ctx.istio_namespace, &injector_configmap_name(&rev))
                        .and_then(injected_image)
                })
                .clone();
            let Some(expected) = expected else { continue };
            let mut stale = Vec::new();
            for pod in snap.pods_in(&ns.name) {
                if pod.annotation("sidecar.istio.io/proxyImage").is_some() {
                    continue;
                }
                let Some(image) = proxy_image(pod) else {
                    continue;
                };
                if strip_variant(image) != strip_variant(&expected) {
                    stale.push(pod.name.clone());
                }
            }
            if !stale.is_empty() {
                out.push(Message::new(
                    codes::PodsIstioProxyImageMismatchInNamespace,
                    ns,
                    "",
                    vec![list(&stale)],
                ));
            }
        }
    }
}
