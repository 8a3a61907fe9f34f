//! `meshctl tag set|generate|list|remove`: revision tags, stable names (`prod`, `default`) for
//! control plane revisions, so namespaces move between revisions by moving a tag.

use std::io::{BufRead, Write};

use clap::{Args, Subcommand};
use serde_json::Value;

use super::Global;
use super::runtime::{connect_options, runtime};
use crate::cluster::{ApiError, Cluster, ObjectRef};
use crate::error::{Failure, Result};
use crate::table::{self, Text};
use crate::tag::{self, DEFAULT_TAG, LABEL_REV, LABEL_TAG, TagSpec, TagState};

#[derive(Debug, Args)]
pub struct TagArgs {
    #[command(subcommand)]
    pub command: TagCommand,
}

#[derive(Debug, Subcommand)]
pub enum TagCommand {
    /// Create or modify a revision tag (applies it to the cluster)
    #[command(after_help = "Example: meshctl tag set prod --revision 1-24-0")]
    Set(SetArgs),
    /// Print the objects a revision tag consists of, without applying them
    Generate(SetArgs),
    /// List revision tags, the revisions they point at and the namespaces using them
    #[command(visible_alias = "show")]
    List(ListArgs),
    /// Remove a revision tag
    #[command(visible_alias = "delete")]
    Remove(RemoveArgs),
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The tag
    pub tags: Vec<String>,
    /// The control plane revision the tag points at
    #[arg(short = 'r', long, required = true)]
    pub revision: String,
    /// Replace an existing tag of the same name
    #[arg(long)]
    pub overwrite: bool,
    /// Do not ask for confirmation when the tag would conflict with other webhooks
    #[arg(short = 'y', long = "skip-confirmation", visible_alias = "skipConfirmation")]
    pub yes: bool,
    /// Name of the tag's MutatingWebhookConfiguration (default: istio-revision-tag-<tag>)
    #[arg(long = "webhook-name", value_name = "NAME")]
    pub webhook_name: Option<String>,
    /// The default tag also injects every namespace without injection labels
    #[arg(long = "auto-inject-namespaces")]
    pub auto_inject_namespaces: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Arguments are refused (as by istioctl)
    #[arg(hide = true)]
    pub extra: Vec<String>,
    /// Output format: table, json or yaml
    #[arg(
        short = 'o',
        long,
        default_value = "table",
        value_parser = super::suggest::Suggest::new(["table", "json", "yaml"]),
        hide_possible_values = true
    )]
    pub output: String,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    /// The tag
    pub tags: Vec<String>,
    /// Do not ask for confirmation when namespaces still use the tag
    #[arg(short = 'y', long = "skip-confirmation", visible_alias = "skipConfirmation")]
    pub yes: bool,
}

const MWC: (&str, &str) = ("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration");
const VWC: (&str, &str) = ("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration");

pub fn run(args: TagArgs, global: &Global) -> Result<u8> {
    match args.command {
        TagCommand::Set(a) => set(a, global, false),
        TagCommand::Generate(a) => set(a, global, true),
        TagCommand::List(a) => list(a, global),
        TagCommand::Remove(a) => remove(a, global),
    }
}

fn single_tag(tags: &[String], none: &str, many: &str) -> Result<String, Failure> {
    match tags {
        [] => Err(Failure::new(none).help("e.g. `meshctl tag set prod --revision canary`")),
        [t] => Ok(t.clone()),
        _ => Err(Failure::new(many)),
    }
}

fn list_failure<'a>(cluster: &'a Cluster, what: &'static str) -> impl Fn(ApiError) -> Failure + 'a {
    move |e| e.into_failure(&cluster.connection, "list", what)
}

/// Reads what the tag checks look at.
async fn tag_state(cluster: &Cluster, spec: &TagSpec) -> Result<TagState, Failure> {
    let ns = Some(spec.istio_namespace.as_str());
    let svc_sel = |rev: &str| format!("{LABEL_REV}={rev},!{LABEL_TAG},app=istiod");
    let mwc_sel = |rev: &str| format!("{LABEL_REV}={rev},!{LABEL_TAG}");
    let (t, r) = (&spec.tag, &spec.revision);
    let like_tag = cluster
        .list("v1", "Service", ns, Some(&svc_sel(t)))
        .await
        .map_err(list_failure(cluster, "services"))?
        .len()
        + cluster
            .list(MWC.0, MWC.1, None, Some(&mwc_sel(t)))
            .await
            .map_err(list_failure(cluster, "webhooks"))?
            .len();
    let canonical_services = cluster
        .list("v1", "Service", ns, Some(&svc_sel(r)))
        .await
        .map_err(list_failure(cluster, "services"))?
        .len();
    let canonical_webhooks = cluster
        .list(MWC.0, MWC.1, None, Some(&mwc_sel(r)))
        .await
        .map_err(list_failure(cluster, "webhooks"))?;
    let tag_sel = format!("{LABEL_TAG}={t}");
    let existing = cluster
        .list(MWC.0, MWC.1, None, Some(&tag_sel))
        .await
        .map_err(list_failure(cluster, "webhooks"))?
        .len()
        + cluster
            .list("v1", "Service", ns, Some(&tag_sel))
            .await
            .map_err(list_failure(cluster, "services"))?
            .len();
    Ok(TagState {
        revisions_named_like_tag: like_tag,
        canonical_services,
        canonical_webhooks,
        existing_tag_objects: existing,
    })
}

/// The tag's objects, in the order istioctl prints them: webhook, validator (default only), Service.
async fn render(cluster: &Cluster, spec: &TagSpec, canonical: &Value) -> Result<Vec<Value>, Failure> {
    let mut out = vec![tag::mutating_webhook(spec, canonical).map_err(Failure::new)?];
    if spec.tag == DEFAULT_TAG {
        let live = cluster
            .get(&ObjectRef {
                api_version: VWC.0.into(),
                kind: VWC.1.into(),
                namespace: String::new(),
                name: "istiod-default-validator".into(),
            })
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "get", "istiod-default-validator"))?;
        let istiod_manages = live.is_some_and(|v| {
            v["webhooks"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|w| w["name"] == "validation.istio.io" && w["failurePolicy"] == "Fail")
        });
        out.push(tag::validating_webhook(spec, canonical, istiod_manages).map_err(Failure::new)?);
    }
    out.push(tag::service(spec));
    Ok(out)
}

fn spec_of(a: &SetArgs, tag: String, global: &Global) -> TagSpec {
    TagSpec {
        tag,
        revision: a.revision.clone(),
        istio_namespace: global.istio_namespace.clone(),
        webhook_name: a.webhook_name.clone(),
        auto_inject_namespaces: a.auto_inject_namespaces,
        keep_owner_labels: false,
    }
}

fn set(a: SetArgs, global: &Global, generate: bool) -> Result<u8> {
    let t =
        single_tag(&a.tags, "must provide a tag for modification", "must provide a single tag for creation")?;
    let spec = spec_of(&a, t, global);
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let state = tag_state(&cluster, &spec).await?;
        let canonical = tag::check(&spec, &state, generate, a.overwrite).map_err(Failure::new)?;
        let objects = render(&cluster, &spec, canonical).await?;
        if generate {
            let docs: Vec<String> =
                objects.iter().map(|o| crate::output::to_yaml(o).trim_end().to_string()).collect();
            crate::output::write_stdout(format!("{}\n", docs.join("\n---\n")).as_bytes())?;
            return Ok(0);
        }
        let conflicts = overlaps(&cluster, &objects[0], &spec).await?;
        if !conflicts.is_empty() && !a.yes {
            eprintln!("creating tag would conflict, pass --skip-confirmation to proceed:\n{}", conflicts.join("\n"));
            if !ask("Apply anyways? [y/N] ") {
                eprintln!("Aborting operation.");
                return Ok(1);
            }
        }
        apply_tag(&cluster, &spec, objects).await?;
        crate::output::report_line(format!(
            "Revision tag \"{}\" created, referencing control plane revision \"{}\". To enable injection using this\nrevision tag, use 'kubectl label namespace <NAMESPACE> istio.io/rev={}'",
            spec.tag, spec.revision, spec.tag
        ));
        Ok(0)
    })
}

/// Applies a tag's objects; moving `default` also switches off the default revision's own
/// injector, whose webhooks would otherwise inject the same pods a second time.
async fn apply_tag(cluster: &Cluster, spec: &TagSpec, objects: Vec<Value>) -> Result<(), Failure> {
    if spec.tag == DEFAULT_TAG {
        deactivate_default_revision(cluster).await?;
    }
    for o in &objects {
        cluster
            .apply(o)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "apply", &ObjectRef::of(o).to_string()))?;
    }
    Ok(())
}

async fn deactivate_default_revision(cluster: &Cluster) -> Result<(), Failure> {
    let sel = format!("{LABEL_REV}=default,!{LABEL_TAG}");
    let found =
        cluster.list(MWC.0, MWC.1, None, Some(&sel)).await.map_err(list_failure(cluster, "webhooks"))?;
    match found.as_slice() {
        [] => Ok(()),
        [mwc]
            if mwc["webhooks"]
                .as_array()
                .is_some_and(|w| w.iter().all(crate::webhook_match::is_deactivated)) =>
        {
            Ok(())
        }
        [mwc] => {
            let off = tag::deactivated(mwc);
            // Apply only what meshctl owns (labels, annotations, webhooks), so server-side apply
            // neither drops install's labels nor trips over server-managed metadata.
            let mut body = serde_json::json!({
                "apiVersion": MWC.0, "kind": MWC.1,
                "metadata": {"name": off["metadata"]["name"], "labels": off["metadata"]["labels"]},
                "webhooks": off["webhooks"],
            });
            if off["metadata"]["annotations"].is_object() {
                body["metadata"]["annotations"] = off["metadata"]["annotations"].clone();
            }
            cluster
                .apply(&body)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "apply", "the default revision's injector"))
        }
        _ => Err(Failure::new("expected a single webhook for default revision")),
    }
}

/// Webhooks in the cluster that would inject the same pods as the new tag webhook (IST0139).
/// The configuration being replaced, and for `default` the default revision's own injector
/// (switched off as the tag is applied), do not count.
async fn overlaps(cluster: &Cluster, new: &Value, spec: &TagSpec) -> Result<Vec<String>, Failure> {
    let all = cluster.list(MWC.0, MWC.1, None, None).await.map_err(list_failure(cluster, "webhooks"))?;
    let name = new["metadata"]["name"].as_str().unwrap_or_default();
    let replaced = |m: &Value| {
        let l = &m["metadata"]["labels"];
        m["metadata"]["name"].as_str() == Some(name)
            || (spec.tag == DEFAULT_TAG && l[LABEL_REV] == "default" && l[LABEL_TAG].is_null())
    };
    let others: Vec<Value> = all.into_iter().filter(|m| !replaced(m)).collect();
    Ok(crate::tag::overlapping(new, &others)
        .into_iter()
        .map(|(a, b)| {
            let (start, end) = if crate::output::stderr_color() { ("\x1b[1;31m", "\x1b[0m") } else { ("", "") };
            format!(
                "{start}Error{end} [IST0139] (MutatingWebhookConfiguration {name}) Webhook overlaps with others: [{a}/{b}]. This may cause injection to occur twice."
            )
        })
        .collect())
}

/// Reads a yes/no answer from stdin; end of input means no.
fn ask(prompt: &str) -> bool {
    print!("{prompt}");
    let _ = std::io::stdout().flush();
    let mut line = String::new();
    if std::io::stdin().lock().read_line(&mut line).unwrap_or(0) == 0 {
        return false;
    }
    matches!(line.trim().to_ascii_uppercase().as_str(), "Y" | "YES")
}

fn list(a: ListArgs, global: &Global) -> Result<u8> {
    if !a.extra.is_empty() {
        return Err(Failure::new("tag list command does not accept arguments").into());
    }
    if !matches!(a.output.as_str(), "table" | "json" | "yaml") {
        return Err(Failure::new(format!("unknown format: {}", a.output))
            .help("use -o table, json or yaml")
            .into());
    }
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let rows = list_rows(&cluster, &global.istio_namespace).await?;
        crate::output::write_stdout(render_list(&rows, &a.output).as_bytes())?;
        Ok(0)
    })
}

/// Objects not on their way out: a removed tag's webhook is deleted in the foreground, so it
/// stays listed, with a deletion timestamp, until the garbage collector has removed it.
fn not_deleting(objects: Vec<Value>) -> Vec<Value> {
    objects.into_iter().filter(|o| o["metadata"]["deletionTimestamp"].is_null()).collect()
}

pub async fn list_rows(cluster: &Cluster, istio_ns: &str) -> Result<Vec<tag::TagRow>, Failure> {
    let mwcs = not_deleting(
        cluster.list(MWC.0, MWC.1, None, Some(LABEL_REV)).await.map_err(list_failure(cluster, "webhooks"))?,
    );
    let svcs = not_deleting(
        cluster
            .list("v1", "Service", Some(istio_ns), Some(LABEL_REV))
            .await
            .map_err(list_failure(cluster, "services"))?,
    );
    let nss = cluster
        .list("v1", "Namespace", None, Some(LABEL_REV))
        .await
        .map_err(list_failure(cluster, "namespaces"))?;
    Ok(tag::list(&mwcs, &svcs, &nss))
}

/// `tag list` output in a format (table, json with tabs, or yaml).
pub fn render_list(rows: &[tag::TagRow], format: &str) -> String {
    match format {
        "json" | "yaml" => {
            let v = serde_json::to_value(rows).unwrap_or_default();
            if format == "yaml" {
                return format!("{}\n", crate::output::to_yaml(&v));
            }
            let mut buf = Vec::new();
            let mut ser = serde_json::Serializer::with_formatter(
                &mut buf,
                serde_json::ser::PrettyFormatter::with_indent(b"\t"),
            );
            let _ = serde::Serialize::serialize(&v, &mut ser);
            format!("{}\n", String::from_utf8_lossy(&buf))
        }
        _ if rows.is_empty() => "No Istio revision tags found.\n".to_string(),
        _ => {
            let rows = rows
                .iter()
                .map(|r| {
                    vec![
                        Text::from(r.tag.as_str()),
                        Text::from(r.revision.as_str()),
                        Text::from(r.namespaces.join(",")),
                    ]
                })
                .collect();
            table::render(&["TAG", "REVISION", "NAMESPACES"], rows, 1, false)
        }
    }
}

fn remove(a: RemoveArgs, global: &Global) -> Result<u8> {
    let t = single_tag(&a.tags, "must provide a tag for removal", "must provide a single tag for removal")?;
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let sel = format!("{LABEL_TAG}={t}");
        let ns = Some(global.istio_namespace.as_str());
        let mwcs = not_deleting(
            cluster.list(MWC.0, MWC.1, None, Some(&sel)).await.map_err(list_failure(&cluster, "webhooks"))?,
        );
        let svcs = not_deleting(
            cluster
                .list("v1", "Service", ns, Some(&sel))
                .await
                .map_err(list_failure(&cluster, "services"))?,
        );
        if mwcs.is_empty() && svcs.is_empty() {
            return Err(Failure::new(format!(
                "cannot remove tag \"{t}\": cannot find MutatingWebhookConfiguration or Service for tag"
            ))
            .help("`meshctl tag list` shows the tags there are")
            .into());
        }
        let users = cluster
            .list("v1", "Namespace", None, Some(&format!("{LABEL_REV}={t}")))
            .await
            .map_err(list_failure(&cluster, "namespaces"))?;
        if !users.is_empty() && !a.yes {
            let mut names: Vec<&str> = users.iter().filter_map(|n| n["metadata"]["name"].as_str()).collect();
            names.sort();
            crate::output::report_line(format!(
                "Caution, found {} namespace(s) still injected by tag \"{t}\": {}",
                names.len(),
                names.join(" ")
            ));
            if !ask("Proceed with operation? [y/N] ") {
                crate::output::report_line("Aborting operation.");
                return Ok(0);
            }
        }
        let vwcs =
            cluster.list(VWC.0, VWC.1, None, Some(&sel)).await.map_err(list_failure(&cluster, "webhooks"))?;
        for o in mwcs.iter().chain(&vwcs).chain(&svcs) {
            let r = ObjectRef::of(o);
            cluster
                .delete(&r, false)
                .await
                .map_err(|e| e.into_failure(&cluster.connection, "delete", &r.to_string()))?;
        }
        crate::output::report_line(format!("Revision tag {t} removed"));
        Ok(0)
    })
}

/// The default tag install creates, as istioctl's install does: on the first install (whatever
/// its revision) and on every install of the default revision, which takes `default` back.
/// The tag's objects are not labelled as install's, so pruning and `uninstall` leave them be.
pub async fn ensure_default_tag(cluster: &Cluster, istio_ns: &str, revision: &str) -> Result<(), Failure> {
    let existing = cluster
        .list(MWC.0, MWC.1, None, Some(&format!("app=sidecar-injector,{LABEL_TAG}={DEFAULT_TAG}")))
        .await
        .map_err(list_failure(cluster, "webhooks"))?;
    let rev = crate::revision::name(revision);
    if !existing.is_empty() && !revision.is_empty() {
        return Ok(());
    }
    if revision.is_empty()
        && existing.iter().any(|m| m["metadata"]["labels"][LABEL_REV].as_str() != Some("default"))
    {
        eprintln!(
            "This installation will make default injection and validation pointing to the default revision, and originally it was pointing to the revisioned one."
        );
    }
    let spec = TagSpec {
        tag: DEFAULT_TAG.into(),
        revision: rev.into(),
        istio_namespace: istio_ns.into(),
        webhook_name: None,
        auto_inject_namespaces: false,
        keep_owner_labels: false,
    };
    let state = tag_state(cluster, &spec).await?;
    if state.canonical_webhooks.is_empty() {
        // Nothing injects (no istiod in this install, or webhooks managed elsewhere): no tag.
        return Ok(());
    }
    let canonical = tag::check(&spec, &state, false, true).map_err(Failure::new)?;
    let objects = render(cluster, &spec, canonical).await?;
    let conflicts = overlaps(cluster, &objects[0], &spec).await?;
    if !conflicts.is_empty() && existing.is_empty() {
        eprintln!("creating default tag would conflict:\n{}", conflicts.join("\n"));
    }
    apply_tag(cluster, &spec, objects).await
}
