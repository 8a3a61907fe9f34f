//! `meshctl check-inject` (also `x check-inject`): which injection webhook would inject a pod,
//! and why or why not, evaluated from the cluster's MutatingWebhookConfigurations exactly as the
//! API server matches their selectors.

use clap::Args;
use comfy_table::Color;
use serde_json::Value;

use super::Global;
use super::runtime::{connect_options, runtime};
use crate::cluster::{Cluster, ObjectRef};
use crate::error::{Failure, Result};
use crate::table::{self, Text};
use crate::webhook_match::{self, Labels, Verdict};

#[derive(Debug, Args)]
pub struct CheckInjectArgs {
    /// The pod to check: `[<type>/]<name>[.<namespace>]` (type: pod, deployment, statefulset,
    /// daemonset, replicaset or service; the first of their pods is checked)
    pub resource: Option<String>,
    /// Check a pod that would carry these labels (`k=v,k2=v2`) in the `-n` namespace instead
    #[arg(short = 'l', long = "labels", value_name = "LABELS")]
    pub labels: Option<String>,
}

const USAGE: &str =
    "check-inject requires only [<resource-type>/]<resource-name>[.<namespace>], or specify labels flag";

pub fn run(args: CheckInjectArgs, global: &Global) -> Result<u8> {
    let target = match (&args.resource, &args.labels) {
        (Some(r), None) => Target::Resource(parse_ref(r)),
        (None, Some(l)) => Target::Labels(parse_labels(l)?),
        _ => {
            return Err(Failure::usage(USAGE)
                .help("e.g. `meshctl check-inject productpage-v1-abc.bookinfo` or `meshctl check-inject -n bookinfo -l app=productpage`")
                .into());
        }
    };
    runtime()?.block_on(async {
        let cluster = Cluster::connect(&connect_options(global)).await?;
        let (ns, pod_labels) = match target {
            Target::Resource(r) => {
                let ns = r.namespace.clone().unwrap_or_else(|| cluster.connection.namespace.clone());
                let pod = first_pod(&cluster, &r, &ns).await?;
                (ns, webhook_match::labels_of(&pod["metadata"]["labels"]))
            }
            Target::Labels(l) => (cluster.connection.namespace.clone(), l),
        };
        let ns_ref = ObjectRef {
            api_version: "v1".into(),
            kind: "Namespace".into(),
            namespace: String::new(),
            name: ns.clone(),
        };
        let namespace = cluster
            .get(&ns_ref)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "get", &format!("namespace {ns}")))?
            .ok_or_else(|| Failure::new(format!("namespaces \"{ns}\" not found")))?;
        let ns_labels = webhook_match::labels_of(&namespace["metadata"]["labels"]);
        let mwcs = cluster
            .list("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", None, None)
            .await
            .map_err(|e| e.into_failure(&cluster.connection, "list", "MutatingWebhookConfigurations"))?;
        let verdicts = webhook_match::analyze(&mwcs, &pod_labels, &ns_labels);
        crate::output::write_stdout(report(&verdicts, table::stdout_color()).as_bytes())?;
        Ok(0)
    })
}

/// The table (or the no-hooks line), and the warning when more than one webhook injects.
pub fn report(verdicts: &[Verdict], color: bool) -> String {
    if verdicts.is_empty() {
        return "ERROR: no Istio injection hooks present.\n".to_string();
    }
    let rows = verdicts
        .iter()
        .map(|v| {
            vec![
                Text::from(v.name.as_str()),
                Text::from(v.revision.as_str()),
                if v.injected {
                    Text::colored("✔", Color::Green)
                } else {
                    Text::colored("✘", Color::Red)
                },
                Text::from(v.reason.as_str()),
            ]
        })
        .collect();
    let mut out = table::render(&["WEBHOOK", "REVISION", "INJECTED", "REASON"], rows, 2, color);
    if verdicts.iter().filter(|v| v.injected).count() > 1 {
        out.push_str("ERROR: multiple webhooks will inject, which can lead to errors\n");
    }
    out
}

enum Target {
    Resource(PodRef),
    Labels(Labels),
}

/// `[<type>/]<name>[.<namespace>]`, split as istioctl splits it: the namespace follows the last `.`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PodRef {
    pub kind: Option<String>,
    pub name: String,
    pub namespace: Option<String>,
}

pub fn parse_ref(s: &str) -> PodRef {
    let (kind, rest) = match s.split_once('/') {
        Some((k, r)) => (Some(k.to_ascii_lowercase()), r),
        None => (None, s),
    };
    match rest.rsplit_once('.') {
        Some((name, ns)) => PodRef { kind, name: name.to_string(), namespace: Some(ns.to_string()) },
        None => PodRef { kind, name: rest.to_string(), namespace: None },
    }
}

/// The equality terms of a label selector (`a=b,c==d`), the labels a pod would carry.
pub fn parse_labels(s: &str) -> Result<Labels, Failure> {
    let mut out = Labels::new();
    for term in s.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let (k, v) = term
            .split_once("==")
            .or_else(|| term.split_once('='))
            .filter(|(k, _)| !k.is_empty() && !k.ends_with('!'))
            .ok_or_else(|| {
                Failure::usage(format!("`{term}` is not a label: use key=value"))
                    .help("e.g. `-l app=reviews,version=v2`")
            })?;
        out.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(out)
}

/// The pod itself, or the first pod (by name) selected by a workload or service.
async fn first_pod(cluster: &Cluster, r: &PodRef, ns: &str) -> Result<Value, Failure> {
    let fail = |e: crate::cluster::ApiError, what: &str| e.into_failure(&cluster.connection, "get", what);
    let owner = match r.kind.as_deref() {
        None | Some("pod" | "pods" | "po") => None,
        Some("deployment" | "deployments" | "deploy") => Some(("apps/v1", "Deployment")),
        Some("statefulset" | "statefulsets" | "sts") => Some(("apps/v1", "StatefulSet")),
        Some("daemonset" | "daemonsets" | "ds") => Some(("apps/v1", "DaemonSet")),
        Some("replicaset" | "replicasets" | "rs") => Some(("apps/v1", "ReplicaSet")),
        Some("service" | "services" | "svc") => Some(("v1", "Service")),
        Some(other) => {
            return Err(Failure::usage(format!("cannot find pods for resource type `{other}`"))
                .help("use a pod, deployment, statefulset, daemonset, replicaset or service"));
        }
    };
    let Some((api_version, kind)) = owner else {
        let pod_ref = ObjectRef {
            api_version: "v1".into(),
            kind: "Pod".into(),
            namespace: ns.to_string(),
            name: r.name.clone(),
        };
        return cluster
            .get(&pod_ref)
            .await
            .map_err(|e| fail(e, &format!("pod {}.{ns}", r.name)))?
            .ok_or_else(|| Failure::new(format!("pods \"{}\" not found", r.name)));
    };
    let obj_ref = ObjectRef {
        api_version: api_version.into(),
        kind: kind.into(),
        namespace: ns.to_string(),
        name: r.name.clone(),
    };
    let shown = format!("{}/{}", r.kind.as_deref().unwrap_or_default(), r.name);
    let obj = cluster
        .get(&obj_ref)
        .await
        .map_err(|e| fail(e, &shown))?
        .ok_or_else(|| Failure::new(format!("{} \"{}\" not found", kind.to_ascii_lowercase(), r.name)))?;
    let selector =
        if kind == "Service" { &obj["spec"]["selector"] } else { &obj["spec"]["selector"]["matchLabels"] };
    let terms: Vec<String> = selector
        .as_object()
        .map(|m| m.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default())).collect())
        .unwrap_or_default();
    if terms.is_empty() {
        return Err(Failure::new(format!("\"{shown}\" does not refer to a pod: it has no selector")));
    }
    let mut pods = cluster
        .list("v1", "Pod", Some(ns), Some(&terms.join(",")))
        .await
        .map_err(|e| e.into_failure(&cluster.connection, "list", "pods"))?;
    pods.sort_by(|a, b| a["metadata"]["name"].as_str().cmp(&b["metadata"]["name"].as_str()));
    pods.into_iter().next().ok_or_else(|| Failure::new(format!("no pods match \"{shown}\"")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_split_the_namespace_at_the_last_dot() {
        let r = parse_ref("a.b.c");
        assert_eq!((r.name.as_str(), r.namespace.as_deref()), ("a.b", Some("c")));
        let r = parse_ref("deployment/x.ns");
        assert_eq!(
            (r.kind.as_deref(), r.name.as_str(), r.namespace.as_deref()),
            (Some("deployment"), "x", Some("ns"))
        );
        assert_eq!(parse_ref("p").namespace, None);
    }

    #[test]
    fn label_flags_are_equality_terms() {
        let l = parse_labels("app=a, version==v2").unwrap();
        assert_eq!(l.get("app").map(String::as_str), Some("a"));
        assert_eq!(l.get("version").map(String::as_str), Some("v2"));
        assert!(parse_labels("app!=a").is_err());
        assert!(parse_labels("app").is_err());
    }
}
