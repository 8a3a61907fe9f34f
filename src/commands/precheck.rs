//! `meshctl precheck` (also `x precheck`): whether Istio can be installed or upgraded in this
//! cluster — Kubernetes version, the permissions install needs, Gateway API CRD versions, alpha
//! annotations in use and, with `--from-version`, what changed since that release.

use clap::Args;
use serde_json::Value;

use super::Global;
use super::runtime::{connect_options, runtime};
use crate::analyze::messages::Level;
use crate::analyze::report::analysis_docs_url;
use crate::cluster::{ApiError, Cluster, ObjectRef};
use crate::error::{Failure, Result};
use crate::precheck::{self, Finding};

#[derive(Debug, Args)]
pub struct PrecheckArgs {
    /// Skip the control plane checks (version, permissions, Gateway API CRDs)
    #[arg(long = "skip-controlplane")]
    pub skip_controlplane: bool,
    /// Lowest level printed: Info, Warning or Error
    #[arg(long = "output-threshold", default_value = "Warning", value_parser = parse_level)]
    pub output_threshold: Level,
    /// Output format: log, json or yaml
    #[arg(short = 'o', long, default_value = "log", value_parser = ["log", "json", "yaml"])]
    pub output: String,
    /// The Istio version upgraded from (e.g. 1.21), to report what changed since
    #[arg(short = 'f', long = "from-version", value_name = "VERSION")]
    pub from_version: Option<String>,
    /// The control plane revision to check
    #[arg(short = 'r', long)]
    pub revision: Option<String>,
}

fn parse_level(s: &str) -> Result<Level, String> {
    Level::parse(s).ok_or_else(|| format!("`{s}` is not a level: use Info, Warning or Error"))
}

pub fn run(args: PrecheckArgs, global: &Global) -> Result<u8> {
    // A malformed version fails before anything is asked of the cluster.
    let from_minor = match args.from_version.as_deref().filter(|v| !v.is_empty()) {
        Some(v) => Some(precheck::parse_from_version(v).map_err(Failure::new)?),
        None => None,
    };
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let mut all = Vec::new();
        if !args.skip_controlplane {
            all.extend(control_plane(&cluster, &global.istio_namespace).await?);
        }
        all.extend(alpha_annotations(&cluster, global.namespace.as_deref()).await?);
        if let Some(minor) = from_minor {
            all.extend(from_version(&cluster, &global.istio_namespace, minor).await?);
        }
        let (shown, failing) = precheck::conclude(all, args.output_threshold);
        let out = match args.output.as_str() {
            "json" | "yaml" => {
                let v = Value::Array(shown.iter().map(Finding::to_value).collect());
                if args.output == "json" {
                    format!("{}\n", tab_json(&v))
                } else {
                    format!("{}\n", crate::output::to_yaml(&v))
                }
            }
            _ => shown.iter().map(|f| format!("{}\n", f.log_line(crate::table::stdout_color()))).collect(),
        };
        crate::output::write_stdout(out.as_bytes())?;
        if failing {
            return Err(Failure::new(format!(
                "Issues found when checking the cluster. Istio may not be safe to install or upgrade.\nSee {} for more information about causes and resolutions.",
                analysis_docs_url()
            ))
            .into());
        }
        if shown.is_empty() {
            eprintln!(
                "✔ No issues found when checking the cluster. Istio is safe to install or upgrade!\n  To get started, check out https://istio.io/latest/docs/setup/getting-started/."
            );
        }
        Ok(0)
    })
}

fn tab_json(v: &Value) -> String {
    let mut buf = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut buf,
        serde_json::ser::PrettyFormatter::with_indent(b"\t"),
    );
    let _ = serde::Serialize::serialize(v, &mut ser);
    String::from_utf8_lossy(&buf).into_owned()
}

fn failure<'a>(
    cluster: &'a Cluster,
    verb: &'static str,
    what: &'static str,
) -> impl Fn(ApiError) -> Failure + 'a {
    move |e| e.into_failure(&cluster.connection, verb, what)
}

/// The Kubernetes version, one SelfSubjectAccessReview per resource install creates, and the
/// Gateway API CRDs' versions.
pub async fn control_plane(cluster: &Cluster, istio_ns: &str) -> Result<Vec<Finding>, Failure> {
    let mut out = Vec::new();
    let v = cluster.server_info().await.map_err(failure(cluster, "get", "the server version"))?;
    out.extend(precheck::kubernetes_version(&v.git_version, &v.minor));
    let reviews = precheck::INSTALL_PERMISSIONS.iter().map(|p| {
        let ns = p.namespaced.then_some(istio_ns);
        async move { (p, cluster.can_i("create", p.group, p.resource, ns).await) }
    });
    for (p, answer) in futures::future::join_all(reviews).await {
        match answer {
            Ok((true, _)) => {}
            Ok((false, reason)) => out.push(precheck::missing_permission(p, &reason)),
            Err(e) => out.push(precheck::missing_permission(p, &e.message)),
        }
    }
    let crds = cluster
        .list("apiextensions.k8s.io/v1", "CustomResourceDefinition", None, None)
        .await
        .map_err(failure(cluster, "list", "CustomResourceDefinitions"))?;
    out.extend(precheck::gateway_api(&crds));
    Ok(out)
}

async fn alpha_annotations(cluster: &Cluster, ns: Option<&str>) -> Result<Vec<Finding>, Failure> {
    let mut objects = Vec::new();
    for (av, kind) in [("v1", "Namespace"), ("v1", "Service"), ("v1", "Pod"), ("apps/v1", "Deployment")] {
        let scope = if kind == "Namespace" { None } else { ns };
        let mut found = cluster
            .list(av, kind, scope, None)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "list", kind))?;
        if let (Some(ns), "Namespace") = (ns, kind) {
            found.retain(|n| n["metadata"]["name"].as_str() == Some(ns));
        }
        objects.extend(found);
    }
    Ok(precheck::alpha_annotations(&objects))
}

async fn from_version(cluster: &Cluster, istio_ns: &str, minor: u32) -> Result<Vec<Finding>, Failure> {
    if minor > 21 {
        return Ok(Vec::new());
    }
    let zipkin = ObjectRef {
        api_version: "v1".into(),
        kind: "Service".into(),
        namespace: istio_ns.into(),
        name: "zipkin".into(),
    };
    let found = cluster.get(&zipkin).await.map_err(failure(cluster, "get", "service zipkin"))?;
    let origin = format!("Service {istio_ns}/zipkin");
    Ok(precheck::from_version(minor, found.map(|_| origin.as_str())))
}

/// install's first step: the control plane checks, printed to stderr before anything is
/// applied (and before the confirmation prompt), so a missing permission or an unsupported
/// server is known up front.
pub async fn before_install(cluster: &Cluster, istio_ns: &str) -> Result<(), Failure> {
    let (shown, _) = precheck::conclude(control_plane(cluster, istio_ns).await?, Level::Warning);
    if !shown.is_empty() {
        eprintln!(
            "Precheck found issues (`meshctl precheck` explains them; `--skip-precheck` skips this step):"
        );
        for f in &shown {
            eprintln!("  {}", f.log_line(crate::output::stderr_color()));
        }
    }
    Ok(())
}
