//! `meshctl verify-install`: does every object the settings render exist, and is it ready?

use clap::Args;

use super::cluster_args::runtime;
use super::installed;
use super::settings_args::SettingsArgs;
use crate::cli::Global;
use crate::cluster::{Cluster, ObjectRef, Readiness, readiness};
use crate::error::{Failure, Result};
use crate::render;

#[derive(Debug, Args)]
pub struct VerifyInstallArgs {
    #[command(flatten)]
    pub settings: SettingsArgs,
}

pub fn run(args: VerifyInstallArgs, global: &Global) -> Result<u8> {
    let given = !args.settings.files.is_empty() || !args.settings.sets.is_empty();
    runtime()?.block_on(async {
        let cluster = Cluster::connect(global).await?;
        let settings = if given {
            args.settings.resolve()?
        } else {
            let rev = args.settings.revision.clone().unwrap_or_default();
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
        let objects = render::render(&settings)?;
        let cluster = &cluster;
        let checks = futures::future::join_all(objects.iter().map(|o| {
            let r = ObjectRef::of(&o.object);
            async move {
                let s = readiness(cluster, &r).await;
                (r, s)
            }
        }))
        .await;
        let (mut ok, mut bad, mut crds, mut deployments) = (0, 0, 0, 0);
        for (r, s) in checks {
            let id =
                if r.namespace.is_empty() { r.name.clone() } else { format!("{}.{}", r.name, r.namespace) };
            match s {
                Ok(Readiness::Ready) => {
                    ok += 1;
                    crds += usize::from(r.kind == "CustomResourceDefinition");
                    deployments += usize::from(r.kind == "Deployment");
                    println!("✔ {}: {id} checked successfully", r.kind);
                }
                Ok(Readiness::Missing) => {
                    bad += 1;
                    println!(
                        "✘ {}: {id}: not found (hint: run `meshctl install` with the same settings)",
                        r.kind
                    );
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
            .help("see the ✘ lines above; re-run `meshctl install` to repair")
            .into())
        }
    })
}
