//! `meshctl install`: apply the rendered control plane with server-side apply, in dependency
//! order, wait for it to be ready, prune what the settings no longer render, record them.
//!
//! Before anything is applied, install compares the new settings with the recorded ones and
//! lists what would be removed or changed, so a profile change is never silent. `--dry-run`
//! asks the server (`dryRun=All`) about every object and reports what would really change.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use futures::StreamExt;
use futures::stream::FuturesUnordered;
use serde_json::{Value, json};

use super::Global;
use super::confirm::confirm;
use super::installed::{self, LABEL_MANAGED, LABEL_OWNER};
use super::runtime::{connect_options, runtime};
use super::settings_args::SettingsArgs;
use super::verify_install;
use crate::cluster::{Cluster, DryApply, ObjectRef, OpenApi, Readiness, readiness};
use crate::duration::parse_duration;
use crate::error::{Failure, Result};
use crate::objdiff::MAX_LINES;
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
    /// Ask the server what would change (`dryRun=All`) and print it, without changing anything
    #[arg(long = "dry-run", visible_alias = "dryRun")]
    pub dry_run: bool,
    /// Proceed despite validation errors: objects the server rejects as invalid are reported
    /// and skipped instead of stopping their component (the exit code is still 1), and a dry
    /// run's local validation problems do not fail it
    #[arg(long)]
    pub force: bool,
    /// Run `meshctl verify-install` once the installation is complete
    #[arg(long)]
    pub verify: bool,
    /// Do not run `meshctl precheck`'s control plane checks first
    #[arg(long = "skip-precheck")]
    pub skip_precheck: bool,
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
    let rt = runtime()?;
    rt.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        // A dry run asks the server about every object itself, permissions included.
        super::upgrade::prepare(&cluster, &settings, &mut objects, args.skip_precheck || args.dry_run).await?;
        let ns = settings.namespace().to_string();
        let ns_exists = namespace_exists(&cluster, &ns).await?;
        let recorded = if ns_exists {
            installed::read_state(&cluster, &ns, settings.revision()).await?
        } else {
            None
        };
        // With no record of an earlier install there is nothing of ours to prune.
        let to_prune = match &recorded {
            Some(_) => stale_objects(&cluster, &settings, &objects).await?,
            None => Vec::new(),
        };
        let changed = match &recorded {
            Some(old) => changed_objects(old, &objects),
            None => Vec::new(),
        };
        if !args.dry_run {
            let summary = change_summary(&to_prune, &changed, recorded.as_ref());
            if !summary.is_empty() {
                eprintln!("{}", summary.join("\n"));
            }
            if !args.yes {
                let question = format!(
                    "This will install the Istio {ISTIO_VERSION} profile \"{}\" into the cluster. Proceed?",
                    settings.profile()
                );
                if !confirm(&question)? {
                    eprintln!("Cancelled.");
                    return Ok(1);
                }
            }
        }
        let applied = Arc::new(Mutex::new(Vec::<String>::new()));
        let plan = Plan { settings: &settings, ns_exists, to_prune };
        let job = install(&cluster, plan, objects, &args, applied.clone());
        let code = tokio::select! {
            r = job => r?,
            _ = tokio::signal::ctrl_c() => {
                let done = applied.lock().map(|a| a.clone()).unwrap_or_default();
                eprintln!("\n✘ Interrupted. {} object(s) were applied before the interruption:", done.len());
                for d in done {
                    eprintln!("  {d}");
                }
                eprintln!("help: run the same `meshctl install` again to finish, or `meshctl uninstall` to remove them");
                return Ok(130);
            }
        };
        if code == 0 && !args.dry_run {
            super::upgrade::finish(&cluster, &settings).await?;
        }
        if code == 0 && args.verify && !args.dry_run {
            eprintln!("- Verifying the installation");
            return verify_install::verify(&cluster, &settings).await;
        }
        Ok(code)
    })
}

/// What the whole install knows before it starts.
struct Plan<'a> {
    settings: &'a Settings,
    ns_exists: bool,
    /// Objects an earlier install labelled that the settings no longer render.
    to_prune: Vec<ObjectRef>,
}

async fn install(
    cluster: &Cluster,
    plan: Plan<'_>,
    objects: Vec<Rendered>,
    args: &InstallArgs,
    applied: Arc<Mutex<Vec<String>>>,
) -> Result<u8> {
    let Plan { settings, ns_exists, to_prune } = plan;
    let progress = Progress::new();
    let dry = args.dry_run;
    let ns = settings.namespace().to_string();
    if !ns_exists {
        if dry {
            crate::output::report_line(format!("would create Namespace/{ns}"));
        } else {
            create_namespace(cluster, &ns).await?;
        }
    }
    let custom = objects.iter().any(|o| o.api_version().contains(".istio.io/"));
    let crd_schemas = crd_schemas(&objects);
    let report = Mutex::new(DryReport::default());
    let openapi = OpenApi::default();
    let rejected = Mutex::new(Vec::new());
    let how = How {
        args,
        progress: &progress,
        ns_exists,
        custom_resources_follow: custom,
        report: &report,
        openapi: &openapi,
        crd_schemas: &crd_schemas,
        applied: &applied,
        rejected: &rejected,
    };

    // Each component starts once the components it depends on are in; one that fails stops
    // only those that depend on it.
    let present: BTreeSet<Component> = objects.iter().map(|o| o.component).collect();
    let mut pending: Vec<Component> = present.iter().copied().collect();
    let mut outcome: BTreeMap<Component, Option<Failure>> = BTreeMap::new();
    let mut running = FuturesUnordered::new();
    loop {
        let mut i = 0;
        while i < pending.len() {
            let c = pending[i];
            let deps: Vec<Component> =
                c.depends_on().iter().copied().filter(|d| present.contains(d)).collect();
            if deps.iter().any(|d| !outcome.contains_key(d)) {
                i += 1;
                continue;
            }
            pending.remove(i);
            if let Some(failed) = deps.iter().find(|d| outcome[*d].is_some()) {
                let why = format!("not installed because {} failed", failed.title());
                progress.finish(c.title(), format!("✘ {} {why}", c.title()));
                outcome.insert(c, Some(Failure::new(why)));
                continue;
            }
            let objs: Vec<&Rendered> = objects.iter().filter(|o| o.component == c).collect();
            running.push(install_component(cluster, c, objs, &how));
        }
        let Some((c, r)) = running.next().await else { break };
        match r {
            Ok(()) => {
                progress.finish(
                    c.title(),
                    format!("✔ {} {}", c.title(), if dry { "checked" } else { "installed" }),
                );
                outcome.insert(c, None);
            }
            Err(e) => {
                progress.finish(c.title(), format!("✘ {} failed: {}", c.title(), e.message));
                outcome.insert(c, Some(e));
            }
        }
    }
    let failed: Vec<(Component, Failure)> =
        outcome.into_iter().filter_map(|(c, f)| f.map(|f| (c, f))).collect();

    // The settings are recorded whenever the objects were applied, even when some did not
    // become ready: a later install or uninstall must find them.
    let base_failed = failed.iter().any(|(c, _)| *c == Component::Base);
    let record = installed::state_record(settings);
    if dry {
        if ns_exists {
            report_dry(cluster, &record, &report).await?;
        }
    } else if !base_failed {
        cluster
            .apply(&record)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "apply", "the installed-state record"))?;
    }

    if !failed.is_empty() {
        let mut lines = vec!["installation incomplete:".to_string()];
        for (c, f) in &failed {
            lines.push(format!("  ✘ {}: {}", c.title(), f.message));
        }
        let help = failed
            .iter()
            .find_map(|(_, f)| f.help.clone())
            .unwrap_or_else(|| "fix the causes above and run the same install again".into());
        return Err(Failure::new(lines.join("\n")).help(help).into());
    }

    if !to_prune.is_empty() {
        prune(cluster, &to_prune, dry, &progress).await?;
    }
    let rejected = std::mem::take(&mut *rejected.lock().unwrap_or_else(|p| p.into_inner()));
    if !rejected.is_empty() {
        return Err(Failure::new(format!(
            "installed, except {} object(s) the server refused:\n  {}",
            rejected.len(),
            rejected.join("\n  ")
        ))
        .help("fix the settings that produce these objects and run the same install again")
        .into());
    }

    if dry {
        let r = std::mem::take(&mut *report.lock().unwrap_or_else(|p| p.into_inner()));
        finish_dry(r, &ns, to_prune.len(), args.force)
    } else {
        progress.println("✔ Installation complete");
        Ok(0)
    }
}

/// Deletes objects an earlier install labelled that the settings no longer render.
async fn prune(cluster: &Cluster, stale: &[ObjectRef], dry: bool, progress: &Progress) -> Result<()> {
    if dry {
        for r in stale {
            crate::output::report_line(format!("would prune {r}"));
        }
        return Ok(());
    }
    progress.println("- Pruning removed resources");
    for r in stale {
        cluster
            .delete(r, false)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "delete", &r.to_string()))?;
        progress.println(&format!("  Removed {r}."));
    }
    Ok(())
}

/// Objects carrying this install's owner label that the new settings do not render.
async fn stale_objects(
    cluster: &Cluster,
    settings: &Settings,
    objects: &[Rendered],
) -> Result<Vec<ObjectRef>> {
    let wanted: BTreeSet<(&str, &str, &str)> =
        objects.iter().map(|o| (o.kind(), o.namespace(), o.name())).collect();
    let selector =
        format!("{LABEL_MANAGED}=Reconcile,{LABEL_OWNER}={}", installed::state_name(settings.revision()));
    let found = installed::scan(cluster, &selector, false)
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "list", "installed objects"))?;
    Ok(found
        .into_iter()
        .filter(|r| !wanted.contains(&(r.kind.as_str(), r.namespace.as_str(), r.name.as_str())))
        .collect())
}

/// Objects the recorded settings render differently from the new ones, with their component.
fn changed_objects(recorded: &Settings, objects: &[Rendered]) -> Vec<(Component, ObjectRef)> {
    let Ok(mut old) = render::render(recorded) else { return Vec::new() };
    for o in &mut old {
        installed::label(o, recorded);
    }
    let old: HashMap<ObjectRef, &Value> = old.iter().map(|o| (ObjectRef::of(&o.object), &o.object)).collect();
    objects
        .iter()
        .filter_map(|o| {
            let r = ObjectRef::of(&o.object);
            let before = old.get(&r)?;
            (!crate::objdiff::diff(before, &o.object).is_empty()).then_some((o.component, r))
        })
        .collect()
}

/// The lines shown before the prompt (and with `-y`): what goes and what changes.
fn change_summary(
    to_prune: &[ObjectRef],
    changed: &[(Component, ObjectRef)],
    recorded: Option<&Settings>,
) -> Vec<String> {
    if to_prune.is_empty() && changed.is_empty() {
        return Vec::new();
    }
    let was = recorded.map(|s| format!(" (profile \"{}\")", s.profile())).unwrap_or_default();
    let mut lines = vec![format!("Compared with the settings of the last install{was}:")];
    if !to_prune.is_empty() {
        lines.push(format!("  would be removed ({}):", to_prune.len()));
        lines.extend(to_prune.iter().map(|r| format!("    - {r}")));
    }
    if !changed.is_empty() {
        let mut by: BTreeMap<Component, Vec<&ObjectRef>> = BTreeMap::new();
        for (c, r) in changed {
            by.entry(*c).or_default().push(r);
        }
        lines.push(format!("  would change ({}):", changed.len()));
        for (c, rs) in by {
            lines.push(format!(
                "    ~ {}: {}",
                c.title(),
                rs.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
            ));
        }
    }
    lines
}

async fn namespace_exists(cluster: &Cluster, ns: &str) -> Result<bool> {
    let r = ObjectRef {
        api_version: "v1".into(),
        kind: "Namespace".into(),
        namespace: String::new(),
        name: ns.into(),
    };
    Ok(cluster
        .get(&r)
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("namespace {ns}")))?
        .is_some())
}

async fn create_namespace(cluster: &Cluster, ns: &str) -> Result<()> {
    let obj = json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}});
    cluster
        .create(&obj, false)
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "create", &format!("namespace {ns}")))?;
    Ok(())
}

/// The schemas of the CRDs among the objects, by (group, version, kind): custom resources are
/// checked against them when their CRD is not on the server yet.
fn crd_schemas(objects: &[Rendered]) -> HashMap<(String, String, String), Value> {
    let mut out = HashMap::new();
    for o in objects.iter().filter(|o| o.kind() == "CustomResourceDefinition") {
        let spec = &o.object["spec"];
        let group = spec["group"].as_str().unwrap_or_default();
        let kind = spec["names"]["kind"].as_str().unwrap_or_default();
        for v in spec["versions"].as_array().into_iter().flatten() {
            let version = v["name"].as_str().unwrap_or_default();
            out.insert((group.into(), version.into(), kind.into()), v["schema"]["openAPIV3Schema"].clone());
        }
    }
    out
}

/// What a dry run found, gathered across components.
#[derive(Default)]
struct DryReport {
    created: usize,
    configured: usize,
    unchanged: usize,
    /// Objects the server could not check (their namespace or CRD does not exist yet).
    local: usize,
    /// Of those, the ones the server publishes no schema for.
    unchecked: Vec<String>,
    /// Local validation problems, per object.
    invalid: Vec<String>,
    /// CRDs the server does not have yet, by `plural.group`.
    new_crds: BTreeSet<(String, String)>,
}

/// How a component is installed: the command's flags and what the whole install shares.
struct How<'a> {
    args: &'a InstallArgs,
    progress: &'a Progress,
    ns_exists: bool,
    /// Custom resources are among the objects, so CRDs must be Established first.
    custom_resources_follow: bool,
    report: &'a Mutex<DryReport>,
    openapi: &'a OpenApi,
    crd_schemas: &'a HashMap<(String, String, String), Value>,
    applied: &'a Arc<Mutex<Vec<String>>>,
    /// Objects the server refused and `--force` skipped.
    rejected: &'a Mutex<Vec<String>>,
}

async fn install_component(
    cluster: &Cluster,
    component: Component,
    objs: Vec<&Rendered>,
    how: &How<'_>,
) -> (Component, Result<(), Failure>) {
    let args = how.args;
    let title = component.title();
    how.progress.update(title, format!("Processing resources for {title}."));
    let r = async {
        let (crds, rest): (Vec<&Rendered>, Vec<&Rendered>) =
            objs.into_iter().partition(|o| o.kind() == "CustomResourceDefinition");
        if args.dry_run {
            dry_all(cluster, &crds, how).await?;
            return dry_all(cluster, &rest, how).await;
        }
        apply_all(cluster, &crds, how).await?;
        // CRDs must be Established before custom resources are applied; with `--wait` they are
        // part of readiness anyway.
        if !crds.is_empty() && (args.wait || how.custom_resources_follow) {
            let refs: Vec<ObjectRef> = crds.iter().map(|o| ObjectRef::of(&o.object)).collect();
            wait_ready(cluster, &refs, title, args.readiness_timeout, how.progress).await?;
            cluster.forget_kinds();
        }
        apply_all(cluster, &rest, how).await?;
        if args.wait {
            let refs: Vec<ObjectRef> = rest
                .iter()
                .filter(|o| matches!(o.kind(), "Deployment" | "DaemonSet" | "StatefulSet"))
                .map(|o| ObjectRef::of(&o.object))
                .collect();
            wait_ready(cluster, &refs, title, args.readiness_timeout, how.progress).await?;
        }
        Ok(())
    }
    .await;
    (component, r)
}

async fn apply_all(cluster: &Cluster, objs: &[&Rendered], how: &How<'_>) -> Result<(), Failure> {
    let results = futures::stream::iter(objs.iter().map(|o| async move {
        let r = ObjectRef::of(&o.object);
        (cluster.apply(&o.object).await, r)
    }))
    .buffer_unordered(PARALLEL_APPLIES)
    .collect::<Vec<_>>()
    .await;
    let mut errors = Vec::new();
    for (res, r) in results {
        match res {
            Ok(()) => {
                if let Ok(mut a) = how.applied.lock() {
                    a.push(r.to_string());
                }
            }
            // 422 Invalid / 400 BadRequest: the object itself is refused, not the cluster down.
            Err(e) if how.args.force && matches!(e.code, 400 | 422) => {
                let f = e.into_failure(&cluster.connection, "apply", &r.to_string());
                how.progress.println(&format!("  ✘ skipped (--force): {}", f.message));
                how.rejected.lock().unwrap_or_else(|p| p.into_inner()).push(f.message);
            }
            Err(e) => errors.push(e.into_failure(&cluster.connection, "apply", &r.to_string())),
        }
    }
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Where the server can answer for an object: not when its namespace or its CRD does not
/// exist yet (the server would only say so).
fn server_can_check(o: &Rendered, how: &How<'_>) -> bool {
    let namespaced = !o.namespace().is_empty();
    if namespaced && !how.ns_exists {
        return false;
    }
    let (group, _) = o.api_version().rsplit_once('/').unwrap_or(("", ""));
    let report = how.report.lock().unwrap_or_else(|p| p.into_inner());
    !report.new_crds.iter().any(|(g, k)| g == group && k == o.kind())
}

/// A dry run of objects: the server's answer where it can give one, local validation where
/// it cannot. Prints one line per object (and the fields that would change).
async fn dry_all(cluster: &Cluster, objs: &[&Rendered], how: &How<'_>) -> Result<(), Failure> {
    let (server, local): (Vec<&Rendered>, Vec<&Rendered>) =
        objs.iter().partition(|o| server_can_check(o, how));
    let results = futures::stream::iter(server.iter().map(|o| async move {
        let r = ObjectRef::of(&o.object);
        (cluster.dry_apply(&o.object).await, r, *o)
    }))
    .buffered(PARALLEL_APPLIES)
    .collect::<Vec<_>>()
    .await;
    let mut errors = Vec::new();
    for (res, r, o) in results {
        match res {
            Ok(outcome) => {
                let mut report = how.report.lock().unwrap_or_else(|p| p.into_inner());
                print_dry(&r, &outcome, &mut report);
                if outcome == DryApply::Create && o.kind() == "CustomResourceDefinition" {
                    let spec = &o.object["spec"];
                    let group = spec["group"].as_str().unwrap_or_default().to_string();
                    let kind = spec["names"]["kind"].as_str().unwrap_or_default().to_string();
                    report.new_crds.insert((group, kind));
                }
            }
            Err(e) => errors.push(e.into_failure(&cluster.connection, "dry-run apply", &r.to_string())),
        }
    }
    for o in local {
        let r = ObjectRef::of(&o.object);
        let problems = validate_locally(cluster, o, how).await?;
        crate::output::report_line(format!("would create {r}"));
        let mut report = how.report.lock().unwrap_or_else(|p| p.into_inner());
        report.created += 1;
        report.local += 1;
        match problems {
            None => report.unchecked.push(r.to_string()),
            Some(p) => report.invalid.extend(p.into_iter().map(|e| format!("{r}: {e}"))),
        }
    }
    match errors.into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The problems local validation finds, or `None` when no schema is known for the object.
async fn validate_locally(
    cluster: &Cluster,
    o: &Rendered,
    how: &How<'_>,
) -> Result<Option<Vec<String>>, Failure> {
    let (group, version) = o.api_version().rsplit_once('/').unwrap_or(("", o.api_version()));
    let key = (group.to_string(), version.to_string(), o.kind().to_string());
    if let Some(schema) = how.crd_schemas.get(&key) {
        // A CRD's schema describes the content; metadata is the server's to check.
        let mut body = o.object.clone();
        if let Some(m) = body.as_object_mut() {
            for k in ["apiVersion", "kind", "metadata"] {
                m.remove(k);
            }
        }
        return Ok(Some(crate::schema::validate(schema, &body).iter().map(ToString::to_string).collect()));
    }
    let schema = how
        .openapi
        .schema(cluster, o.api_version(), o.kind())
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "get", "the server's OpenAPI schemas"))?;
    Ok(schema.map(|s| crate::schema::validate(&s, &o.object).iter().map(ToString::to_string).collect()))
}

fn print_dry(r: &ObjectRef, outcome: &DryApply, report: &mut DryReport) {
    match outcome {
        DryApply::Create => {
            report.created += 1;
            crate::output::report_line(format!("would create {r}"));
        }
        DryApply::Unchanged => {
            report.unchanged += 1;
            crate::output::report_line(format!("unchanged {r}"));
        }
        DryApply::Configure(changes) => {
            report.configured += 1;
            crate::output::report_line(format!("would configure {r}"));
            for c in changes.iter().take(MAX_LINES) {
                crate::output::report_line(format!("    {c}"));
            }
            if changes.len() > MAX_LINES {
                crate::output::report_line(format!(
                    "    … and {} more changed fields",
                    changes.len() - MAX_LINES
                ));
            }
        }
    }
}

async fn report_dry(cluster: &Cluster, record: &Value, report: &Mutex<DryReport>) -> Result<()> {
    let r = ObjectRef::of(record);
    let outcome = cluster
        .dry_apply(record)
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "dry-run apply", "the installed-state record"))?;
    print_dry(&r, &outcome, &mut report.lock().unwrap_or_else(|p| p.into_inner()));
    Ok(())
}

/// The closing lines of a dry run: the counts, and once, what the server could not check.
fn finish_dry(r: DryReport, ns: &str, pruned: usize, force: bool) -> Result<u8> {
    if r.local > 0 {
        let checked = r.local - r.unchecked.len();
        eprintln!(
            "note: the server cannot check objects in namespace `{ns}` or of custom resource kinds before they exist; \
             {checked} of {} such objects were validated locally against the server's published schemas and the CRDs being installed",
            r.local
        );
        if !r.unchecked.is_empty() {
            let kinds: BTreeSet<&str> = r.unchecked.iter().filter_map(|o| o.split('/').next()).collect();
            eprintln!(
                "note: the server publishes no OpenAPI v3 schema for {} ({} objects were not validated)",
                kinds.into_iter().collect::<Vec<_>>().join(", "),
                r.unchecked.len()
            );
        }
    }
    if !r.invalid.is_empty() {
        for line in &r.invalid {
            eprintln!("  ✘ {line}");
        }
        let f = Failure::new(format!(
            "{} problem(s) found by local validation; nothing was changed",
            r.invalid.len()
        ));
        if !force {
            return Err(f
                .help("fix the settings that produce these fields, or pass `--force` to proceed anyway")
                .into());
        }
        eprintln!("warning: {} (proceeding: `--force`)", f.message);
    }
    eprintln!(
        "✔ Dry run complete: nothing was changed ({} unchanged, {} would be configured, {} would be created, {pruned} would be pruned)",
        r.unchanged, r.configured, r.created
    );
    Ok(0)
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
                "not ready after {}s: {}",
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
