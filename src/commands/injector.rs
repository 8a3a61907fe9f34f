//! `meshctl injector list` (also `x injector list`): namespaces and the revision injecting each,
//! the revisions their running pods carry and which need a restart; then the injection hooks,
//! the namespaces each serves and its sidecar image.

use clap::{Args, Subcommand};

use super::Global;
use super::runtime::{connect_options, runtime};
use crate::cluster::Cluster;
use crate::error::Result;
use crate::injector;
use crate::table::{self, Text};

#[derive(Debug, Args)]
pub struct InjectorArgs {
    #[command(subcommand)]
    pub command: InjectorCommand,
}

#[derive(Debug, Subcommand)]
pub enum InjectorCommand {
    /// List namespaces and the revisions injecting them, and the injection hooks
    List,
}

pub fn run(args: InjectorArgs, global: &Global) -> Result<u8> {
    let InjectorCommand::List = args.command;
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let fail = |what: &'static str| {
            let conn = cluster.connection.clone();
            move |e: crate::cluster::ApiError| e.into_failure(&conn, "list", what)
        };
        let all_ns = cluster.list("v1", "Namespace", None, None).await.map_err(fail("namespaces"))?;
        let mut namespaces = injector::namespaces(&all_ns, &global.istio_namespace);
        // `-n` narrows the list when that namespace is there (and is ignored otherwise, as in istioctl).
        if let Some(only) = &global.namespace
            && namespaces.iter().any(|n| n["metadata"]["name"].as_str() == Some(only))
        {
            namespaces.retain(|n| n["metadata"]["name"].as_str() == Some(only));
        }
        let mwc = ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration");
        let hooks = cluster
            .list(mwc.0, mwc.1, None, Some("app=sidecar-injector"))
            .await
            .map_err(fail("MutatingWebhookConfigurations"))?;
        let pods = cluster.list("v1", "Pod", None, None).await.map_err(fail("pods"))?;
        let cms =
            cluster.list("v1", "ConfigMap", None, Some("istio.io/rev")).await.map_err(fail("configmaps"))?;
        crate::output::write_stdout(report(&namespaces, &hooks, &pods, &cms).as_bytes())?;
        Ok(0)
    })
}

/// Both tables, separated by a blank line.
pub fn report(
    namespaces: &[serde_json::Value],
    hooks: &[serde_json::Value],
    pods: &[serde_json::Value],
    cms: &[serde_json::Value],
) -> String {
    let mut out = String::new();
    let mut sorted_hooks = hooks.to_vec();
    sorted_hooks.sort_by(|a, b| a["metadata"]["name"].as_str().cmp(&b["metadata"]["name"].as_str()));
    let rows = injector::namespace_rows(namespaces, &sorted_hooks, pods);
    if rows.is_empty() {
        out.push_str("No Istio injected namespaces present.\n");
    } else {
        let rows = rows.into_iter().map(|r| r.into_iter().map(Text::from).collect()).collect();
        out.push_str(&table::render(&["NAMESPACE", "ISTIO-REVISION", "POD-REVISIONS"], rows, 1, false));
    }
    out.push('\n');
    let images = injector::images(cms);
    let rows = injector::hook_rows(hooks, namespaces, &images);
    if rows.is_empty() {
        out.push_str("No Istio injection hooks present.\n");
    } else {
        let rows = rows.into_iter().map(|r| r.into_iter().map(Text::from).collect()).collect();
        out.push_str(&table::render(
            &["NAMESPACES", "INJECTOR-HOOK", "ISTIO-REVISION", "SIDECAR-IMAGE"],
            rows,
            1,
            false,
        ));
    }
    out
}
