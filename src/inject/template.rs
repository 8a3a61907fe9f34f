//! The sidecar template, in Rust: values, mesh config and annotations in, the pod fragment
//! (labels, annotations, init containers, the proxy, volumes) out. meshctl does not interpret
//! Go templates; this is the same transformation written as code.

use serde_json::{Map, Value, json};

use super::annotations as a;
use super::context::PodCtx;
use super::gosem::{go_str, sort_keys, truthy};
use super::names::{
    APP_CONTAINERS_ENV, INIT, OWNER_ENV, POD_PORTS_ENV, PROXY, VALIDATION, WORKLOAD_NAME_ENV,
};
use super::podspec::containers;
use super::quantity::canonical_resources;
use super::splice::{Parts, Splicer};

/// The parts of the sidecar that depend only on the settings and the pod's annotations,
/// from `splicer`'s cache (see [`Parts`]).
pub fn sidecar_parts(ctx: &PodCtx<'_>, splicer: &Splicer) -> std::sync::Arc<Parts> {
    splicer.parts(ctx, || {
        let no_init = ctx.interception_mode() == "NONE";
        let init = (!no_init).then(|| sort_keys(init_container(ctx)));
        let proxy = sort_keys(proxy_container(ctx));
        let volumes: Vec<Value> = volumes(ctx).into_iter().map(sort_keys).collect();
        let env =
            proxy_env_fixed(ctx, &format!("{}\n", super::proxy_config_json(ctx.cfg, &ctx.proxy_config)));
        Parts::new(init, proxy, volumes, env, ctx.native)
    })
}

/// The pod fragment produced by the sidecar template from its `parts`. When `spliced` (as
/// [`Splicer::eligible`] allows), the parts come as their stand-ins, written from pre-rendered
/// text by the pod's splice table (see [`super::splice`]).
pub fn sidecar(ctx: &PodCtx<'_>, parts: &Parts, spliced: bool) -> Value {
    let mut labels = Map::new();
    labels.insert(
        "security.istio.io/tlsMode".into(),
        json!(ctx.label("security.istio.io/tlsMode").unwrap_or_else(|| "istio".into())),
    );
    if ctx.metadata("ISTIO_META_ENABLE_HBONE") == "true" {
        labels.insert(
            "networking.istio.io/tunnel".into(),
            json!(ctx.label("networking.istio.io/tunnel").unwrap_or_else(|| "http".into())),
        );
    }
    let canonical = ctx
        .label("service.istio.io/canonical-name")
        .or_else(|| ctx.label("app.kubernetes.io/name"))
        .or_else(|| ctx.label("app"))
        .unwrap_or_else(|| ctx.workload_name.clone());
    let canonical: String = canonical.chars().take(63).collect();
    labels.insert("service.istio.io/canonical-name".into(), json!(canonical.trim_matches(['-', '_', '.'])));
    let revision = ctx
        .label("service.istio.io/canonical-revision")
        .or_else(|| ctx.label("app.kubernetes.io/version"))
        .or_else(|| ctx.label("version"))
        .unwrap_or_else(|| "latest".into());
    labels.insert("service.istio.io/canonical-revision".into(), json!(revision));

    let network = ctx.vs("global.network");
    if !network.is_empty() {
        labels.insert(
            "topology.istio.io/network".into(),
            json!(ctx.label("topology.istio.io/network").unwrap_or(network)),
        );
    }
    let apps = ctx.app_containers();
    let mut ann = Map::new();
    ann.insert("istio.io/rev".into(), json!(crate::revision::name(&ctx.cfg.revision)));
    if let Some(first) = apps.first() {
        if !ctx.annotations.contains_key(a::DEFAULT_LOGS_CONTAINER) {
            ann.insert(a::DEFAULT_LOGS_CONTAINER.into(), json!(first));
        }
        if !ctx.annotations.contains_key(a::DEFAULT_CONTAINER) {
            ann.insert(a::DEFAULT_CONTAINER.into(), json!(first));
        }
    }
    if ctx.cni() {
        cni_annotations(ctx, &mut ann);
    }

    let cloned_run = |i: usize, env: &mut Vec<Value>| env.extend(parts.env[i].iter().cloned());
    let (mut init, proxy, volumes) = if spliced {
        let s = &parts.spliced;
        let env = match &s.env {
            Some(runs) => proxy_env_from(ctx, &apps, |i, env| {
                env.extend(runs[i].as_ref().map(|r| r.stand_in()));
            }),
            None => proxy_env_from(ctx, &apps, cloned_run),
        };
        let init: Vec<Value> = s.init.iter().map(|pre| pre.stand_in()).collect();
        let mut proxy = s.proxy.stand_in();
        proxy["env"] = Value::Array(env);
        let volumes = s.volumes.iter().map(|pre| pre.stand_in()).collect();
        (init, proxy, volumes)
    } else {
        let env = Value::Array(proxy_env_from(ctx, &apps, cloned_run));
        let mut proxy = Map::new();
        let mut env = Some(env);
        if let Value::Object(m) = &parts.proxy {
            for (k, v) in m {
                if k.as_str() > "env"
                    && let Some(e) = env.take()
                {
                    proxy.insert("env".into(), e);
                }
                proxy.insert(k.clone(), v.clone());
            }
        }
        if let Some(e) = env {
            proxy.insert("env".into(), e);
        }
        (parts.init.iter().cloned().collect(), Value::Object(proxy), parts.volumes.clone())
    };
    let mut containers = Vec::new();
    if ctx.native {
        init.push(proxy);
    } else {
        containers.push(proxy);
    }

    let mut spec = Map::new();
    spec.insert("initContainers".into(), Value::Array(init));
    spec.insert("containers".into(), Value::Array(containers));
    spec.insert("volumes".into(), Value::Array(volumes));
    if let Some(secrets) = ctx.v("global.imagePullSecrets").as_array().filter(|s| !s.is_empty()) {
        let list: Vec<Value> = secrets.iter().map(|s| json!({ "name": go_str(s) })).collect();
        spec.insert("imagePullSecrets".into(), Value::Array(list));
    }
    let mut meta = Map::with_capacity(2);
    meta.insert("labels".into(), Value::Object(labels));
    meta.insert("annotations".into(), Value::Object(ann));
    let mut out = Map::with_capacity(2);
    out.insert("metadata".into(), Value::Object(meta));
    out.insert("spec".into(), Value::Object(spec));
    Value::Object(out)
}

fn cni_annotations(ctx: &PodCtx<'_>, ann: &mut Map<String, Value>) {
    if ctx.vs("pilot.cni.provider") == "multus" {
        let existing = ctx.ann(a::MULTUS_NETWORKS).unwrap_or_default();
        ann.insert(a::MULTUS_NETWORKS.into(), json!(append_multus_network(&existing, "default/istio-cni")));
    }
    ann.insert(a::INTERCEPTION_MODE.into(), json!(ctx.interception_mode()));
    let inc = ctx.ann_or(a::INCLUDE_OUTBOUND_IP_RANGES, ctx.v("global.proxy.includeIPRanges"));
    if !inc.is_empty() {
        ann.insert(a::INCLUDE_OUTBOUND_IP_RANGES.into(), json!(inc));
    }
    let exc = ctx.ann_or(a::EXCLUDE_OUTBOUND_IP_RANGES, ctx.v("global.proxy.excludeIPRanges"));
    if !exc.is_empty() {
        ann.insert(a::EXCLUDE_OUTBOUND_IP_RANGES.into(), json!(exc));
    }
    ann.insert(
        a::INCLUDE_INBOUND_PORTS.into(),
        json!(ctx.ann_or(a::INCLUDE_INBOUND_PORTS, ctx.v("global.proxy.includeInboundPorts"))),
    );
    ann.insert(a::EXCLUDE_INBOUND_PORTS.into(), json!(excluded_inbound(ctx)));
    if ctx.annotations.contains_key(a::INCLUDE_OUTBOUND_PORTS)
        || !ctx.vs("global.proxy.includeOutboundPorts").is_empty()
    {
        ann.insert(
            a::INCLUDE_OUTBOUND_PORTS.into(),
            json!(ctx.ann_or(a::INCLUDE_OUTBOUND_PORTS, ctx.v("global.proxy.includeOutboundPorts"))),
        );
    }
    if ctx.annotations.contains_key(a::EXCLUDE_OUTBOUND_PORTS)
        || !ctx.vs("global.proxy.excludeOutboundPorts").is_empty()
    {
        ann.insert(
            a::EXCLUDE_OUTBOUND_PORTS.into(),
            json!(ctx.ann_or(a::EXCLUDE_OUTBOUND_PORTS, ctx.v("global.proxy.excludeOutboundPorts"))),
        );
    }
    for key in [a::KUBEVIRT_INTERFACES, a::REROUTE_VIRTUAL_INTERFACES, a::EXCLUDE_INTERFACES] {
        if let Some(v) = ctx.ann(key).filter(|v| !v.is_empty()) {
            ann.insert(key.into(), json!(v));
        }
    }
}

/// Adds istio-cni to a multus network list, which is either a comma list or a JSON array.
pub fn append_multus_network(existing: &str, network: &str) -> String {
    let t = existing.trim();
    if t.is_empty() {
        return network.to_string();
    }
    if let Some(body) = t.strip_suffix(']').filter(|_| t.starts_with('[')) {
        let (ns, name) = network.split_once('/').unwrap_or(("default", network));
        let body = body.trim_end();
        let sep = if body.trim() == "[" { "" } else { ", " };
        return format!("{body}{sep}{{\"name\": \"{name}\", \"namespace\": \"{ns}\"}}]");
    }
    if t.split(',').any(|n| n.trim() == network) {
        return t.to_string();
    }
    format!("{t}, {network}")
}

/// The inbound ports istio-iptables skips: the annotation or values, plus the status port.
fn excluded_inbound(ctx: &PodCtx<'_>) -> String {
    let excluded = ctx.ann_or(a::EXCLUDE_INBOUND_PORTS, ctx.v("global.proxy.excludeInboundPorts"));
    exclude_inbound_port(&ctx.status_port(), &excluded)
}

pub fn exclude_inbound_port(port: &str, excluded: &str) -> String {
    let port = port.trim();
    if port.is_empty() || port == "0" {
        return excluded.to_string();
    }
    let mut out = Vec::new();
    for p in excluded.split(',') {
        if p == port {
            return excluded.to_string();
        }
        let p = p.trim();
        if !p.is_empty() {
            out.push(p.to_string());
        }
    }
    out.push(port.to_string());
    out.join(",")
}

pub(super) fn resources(ctx: &PodCtx<'_>) -> Value {
    let keys = [a::PROXY_CPU, a::PROXY_MEMORY, a::PROXY_CPU_LIMIT, a::PROXY_MEMORY_LIMIT];
    if keys.iter().any(|k| ctx.annotations.contains_key(*k)) {
        let mut out = Map::new();
        for (section, cpu, mem) in [
            ("requests", a::PROXY_CPU, a::PROXY_MEMORY),
            ("limits", a::PROXY_CPU_LIMIT, a::PROXY_MEMORY_LIMIT),
        ] {
            let mut m = Map::new();
            if let Some(v) = ctx.ann(cpu) {
                m.insert("cpu".into(), json!(v));
            }
            if let Some(v) = ctx.ann(mem) {
                m.insert("memory".into(), json!(v));
            }
            if !m.is_empty() {
                out.insert(section.into(), Value::Object(m));
            }
        }
        return canonical_resources(&Value::Object(out));
    }
    let r = omit_nil(ctx.v("global.proxy.resources"));
    if truthy(&r) { canonical_resources(&r) } else { Value::Object(Map::new()) }
}

/// Removes null entries at every depth (upstream's `omitNil`), and maps left empty by that.
fn omit_nil(v: &Value) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m {
                if x.is_null() {
                    continue;
                }
                let x = omit_nil(x);
                if x.as_object().is_some_and(Map::is_empty) && !m[k].as_object().is_some_and(Map::is_empty) {
                    continue;
                }
                out.insert(k.clone(), x);
            }
            Value::Object(out)
        }
        other => other.clone(),
    }
}

fn init_container(ctx: &PodCtx<'_>) -> Value {
    let cni = ctx.cni();
    let tproxy = ctx.tproxy();
    let uid = ctx.proxy_uid.clone().unwrap_or_else(|| "1337".into());
    let gid = ctx.proxy_gid.clone().unwrap_or_else(|| "1337".into());
    let port_or = |key: &str, d: &str| {
        let s = go_str(&ctx.cfg.mesh[key]);
        if s.is_empty() || s == "0" { d.to_string() } else { s }
    };
    let mut args = vec![
        "istio-iptables".to_string(),
        "-p".into(),
        port_or("proxyListenPort", "15001"),
        "-z".into(),
        port_or("proxyInboundListenPort", "15006"),
        "-u".into(),
        if tproxy { "1337".into() } else { uid.clone() },
        "-m".into(),
        ctx.interception_mode(),
        "-i".into(),
        ctx.ann_or(a::INCLUDE_OUTBOUND_IP_RANGES, ctx.v("global.proxy.includeIPRanges")),
        "-x".into(),
        ctx.ann_or(a::EXCLUDE_OUTBOUND_IP_RANGES, ctx.v("global.proxy.excludeIPRanges")),
        "-b".into(),
        ctx.ann_or(a::INCLUDE_INBOUND_PORTS, ctx.v("global.proxy.includeInboundPorts")),
        "-d".into(),
    ];
    let excluded = excluded_inbound(ctx);
    args.push(if excluded.is_empty() { "15090,15021".into() } else { format!("15090,15021,{excluded}") });
    if ctx.annotations.contains_key(a::INCLUDE_OUTBOUND_PORTS)
        || !ctx.vs("global.proxy.includeOutboundPorts").is_empty()
    {
        args.push("-q".into());
        args.push(ctx.ann_or(a::INCLUDE_OUTBOUND_PORTS, ctx.v("global.proxy.includeOutboundPorts")));
    }
    if ctx.annotations.contains_key(a::EXCLUDE_OUTBOUND_PORTS)
        || !ctx.vs("global.proxy.excludeOutboundPorts").is_empty()
    {
        args.push("-o".into());
        args.push(ctx.ann_or(a::EXCLUDE_OUTBOUND_PORTS, ctx.v("global.proxy.excludeOutboundPorts")));
    }
    if let Some(k) = ctx.ann(a::REROUTE_VIRTUAL_INTERFACES).or_else(|| ctx.ann(a::KUBEVIRT_INTERFACES)) {
        args.push("-k".into());
        args.push(k);
    }
    if let Some(c) = ctx.ann(a::EXCLUDE_INTERFACES) {
        args.push("-c".into());
        args.push(c);
    }
    args.push(format!(
        "--log_output_level={}",
        ctx.ann_or(a::AGENT_LOG_LEVEL, ctx.v("global.logging.level"))
    ));
    if truthy(ctx.v("global.logAsJson")) {
        args.push("--log_as_json".into());
    }
    if cni {
        args.push("--run-validation".into());
        args.push("--skip-rule-apply".into());
    } else if truthy(ctx.v("global.proxy_init.forceApplyIptables")) {
        args.push("--force-apply".into());
    }
    if truthy(ctx.v("global.nativeNftables")) {
        args.push("--native-nftables".into());
    }
    let mut c = Map::new();
    c.insert("name".into(), json!(if cni { VALIDATION } else { INIT }));
    c.insert("image".into(), json!(ctx.image("global.proxy_init.image")));
    c.insert("args".into(), json!(args));
    let pull = ctx.vs("global.imagePullPolicy");
    if !pull.is_empty() {
        c.insert("imagePullPolicy".into(), json!(pull));
    }
    if let Some(md) = ctx.proxy_config["proxyMetadata"].as_object().filter(|m| !m.is_empty()) {
        let mut keys: Vec<&String> = md.keys().collect();
        keys.sort();
        let env: Vec<Value> =
            keys.into_iter().map(|k| json!({ "name": k, "value": go_str(&md[k]) })).collect();
        c.insert("env".into(), Value::Array(env));
    }
    c.insert("resources".into(), resources(ctx));
    let privileged = truthy(ctx.v("global.proxy.privileged"));
    let mut sc = Map::new();
    sc.insert("allowPrivilegeEscalation".into(), json!(privileged));
    sc.insert("privileged".into(), json!(privileged));
    if cni {
        sc.insert("capabilities".into(), json!({ "drop": ["ALL"] }));
        sc.insert("readOnlyRootFilesystem".into(), json!(true));
        let (g, u) = if tproxy { ("1337".to_string(), "1337".to_string()) } else { (gid, uid) };
        sc.insert("runAsGroup".into(), int_or_str(&g));
        sc.insert("runAsUser".into(), int_or_str(&u));
        sc.insert("runAsNonRoot".into(), json!(true));
    } else {
        sc.insert("capabilities".into(), json!({ "add": ["NET_ADMIN", "NET_RAW"], "drop": ["ALL"] }));
        sc.insert("readOnlyRootFilesystem".into(), json!(false));
        sc.insert("runAsGroup".into(), json!(0));
        sc.insert("runAsNonRoot".into(), json!(false));
        sc.insert("runAsUser".into(), json!(0));
    }
    if truthy(ctx.v("global.proxy.seccompProfile")) {
        sc.insert("seccompProfile".into(), ctx.v("global.proxy.seccompProfile").clone());
    }
    c.insert("securityContext".into(), Value::Object(sc));
    Value::Object(c)
}

pub(super) fn int_or_str(s: &str) -> Value {
    s.parse::<i64>().map(Value::from).unwrap_or_else(|_| json!(s))
}

pub(super) fn field_env(name: &str, path: &str) -> Value {
    json!({ "name": name, "valueFrom": { "fieldRef": { "fieldPath": path } } })
}

pub(super) fn resource_env(name: &str, resource: &str) -> Value {
    json!({ "name": name, "valueFrom": { "resourceFieldRef": { "divisor": "1", "resource": resource } } })
}

fn proxy_container(ctx: &PodCtx<'_>) -> Value {
    let tproxy = ctx.tproxy();
    let cap_bind = ctx.cap_net_bind();
    let status_port = ctx.status_port();
    let mut c = Map::new();
    c.insert("name".into(), json!(PROXY));
    c.insert("image".into(), json!(ctx.image("global.proxy.image")));
    if ctx.native {
        c.insert("restartPolicy".into(), json!("Always"));
    }
    c.insert(
        "ports".into(),
        json!([{ "containerPort": 15090, "protocol": "TCP", "name": "http-envoy-prom" }]),
    );
    let mut args = proxy_args(ctx, "sidecar");
    if truthy(ctx.v("global.proxy.outlierLogPath")) {
        args.push(format!("--outlierLogPath={}", ctx.vs("global.proxy.outlierLogPath")));
    }
    c.insert("args".into(), json!(args));
    if truthy(ctx.v("global.proxy.lifecycle")) {
        c.insert("lifecycle".into(), ctx.v("global.proxy.lifecycle").clone());
    } else if ctx.hold() {
        c.insert(
            "lifecycle".into(),
            json!({ "postStart": { "exec": { "command": ["pilot-agent", "wait"] } } }),
        );
    } else if ctx.native {
        c.insert(
            "lifecycle".into(),
            json!({ "preStop": { "exec": { "command": ["pilot-agent", "request", format!("--debug-port={status_port}"), "POST", "drain"] } } }),
        );
    }
    let pull = ctx.vs("global.imagePullPolicy");
    if !pull.is_empty() {
        c.insert("imagePullPolicy".into(), json!(pull));
    }
    if status_port != "0" {
        if truthy(ctx.v("global.proxy.startupProbe.enabled")) {
            c.insert(
                "startupProbe".into(),
                json!({
                    "httpGet": { "path": "/healthz/ready", "port": 15021 },
                    "periodSeconds": 1,
                    "timeoutSeconds": 3,
                    "failureThreshold": int_or_str(&ctx.vs("global.proxy.startupProbe.failureThreshold")),
                }),
            );
        }
        let mut rp = Map::new();
        rp.insert("httpGet".into(), json!({ "path": "/healthz/ready", "port": 15021 }));
        let delay =
            ctx.ann_or(a::READINESS_INITIAL_DELAY, ctx.v("global.proxy.readinessInitialDelaySeconds"));
        if !delay.is_empty() && delay != "0" {
            rp.insert("initialDelaySeconds".into(), int_or_str(&delay));
        }
        rp.insert(
            "periodSeconds".into(),
            int_or_str(&ctx.ann_or(a::READINESS_PERIOD, ctx.v("global.proxy.readinessPeriodSeconds"))),
        );
        rp.insert("timeoutSeconds".into(), json!(3));
        rp.insert(
            "failureThreshold".into(),
            int_or_str(
                &ctx.ann_or(a::READINESS_FAILURE_THRESHOLD, ctx.v("global.proxy.readinessFailureThreshold")),
            ),
        );
        c.insert("readinessProbe".into(), Value::Object(rp));
    }
    let privileged = truthy(ctx.v("global.proxy.privileged"));
    let sc = if ctx.metadata("IPTABLES_TRACE_LOGGING") == "true" {
        json!({
            "allowPrivilegeEscalation": true,
            "capabilities": { "add": ["NET_ADMIN"], "drop": ["ALL"] },
            "privileged": true,
            "readOnlyRootFilesystem": true,
            "runAsGroup": int_or_str(ctx.proxy_gid.as_deref().unwrap_or("1337")),
            "runAsNonRoot": false,
            "runAsUser": 0,
        })
    } else {
        let mut sc = Map::new();
        sc.insert("allowPrivilegeEscalation".into(), json!(privileged));
        let mut caps = Map::new();
        if tproxy || cap_bind {
            let mut add = Vec::new();
            if tproxy {
                add.push("NET_ADMIN");
            }
            if cap_bind {
                add.push("NET_BIND_SERVICE");
            }
            caps.insert("add".into(), json!(add));
        }
        caps.insert("drop".into(), json!(["ALL"]));
        sc.insert("capabilities".into(), Value::Object(caps));
        sc.insert("privileged".into(), json!(privileged));
        sc.insert("readOnlyRootFilesystem".into(), json!(true));
        if tproxy || cap_bind {
            sc.insert("runAsNonRoot".into(), json!(false));
            sc.insert("runAsUser".into(), json!(0));
            sc.insert("runAsGroup".into(), json!(1337));
        } else {
            sc.insert("runAsNonRoot".into(), json!(true));
            sc.insert("runAsUser".into(), int_or_str(ctx.proxy_uid.as_deref().unwrap_or("1337")));
            sc.insert("runAsGroup".into(), int_or_str(ctx.proxy_gid.as_deref().unwrap_or("1337")));
        }
        Value::Object(sc)
    };
    let mut sc = sc;
    if truthy(ctx.v("global.proxy.seccompProfile")) {
        sc["seccompProfile"] = ctx.v("global.proxy.seccompProfile").clone();
    }
    c.insert("securityContext".into(), sc);
    c.insert("resources".into(), resources(ctx));
    c.insert("volumeMounts".into(), Value::Array(volume_mounts(ctx)));
    Value::Object(c)
}

/// The proxy's env: the workload's entries between the three fixed runs, which `fixed(i, env)`
/// appends (as values or as a pre-rendered run's stand-in).
fn proxy_env_from(
    ctx: &PodCtx<'_>,
    apps: &[String],
    mut fixed: impl FnMut(usize, &mut Vec<Value>),
) -> Vec<Value> {
    let mut env = Vec::with_capacity(32);
    fixed(0, &mut env);
    env.push(json!({ "name": POD_PORTS_ENV, "value": pod_ports(&ctx.spec) }));
    env.push(json!({ "name": APP_CONTAINERS_ENV, "value": apps.join(",") }));
    fixed(1, &mut env);
    let workload = ctx.label("service.istio.io/workload-name").unwrap_or_else(|| ctx.workload_name.clone());
    if !workload.is_empty() {
        env.push(json!({ "name": WORKLOAD_NAME_ENV, "value": workload }));
    }
    if !ctx.api_version.is_empty() && !ctx.workload_name.is_empty() {
        let ns = if ctx.namespace.is_empty() { "default" } else { &ctx.namespace };
        env.push(json!({
            "name": OWNER_ENV,
            "value": format!("kubernetes://apis/{}/namespaces/{ns}/{}s/{}", ctx.api_version, ctx.kind.to_lowercase(), ctx.workload_name),
        }));
    }
    fixed(2, &mut env);
    env
}

/// The env entries that depend only on the settings and the pod's annotations (see [`Parts`]).
fn proxy_env_fixed(ctx: &PodCtx<'_>, proxy_config: &str) -> [Vec<Value>; 3] {
    let mut env = Vec::new();
    if go_str(&ctx.cfg.mesh["inboundTrafficPolicy"]["mode"]).eq_ignore_ascii_case("localhost") {
        env.push(json!({ "name": "REWRITE_PROBE_LEGACY_LOCALHOST_DESTINATION", "value": "true" }));
    }
    env.push(json!({ "name": "PILOT_CERT_PROVIDER", "value": ctx.vs("global.pilotCertProvider") }));
    let ca = ctx.vs("global.caAddress");
    let ca = if !ca.is_empty() {
        ca
    } else {
        let rev = ctx.vs("revision");
        let suffix = if rev.is_empty() { String::new() } else { format!("-{rev}") };
        format!("istiod{suffix}.{}.svc:15012", ctx.vs("global.istioNamespace"))
    };
    env.push(json!({ "name": "CA_ADDR", "value": ca }));
    env.push(field_env("POD_NAME", "metadata.name"));
    env.push(field_env("POD_NAMESPACE", "metadata.namespace"));
    env.push(field_env("INSTANCE_IP", "status.podIP"));
    env.push(field_env("SERVICE_ACCOUNT", "spec.serviceAccountName"));
    env.push(field_env("HOST_IP", "status.hostIP"));
    env.push(resource_env("ISTIO_CPU_LIMIT", "limits.cpu"));
    env.push(json!({ "name": "PROXY_CONFIG", "value": proxy_config }));
    let head = std::mem::take(&mut env);
    env.push(resource_env("GOMEMLIMIT", "limits.memory"));
    let cluster = ctx.vs("global.multiCluster.clusterName");
    env.push(json!({ "name": "ISTIO_META_CLUSTER_ID", "value": if cluster.is_empty() { "Kubernetes".to_string() } else { cluster } }));
    env.push(field_env("ISTIO_META_NODE_NAME", "spec.nodeName"));
    let mode = ctx.ann(a::INTERCEPTION_MODE).filter(|s| !s.is_empty()).unwrap_or_else(|| {
        let m = go_str(ctx.pc("interceptionMode"));
        if m.is_empty() { "REDIRECT".into() } else { m }
    });
    env.push(json!({ "name": "ISTIO_META_INTERCEPTION_MODE", "value": mode }));
    let mid = std::mem::take(&mut env);
    if ctx.annotations.contains_key(a::BOOTSTRAP_OVERRIDE) {
        env.push(json!({ "name": "ISTIO_BOOTSTRAP_OVERRIDE", "value": "/etc/istio/custom-bootstrap/custom_bootstrap.json" }));
    }
    mesh_identity_env(ctx, &mut env);
    if ctx.vs("global.proxy.tracer") == "datadog"
        && let Some(Value::Object(m)) =
            ctx.ann("apm.datadoghq.com/env").and_then(|s| serde_json::from_str(&s).ok())
    {
        let mut keys: Vec<&String> = m.keys().collect();
        keys.sort();
        for k in keys {
            env.push(json!({ "name": k, "value": go_str(&m[k]) }));
        }
    }
    if let Some(md) = ctx.proxy_config["proxyMetadata"].as_object() {
        let mut keys: Vec<&String> = md.keys().collect();
        keys.sort();
        for k in keys {
            env.push(json!({ "name": k, "value": go_str(&md[k]) }));
        }
    }
    // The network goes last, where upstream's cluster-info pass puts it.
    let network = ctx.vs("global.network");
    if !network.is_empty() {
        env.push(json!({ "name": "ISTIO_META_NETWORK", "value": network }));
    }
    [head, mid, env]
}

/// `ISTIO_META_POD_PORTS`: every container port as Go's JSON, one per line.
pub(super) fn pod_ports(spec: &Map<String, Value>) -> String {
    let mut out = String::from("[");
    let mut first = true;
    for c in containers(spec, "containers") {
        for p in c["ports"].as_array().map(Vec::as_slice).unwrap_or(&[]) {
            let mut m = Map::new();
            for key in ["name", "hostPort", "containerPort", "protocol", "hostIP"] {
                let v = &p[key];
                let empty = v.is_null() || v.as_str() == Some("") || v.as_i64() == Some(0);
                if !empty || key == "containerPort" {
                    m.insert(key.into(), if v.is_null() { json!(0) } else { v.clone() });
                }
            }
            out.push_str("\n    ");
            if !first {
                out.push(',');
            }
            out.push_str(&Value::Object(m).to_string());
            first = false;
        }
    }
    out.push_str("\n]");
    out
}

fn volume_mounts(ctx: &PodCtx<'_>) -> Vec<Value> {
    let mut m = vec![
        json!({ "name": "workload-socket", "mountPath": "/var/run/secrets/workload-spiffe-uds" }),
        json!({ "name": "credential-socket", "mountPath": "/var/run/secrets/credential-uds" }),
    ];
    if ctx.vs("global.caName") == "GkeWorkloadCertificate" {
        m.push(json!({ "name": "gke-workload-certificate", "mountPath": "/var/run/secrets/workload-spiffe-credentials", "readOnly": true }));
    } else {
        m.push(
            json!({ "name": "workload-certs", "mountPath": "/var/run/secrets/workload-spiffe-credentials" }),
        );
    }
    if ctx.vs("global.pilotCertProvider") == "istiod" {
        m.push(json!({ "mountPath": "/var/run/secrets/istio", "name": "istiod-ca-cert" }));
        m.push(json!({ "mountPath": "/var/run/secrets/istio/crl", "name": "istio-ca-crl" }));
    }
    agent_mounts(ctx, &mut m);
    m.extend(user_entries(ctx, a::USER_VOLUME_MOUNT));
    m.into_iter().map(sort_keys).collect()
}

/// The agent's data, bootstrap, Envoy, token, certificate and pod-info mounts, as the sidecar
/// and gateway templates mount them (in this order).
pub(super) fn agent_mounts(ctx: &PodCtx<'_>, m: &mut Vec<Value>) {
    m.push(json!({ "mountPath": "/var/lib/istio/data", "name": "istio-data" }));
    if ctx.annotations.contains_key(a::BOOTSTRAP_OVERRIDE) {
        m.push(json!({ "mountPath": "/etc/istio/custom-bootstrap", "name": "custom-bootstrap-volume" }));
    }
    m.push(json!({ "mountPath": "/etc/istio/proxy", "name": "istio-envoy" }));
    m.push(json!({ "mountPath": "/var/run/secrets/tokens", "name": "istio-token" }));
    if truthy(ctx.v("global.mountMtlsCerts")) {
        m.push(json!({ "mountPath": "/etc/certs/", "name": "istio-certs", "readOnly": true }));
    }
    m.push(json!({ "name": "istio-podinfo", "mountPath": "/etc/istio/pod" }));
}

/// The `userVolume`/`userVolumeMount` annotations: a JSON map of name → spec, in name order.
pub(super) fn user_entries(ctx: &PodCtx<'_>, key: &str) -> Vec<Value> {
    let Some(Value::Object(m)) = ctx.ann(key).and_then(|s| serde_json::from_str::<Value>(&s).ok()) else {
        return Vec::new();
    };
    let mut names: Vec<&String> = m.keys().collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let mut e = Map::new();
            e.insert("name".into(), json!(n));
            if let Value::Object(spec) = &m[n] {
                for (k, v) in spec {
                    e.insert(k.clone(), v.clone());
                }
            }
            Value::Object(e)
        })
        .collect()
}

fn volumes(ctx: &PodCtx<'_>) -> Vec<Value> {
    let mut v = vec![json!({ "name": "workload-socket" }), json!({ "name": "credential-socket" })];
    if ctx.vs("global.caName") == "GkeWorkloadCertificate" {
        v.push(json!({ "name": "gke-workload-certificate", "csi": { "driver": "workloadcertificates.security.cloud.google.com" } }));
    } else {
        v.push(json!({ "name": "workload-certs" }));
    }
    if let Some(cm) = ctx.ann(a::BOOTSTRAP_OVERRIDE) {
        v.push(json!({ "name": "custom-bootstrap-volume", "configMap": { "name": cm } }));
    }
    v.push(json!({ "emptyDir": { "medium": "Memory" }, "name": "istio-envoy" }));
    v.push(json!({ "name": "istio-data", "emptyDir": {} }));
    v.push(json!({ "name": "istio-podinfo", "downwardAPI": { "items": [
        { "path": "labels", "fieldRef": { "fieldPath": "metadata.labels" } },
        { "path": "annotations", "fieldRef": { "fieldPath": "metadata.annotations" } },
    ] } }));
    v.push(json!({ "name": "istio-token", "projected": { "sources": [
        { "serviceAccountToken": { "path": "istio-token", "expirationSeconds": 43200, "audience": ctx.vs("global.sds.token.aud") } },
    ] } }));
    if ctx.vs("global.pilotCertProvider") == "istiod" {
        let bundle = ctx.vs("global.trustBundleName");
        if ctx.v("pilot.env.ENABLE_CLUSTER_TRUST_BUNDLE_API") == &json!(true) {
            let name = if bundle.is_empty() { "root-cert".to_string() } else { bundle };
            v.push(json!({ "name": "istiod-ca-cert", "projected": { "sources": [
                { "clusterTrustBundle": { "name": format!("istio.io:istiod-ca:{name}"), "path": "root-cert.pem" } },
            ] } }));
        } else {
            let name = if bundle.is_empty() { "istio-ca-root-cert".to_string() } else { bundle };
            v.push(json!({ "name": "istiod-ca-cert", "configMap": { "name": name } }));
        }
    }
    let crl = ctx.vs("pilot.crlConfigMapName");
    v.push(json!({ "name": "istio-ca-crl", "configMap": { "name": if crl.is_empty() { "istio-ca-crl".to_string() } else { crl }, "optional": true } }));
    if truthy(ctx.v("global.mountMtlsCerts")) {
        let sa = ctx.spec.get("serviceAccountName").map(go_str).unwrap_or_default();
        let secret = if sa.is_empty() { "istio.default".to_string() } else { format!("istio.{sa}") };
        v.push(json!({ "name": "istio-certs", "secret": { "optional": true, "secretName": secret } }));
    }
    v.extend(user_entries(ctx, a::USER_VOLUME));
    v
}

/// The mesh identity every proxy carries: `ISTIO_META_MESH_ID` (the mesh ID, else the trust
/// domain) and `TRUST_DOMAIN` (the mesh config's, else the values').
pub(super) fn mesh_identity_env(ctx: &PodCtx<'_>, env: &mut Vec<Value>) {
    let trust = {
        let t = go_str(&ctx.cfg.mesh["trustDomain"]);
        if t.is_empty() { ctx.vs("global.trustDomain") } else { t }
    };
    let mesh_id = ctx.vs("global.meshID");
    if !mesh_id.is_empty() {
        env.push(json!({ "name": "ISTIO_META_MESH_ID", "value": mesh_id }));
    } else if !trust.is_empty() {
        env.push(json!({ "name": "ISTIO_META_MESH_ID", "value": trust }));
    }
    if !trust.is_empty() {
        env.push(json!({ "name": "TRUST_DOMAIN", "value": trust }));
    }
}

/// The proxy agent's arguments shared by every template (`mode` is `sidecar` or `router`).
pub(super) fn proxy_args(ctx: &PodCtx<'_>, mode: &str) -> Vec<String> {
    let mut args = vec![
        "proxy".to_string(),
        mode.into(),
        "--domain".into(),
        format!("$(POD_NAMESPACE).svc.{}", ctx.vs("global.proxy.clusterDomain")),
        format!("--proxyLogLevel={}", ctx.ann_or(a::LOG_LEVEL, ctx.v("global.proxy.logLevel"))),
        format!(
            "--proxyComponentLogLevel={}",
            ctx.ann_or(a::COMPONENT_LOG_LEVEL, ctx.v("global.proxy.componentLogLevel"))
        ),
        format!("--log_output_level={}", ctx.ann_or(a::AGENT_LOG_LEVEL, ctx.v("global.logging.level"))),
    ];
    if truthy(ctx.v("global.sts.servicePort")) {
        args.push(format!("--stsPort={}", ctx.vs("global.sts.servicePort")));
    }
    if truthy(ctx.v("global.logAsJson")) {
        args.push("--log_as_json".into());
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multus_lists() {
        assert_eq!(append_multus_network("", "default/istio-cni"), "default/istio-cni");
        assert_eq!(append_multus_network("alt_cni", "default/istio-cni"), "alt_cni, default/istio-cni");
        assert_eq!(
            append_multus_network(r#"[{"name": "alt_cni"}]"#, "default/istio-cni"),
            r#"[{"name": "alt_cni"}, {"name": "istio-cni", "namespace": "default"}]"#
        );
    }

    #[test]
    fn status_port_is_excluded_once() {
        assert_eq!(exclude_inbound_port("15020", ""), "15020");
        assert_eq!(exclude_inbound_port("15020", "4,5"), "4,5,15020");
        assert_eq!(exclude_inbound_port("15020", "15020"), "15020");
        assert_eq!(exclude_inbound_port("0", "4"), "4");
    }
}
