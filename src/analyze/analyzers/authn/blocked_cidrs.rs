//! IST0175: RequestAuthentications exist but istiod does not restrict JWKS fetches.

use crate::analyze::messages::codes;
use crate::analyze::snapshot::kinds;
use crate::analyze::util::{arr, s};
use crate::analyze::{Analyzer, Context, Message, Metadata, meta};

pub struct BlockedCidrsAnalyzer;

const ENV: &str = "BLOCKED_CIDRS_IN_JWKS_URIS";

impl Analyzer for BlockedCidrsAnalyzer {
    fn metadata(&self) -> Metadata {
        meta(
            "authn.BlockedCIDRsAnalyzer",
            "Warns when RequestAuthentications exist but istiod does not set BLOCKED_CIDRS_IN_JWKS_URIS",
            &[kinds::REQUEST_AUTHENTICATION, kinds::DEPLOYMENT],
        )
    }

    fn analyze(&self, ctx: &Context<'_>, out: &mut Vec<Message>) {
        let mut names: Vec<String> =
            ctx.snapshot.of(kinds::REQUEST_AUTHENTICATION).map(|r| r.full_name()).collect();
        if names.is_empty() {
            return;
        }
        names.sort();
        for d in ctx.snapshot.of_in(kinds::DEPLOYMENT, ctx.istio_namespace) {
            if d.label("app") != Some("istiod") {
                continue;
            }
            let configured = arr(&d.spec()["template"]["spec"]["containers"])
                .iter()
                .any(|c| arr(&c["env"]).iter().any(|e| s(&e["name"]) == ENV && !s(&e["value"]).is_empty()));
            if !configured {
                out.push(Message::new(
                    codes::JwksUriFetchUnrestricted,
                    d,
                    "",
                    vec![names.len().to_string(), names.join(", ")],
                ));
            }
        }
    }
}
