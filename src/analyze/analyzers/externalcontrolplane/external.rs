//! IST0163/IST0164: webhooks that reach an external control plane by URL must use a hostname.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::{Resource, kinds};
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct ExternalControlPlaneAnalyzer;

fn url_host(url: &str) -> &str {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let authority = rest.split('/').next().unwrap_or("");
    if let Some(v6) = authority.strip_prefix('[') {
        return v6.split(']').next().unwrap_or("");
    }
    authority.rsplit_once(':').map(|(h, _)| h).unwrap_or(authority)
}

fn check(cfg: &Resource, out: &mut Vec<Message>) {
    for (i, wh) in arr(&cfg.value["webhooks"]).iter().enumerate() {
        let client = &wh["clientConfig"];
        let Some(obj) = client.as_object() else {
            continue;
        };
        if !obj.contains_key("url") {
            continue;
        }
        let url = s(&client["url"]);
        let path = format!("webhooks.{i}.clientConfig.url");
        let name = s(&wh["name"]).to_string();
        if url.is_empty() {
            out.push(Message::new(
                codes::InvalidExternalControlPlaneConfig,
                cfg,
                &path,
                vec![String::new(), name, "is blank".into()],
            ));
            return;
        }
        let host = url_host(url);
        if host.parse::<std::net::IpAddr>().is_ok() {
            out.push(Message::new(
                codes::ExternalControlPlaneAddressIsNotAHostname,
                cfg,
                &path,
                vec![host.to_string(), name],
            ));
            return;
        }
        if host.is_empty() {
            out.push(Message::new(
                codes::InvalidExternalControlPlaneConfig,
                cfg,
                &path,
                vec![url.to_string(), name, "has no host name".into()],
            ));
            return;
        }
    }
}

impl Analyzer for ExternalControlPlaneAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "externalcontrolplane.ExternalControlPlaneAnalyzer",
            "Checks that the webhooks of a remote cluster reach an external control plane by host name",
            &[kinds::MUTATING_WEBHOOK, kinds::VALIDATING_WEBHOOK],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        for cfg in ctx.snapshot.of(kinds::VALIDATING_WEBHOOK) {
            if cfg.name.starts_with("istio-validator") || cfg.name == "istiod-default-validator" {
                check(cfg, out);
            }
        }
        for cfg in ctx.snapshot.of(kinds::MUTATING_WEBHOOK) {
            if cfg.name.starts_with("istio-sidecar-injector") {
                check(cfg, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn hosts_of_urls() {
        assert_eq!(super::url_host("https://1.1.1.1:5100/inject"), "1.1.1.1");
        assert_eq!(super::url_host("https://test.com/inject"), "test.com");
    }
}
