//! The per-object pipeline: a workload's pod template found (in any supported kind, `List`s
//! recursed into), checked for the field types injection rewrites, and injected in named
//! stages: admission (the reasons to skip a pod), strip (a previous injection), render (the
//! templates), merge (the fragments over the pod), postprocess (overrides, order, Prometheus,
//! probes) and status (the annotation that makes re-injection idempotent).

use std::borrow::Cow;
use std::sync::{Arc, LazyLock};

use serde_json::{Map, Value, json};

use super::annotations::{self as a, Invalid};
use super::context::PodCtx;
use super::gosem::{go_str, truthy};
use super::names::{APP_PROBERS_ENV, PROXY};
use super::podspec::{env_value, find_container, names, remove_named};
use super::postprocess::{
    adjust_proxy_user, canonicalise_containers, move_proxy_to_init, prometheus_merge, reapply_overrides,
    reorder, set_proxy_env,
};
use super::proxyconfig::proxy_config;
use super::splice::{PodFacts, Splicer};
use super::yaml::{Named, Splices, Step};
use super::{
    Action, IGNORED_NAMESPACES, InjectConfig, ReportLine, gateway, kinds, merge, probes, template, typecheck,
};

/// Why an object could not be injected.
#[derive(Debug)]
pub(super) enum InjectError {
    Invalid {
        object: String,
        inv: Invalid,
    },
    Other(String),
    /// A field of the wrong type (a map where a list belongs, …).
    Shape(typecheck::WrongType),
}

/// Injects one object, at `at` in its document (recursing into `List`s); a pod spliced from
/// pre-rendered parts is registered in the document's `splices`. Returns whether it changed.
pub(super) fn inject_object(
    obj: &mut Value,
    cfg: &InjectConfig,
    splicer: &Splicer,
    report: &mut Vec<ReportLine>,
    at: &[Step<'static>],
    splices: &mut Splices,
) -> Result<bool, InjectError> {
    let api_version = obj["apiVersion"].as_str().unwrap_or("").to_string();
    let kind = obj["kind"].as_str().unwrap_or("").to_string();
    let name = obj["metadata"]["name"].as_str().unwrap_or("").to_string();
    let namespace = obj["metadata"]["namespace"].as_str().unwrap_or("").to_string();
    let full = if namespace.is_empty() { name.clone() } else { format!("{namespace}/{name}") };
    let line = |action| ReportLine { kind: kind.to_lowercase(), name: full.clone(), action };
    let Some(shape) = kinds::shape(&api_version, &kind) else {
        report.push(line(Action::PassedThrough));
        return Ok(false);
    };
    if shape != kinds::Shape::List {
        // Injection rewrites the pod template: a field it cannot read would be lost.
        typecheck::check_workload(obj, shape).map_err(InjectError::Shape)?;
    }
    if shape == kinds::Shape::List {
        let mut changed = false;
        if let Some(Value::Array(items)) = obj.get_mut("items") {
            for (i, item) in items.iter_mut().enumerate() {
                let place = [at, &[Step::Key("items"), Step::Index(i)]].concat();
                changed |= inject_object(item, cfg, splicer, report, &place, splices)?;
            }
        }
        if changed {
            kinds::go_reserialise(obj, "List");
        }
        return Ok(changed);
    }
    let extra_meta = if shape == kinds::Shape::JobTemplate {
        obj["spec"]["jobTemplate"]["spec"]["template"]["metadata"].clone()
    } else {
        Value::Null
    };
    let meta = Workload {
        extra_meta,
        api_version: api_version.clone(),
        kind: kind.clone(),
        name: name.clone(),
        namespace: if namespace.is_empty() { cfg.namespace.clone() } else { namespace.clone() },
    };
    let (meta_path, spec_path) = kinds::pod_paths(shape);
    let was_injected = kinds::get_at(obj, meta_path)
        .and_then(|m| m["annotations"].get(a::STATUS))
        .or_else(|| extra_meta_status(obj, shape))
        .is_some();
    let Some(spec) = kinds::take_at(obj, spec_path).filter(Value::is_object) else {
        report.push(line(Action::Skipped("it has no pod template".into())));
        return Ok(false);
    };
    let taken = kinds::take_at(obj, meta_path);
    let had_meta = taken.is_some();
    let pod_meta = taken.filter(Value::is_object).unwrap_or_else(|| json!({}));
    let mut pod_map = Map::with_capacity(2);
    pod_map.insert("metadata".into(), pod_meta);
    pod_map.insert("spec".into(), spec);
    let mut pod = Value::Object(pod_map);
    let described = format!("{} \"{full}\"", kind.to_lowercase());
    let result =
        inject_pod(&mut pod, &meta, shape == kinds::Shape::Pod, cfg, splicer).map_err(|e| match e {
            InjectError::Invalid { inv, .. } => InjectError::Invalid { object: described.clone(), inv },
            other => other,
        })?;
    if let Value::Object(mut p) = pod {
        let m = p.shift_remove("metadata").unwrap_or(Value::Null);
        let s = p.shift_remove("spec").unwrap_or(Value::Null);
        if had_meta || m.as_object().is_some_and(|m| !m.is_empty()) {
            kinds::put_at(obj, meta_path, m);
        }
        kinds::put_at(obj, spec_path, s);
    }
    match result {
        Outcome::Injected { spliced } => {
            if let Some(table) = spliced {
                let place = at.iter().copied().chain(spec_path.iter().map(|k| Step::Key(k))).collect();
                splices.add(place, table);
            }
            kinds::go_reserialise(obj, &kind);
            report.push(line(if was_injected { Action::Reinjected } else { Action::Injected }));
            Ok(true)
        }
        Outcome::Skipped(why) => {
            report.push(line(Action::Skipped(why)));
            Ok(false)
        }
    }
}

struct Workload {
    /// Metadata read but not written: a CronJob's pod template metadata.
    extra_meta: Value,
    api_version: String,
    kind: String,
    name: String,
    namespace: String,
}

fn str_map(v: &Value) -> Map<String, Value> {
    v.as_object().cloned().unwrap_or_default()
}

/// What became of a pod template.
enum Outcome {
    /// Skipped, for this reason.
    Skipped(String),
    /// Injected; with the splice table of its spec when its sidecar parts are stand-ins.
    Injected { spliced: Option<Arc<Named>> },
}

/// Injects one pod template in place: admission, then the stages strip → render → merge →
/// postprocess → status.
fn inject_pod(
    pod: &mut Value,
    w: &Workload,
    is_pod: bool,
    cfg: &InjectConfig,
    splicer: &Splicer,
) -> Result<Outcome, InjectError> {
    let Admitted { labels, ann, owner } = match admit(pod, w, is_pod)? {
        Ok(admitted) => admitted,
        Err(why) => return Ok(Outcome::Skipped(why)),
    };
    // The one copy of the original spec: read by the templates (when there is no previous
    // injection to strip) and by `reapply_overrides` after the templates are merged in.
    let original_spec = pod["spec"].clone();
    let (previous, view) = strip(&original_spec, &ann);
    let ctx = pod_context(cfg, &ann, owner, labels, view, previous.status.is_none(), &original_spec);
    let (fragments, spliced) = render(&ctx, &ann, previous.status.is_none(), splicer)?;
    let injected = merge_fragments(pod, fragments, ctx.native, previous.status.is_some());
    let pod_ann = postprocess(pod, &ctx, &ann, &original_spec, &previous, &injected)?;
    write_status(pod, pod_ann, &injected, cfg);
    Ok(Outcome::Injected { spliced })
}

/// A pod admission lets through: its labels and annotations (a CronJob's pod template's
/// included) and the workload that owns it.
struct Admitted {
    labels: Map<String, Value>,
    ann: Map<String, Value>,
    owner: Owner,
}

/// The workload that names the proxy (`ISTIO_META_OWNER`, `ISTIO_META_WORKLOAD_NAME`).
struct Owner {
    kind: String,
    api_version: String,
    name: String,
    namespace: String,
}

/// Admission: the reasons a pod gets no sidecar (`Ok(Err(reason))`), and its annotations
/// validated.
fn admit(pod: &Value, w: &Workload, is_pod: bool) -> Result<Result<Admitted, String>, InjectError> {
    let meta = &pod["metadata"];
    let mut labels = str_map(&meta["labels"]);
    let mut ann = str_map(&meta["annotations"]);
    // A CronJob's injected metadata lands on its job template (as upstream's), but the pod
    // template's own labels and annotations are read too, and win.
    labels.extend(str_map(&w.extra_meta["labels"]));
    ann.extend(str_map(&w.extra_meta["annotations"]));
    let spec = &pod["spec"];
    if spec["hostNetwork"] == json!(true) {
        return Ok(Err("it has host networking enabled".into()));
    }
    let ns = meta["namespace"].as_str().filter(|s| !s.is_empty()).unwrap_or(&w.namespace).to_string();
    if IGNORED_NAMESPACES.contains(&ns.as_str()) {
        return Ok(Err(format!("namespace `{ns}` never gets sidecars")));
    }
    let opt = labels.get(a::INJECT).or_else(|| ann.get(a::INJECT)).map(go_str);
    if let Some(v) = &opt {
        match a::inject_policy(v) {
            a::InjectPolicy::Inject | a::InjectPolicy::Default => {}
            a::InjectPolicy::Disabled => {
                return Ok(Err("sidecar injection is disabled by `sidecar.istio.io/inject`".into()));
            }
            a::InjectPolicy::Unknown => {
                return Ok(Err(format!(
                    "`sidecar.istio.io/inject: \"{v}\"` is neither true nor false, which Istio reads as do-not-inject (use `true` to inject)"
                )));
            }
        }
    }
    a::validate(&ann).map_err(|inv| InjectError::Invalid { object: String::new(), inv })?;
    let owner = if is_pod {
        deploy_meta_from_pod(pod, w)
    } else {
        Owner {
            kind: w.kind.clone(),
            api_version: w.api_version.clone(),
            name: w.name.clone(),
            namespace: ns,
        }
    };
    Ok(Ok(Admitted { labels, ann, owner }))
}

/// What a previous injection left that later stages read.
struct Previous {
    /// Its status annotation, parsed.
    status: Option<Value>,
    /// Its proxy's app probers, kept when probes are rewritten again.
    probers: Option<String>,
}

/// The pod as the templates see it.
struct View<'s> {
    /// The spec without a previous injection's containers (borrowed when there was none).
    spec: Cow<'s, Map<String, Value>>,
    /// The annotations without a previous status.
    ann: Map<String, Value>,
}

/// Stage 1, strip: a previous injection is removed from the templates' view of the pod.
fn strip<'s>(original_spec: &'s Value, ann: &Map<String, Value>) -> (Previous, View<'s>) {
    static EMPTY: LazyLock<Map<String, Value>> = LazyLock::new(Map::new);
    let status: Option<Value> = ann.get(a::STATUS).and_then(|s| serde_json::from_str(&go_str(s)).ok());
    let mut spec = Cow::Borrowed(original_spec.as_object().unwrap_or(&EMPTY));
    let mut view_ann = ann.clone();
    let mut probers = None;
    if let Some(st) = &status {
        if let Some(old) = find_container(original_spec, PROXY) {
            probers = env_value(old, APP_PROBERS_ENV);
        }
        let owned = spec.to_mut();
        remove_named(owned, "containers", &names(&st["containers"]));
        remove_named(owned, "initContainers", &names(&st["initContainers"]));
        view_ann.shift_remove(a::STATUS);
    }
    (Previous { status, probers }, View { spec, ann: view_ann })
}

/// What the templates read about the pod: its view, proxy config and sidecar mode, and the
/// proxy user and group of an `istio-proxy` container of its own (on a first injection).
fn pod_context<'a>(
    cfg: &'a InjectConfig,
    ann: &Map<String, Value>,
    owner: Owner,
    labels: Map<String, Value>,
    view: View<'a>,
    first_injection: bool,
    original_spec: &Value,
) -> PodCtx<'a> {
    let native = match ann.get(a::NATIVE_SIDECAR).map(go_str) {
        Some(v) => v != "false",
        None => cfg.native_sidecars,
    };
    let user_proxy = find_container(original_spec, PROXY).filter(|_| first_injection);
    let sc =
        |f: &str| user_proxy.and_then(|c| c["securityContext"].get(f)).filter(|v| !v.is_null()).map(go_str);
    PodCtx {
        cfg,
        kind: owner.kind,
        api_version: owner.api_version,
        workload_name: owner.name,
        namespace: owner.namespace,
        labels,
        annotations: view.ann,
        spec: view.spec,
        proxy_config: proxy_config(cfg, ann),
        native,
        proxy_uid: sc("runAsUser"),
        proxy_gid: sc("runAsGroup"),
    }
}

/// Stage 2, render: each selected template's pod fragment, and the splice table of the pod's
/// spec when the sidecar's parts come as stand-ins.
fn render(
    ctx: &PodCtx<'_>,
    ann: &Map<String, Value>,
    first_injection: bool,
    splicer: &Splicer,
) -> Result<(Vec<Value>, Option<Arc<Named>>), InjectError> {
    let templates = selected_templates(ann, ctx.cfg);
    let facts = PodFacts {
        first_injection,
        templates: templates.len(),
        overrides: ann.contains_key(a::PROXY_OVERRIDES),
    };
    let mut fragments = Vec::with_capacity(templates.len());
    let mut spliced = None;
    for t in templates {
        fragments.push(render_template(&t, ctx, splicer, &facts, &mut spliced)?);
    }
    Ok((fragments, spliced))
}

/// What the merged templates injected, by list, in order (for the status annotation).
struct Injected {
    init: Vec<String>,
    containers: Vec<String>,
    volumes: Vec<String>,
    secrets: Vec<String>,
    /// Whether a template injected the proxy.
    has_proxy: bool,
}

/// Stage 3, merge: every fragment applied over the original pod. With native sidecars a
/// user's `istio-proxy` container moves to the init containers first, so the template merges
/// into it there.
fn merge_fragments(pod: &mut Value, fragments: Vec<Value>, native: bool, reinjecting: bool) -> Injected {
    if native
        && fragments.iter().any(|f| {
            f["spec"]["initContainers"].as_array().is_some_and(|l| l.iter().any(|c| c["name"] == PROXY))
        })
    {
        move_proxy_to_init(&mut pod["spec"]);
    }
    // Re-injecting in the other mode: the previous proxy moves to where the new one goes, so
    // the merge replaces it instead of adding a second one.
    if reinjecting
        && fragments
            .iter()
            .any(|f| f["spec"]["containers"].as_array().is_some_and(|l| l.iter().any(|c| c["name"] == PROXY)))
    {
        move_proxy_to_containers(&mut pod["spec"]);
    }
    let mut injected =
        Injected { init: vec![], containers: vec![], volumes: vec![], secrets: vec![], has_proxy: false };
    for f in fragments {
        injected.has_proxy |= find_container(&f["spec"], PROXY).is_some();
        for (list, field) in [
            (&mut injected.init, "initContainers"),
            (&mut injected.containers, "containers"),
            (&mut injected.volumes, "volumes"),
            (&mut injected.secrets, "imagePullSecrets"),
        ] {
            for n in f["spec"][field].as_array().into_iter().flatten().filter_map(|c| c["name"].as_str()) {
                if !list.iter().any(|x| x == n) {
                    list.push(n.to_string());
                }
            }
        }
        merge::apply(pod, f);
    }
    injected
}

/// Stage 4, postprocess: the user's overrides of injected containers, the proxy's user,
/// container order, Prometheus merging and app probe rewriting. Returns the pod's
/// annotations, taken out for the status stage.
fn postprocess(
    pod: &mut Value,
    ctx: &PodCtx<'_>,
    ann: &Map<String, Value>,
    original_spec: &Value,
    previous: &Previous,
    injected: &Injected,
) -> Result<Map<String, Value>, InjectError> {
    let cfg = ctx.cfg;
    let status = previous.status.as_ref();
    reapply_overrides(pod, original_spec, ann, status, &injected.containers, &injected.init);

    let spec = pod["spec"]
        .as_object_mut()
        .ok_or_else(|| InjectError::Other("the pod template has no spec".into()))?;
    if let Some(uid) = &ctx.proxy_uid {
        adjust_proxy_user(spec, uid, ctx.tproxy());
    }
    reorder(spec, ctx.hold() || (!ctx.native && hold_from(cfg, &ctx.proxy_config)));

    // Prometheus metrics merging, on the mesh's status port.
    let status_port = ctx.status_port();
    let mesh_port = go_str(&cfg.mesh["defaultConfig"]["statusPort"]);
    let rewrite_ann = pod["metadata"]["annotations"].get(a::REWRITE_PROBES).map(go_str);
    let mut pod_ann = match pod["metadata"].get_mut("annotations").map(std::mem::take) {
        Some(Value::Object(m)) => m,
        _ => Map::new(),
    };
    prometheus_merge(&mut pod_ann, pod["spec"].as_object_mut(), cfg, &mesh_port, status.is_some());

    // App probes.
    let rewrite = match rewrite_ann {
        Some(v) => a::parse_bool(&v).unwrap_or(false),
        None => truthy(cfg.value("sidecarInjectorWebhook.rewriteAppHTTPProbe")),
    };
    let port: i64 = status_port.parse().unwrap_or(15020);
    if rewrite
        && port != 0
        && injected.has_proxy
        && let Some(spec) = pod["spec"].as_object_mut()
        && let Some(env) = probes::rewrite(spec, port, previous.probers.as_deref())
    {
        set_proxy_env(spec, APP_PROBERS_ENV, &env);
    }
    Ok(pod_ann)
}

/// Stage 5, status: the annotation that makes re-injection idempotent, and the containers in
/// Go's normal form.
fn write_status(pod: &mut Value, mut pod_ann: Map<String, Value>, injected: &Injected, cfg: &InjectConfig) {
    let st = status_json(
        [
            ("initContainers", &injected.init),
            ("containers", &injected.containers),
            ("volumes", &injected.volumes),
            ("imagePullSecrets", &injected.secrets),
        ],
        crate::revision::name(&cfg.revision),
    );
    pod_ann.insert(a::STATUS.into(), Value::String(st));
    pod["metadata"]["annotations"] = Value::Object(pod_ann);
    canonicalise_containers(&mut pod["spec"]);
}

/// The status annotation's JSON (upstream's field order; empty lists are null), written
/// directly: it is built for every pod.
fn status_json(lists: [(&str, &Vec<String>); 4], revision: &str) -> String {
    let quoted = |s: &str| serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into());
    let mut out = String::with_capacity(256);
    out.push('{');
    for (field, names) in lists {
        out.push('"');
        out.push_str(field);
        out.push_str("\":");
        if names.is_empty() {
            out.push_str("null");
        } else {
            out.push('[');
            for (i, n) in names.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&quoted(n));
            }
            out.push(']');
        }
        out.push(',');
    }
    out.push_str("\"revision\":");
    out.push_str(&quoted(revision));
    out.push('}');
    out
}

/// The status annotation on a CronJob's pod template (read as the workload's metadata too).
fn extra_meta_status(obj: &Value, shape: kinds::Shape) -> Option<&Value> {
    if shape != kinds::Shape::JobTemplate {
        return None;
    }
    obj["spec"]["jobTemplate"]["spec"]["template"]["metadata"]["annotations"].get(a::STATUS)
}

/// Moves a previous injection's `istio-proxy` from the init containers to the containers.
fn move_proxy_to_containers(spec: &mut Value) {
    let Some(Value::Array(init)) = spec.get_mut("initContainers") else {
        return;
    };
    let Some(i) = init.iter().position(|c| c["name"] == PROXY) else {
        return;
    };
    let mut proxy = init.remove(i);
    if let Some(m) = proxy.as_object_mut() {
        m.shift_remove("restartPolicy");
    }
    if !spec["containers"].is_array() {
        spec["containers"] = json!([]);
    }
    if let Some(cs) = spec["containers"].as_array_mut()
        && !cs.iter().any(|c| c["name"] == PROXY)
    {
        cs.push(proxy);
    }
}

fn hold_from(cfg: &InjectConfig, pc: &Value) -> bool {
    truthy(&pc["holdApplicationUntilProxyStarts"])
        || truthy(cfg.value("global.proxy.holdApplicationUntilProxyStarts"))
}

/// `ISTIO_META_OWNER` and the workload name for a bare Pod: its controller when it has one.
fn deploy_meta_from_pod(pod: &Value, w: &Workload) -> Owner {
    let meta = &pod["metadata"];
    let mut kind = "Pod".to_string();
    let mut api = "v1".to_string();
    let mut name = w.name.clone();
    if meta["generateName"].as_str().is_some_and(|g| !g.is_empty())
        && let Some(r) =
            meta["ownerReferences"].as_array().into_iter().flatten().find(|r| r["controller"] == json!(true))
    {
        api = go_str(&r["apiVersion"]);
        kind = go_str(&r["kind"]);
        name = go_str(&r["name"]);
        let hash = go_str(&meta["labels"]["pod-template-hash"]);
        if kind == "ReplicaSet" && !hash.is_empty() && name.ends_with(&hash) {
            name = name.trim_end_matches(&hash).trim_end_matches('-').to_string();
            kind = "Deployment".into();
        }
    }
    Owner { kind, api_version: api, name, namespace: w.namespace.clone() }
}

/// The templates to apply: the `inject.istio.io/templates` annotation, else the defaults.
fn selected_templates(ann: &Map<String, Value>, cfg: &InjectConfig) -> Vec<String> {
    if let Some(t) = ann.get(a::TEMPLATES).map(go_str) {
        let list: Vec<String> =
            t.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        if !list.is_empty() {
            return list;
        }
    }
    let d = names(cfg.value("sidecarInjectorWebhook.defaultTemplates"));
    if d.is_empty() { vec!["sidecar".into()] } else { d }
}

/// One template's pod fragment: a built-in template, or a plain-YAML one from the values.
/// The sidecar's, when [`Splicer::eligible`], holds stand-ins that `spliced` places.
fn render_template(
    name: &str,
    ctx: &PodCtx<'_>,
    splicer: &Splicer,
    facts: &PodFacts,
    spliced: &mut Option<Arc<Named>>,
) -> Result<Value, InjectError> {
    match name {
        "sidecar" => {
            let parts = template::sidecar_parts(ctx, splicer);
            let eligible = splicer.eligible(facts, &parts, &ctx.spec);
            if eligible {
                *spliced = Some(parts.spliced.table.clone());
            }
            return Ok(template::sidecar(ctx, &parts, eligible));
        }
        "gateway" => return Ok(gateway::gateway(ctx)),
        "grpc-agent" => return Ok(gateway::grpc_agent(ctx)),
        "grpc-simple" => return Ok(gateway::grpc_simple(ctx)),
        _ => {}
    }
    if let Some(text) = ctx.cfg.value("sidecarInjectorWebhook.templates")[name].as_str() {
        if text.contains("{{") {
            return Err(InjectError::Other(format!(
                "injection template `{name}` from `values.sidecarInjectorWebhook.templates` uses Go template syntax, which meshctl does not interpret"
            )));
        }
        return serde_saphyr::from_str::<Value>(text)
            .map_err(|e| InjectError::Other(format!("injection template `{name}` is not valid YAML: {e}")));
    }
    Err(InjectError::Other(format!("unknown injection template `{name}` (from `{}`)", a::TEMPLATES)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ordinary pods are spliced, each with its table at its spec's place: a Deployment's and
    /// each pod's in a List (nested Lists included); a pod with a volume named like one of
    /// the parts is not (see the splice module's safety rule).
    #[test]
    fn spliced_pods_are_placed_at_their_specs() {
        let settings = crate::values::resolve(&crate::values::Inputs::default()).expect("default settings");
        let cfg =
            InjectConfig::new(settings.values().clone(), settings.effective_mesh(), true, String::new());
        let spec = |volume: &str| json!({ "containers": [{ "name": "app", "image": "x" }], "volumes": [{ "name": volume }] });
        let pod = |name: &str, volume: &str| json!({ "apiVersion": "v1", "kind": "Pod", "metadata": { "name": name }, "spec": spec(volume) });
        let deployment = json!({
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": { "name": "d" },
            "spec": { "template": { "spec": spec("data") } },
        });
        let mut list = json!({ "apiVersion": "v1", "kind": "List", "items": [
            deployment,
            { "apiVersion": "v1", "kind": "List", "items": [pod("own", "istio-envoy"), pod("plain", "data")] },
        ] });
        let mut splices = Splices::default();
        let mut report = Vec::new();
        inject_object(&mut list, &cfg, &Splicer::new(true), &mut report, &[], &mut splices).expect("inject");
        assert_eq!(report.len(), 3);
        assert!(report.iter().all(|l| l.action == Action::Injected), "{report:?}");
        let (k, i) = (Step::Key, Step::Index);
        let places: Vec<&[Step<'_>]> = splices.places().collect();
        assert_eq!(
            places,
            [
                &[k("items"), i(0), k("spec"), k("template"), k("spec")][..],
                &[k("items"), i(1), k("items"), i(1), k("spec")][..],
            ]
        );
    }

    #[test]
    fn status_json_matches_serde() {
        let init = vec!["istio-init".to_string()];
        let none: Vec<String> = vec![];
        let vols = vec!["a\"b".to_string(), "c".to_string()];
        let got = status_json(
            [
                ("initContainers", &init),
                ("containers", &none),
                ("volumes", &vols),
                ("imagePullSecrets", &none),
            ],
            "canary",
        );
        let want = json!({
            "initContainers": ["istio-init"], "containers": null, "volumes": ["a\"b", "c"],
            "imagePullSecrets": null, "revision": "canary",
        });
        assert_eq!(got, want.to_string());
    }
}
