//! IST0139: Istio injection webhooks reference existing services and do not overlap.

use crate::analyze::messages::codes;
use crate::analyze::tree::Value;

use crate::analyze::snapshot::{Resource, kinds, value_str};
use crate::analyze::util::{arr, obj, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct WebhookAnalyzer;

fn compatible(a: &Value, b: &Value) -> bool {
    let (a, b) = (obj(&a["matchLabels"]), obj(&b["matchLabels"]));
    a.iter().all(|(k, v)| b.get(k).is_none_or(|w| value_str(w) == value_str(v)))
}

fn is_injector(wh: &Value) -> bool {
    s(&wh["name"]).ends_with("sidecar-injector.istio.io")
}

impl Analyzer for WebhookAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "webhook.Analyzer",
            "Checks that Istio injection webhooks reach existing services and do not overlap",
            &[kinds::MUTATING_WEBHOOK, kinds::SERVICE],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let hooks: Vec<(&Resource, usize, &Value)> = ctx
            .snapshot
            .of(kinds::MUTATING_WEBHOOK)
            .flat_map(|cfg| arr(&cfg.value["webhooks"]).iter().enumerate().map(move |(i, w)| (cfg, i, w)))
            .filter(|(_, _, w)| is_injector(w))
            .collect();
        for (cfg, i, wh) in &hooks {
            let svc = &wh["clientConfig"]["service"];
            if svc.is_object() {
                let (ns, name) = (s(&svc["namespace"]), s(&svc["name"]));
                if ctx.snapshot.get(kinds::SERVICE, ns, name).is_none() {
                    out.push(Message::new(
                        codes::InvalidWebhook,
                        cfg,
                        &format!("webhooks.{i}.clientConfig.service"),
                        vec![format!(
                            "webhook `{}` refers to service {ns}/{name}, which does not exist",
                            s(&wh["name"])
                        )],
                    ));
                }
            }
        }
        // A webhook switched off (`tag set default` does it to the default revision's own
        // injector) never matches, so it overlaps with nothing.
        let live = |w: &Value| !crate::webhook_match::is_deactivated(&w.to_json());
        for (a, (cfg, i, wh)) in hooks.iter().enumerate().filter(|(_, h)| live(h.2)) {
            for (b, (other_cfg, _, other)) in hooks.iter().enumerate().filter(|(_, h)| live(h.2)) {
                if a == b || std::ptr::eq(*cfg, *other_cfg) {
                    continue;
                }
                if compatible(&wh["namespaceSelector"], &other["namespaceSelector"])
                    && compatible(&wh["objectSelector"], &other["objectSelector"])
                {
                    out.push(Message::new(
                        codes::InvalidWebhook,
                        cfg,
                        &format!("webhooks.{i}"),
                        vec![format!(
                            "webhook `{}` overlaps with webhook `{}` of {}: both may inject the same pods",
                            s(&wh["name"]),
                            s(&other["name"]),
                            other_cfg.name
                        )],
                    ));
                    break;
                }
            }
        }
    }
}
