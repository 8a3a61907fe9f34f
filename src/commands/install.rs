//! `meshctl install`: apply the rendered control plane with server-side apply, in dependency
//! order, wait for it to be ready, prune what the settings no longer render, record them.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use futures::StreamExt;
use serde_json::json;

use super::cluster_args::{confirm, parse_duration, runtime};
use super::installed::{self, LABEL_MANAGED, LABEL_OWNER};
use super::settings_args::SettingsArgs;
use crate::cli::Global;
use crate::cluster::{ApplyOutcome, Cluster, ObjectRef, Readiness, readiness};
use crate::error::{Failure, Result};
use crate::progress::Progress;
use crate::render::{self, Component, Rendered};
use crate::values::Settings;
use crate::version::ISTIO_VERSION;

#[derive(Debug, Args)]
pub struct InstallArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Do not ask for confirmation
    #[arg(short = 'y', long = "skip-confirmation", visible_alias = "skipConfirmation")]
    pub yes: bool,
    /// Show what would change and let the server validate it, without changing anything
    #[arg(long = "dry-run", visible_alias = "dryRun")]
    pub dry_run: bool,
    /// Wait for each component to become ready (`--wait=false` applies and returns)
    #[arg(long, default_value_t = true, action = clap::ArgAction::Set, num_args = 0..=1, default_missing_value = "true")]
    pub wait: bool,
    /// How long to wait for each component to become ready
    #[arg(long = "readiness-timeout", visible_alias = "readinessTimeout", default_value = "300s", value_parser = parse_duration)]
    pub readiness_timeout: Duration,
}

/// Objects applied at once within a component.
const PARALLEL_APPLIES: usize = 16;

pub fn run(args: InstallArgs, global: &Global) -> Result<u8> {
    let settings = args.settings.resolve()?;
    let mut objects = render::render(&settings)?;
    for o in &mut objects {
        installed::label(o, &settings);
    }
    if !args.yes && !args.dry_run {
        let question = format!(
            "This will install the Istio {ISTIO_VERSION} profile \"{}\" into the cluster. Proceed?",
            settings.profile()
        );
        if !confirm(&question)? {
            eprintln!("Cancelled.");
            return Ok(1);
        }
    }
    let rt = runtime()?;
    rt.block_on(async {
        let cluster = Cluster::connect(global).await?;
        let applied = Arc::new(Mutex::new(Vec::<String>::new()));
        let job = install(&cluster, &settings, objects, &args, applied.clone());
        tokio::select! {
            r = job => r,
            _ = tokio::signal::ctrl_c() => {
                let done = applied.lock().map(|a| a.clone()).unwrap_or_default();
                eprintln!("\n✘ Interrupted. {} object(s) were applied before the interruption:", done.len());
                for d in done {
                    eprintln!("  {d}");
                }
                eprintln!("help: run the same `meshctl install` again to finish, or `meshctl uninstall` to remove them");
                Ok(130)
            }
        }
    })
}

async fn install(
    cluster: &Cluster,
    settings: &Settings,
    objects: Vec<Rendered>,
    args: &InstallArgs,
    applied: Arc<Mutex<Vec<String>>>,
) -> Result<u8> {
    let progress = Progress::new();
    let dry = args.dry_run;
    let ns = settings.namespace().to_string();
    let ns_exists = ensure_namespace(cluster, &ns, dry).await?;
    let custom = objects.iter().any(|o| o.api_version().contains(".istio.io/"));
    // With no record of an earlier install there is nothing of ours to prune.
    let earlier = ns_exists && installed::read_state(cluster, &ns, settings.revision()).await?.is_some();

    let wanted: BTreeSet<(String, String, String)> = objects
        .iter()
        .map(|o| (o.kind().to_string(), o.namespace().to_string(), o.name().to_string()))
        .collect();
    let waves: [&[Component]; 3] = [
        &[Component::Base],
        &[Component::Pilot, Component::Addons],
        &[Component::IngressGateways, Component::EgressGateways],
    ];
    let mut failures = Vec::new();
    for wave in waves {
        let tasks = wave.iter().filter_map(|c| {
            let objs: Vec<&Rendered> = objects.iter().filter(|o| o.component == *c).collect();
            (!objs.is_empty()).then(|| {
                let how = How {
                    args,
                    progress: &progress,
                    local_only: dry && !ns_exists,
                    custom_resources_follow: custom,
                };
                install_component(cluster, *c, objs, how, applied.clone())
            })
        });
        for (c, r) in futures::future::join_all(tasks).await {
            match r {
                Ok(()) => progress.finish(
                    c.title(),
                    format!("✔ {} {}", c.title(), if dry { "checked" } else { "installed" }),
                ),
                Err(e) => {
                    progress
                        .finish(c.title(), format!("✘ {} encountered an error: {}", c.title(), e.message));
                    failures.push(e);
                }
            }
        }
        if !failures.is_empty() {
            break;
        }
    }
    if let Some(first) = failures.into_iter().next() {
        return Err(Failure::new(format!("installation failed: {}", first.message))
            .help(first.help.unwrap_or_else(|| "fix the cause above and run the same install again".into()))
            .into());
    }

    if earlier {
        prune(cluster, settings, &wanted, dry, &progress).await?;
    }

    let record = installed::state_record(settings);
    if !dry || ns_exists {
        cluster
            .apply(&record, dry)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "apply", "the installed-state record"))?;
    }
    progress.println(if dry {
        "✔ Dry run complete: nothing was changed"
    } else {
        "✔ Installation complete"
    });
    Ok(0)
}

/// Deletes objects an earlier install labelled that the settings no longer render.
async fn prune(
    cluster: &Cluster,
    settings: &Settings,
    wanted: &BTreeSet<(String, String, String)>,
    dry: bool,
    progress: &Progress,
) -> Result<()> {
    progress.println("- Pruning removed resources");
    let selector =
        format!("{LABEL_MANAGED}=Reconcile,{LABEL_OWNER}={}", installed::state_name(settings.revision()));
    let found = installed::scan(cluster, &selector, false)
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "list", "installed objects"))?;
    for r in found {
        if wanted.contains(&(r.kind.clone(), r.namespace.clone(), r.name.clone())) {
            continue;
        }
        if dry {
            println!("would remove {r}");
            continue;
        }
        cluster
            .delete(&r, false)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "delete", &r.to_string()))?;
        progress.println(&format!("  Removed {r}."));
    }
    Ok(())
}

/// Creates the istio namespace when it is missing; returns whether it existed.
async fn ensure_namespace(cluster: &Cluster, ns: &str, dry: bool) -> Result<bool> {
    let r = ObjectRef {
        api_version: "v1".into(),
        kind: "Namespace".into(),
        namespace: String::new(),
        name: ns.into(),
    };
    let exists = cluster
        .get(&r)
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("namespace {ns}")))?
        .is_some();
    if !exists {
        if dry {
            println!("would create Namespace/{ns}");
        } else {
            let obj = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}});
            cluster
                .create(&obj, false)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "create", &format!("namespace {ns}")))?;
        }
    }
    Ok(exists)
}

/// How a component is installed: the command's flags and what the whole install knows.
struct How<'a> {
    args: &'a InstallArgs,
    progress: &'a Progress,
    /// Dry run into a namespace that does not exist yet: the server cannot validate.
    local_only: bool,
    /// Custom resources are among the objects, so CRDs must be Established first.
    custom_resources_follow: bool,
}

async fn install_component(
    cluster: &Cluster,
    component: Component,
    objs: Vec<&Rendered>,
    how: How<'_>,
    applied: Arc<Mutex<Vec<String>>>,
) -> (Component, Result<(), Failure>) {
    let How { args, progress, local_only, custom_resources_follow } = how;
    let title = component.title();
    progress.update(title, format!("Processing resources for {title}."));
    let r = async {
        let (crds, rest): (Vec<&Rendered>, Vec<&Rendered>) =
            objs.into_iter().partition(|o| o.kind() == "CustomResourceDefinition");
        apply_all(cluster, &crds, args.dry_run || local_only, args.dry_run, &applied).await?;
        // CRDs must be Established before custom resources are applied; with `--wait` they are
        // part of readiness anyway.
        if !crds.is_empty() && !args.dry_run && (args.wait || custom_resources_follow) {
            let refs: Vec<ObjectRef> = crds.iter().map(|o| ObjectRef::of(&o.object)).collect();
            wait_ready(cluster, &refs, title, args.readiness_timeout, progress).await?;
            cluster.forget_kinds();
        }
        apply_all(cluster, &rest, args.dry_run || local_only, args.dry_run, &applied).await?;
        if !args.dry_run && args.wait {
            let refs: Vec<ObjectRef> = rest
                .iter()
                .filter(|o| matches!(o.kind(), "Deployment" | "DaemonSet" | "StatefulSet"))
                .map(|o| ObjectRef::of(&o.object))
                .collect();
            wait_ready(cluster, &refs, title, args.readiness_timeout, progress).await?;
        }
        Ok(())
    }
    .await;
    (component, r)
}

async fn apply_all(
    cluster: &Cluster,
    objs: &[&Rendered],
    skip_server: bool,
    dry: bool,
    applied: &Arc<Mutex<Vec<String>>>,
) -> Result<(), Failure> {
    if skip_server && dry {
        for o in objs {
            println!(
                "would create {} (validated locally only: its namespace does not exist yet)",
                ObjectRef::of(&o.object)
            );
        }
        return Ok(());
    }
    let results = futures::stream::iter(objs.iter().map(|o| async move {
        let r = ObjectRef::of(&o.object);
        (cluster.apply(&o.object, dry).await, r)
    }))
    .buffer_unordered(PARALLEL_APPLIES)
    .collect::<Vec<_>>()
    .await;
    let mut errors = Vec::new();
    for (res, r) in results {
        match res {
            Ok(outcome) => {
                if dry {
                    let verb = match outcome {
                        ApplyOutcome::Created => "would create",
                        ApplyOutcome::Changed => "would configure",
                        ApplyOutcome::Unchanged => "unchanged",
                    };
                    println!("{verb} {r}");
                } else if outcome != ApplyOutcome::Unchanged
                    && let Ok(mut a) = applied.lock()
                {
                    a.push(r.to_string());
                }
            }
            Err(e) => errors.push(e.into_failure(&cluster.connection, "apply", &r.to_string())),
        }
    }
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Polls until every object is ready; on timeout names each one that is not, and why.
async fn wait_ready(
    cluster: &Cluster,
    refs: &[ObjectRef],
    title: &str,
    timeout: Duration,
    progress: &Progress,
) -> Result<(), Failure> {
    if refs.is_empty() {
        return Ok(());
    }
    let start = Instant::now();
    let mut delay = Duration::from_millis(20);
    loop {
        let states = futures::future::join_all(refs.iter().map(|r| readiness(cluster, r))).await;
        let mut pending = Vec::new();
        for (r, s) in refs.iter().zip(states) {
            match s {
                Ok(Readiness::Ready) => {}
                Ok(Readiness::Missing) => pending.push((r, "it does not exist".to_string())),
                Ok(Readiness::NotReady(why)) => pending.push((r, why)),
                Err(e) if e.is_transient() => pending.push((r, e.to_string())),
                Err(e) => return Err(e.into_failure(&cluster.connection, "get", &r.to_string())),
            }
        }
        if pending.is_empty() {
            return Ok(());
        }
        if start.elapsed() >= timeout {
            let detail: Vec<String> = pending.iter().map(|(r, why)| format!("{r} ({why})")).collect();
            return Err(Failure::new(format!(
                "resources not ready after {}s: {}",
                timeout.as_secs(),
                detail.join("; ")
            ))
            .help("check the pods with `kubectl describe`; raise `--readiness-timeout` if the cluster is just slow"));
        }
        let names: Vec<String> = pending.iter().map(|(r, _)| r.to_string()).collect();
        progress.update(title, format!("Processing resources for {title}. Waiting for {}", names.join(", ")));
        tokio::time::sleep(delay.min(timeout.saturating_sub(start.elapsed()))).await;
        delay = (delay * 2).min(Duration::from_secs(2));
    }
}
