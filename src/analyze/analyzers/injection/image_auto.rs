//! IST0146/IST0147: `image: auto` on workloads no injection webhook selects.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds, labels_match};
use crate::analyze::tree::Value;
use crate::analyze::util::{arr, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ImageAutoAnalyzer;

fn uses_image_auto(pod_spec: &Value) -> bool {
    arr(&pod_spec["containers"]).iter().any(|c| s(&c["image"]) == "auto")
}

/// True when a selector (`matchLabels` only) selects `labels`; a missing selector selects all.
fn selects(selector: &Value, labels: &Value) -> bool {
    if !selector.is_object() {
        return true;
    }
    if !arr(&selector["matchExpressions"]).is_empty() {
        // Expressions are not evaluated; count the webhook as selecting.
        return labels_match(obj(&selector["matchLabels"]), labels);
    }
    labels_match(obj(&selector["matchLabels"]), labels)
}

fn injected(ctx: &Context<'_>, ns_labels: &Value, pod_labels: &Value) -> bool {
    ctx.snapshot.of(kinds::MUTATING_WEBHOOK).any(|wh| {
        arr(&wh.value["webhooks"]).iter().any(|w| {
            s(&w["name"]).ends_with("sidecar-injector.istio.io")
                && selects(&w["namespaceSelector"], ns_labels)
                && selects(&w["objectSelector"], pod_labels)
        })
    })
}

impl Analyzer for ImageAutoAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "injection.ImageAutoAnalyzer",
            "Checks that pods and deployments using `image: auto` are selected by an injection webhook",
            &[kinds::NAMESPACE, kinds::POD, kinds::DEPLOYMENT, kinds::MUTATING_WEBHOOK],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let null = Value::Null;
        let ns_labels = |ns: &str| -> &Value {
            ctx.snapshot.get(kinds::NAMESPACE, "", ns).map(Resource::labels).unwrap_or(&null)
        };
        // Stand-in pods are left out: their Deployment gets IST0146 itself.
        for pod in ctx.snapshot.of(kinds::POD).filter(|p| p.stands_in_for.is_none()) {
            if uses_image_auto(pod.spec()) && !injected(ctx, ns_labels(&pod.namespace), pod.labels()) {
                out.push(Message::new(
                    codes::ImageAutoWithoutInjectionError,
                    pod,
                    "spec.containers",
                    vec!["Pod".into(), pod.name.clone()],
                ));
            }
        }
        for d in ctx.snapshot.of(kinds::DEPLOYMENT) {
            let tmpl = &d.spec()["template"];
            if uses_image_auto(&tmpl["spec"])
                && !injected(ctx, ns_labels(&d.namespace), &tmpl["metadata"]["labels"])
            {
                out.push(Message::new(
                    codes::ImageAutoWithoutInjectionWarning,
                    d,
                    "spec.template.spec.containers",
                    vec!["Deployment".into(), d.name.clone()],
                ));
            }
        }
    }
}
