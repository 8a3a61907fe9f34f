//! `meshctl verify-install`: does every object the settings render exist, and is it ready?

use clap::Args;

use super::Global;
use super::installed;
use super::runtime::{connect_options, runtime};
use super::settings_args::SettingsArgs;
use crate::cluster::{Cluster, ObjectRef, Readiness, readiness};
use crate::error::{Failure, Result};
use crate::render;
use crate::values::Settings;
use serde_json::Value;

#[derive(Debug, Args)]
pub struct VerifyInstallArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
}

pub fn run(args: VerifyInstallArgs, global: &Global) -> Result<u8> {
    let manifest = rendered_manifest(&args.settings.files)?;
    if manifest.is_some() && (!args.settings.set.sets.is_empty() || args.settings.revision.revision.is_some())
    {
        return Err(Failure::usage("`--set` and `--revision` cannot be combined with a rendered manifest")
            .help("pass either a manifest from `meshctl manifest generate`, or IstioOperator settings")
            .into());
    }
    let given = !args.settings.files.is_empty() || !args.settings.set.sets.is_empty();
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        if let Some(objects) = manifest {
            return check(&cluster, objects, "kubectl apply --server-side -f <the manifest>").await;
        }
        let settings = if given {
            args.settings.resolve()?
        } else {
            let rev = args.settings.revision.revision.clone().unwrap_or_default();
            match installed::read_state(&cluster, &global.istio_namespace, &rev).await? {
                Some(s) => s,
                None => {
                    return Err(Failure::new(format!(
                        "no Istio installation found in namespace `{}`{}",
                        global.istio_namespace,
                        if rev.is_empty() { String::new() } else { format!(" for revision `{rev}`") }
                    ))
                    .help("install with `meshctl install`, or pass the settings to check with `-f`/`--set`")
                    .into());
                }
            }
        };
        verify(&cluster, &settings).await
    })
}

/// `-f` files that hold Kubernetes objects rather than IstioOperator settings (a manifest from
/// `meshctl manifest generate` or `istioctl manifest generate`), as istioctl accepts them.
fn rendered_manifest(files: &[String]) -> Result<Option<Vec<Value>>> {
    let mut objects = Vec::new();
    let mut operators = 0;
    for f in files {
        let (text, name) = crate::input::read_source(f)?;
        let docs = crate::resource::parse_all(&text).map_err(|e| {
            Failure::new(format!("{name}:{}:{}: {}", e.line, e.column, e.message))
                .help("the file must be YAML")
        })?;
        for (_, v) in docs {
            if v["kind"] == "IstioOperator" {
                operators += 1;
            } else {
                objects.push(v);
            }
        }
    }
    match (objects.is_empty(), operators) {
        (true, _) => Ok(None),
        (false, 0) => Ok(Some(objects)),
        _ => Err(Failure::usage("the `-f` files mix IstioOperator settings and rendered objects")
            .help("pass either IstioOperator files or one manifest from `meshctl manifest generate`")
            .into()),
    }
}

/// Checks what the settings render; the repair hint is the install of the same settings.
pub async fn verify(cluster: &Cluster, settings: &Settings) -> Result<u8> {
    let objects = render::render(settings)?.into_iter().map(|o| o.object).collect();
    check(cluster, objects, &installed::install_command(settings, &[])).await
}

async fn check(cluster: &Cluster, objects: Vec<Value>, repair: &str) -> Result<u8> {
    let cluster = &cluster;
    let checks = futures::future::join_all(objects.iter().map(|o| {
        let r = ObjectRef::of(o);
        async move {
            let s = readiness(cluster, &r).await;
            (r, s)
        }
    }))
    .await;
    let (mut ok, mut bad, mut crds, mut deployments) = (0, 0, 0, 0);
    for (r, s) in checks {
        let id = if r.namespace.is_empty() { r.name.clone() } else { format!("{}.{}", r.name, r.namespace) };
        match s {
            Ok(Readiness::Ready) => {
                ok += 1;
                crds += usize::from(r.kind == "CustomResourceDefinition");
                deployments += usize::from(r.kind == "Deployment");
                println!("✔ {}: {id} checked successfully", r.kind);
            }
            Ok(Readiness::Missing) => {
                bad += 1;
                println!("✘ {}: {id}: not found", r.kind);
            }
            Ok(Readiness::NotReady(why)) => {
                bad += 1;
                println!(
                    "✘ {}: {id}: not ready: {why} (hint: `kubectl describe {} -n {}`)",
                    r.kind,
                    r.kind.to_lowercase(),
                    r.namespace
                );
            }
            Err(e) => {
                bad += 1;
                println!("✘ {}: {id}: {e}", r.kind);
            }
        }
    }
    println!("Checked {crds} custom resource definitions");
    println!("Checked {deployments} Istio Deployments");
    if bad == 0 {
        println!("✔ Istio is installed and verified successfully ({ok} objects)");
        Ok(0)
    } else {
        Err(Failure::new(format!(
            "Istio installation is incomplete: {bad} of {} objects failed the check",
            ok + bad
        ))
        .help(format!("see the ✘ lines above; to repair, run `{repair}`"))
        .into())
    }
}
