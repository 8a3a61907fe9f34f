//! Simulated controllers: CRD establishment, namespace and garbage collection, Deployments,
//! ReplicaSets, StatefulSets, DaemonSets, the scheduler and the kubelet.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::server::{Shared, lock};
use crate::status::{new_uid, now_rfc3339, random_suffix, random_u64, short_hash};
use crate::store::{Store, meta_str};

pub(crate) const NODE_NAME: &str = "test-node";
const CRD_KEY: &str = "apiextensions.k8s.io/customresourcedefinitions";
const POD_KEY: &str = "/pods";

/// Run the controllers until shutdown.
pub(crate) async fn run(shared: Arc<Shared>) {
    let mut sub = lock(&shared.store).tx.subscribe();
    let mut shutdown = shared.shutdown.clone();
    let mut scheduled: HashSet<String> = HashSet::new();
    let mut tick = tokio::time::interval(Duration::from_millis(20));
    // A pass longer than a tick is not followed by a burst of catch-up passes.
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut dirty = true;
    loop {
        tokio::select! {
            ev = sub.recv() => {
                dirty = true;
                if matches!(ev, Err(tokio::sync::broadcast::error::RecvError::Closed)) {
                    return;
                }
                // Every change already queued is covered by the same next pass: read them all
                // now. One per pass, 50,000 objects put at once took one pass each.
                loop {
                    use tokio::sync::broadcast::error::TryRecvError;
                    match sub.try_recv() {
                        Ok(_) | Err(TryRecvError::Lagged(_)) => {}
                        Err(TryRecvError::Empty) => break,
                        Err(TryRecvError::Closed) => return,
                    }
                }
            }
            _ = tick.tick() => {
                if dirty {
                    dirty = false;
                    reconcile(&shared, &mut scheduled);
                }
            }
            _ = shutdown.changed() => return,
        }
    }
}

fn owner_ref(owner: &Value, kind: &str, api_version: &str) -> Value {
    json!({
        "apiVersion": api_version,
        "kind": kind,
        "name": meta_str(owner, "name"),
        "uid": meta_str(owner, "uid"),
        "controller": true,
        "blockOwnerDeletion": true,
    })
}

fn owned_by(obj: &Value, uid: &str) -> bool {
    obj.pointer("/metadata/ownerReferences")
        .and_then(Value::as_array)
        .is_some_and(|a| a.iter().any(|r| r.get("uid").and_then(Value::as_str) == Some(uid)))
}

fn terminating(obj: &Value) -> bool {
    obj.pointer("/metadata/deletionTimestamp").is_some()
}

fn new_meta(name: &str, ns: &str) -> Value {
    json!({
        "name": name,
        "namespace": ns,
        "uid": new_uid(),
        "creationTimestamp": now_rfc3339(),
    })
}

/// Write `obj` only if it differs from what is stored.
fn put_if_changed(store: &mut Store, key: &str, obj: Value) {
    let ns = meta_str(&obj, "namespace").to_string();
    let name = meta_str(&obj, "name").to_string();
    if store.get(key, &ns, &name) != Some(&obj) {
        store.put(key, obj);
    }
}

fn reconcile(shared: &Arc<Shared>, scheduled: &mut HashSet<String>) {
    let (ready_delay, never_ready, refused) = {
        let sim = lock(&shared.sim);
        (sim.ready_delay, sim.never_ready.clone(), sim.refused_pods.clone())
    };
    let mut store = lock(&shared.store);
    crds(shared, &mut store, scheduled);
    namespaces(&mut store);
    garbage_collect(&mut store);
    default_service_accounts(&mut store);
    for d in store.list("apps/deployments", None) {
        if !terminating(&d) {
            deployment(&mut store, &d);
        }
    }
    for rs in store.list("apps/replicasets", None) {
        if !terminating(&rs) {
            replica_set(&mut store, &rs, &refused);
        }
    }
    for s in store.list("apps/statefulsets", None) {
        if !terminating(&s) {
            stateful_set(&mut store, &s, &refused);
        }
    }
    for ds in store.list("apps/daemonsets", None) {
        if !terminating(&ds) {
            daemon_set(&mut store, &ds, &refused);
        }
    }
    // Scheduler + kubelet: bind pending pods and start them after the ready delay.
    for pod in store.list(POD_KEY, None) {
        let uid = meta_str(&pod, "uid").to_string();
        if terminating(&pod) || scheduled.contains(&uid) {
            continue;
        }
        if pod.pointer("/status/phase").and_then(Value::as_str) != Some("Pending") {
            continue;
        }
        scheduled.insert(uid.clone());
        let mut p = pod.clone();
        if p.pointer("/spec/nodeName").is_none() {
            p["spec"]["nodeName"] = json!(NODE_NAME);
            p["status"]["conditions"] = json!([{"type": "PodScheduled", "status": "True", "lastProbeTime": null, "lastTransitionTime": now_rfc3339()}]);
            store.put(POD_KEY, p);
        }
        let deploy = owning_deployment(&store, &pod);
        let stuck = deploy.is_some_and(|d| never_ready.contains(&d));
        let shared = shared.clone();
        let ns = meta_str(&pod, "namespace").to_string();
        let name = meta_str(&pod, "name").to_string();
        tokio::spawn(async move {
            tokio::time::sleep(ready_delay).await;
            let mut store = lock(&shared.store);
            kubelet_start(&mut store, &ns, &name, &uid, stuck);
        });
    }
    for d in store.list("apps/deployments", None) {
        if !terminating(&d) {
            deployment_status(&mut store, &d);
        }
    }
}

fn crds(shared: &Arc<Shared>, store: &mut Store, scheduled: &mut HashSet<String>) {
    // Borrowed, not listed: CRDs are big and this runs after every change.
    let pending: Vec<(String, String)> = store
        .iter(CRD_KEY)
        .filter(|crd| {
            let established = crd
                .pointer("/status/conditions")
                .and_then(Value::as_array)
                .is_some_and(|c| c.iter().any(|c| c["type"] == "Established"));
            !established && !terminating(crd) && !scheduled.contains(meta_str(crd, "uid"))
        })
        .map(|crd| (meta_str(crd, "uid").to_string(), meta_str(crd, "name").to_string()))
        .collect();
    for (uid, name) in pending {
        scheduled.insert(uid.clone());
        let shared = shared.clone();
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let mut store = lock(&shared.store);
            let Some(mut crd) = store.get(CRD_KEY, "", &name).cloned() else {
                return;
            };
            if meta_str(&crd, "uid") != uid {
                return;
            }
            let now = now_rfc3339();
            let names = crd.pointer("/spec/names").cloned().unwrap_or(json!({}));
            let storage: Vec<Value> = crd
                .pointer("/spec/versions")
                .and_then(Value::as_array)
                .map(|vs| vs.iter().filter(|v| v["storage"] == true).map(|v| v["name"].clone()).collect())
                .unwrap_or_default();
            crd["status"] = json!({
                "conditions": [
                    {"type": "NamesAccepted", "status": "True", "lastTransitionTime": now, "reason": "NoConflicts", "message": "no conflicts found"},
                    {"type": "Established", "status": "True", "lastTransitionTime": now, "reason": "InitialNamesAccepted", "message": "the initial names have been accepted"}
                ],
                "acceptedNames": names,
                "storedVersions": storage,
            });
            store.put(CRD_KEY, crd);
        });
    }
    // Custom resources whose CRD is gone are deleted.
    let crd_keys: HashSet<String> = store
        .iter(CRD_KEY)
        .map(|c| {
            format!(
                "{}/{}",
                c.pointer("/spec/group").and_then(Value::as_str).unwrap_or_default(),
                c.pointer("/spec/names/plural").and_then(Value::as_str).unwrap_or_default()
            )
        })
        .collect();
    let builtin: HashSet<String> = crate::store::builtin_types().iter().map(|t| t.key()).collect();
    for (key, obj) in store.everything_where(|key, _| !builtin.contains(key) && !crd_keys.contains(key)) {
        store.remove(&key, meta_str(&obj, "namespace"), meta_str(&obj, "name"));
    }
}

fn namespaces(store: &mut Store) {
    for ns in store.list("/namespaces", None) {
        if !terminating(&ns) {
            continue;
        }
        let name = meta_str(&ns, "name").to_string();
        let contents = store.all_in_namespace(&name);
        for (key, obj) in &contents {
            store.remove(key, &name, meta_str(obj, "name"));
        }
        store.remove("/namespaces", "", &name);
    }
}

fn garbage_collect(store: &mut Store) {
    loop {
        // Only objects that are being deleted or have owners take part (a dependent has an
        // owner); the rest, CRDs included, are not copied on every pass.
        let uids: HashSet<String> = store.uids();
        let all = store.everything_where(|_, o| {
            terminating(o)
                || o.pointer("/metadata/ownerReferences")
                    .and_then(Value::as_array)
                    .is_some_and(|r| !r.is_empty())
        });
        let mut changed = false;
        for (key, obj) in &all {
            let ns = meta_str(obj, "namespace");
            let name = meta_str(obj, "name");
            let uid = meta_str(obj, "uid");
            if terminating(obj) && key != "/namespaces" {
                let fins: Vec<String> = obj
                    .pointer("/metadata/finalizers")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(|f| f.as_str().map(String::from)).collect())
                    .unwrap_or_default();
                if fins.iter().any(|f| f == "foregroundDeletion") {
                    let dependents: Vec<&(String, Value)> =
                        all.iter().filter(|(_, o)| owned_by(o, uid)).collect();
                    if dependents.is_empty() {
                        let mut o = obj.clone();
                        let rest: Vec<String> =
                            fins.into_iter().filter(|f| f != "foregroundDeletion").collect();
                        if rest.is_empty() {
                            store.remove(key, ns, name);
                        } else {
                            o["metadata"]["finalizers"] = json!(rest);
                            store.put(key, o);
                        }
                        changed = true;
                    } else {
                        for (k, d) in dependents {
                            store.remove(k, meta_str(d, "namespace"), meta_str(d, "name"));
                            changed = true;
                        }
                    }
                    continue;
                }
                if fins.is_empty() {
                    store.remove(key, ns, name);
                    changed = true;
                    continue;
                }
            }
            let refs = obj.pointer("/metadata/ownerReferences").and_then(Value::as_array);
            if let Some(refs) = refs
                && !refs.is_empty()
                && refs
                    .iter()
                    .all(|r| !uids.contains(r.get("uid").and_then(Value::as_str).unwrap_or_default()))
            {
                store.remove(key, ns, name);
                changed = true;
            }
        }
        if !changed {
            return;
        }
    }
}

fn default_service_accounts(store: &mut Store) {
    for ns in store.list("/namespaces", None) {
        if terminating(&ns) {
            continue;
        }
        let name = meta_str(&ns, "name").to_string();
        if store.get("/serviceaccounts", &name, "default").is_none() {
            store.put(
                "/serviceaccounts",
                json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": new_meta("default", &name)}),
            );
        }
    }
}

fn selector_labels(obj: &Value) -> serde_json::Map<String, Value> {
    obj.pointer("/spec/selector/matchLabels").and_then(Value::as_object).cloned().unwrap_or_default()
}

fn replicas(obj: &Value) -> i64 {
    obj.pointer("/spec/replicas").and_then(Value::as_i64).unwrap_or(1)
}

fn deployment(store: &mut Store, d: &Value) {
    let ns = meta_str(d, "namespace").to_string();
    let uid = meta_str(d, "uid").to_string();
    let template = d.pointer("/spec/template").cloned().unwrap_or(json!({}));
    let hash = short_hash(&template);
    let rs_name = format!("{}-{}", meta_str(d, "name"), hash);
    let desired = replicas(d);
    for rs in store.list("apps/replicasets", Some(&ns)) {
        if owned_by(&rs, &uid) && meta_str(&rs, "name") != rs_name && replicas(&rs) != 0 {
            // Old revision: scale down.
            let mut o = rs.clone();
            o["spec"]["replicas"] = json!(0);
            store.put("apps/replicasets", o);
        }
    }
    let mut labels =
        template.pointer("/metadata/labels").and_then(Value::as_object).cloned().unwrap_or_default();
    labels.insert("pod-template-hash".into(), json!(hash));
    let mut sel = selector_labels(d);
    sel.insert("pod-template-hash".into(), json!(hash));
    let mut tpl = template.clone();
    tpl["metadata"]["labels"] = Value::Object(labels.clone());
    match store.get("apps/replicasets", &ns, &rs_name).cloned() {
        None => {
            let mut meta = new_meta(&rs_name, &ns);
            meta["labels"] = Value::Object(labels);
            meta["generation"] = json!(1);
            meta["ownerReferences"] = json!([owner_ref(d, "Deployment", "apps/v1")]);
            meta["annotations"] = json!({"deployment.kubernetes.io/desired-replicas": desired.to_string(), "deployment.kubernetes.io/max-replicas": desired.to_string()});
            store.put(
                "apps/replicasets",
                json!({"apiVersion": "apps/v1", "kind": "ReplicaSet", "metadata": meta,
                       "spec": {"replicas": desired, "selector": {"matchLabels": sel}, "template": tpl}}),
            );
        }
        Some(rs) => {
            if replicas(&rs) != desired {
                let mut o = rs.clone();
                o["spec"]["replicas"] = json!(desired);
                let g = o.pointer("/metadata/generation").and_then(Value::as_i64).unwrap_or(1);
                o["metadata"]["generation"] = json!(g + 1);
                store.put("apps/replicasets", o);
            }
        }
    }
}

fn pod_ready(p: &Value) -> bool {
    p.pointer("/status/conditions")
        .and_then(Value::as_array)
        .is_some_and(|c| c.iter().any(|c| c["type"] == "Ready" && c["status"] == "True"))
}

fn pods_of(store: &Store, ns: &str, uid: &str) -> Vec<Value> {
    store.list(POD_KEY, Some(ns)).into_iter().filter(|p| owned_by(p, uid) && !terminating(p)).collect()
}

fn new_pod(owner: &Value, kind: &str, name: &str, template: &Value) -> Value {
    let ns = meta_str(owner, "namespace");
    let mut meta = new_meta(name, ns);
    meta["labels"] = template.pointer("/metadata/labels").cloned().unwrap_or(json!({}));
    if let Some(a) = template.pointer("/metadata/annotations") {
        meta["annotations"] = a.clone();
    }
    meta["ownerReferences"] = json!([owner_ref(owner, kind, "apps/v1")]);
    if kind == "ReplicaSet" || kind == "DaemonSet" {
        meta["generateName"] = json!(format!("{}-", meta_str(owner, "name")));
    }
    let mut spec = template.get("spec").cloned().unwrap_or(json!({}));
    if spec.get("serviceAccountName").is_none() {
        spec["serviceAccountName"] = json!("default");
    }
    json!({"apiVersion": "v1", "kind": "Pod", "metadata": meta, "spec": spec,
           "status": {"phase": "Pending", "qosClass": "BestEffort"}})
}

/// Refusal messages for workloads whose pods cannot be created, by (namespace, name).
type Refused = HashMap<(String, String), String>;

/// Why pods of `owner` (or of the Deployment owning it) are refused, if they are.
fn refusal<'a>(refused: &'a Refused, owner: &Value) -> Option<&'a str> {
    let ns = meta_str(owner, "namespace").to_string();
    let parent = owner.pointer("/metadata/ownerReferences/0/name").and_then(Value::as_str);
    [Some(meta_str(owner, "name")), parent]
        .into_iter()
        .flatten()
        .find_map(|n| refused.get(&(ns.clone(), n.to_string())))
        .map(String::as_str)
}

/// The Warning event a workload controller records when the API refuses a pod it creates.
fn failed_create(store: &mut Store, owner: &Value, kind: &str, message: String) {
    let ns = meta_str(owner, "namespace");
    let name = meta_str(owner, "name");
    let ev_name = format!("{name}.failedcreate");
    if store.get("/events", ns, &ev_name).is_some() {
        return;
    }
    let component = format!("{}-controller", kind.to_lowercase());
    let now = now_rfc3339();
    store.put(
        "/events",
        json!({
            "apiVersion": "v1", "kind": "Event",
            "metadata": new_meta(&ev_name, ns),
            "involvedObject": {"kind": kind, "namespace": ns, "name": name, "uid": meta_str(owner, "uid"), "apiVersion": "apps/v1"},
            "reason": "FailedCreate", "message": message, "type": "Warning",
            "source": {"component": component},
            "firstTimestamp": now, "lastTimestamp": now, "count": 1,
            "reportingComponent": component, "reportingInstance": "",
        }),
    );
}

fn replica_set(store: &mut Store, rs: &Value, refused: &Refused) {
    let ns = meta_str(rs, "namespace").to_string();
    let uid = meta_str(rs, "uid").to_string();
    let desired = replicas(rs);
    let mut pods = pods_of(store, &ns, &uid);
    let template = rs.pointer("/spec/template").cloned().unwrap_or(json!({}));
    if (pods.len() as i64) < desired
        && let Some(why) = refusal(refused, rs)
    {
        failed_create(store, rs, "ReplicaSet", format!("Error creating: {why}"));
    }
    while (pods.len() as i64) < desired && refusal(refused, rs).is_none() {
        let name = format!("{}-{}", meta_str(rs, "name"), random_suffix(5));
        let p = new_pod(rs, "ReplicaSet", &name, &template);
        pods.push(store.put(POD_KEY, p));
    }
    while (pods.len() as i64) > desired {
        if let Some(p) = pods.pop() {
            store.remove(POD_KEY, &ns, meta_str(&p, "name"));
        }
    }
    let ready = pods.iter().filter(|p| pod_ready(p)).count() as i64;
    let mut o = rs.clone();
    let mut status = json!({"replicas": pods.len(), "fullyLabeledReplicas": pods.len(),
        "observedGeneration": rs.pointer("/metadata/generation").cloned().unwrap_or(json!(1))});
    if ready > 0 {
        status["readyReplicas"] = json!(ready);
        status["availableReplicas"] = json!(ready);
    }
    if pods.is_empty()
        && let Some(m) = status.as_object_mut()
    {
        m.remove("fullyLabeledReplicas");
    }
    o["status"] = status;
    put_if_changed(store, "apps/replicasets", o);
}

fn stateful_set(store: &mut Store, s: &Value, refused: &Refused) {
    let ns = meta_str(s, "namespace").to_string();
    let uid = meta_str(s, "uid").to_string();
    let name = meta_str(s, "name").to_string();
    let desired = replicas(s);
    let template = s.pointer("/spec/template").cloned().unwrap_or(json!({}));
    let revision = format!("{name}-{}", short_hash(&template));
    for i in 0..desired {
        let pname = format!("{name}-{i}");
        if store.get(POD_KEY, &ns, &pname).is_none()
            && let Some(why) = refusal(refused, s)
        {
            // The StatefulSet controller creates pods in order and stops at the first refusal.
            let message = format!("create Pod {pname} in StatefulSet {name} failed error: {why}");
            failed_create(store, s, "StatefulSet", message);
            break;
        }
        if store.get(POD_KEY, &ns, &pname).is_none() {
            let mut p = new_pod(s, "StatefulSet", &pname, &template);
            p["metadata"]["labels"]["statefulset.kubernetes.io/pod-name"] = json!(pname);
            p["metadata"]["labels"]["controller-revision-hash"] = json!(revision);
            p["metadata"]["labels"]["apps.kubernetes.io/pod-index"] = json!(i.to_string());
            p["spec"]["hostname"] = json!(pname);
            store.put(POD_KEY, p);
        }
    }
    let pods = pods_of(store, &ns, &uid);
    for p in &pods {
        let idx = meta_str(p, "name").rsplit('-').next().and_then(|i| i.parse::<i64>().ok()).unwrap_or(0);
        if idx >= desired {
            store.remove(POD_KEY, &ns, meta_str(p, "name"));
        }
    }
    let pods = pods_of(store, &ns, &uid);
    let ready = pods.iter().filter(|p| pod_ready(p)).count();
    let mut o = s.clone();
    let mut status = json!({
        "observedGeneration": s.pointer("/metadata/generation").cloned().unwrap_or(json!(1)),
        "replicas": pods.len(),
        "currentReplicas": pods.len(),
        "updatedReplicas": pods.len(),
        "currentRevision": revision,
        "updateRevision": revision,
        "collisionCount": 0,
    });
    if ready > 0 {
        status["readyReplicas"] = json!(ready);
        status["availableReplicas"] = json!(ready);
    } else {
        status["availableReplicas"] = json!(0);
    }
    o["status"] = status;
    put_if_changed(store, "apps/statefulsets", o);
}

fn daemon_set(store: &mut Store, ds: &Value, refused: &Refused) {
    let ns = meta_str(ds, "namespace").to_string();
    let uid = meta_str(ds, "uid").to_string();
    let template = ds.pointer("/spec/template").cloned().unwrap_or(json!({}));
    let nodes = store.list("/nodes", None);
    let pods = pods_of(store, &ns, &uid);
    for node in &nodes {
        let node_name = meta_str(node, "name");
        let has = pods.iter().any(|p| p.pointer("/spec/nodeName").and_then(Value::as_str) == Some(node_name));
        if !has && let Some(why) = refusal(refused, ds) {
            failed_create(store, ds, "DaemonSet", format!("Error creating: {why}"));
        } else if !has {
            let name = format!("{}-{}", meta_str(ds, "name"), random_suffix(5));
            let mut p = new_pod(ds, "DaemonSet", &name, &template);
            p["spec"]["nodeName"] = json!(node_name);
            store.put(POD_KEY, p);
        }
    }
    let pods = pods_of(store, &ns, &uid);
    let ready = pods.iter().filter(|p| pod_ready(p)).count();
    let mut o = ds.clone();
    let mut status = json!({
        "observedGeneration": ds.pointer("/metadata/generation").cloned().unwrap_or(json!(1)),
        "desiredNumberScheduled": nodes.len(),
        "currentNumberScheduled": pods.len(),
        "updatedNumberScheduled": pods.len(),
        "numberMisscheduled": 0,
        "numberReady": ready,
    });
    if ready > 0 {
        status["numberAvailable"] = json!(ready);
    }
    if pods.len() > ready {
        status["numberUnavailable"] = json!(pods.len() - ready);
    }
    o["status"] = status;
    put_if_changed(store, "apps/daemonsets", o);
}

fn deployment_status(store: &mut Store, d: &Value) {
    let ns = meta_str(d, "namespace").to_string();
    let uid = meta_str(d, "uid").to_string();
    let desired = replicas(d);
    let hash = short_hash(&d.pointer("/spec/template").cloned().unwrap_or(json!({})));
    let new_rs_name = format!("{}-{}", meta_str(d, "name"), hash);
    let mut total = 0i64;
    let mut updated = 0i64;
    let mut ready = 0i64;
    for rs in store.list("apps/replicasets", Some(&ns)) {
        if !owned_by(&rs, &uid) {
            continue;
        }
        let pods = pods_of(store, &ns, meta_str(&rs, "uid"));
        total += pods.len() as i64;
        let r = pods.iter().filter(|p| pod_ready(p)).count() as i64;
        ready += r;
        if meta_str(&rs, "name") == new_rs_name {
            updated += pods.len() as i64;
        }
    }
    let max_unavailable = desired / 4;
    let available_ok = ready >= desired - max_unavailable;
    let complete = updated == desired && ready == desired && total == desired;
    let old_conds = d.pointer("/status/conditions").and_then(Value::as_array).cloned().unwrap_or_default();
    let cond = |typ: &str, status: &str, reason: &str, message: String| {
        let prev = old_conds.iter().find(|c| c["type"] == typ);
        let same = prev.is_some_and(|p| p["status"] == status && p["reason"] == reason);
        let (lut, ltt) = match prev {
            Some(p) if same => (p["lastUpdateTime"].clone(), p["lastTransitionTime"].clone()),
            Some(p) if p["status"] == status => (json!(now_rfc3339()), p["lastTransitionTime"].clone()),
            _ => (json!(now_rfc3339()), json!(now_rfc3339())),
        };
        json!({"type": typ, "status": status, "lastUpdateTime": lut, "lastTransitionTime": ltt, "reason": reason, "message": message})
    };
    let available = if available_ok {
        cond("Available", "True", "MinimumReplicasAvailable", "Deployment has minimum availability.".into())
    } else {
        cond(
            "Available",
            "False",
            "MinimumReplicasUnavailable",
            "Deployment does not have minimum availability.".into(),
        )
    };
    let progressing = if complete {
        cond(
            "Progressing",
            "True",
            "NewReplicaSetAvailable",
            format!("ReplicaSet \"{new_rs_name}\" has successfully progressed."),
        )
    } else {
        cond(
            "Progressing",
            "True",
            "ReplicaSetUpdated",
            format!("ReplicaSet \"{new_rs_name}\" is progressing."),
        )
    };
    let mut status = json!({
        "observedGeneration": d.pointer("/metadata/generation").cloned().unwrap_or(json!(1)),
        "replicas": total,
        "updatedReplicas": updated,
        "conditions": [available, progressing],
    });
    if ready > 0 {
        status["readyReplicas"] = json!(ready);
        status["availableReplicas"] = json!(ready);
    }
    if total - ready > 0 {
        status["unavailableReplicas"] = json!(total - ready);
    }
    if let Some(m) = status.as_object_mut() {
        m.retain(|_, v| v != &json!(0));
    }
    let mut o = d.clone();
    o["status"] = status;
    put_if_changed(store, "apps/deployments", o);
}

fn owning_deployment(store: &Store, pod: &Value) -> Option<(String, String)> {
    let ns = meta_str(pod, "namespace");
    let refs = pod.pointer("/metadata/ownerReferences")?.as_array()?;
    let rs_ref = refs.iter().find(|r| r["kind"] == "ReplicaSet")?;
    let rs = store.get("apps/replicasets", ns, rs_ref["name"].as_str()?)?;
    let d_ref =
        rs.pointer("/metadata/ownerReferences")?.as_array()?.iter().find(|r| r["kind"] == "Deployment")?;
    Some((ns.to_string(), d_ref["name"].as_str()?.to_string()))
}

/// The kubelet starting a pod: Running and Ready, or stuck pulling its image.
fn kubelet_start(store: &mut Store, ns: &str, name: &str, uid: &str, stuck: bool) {
    let Some(mut pod) = store.get(POD_KEY, ns, name).cloned() else {
        return;
    };
    if meta_str(&pod, "uid") != uid || terminating(&pod) {
        return;
    }
    let now = now_rfc3339();
    let containers: Vec<Value> =
        pod.pointer("/spec/containers").and_then(Value::as_array).cloned().unwrap_or_default();
    let node = pod.pointer("/spec/nodeName").and_then(Value::as_str).unwrap_or(NODE_NAME).to_string();
    let r = random_u64();
    let pod_ip = format!("10.244.0.{}", (r % 250) + 2);
    let cond =
        |t: &str, s: &str| json!({"type": t, "status": s, "lastProbeTime": null, "lastTransitionTime": now});
    if stuck {
        let statuses: Vec<Value> = containers
            .iter()
            .map(|c| {
                json!({"name": c["name"], "image": c["image"], "imageID": "", "ready": false, "started": false, "restartCount": 0,
                       "state": {"waiting": {"reason": "ImagePullBackOff", "message": format!("Back-off pulling image \"{}\"", c["image"].as_str().unwrap_or_default())}},
                       "lastState": {}})
            })
            .collect();
        pod["status"] = json!({
            "phase": "Pending",
            "conditions": [cond("PodReadyToStartContainers", "True"), cond("Initialized", "True"),
                {"type": "Ready", "status": "False", "lastProbeTime": null, "lastTransitionTime": now, "reason": "ContainersNotReady", "message": "containers with unready status: [".to_string() + &containers.iter().filter_map(|c| c["name"].as_str()).collect::<Vec<_>>().join(" ") + "]"},
                {"type": "ContainersReady", "status": "False", "lastProbeTime": null, "lastTransitionTime": now, "reason": "ContainersNotReady", "message": "containers with unready status"},
                cond("PodScheduled", "True")],
            "hostIP": "10.0.0.10",
            "podIP": pod_ip,
            "podIPs": [{"ip": pod_ip}],
            "startTime": now,
            "containerStatuses": statuses,
            "qosClass": "BestEffort",
        });
        store.put(POD_KEY, pod.clone());
        for c in &containers {
            let image = c["image"].as_str().unwrap_or_default();
            let field_path = format!("spec.containers{{{}}}", c["name"].as_str().unwrap_or_default());
            for (reason, message) in [
                (
                    "Failed",
                    format!(
                        "Failed to pull image \"{image}\": rpc error: code = NotFound desc = failed to pull and unpack image \"{image}\": not found"
                    ),
                ),
                ("Failed", "Error: ErrImagePull".to_string()),
                ("BackOff", format!("Back-off pulling image \"{image}\"")),
                ("Failed", "Error: ImagePullBackOff".to_string()),
            ] {
                let ev_name = format!("{name}.{:016x}", random_u64());
                store.put(
                    "/events",
                    json!({
                        "apiVersion": "v1", "kind": "Event",
                        "metadata": new_meta(&ev_name, ns),
                        "involvedObject": {"kind": "Pod", "namespace": ns, "name": name, "uid": uid, "apiVersion": "v1", "fieldPath": field_path},
                        "reason": reason, "message": message, "type": "Warning",
                        "source": {"component": "kubelet", "host": node},
                        "firstTimestamp": now, "lastTimestamp": now, "count": 1,
                        "reportingComponent": "kubelet", "reportingInstance": node,
                    }),
                );
            }
        }
        return;
    }
    let statuses: Vec<Value> = containers
        .iter()
        .map(|c| {
            json!({"name": c["name"], "image": c["image"], "imageID": format!("docker.io/library/{}@sha256:{:064x}", c["image"].as_str().unwrap_or_default(), 0u8),
                   "containerID": format!("containerd://{:016x}{:016x}", random_u64(), random_u64()),
                   "ready": true, "started": true, "restartCount": 0,
                   "state": {"running": {"startedAt": now}}, "lastState": {}})
        })
        .collect();
    pod["status"] = json!({
        "phase": "Running",
        "conditions": [cond("PodReadyToStartContainers", "True"), cond("Initialized", "True"), cond("Ready", "True"), cond("ContainersReady", "True"), cond("PodScheduled", "True")],
        "hostIP": "10.0.0.10",
        "hostIPs": [{"ip": "10.0.0.10"}],
        "podIP": pod_ip,
        "podIPs": [{"ip": pod_ip}],
        "startTime": now,
        "containerStatuses": statuses,
        "qosClass": "BestEffort",
    });
    store.put(POD_KEY, pod);
}

/// Objects every cluster starts with.
pub(crate) fn seed(store: &mut Store) {
    for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
        let mut meta = new_meta(ns, "");
        if let Some(m) = meta.as_object_mut() {
            m.remove("namespace");
        }
        meta["labels"] = json!({"kubernetes.io/metadata.name": ns});
        store.put(
            "/namespaces",
            json!({"apiVersion": "v1", "kind": "Namespace", "metadata": meta,
                   "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}}),
        );
        store.put(
            "/serviceaccounts",
            json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": new_meta("default", ns)}),
        );
    }
    let mut meta = new_meta(NODE_NAME, "");
    if let Some(m) = meta.as_object_mut() {
        m.remove("namespace");
    }
    meta["labels"] = json!({"kubernetes.io/hostname": NODE_NAME, "kubernetes.io/os": "linux", "kubernetes.io/arch": "amd64", "node-role.kubernetes.io/control-plane": ""});
    let now = now_rfc3339();
    store.put(
        "/nodes",
        json!({"apiVersion": "v1", "kind": "Node", "metadata": meta,
               "spec": {"podCIDR": "10.244.0.0/24", "podCIDRs": ["10.244.0.0/24"]},
               "status": {
                 "conditions": [{"type": "Ready", "status": "True", "reason": "KubeletReady", "message": "kubelet is posting ready status", "lastHeartbeatTime": now, "lastTransitionTime": now}],
                 "addresses": [{"type": "InternalIP", "address": "10.0.0.10"}, {"type": "Hostname", "address": NODE_NAME}],
                 "capacity": {"cpu": "2", "memory": "8Gi", "pods": "110"},
                 "allocatable": {"cpu": "2", "memory": "8Gi", "pods": "110"},
                 "nodeInfo": {"kubeletVersion": "v1.33.0", "containerRuntimeVersion": "containerd://2.0.0", "operatingSystem": "linux", "architecture": "amd64",
                              "osImage": "Debian GNU/Linux 12 (bookworm)", "kernelVersion": "6.1.0", "kubeProxyVersion": "", "machineID": "", "systemUUID": "", "bootID": ""}
               }}),
    );
    store.put(
        "/services",
        json!({"apiVersion": "v1", "kind": "Service",
               "metadata": {"name": "kubernetes", "namespace": "default", "uid": new_uid(), "creationTimestamp": now,
                            "labels": {"component": "apiserver", "provider": "kubernetes"}},
               "spec": {"type": "ClusterIP", "clusterIP": "10.96.0.1", "clusterIPs": ["10.96.0.1"], "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443}],
                        "sessionAffinity": "None", "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "internalTrafficPolicy": "Cluster"},
               "status": {"loadBalancer": {}}}),
    );
}
