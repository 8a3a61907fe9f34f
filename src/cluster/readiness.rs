//! Is an installed object ready, and if not, why not (in words a person can act on).

use serde_json::Value;

use super::connect::Cluster;
use super::errors::ApiError;
use super::ops::ObjectRef;

/// The state of one object.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Readiness {
    Ready,
    Missing,
    /// Not ready, with the reason found on its pods or events.
    NotReady(String),
}

/// Checks one object; workloads are ready when their pods are, CRDs when Established.
pub async fn readiness(cluster: &Cluster, r: &ObjectRef) -> Result<Readiness, ApiError> {
    let Some(live) = cluster.get(r).await? else { return Ok(Readiness::Missing) };
    let status = &live["status"];
    let int = |v: &Value| v.as_i64().unwrap_or(0);
    let ready = match r.kind.as_str() {
        "Deployment" => {
            let want = live["spec"]["replicas"].as_i64().unwrap_or(1);
            int(&status["observedGeneration"]) >= int(&live["metadata"]["generation"])
                && int(&status["readyReplicas"]) >= want
                && int(&status["updatedReplicas"]) >= want
        }
        "StatefulSet" => {
            let want = live["spec"]["replicas"].as_i64().unwrap_or(1);
            let partition = int(&live["spec"]["updateStrategy"]["rollingUpdate"]["partition"]);
            int(&status["readyReplicas"]) >= want && int(&status["updatedReplicas"]) >= want - partition
        }
        "DaemonSet" => {
            let desired = int(&status["desiredNumberScheduled"]);
            int(&status["observedGeneration"]) >= int(&live["metadata"]["generation"])
                && desired > 0
                && int(&status["numberReady"]) >= desired
                && int(&status["updatedNumberScheduled"]) >= desired
        }
        "CustomResourceDefinition" => condition_true(status, "Established"),
        "Namespace" => status["phase"] == "Active" || status.is_null(),
        _ => true,
    };
    if ready {
        return Ok(Readiness::Ready);
    }
    let why = match r.kind.as_str() {
        "CustomResourceDefinition" => "not Established yet".to_string(),
        _ => match pod_problem(cluster, &r.namespace, &live["spec"]["selector"]["matchLabels"]).await {
            Some(PodProblem::Found(why)) => why,
            // No pods: the controller could not create them, and its events say why.
            Some(PodProblem::NoPods(selector)) => creation_problem(cluster, r, &live)
                .await
                .unwrap_or_else(|| format!("no pods match `{selector}` yet")),
            None => "no ready pods yet".to_string(),
        },
    };
    Ok(Readiness::NotReady(why))
}

fn condition_true(status: &Value, kind: &str) -> bool {
    status["conditions"]
        .as_array()
        .is_some_and(|cs| cs.iter().any(|c| c["type"] == kind && c["status"] == "True"))
}

enum PodProblem {
    Found(String),
    /// No pod matches the selector (given).
    NoPods(String),
}

/// Why a workload's controller could not create its pods: a Deployment's `ReplicaFailure`
/// condition, or the latest `FailedCreate` event of the workload or of its ReplicaSets
/// (an admission webhook's refusal, a quota, a missing service account).
async fn creation_problem(cluster: &Cluster, r: &ObjectRef, live: &Value) -> Option<String> {
    if let Some(c) = live["status"]["conditions"]
        .as_array()
        .and_then(|cs| cs.iter().find(|c| c["type"] == "ReplicaFailure" && c["status"] == "True"))
    {
        let reason = c["reason"].as_str().unwrap_or("ReplicaFailure");
        return Some(format!("{reason}: {}", c["message"].as_str().unwrap_or("")));
    }
    let events = cluster
        .list_selected("v1", "Event", Some(&r.namespace), None, Some("reason=FailedCreate"))
        .await
        .ok()?;
    let owner_of = |e: &Value| {
        let (kind, name) = (e["involvedObject"]["kind"].as_str()?, e["involvedObject"]["name"].as_str()?);
        let ours = if r.kind == "Deployment" && kind == "ReplicaSet" {
            name.strip_prefix(&r.name).is_some_and(|rest| rest.starts_with('-'))
        } else {
            kind == r.kind && name == r.name
        };
        ours.then_some(())
    };
    events
        .iter()
        .filter(|e| owner_of(e).is_some())
        .max_by_key(|e| event_time(e))
        .map(|e| format!("FailedCreate: {}", e["message"].as_str().unwrap_or("").trim()))
}

fn event_time(e: &Value) -> String {
    e["lastTimestamp"]
        .as_str()
        .or(e["eventTime"].as_str())
        .or(e["metadata"]["creationTimestamp"].as_str())
        .unwrap_or("")
        .to_string()
}

/// The first reason a workload's pod gives for not being ready, with its latest event.
async fn pod_problem(cluster: &Cluster, ns: &str, match_labels: &Value) -> Option<PodProblem> {
    let selector = match_labels
        .as_object()?
        .iter()
        .map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or("")))
        .collect::<Vec<_>>()
        .join(",");
    let pods = cluster.list("v1", "Pod", Some(ns), Some(&selector)).await.ok()?;
    if pods.is_empty() {
        return Some(PodProblem::NoPods(selector));
    }
    for pod in &pods {
        let name = pod["metadata"]["name"].as_str().unwrap_or("");
        if let Some(c) = pod["status"]["conditions"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["type"] == "PodScheduled" && c["status"] == "False"))
        {
            let reason = c["reason"].as_str().unwrap_or("not scheduled");
            let msg = c["message"].as_str().map(|m| format!(": {m}")).unwrap_or_default();
            return Some(PodProblem::Found(format!("pod {name} cannot be scheduled ({reason}){msg}")));
        }
        let statuses = pod["status"]["containerStatuses"].as_array().into_iter().flatten();
        let init = pod["status"]["initContainerStatuses"].as_array().into_iter().flatten();
        for cs in init.chain(statuses) {
            let waiting = &cs["state"]["waiting"];
            if let Some(reason) = waiting["reason"].as_str() {
                let msg = waiting["message"].as_str().map(|m| format!(": {m}")).unwrap_or_default();
                let event = latest_event(cluster, ns, name)
                    .await
                    .map(|e| format!("; last event: {e}"))
                    .unwrap_or_default();
                return Some(PodProblem::Found(format!(
                    "pod {name} container {} is waiting: {reason}{msg}{event}",
                    cs["name"].as_str().unwrap_or("?")
                )));
            }
        }
        if let Some(c) = pod["status"]["conditions"]
            .as_array()
            .and_then(|cs| cs.iter().find(|c| c["type"] == "Ready" && c["status"] != "True"))
        {
            let msg = c["message"].as_str().or(c["reason"].as_str()).unwrap_or("not ready");
            return Some(PodProblem::Found(format!("pod {name} is not ready: {msg}")));
        }
    }
    None
}

async fn latest_event(cluster: &Cluster, ns: &str, pod: &str) -> Option<String> {
    let fields = format!("involvedObject.name={pod}");
    let events = cluster.list_selected("v1", "Event", Some(ns), None, Some(&fields)).await.ok()?;
    events.iter().filter(|e| e["involvedObject"]["name"] == pod).max_by_key(|e| event_time(e)).map(|e| {
        format!("{} {}", e["reason"].as_str().unwrap_or(""), e["message"].as_str().unwrap_or(""))
            .trim()
            .to_string()
    })
}
