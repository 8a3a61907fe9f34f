//! `meshctl uninstall`: delete what install labelled.

use clap::Args;

use super::Global;
use super::confirm::confirm;
use super::installed::{self, LABEL_COMPONENT, LABEL_REV};
use super::runtime::{connect_options, runtime};
use super::settings_args::SettingsArgs;
use crate::cluster::{Cluster, ObjectRef};
use crate::error::{Failure, Result};

#[derive(Debug, Args)]
pub struct UninstallArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
    /// Remove every Istio object install created, of every revision, CRDs included
    #[arg(long)]
    pub purge: bool,
    /// Do not ask for confirmation
    #[arg(short = 'y', long = "skip-confirmation", visible_alias = "skipConfirmation")]
    pub yes: bool,
    /// Show what would be removed without removing it
    #[arg(long = "dry-run", visible_alias = "dryRun")]
    pub dry_run: bool,
    /// Remove a revision even while namespaces or tags still use it
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: UninstallArgs, global: &Global) -> Result<u8> {
    let by_settings = !args.settings.files.is_empty()
        || args.settings.revision.revision.is_some()
        || !args.settings.set.sets.is_empty();
    if !args.purge && !by_settings {
        return Err(Failure::usage("say what to uninstall: `--purge`, `--revision REV` or `-f FILE`")
            .help("`meshctl uninstall --purge` removes every Istio object install created, CRDs included")
            .into());
    }
    let mut revision = None;
    let selector = if args.purge {
        if by_settings {
            eprintln!("! --purge removes every Istio object; the revision and files given are ignored");
        }
        LABEL_COMPONENT.to_string()
    } else {
        let settings = args.settings.resolve()?;
        let rev = crate::revision::name(settings.revision());
        revision = Some(rev.to_string());
        // The base (CRDs, reader account) is shared by every revision: only --purge removes it.
        format!("{LABEL_COMPONENT},{LABEL_COMPONENT}!=Base,{LABEL_REV}={rev}")
    };
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        if let Some(rev) = revision.as_deref().filter(|_| !args.force) {
            refuse_if_in_use(&cluster, rev, &global.istio_namespace).await?;
        }
        if !args.yes && !args.dry_run {
            let q = if args.purge {
                "All Istio resources will be removed from the cluster.\nProceed?".to_string()
            } else {
                "The selected Istio control plane will be removed from the cluster. Proceed?".to_string()
            };
            if !confirm(&q)? {
                eprintln!("Cancelled.");
                return Ok(1);
            }
        }
        if args.purge {
            remove_tags(&cluster, args.dry_run).await?;
        }
        let mut found = installed::scan(&cluster, &selector, args.purge)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "list", "installed objects"))?;
        if found.is_empty() {
            eprintln!("No resources will be removed from the cluster: nothing carries install's labels");
            return Ok(0);
        }
        // Webhooks first (they call istiod), CRDs last (everything else may depend on them).
        found.sort_by_key(|r| match r.kind.as_str() {
            "MutatingWebhookConfiguration" | "ValidatingWebhookConfiguration" => 0,
            "CustomResourceDefinition" => 2,
            _ => 1,
        });
        for r in &found {
            let gone = cluster
                .delete(r, args.dry_run)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "delete", &r.to_string()))?;
            match (args.dry_run, gone) {
                (true, _) => crate::output::report_line(format!("would remove {r}")),
                (false, true) => crate::output::report_line(format!("  Removed {r}.")),
                (false, false) => crate::output::report_line(format!("  {r} was already gone.")),
            }
        }
        if !args.dry_run {
            wait_gone(&cluster, &found).await;
            remove_state(&cluster, global, args.purge).await?;
        }
        eprintln!(
            "{}",
            if args.dry_run { "✔ Dry run complete: nothing was removed" } else { "✔ Uninstall complete" }
        );
        Ok(0)
    })
}

/// A revision still in use is not removed: namespaces it injects (through its own labels or a
/// tag), namespaces whose running pods it injected, and tags pointing at it are named.
async fn refuse_if_in_use(cluster: &Cluster, rev: &str, istio_ns: &str) -> Result<(), Failure> {
    let list = |av: &'static str, kind: &'static str, sel: Option<&'static str>| async move {
        cluster.list(av, kind, None, sel).await.map_err(|e| e.into_failure(&cluster.connection, "list", kind))
    };
    let hooks =
        list("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", Some("app=sidecar-injector"))
            .await?;
    let namespaces = crate::injector::namespaces(&list("v1", "Namespace", None).await?, istio_ns);
    let pods = list("v1", "Pod", None).await?;
    let mut users = Vec::new();
    for ns in &namespaces {
        let name = ns["metadata"]["name"].as_str().unwrap_or_default();
        let injects = crate::injector::namespace_revision(ns, &hooks) == rev;
        let running = pods.iter().any(|p| {
            p["metadata"]["namespace"].as_str() == Some(name) && crate::injector::pod_revision(p) == rev
        });
        match (injects, running) {
            (true, _) => users.push(format!("{name} (injected by it)")),
            (false, true) => users.push(format!("{name} (pods still run its proxies)")),
            _ => {}
        }
    }
    let mut tags: Vec<String> = hooks
        .iter()
        .filter(|h| h["metadata"]["labels"][LABEL_REV] == rev)
        .filter_map(|h| h["metadata"]["labels"][crate::tag::LABEL_TAG].as_str().map(str::to_string))
        .collect();
    tags.sort();
    tags.dedup();
    if users.is_empty() && tags.is_empty() {
        return Ok(());
    }
    let mut lines = vec![format!("revision \"{rev}\" is still in use:")];
    if !users.is_empty() {
        lines.push(format!("  namespaces: {}", users.join(", ")));
    }
    if !tags.is_empty() {
        lines.push(format!("  revision tags: {}", tags.join(", ")));
    }
    Err(Failure::new(lines.join("\n")).help(
        "move them to another revision first (`meshctl tag set <tag> --revision <rev>`, or `kubectl label namespace <ns> istio.io/rev=<rev>` and restart the pods), or pass --force",
    ))
}

/// `--purge` also removes revision tags (their objects do not carry install's labels).
async fn remove_tags(cluster: &Cluster, dry_run: bool) -> Result<(), Failure> {
    let kinds = [
        ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration"),
        ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration"),
        ("v1", "Service"),
    ];
    for (av, kind) in kinds {
        let found = cluster
            .list(av, kind, None, Some(crate::tag::LABEL_TAG))
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "list", kind))?;
        for o in found {
            let r = ObjectRef::of(&o);
            cluster
                .delete(&r, dry_run)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "delete", &r.to_string()))?;
            crate::output::report_line(format!(
                "{}{r}{}",
                if dry_run { "would remove " } else { "  Removed " },
                if dry_run { "" } else { "." }
            ));
        }
    }
    Ok(())
}

/// Deletion is asynchronous (finalizers, CRDs cleaning up their resources): like `kubectl
/// delete`, wait until the objects are gone, within bounds, and say what is still terminating.
async fn wait_gone(cluster: &Cluster, refs: &[ObjectRef]) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    let mut delay = std::time::Duration::from_millis(20);
    loop {
        let states = futures::future::join_all(refs.iter().map(|r| cluster.get(r))).await;
        let left: Vec<&ObjectRef> =
            refs.iter().zip(states).filter(|(_, s)| !matches!(s, Ok(None))).map(|(r, _)| r).collect();
        if left.is_empty() {
            return;
        }
        if std::time::Instant::now() >= deadline {
            eprintln!(
                "! still terminating after 60s: {}",
                left.iter().map(|r| r.to_string()).collect::<Vec<_>>().join(", ")
            );
            return;
        }
        tokio::time::sleep(delay).await;
        delay = (delay * 2).min(std::time::Duration::from_secs(1));
    }
}

async fn remove_state(cluster: &Cluster, global: &Global, purge: bool) -> Result<(), Failure> {
    let sel = "app.kubernetes.io/managed-by=meshctl";
    let records = cluster
        .list("v1", "ConfigMap", Some(&global.istio_namespace), Some(sel))
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "list", "install records"))?;
    for rec in records {
        let r = ObjectRef::of(&rec);
        if purge || r.name.starts_with("installed-state") {
            let _ = cluster.delete(&r, false).await;
        }
    }
    Ok(())
}
