//! The other built-in templates, selected with `inject.istio.io/templates`: `gateway` (an Envoy
//! router in place of the user's `istio-proxy` container), `grpc-agent` (the agent without
//! Envoy, for proxyless gRPC) and `grpc-simple` (a bootstrap file only).

use serde_json::{Map, Value, json};

use super::annotations as a;
use super::context::PodCtx;
use super::gosem::{go_str, sort_keys, truthy};
use super::names::PROXY;
use super::template::{
    agent_mounts, field_env, int_or_str, pod_ports, resource_env, resources, user_entries,
};

fn canonical_labels(ctx: &PodCtx<'_>) -> Map<String, Value> {
    let mut labels = Map::new();
    let name = ctx
        .label("service.istio.io/canonical-name")
        .or_else(|| ctx.label("app.kubernetes.io/name"))
        .or_else(|| ctx.label("app"))
        .unwrap_or_else(|| ctx.workload_name.clone());
    labels.insert("service.istio.io/canonical-name".into(), json!(name));
    let rev = ctx
        .label("service.istio.io/canonical-revision")
        .or_else(|| ctx.label("app.kubernetes.io/version"))
        .or_else(|| ctx.label("version"))
        .unwrap_or_else(|| "latest".into());
    labels.insert("service.istio.io/canonical-revision".into(), json!(rev));
    labels
}

fn base_annotations(ctx: &PodCtx<'_>) -> Map<String, Value> {
    let mut ann = Map::new();
    ann.insert("istio.io/rev".into(), json!(crate::revision::name(&ctx.cfg.revision)));
    if let Some(first) = ctx.app_containers().first() {
        if !ctx.annotations.contains_key(a::DEFAULT_LOGS_CONTAINER) {
            ann.insert(a::DEFAULT_LOGS_CONTAINER.into(), json!(first));
        }
        if !ctx.annotations.contains_key(a::DEFAULT_CONTAINER) {
            ann.insert(a::DEFAULT_CONTAINER.into(), json!(first));
        }
    }
    ann
}

fn args(ctx: &PodCtx<'_>, mode: &str) -> Vec<String> {
    super::template::proxy_args(ctx, mode)
}

fn ca_addr(ctx: &PodCtx<'_>) -> String {
    let ca = ctx.vs("global.caAddress");
    if !ca.is_empty() {
        return ca;
    }
    let rev = ctx.vs("revision");
    let suffix = if rev.is_empty() { String::new() } else { format!("-{rev}") };
    format!("istiod{suffix}.{}.svc:15012", ctx.vs("global.istioNamespace"))
}

/// The env vars from `POD_NAME` to `HOST_IP`.
fn identity_env(env: &mut Vec<Value>) {
    env.push(field_env("POD_NAME", "metadata.name"));
    env.push(field_env("POD_NAMESPACE", "metadata.namespace"));
    env.push(field_env("INSTANCE_IP", "status.podIP"));
    env.push(field_env("SERVICE_ACCOUNT", "spec.serviceAccountName"));
    env.push(field_env("HOST_IP", "status.hostIP"));
}

/// Workload name, owner, mesh id, trust domain and proxy metadata.
fn tail_env(ctx: &PodCtx<'_>, env: &mut Vec<Value>, bootstrap: bool) {
    let network = ctx.vs("global.network");
    if !network.is_empty() {
        env.push(json!({ "name": "ISTIO_META_NETWORK", "value": network }));
    }
    if !ctx.workload_name.is_empty() {
        env.push(json!({ "name": "ISTIO_META_WORKLOAD_NAME", "value": ctx.workload_name }));
        if !ctx.api_version.is_empty() {
            let ns = if ctx.namespace.is_empty() { "default" } else { &ctx.namespace };
            env.push(json!({
                "name": "ISTIO_META_OWNER",
                "value": format!("kubernetes://apis/{}/namespaces/{ns}/{}s/{}", ctx.api_version, ctx.kind.to_lowercase(), ctx.workload_name),
            }));
        }
    }
    if bootstrap && ctx.annotations.contains_key(a::BOOTSTRAP_OVERRIDE) {
        env.push(json!({ "name": "ISTIO_BOOTSTRAP_OVERRIDE", "value": "/etc/istio/custom-bootstrap/custom_bootstrap.json" }));
    }
    super::template::mesh_identity_env(ctx, env);
    if let Some(md) = ctx.proxy_config["proxyMetadata"].as_object() {
        let mut keys: Vec<&String> = md.keys().collect();
        keys.sort();
        for k in keys {
            env.push(json!({ "name": k, "value": go_str(&md[k]) }));
        }
    }
}

fn cluster_id(ctx: &PodCtx<'_>) -> String {
    let c = ctx.vs("global.multiCluster.clusterName");
    if c.is_empty() { "Kubernetes".into() } else { c }
}

fn readiness(ctx: &PodCtx<'_>, port: u16, annotated: bool) -> Value {
    let get = |ann: &str, key: &str| {
        if annotated { ctx.ann_or(ann, ctx.v(key)) } else { ctx.vs(key) }
    };
    let mut rp = Map::new();
    rp.insert("httpGet".into(), json!({ "path": "/healthz/ready", "port": port }));
    let delay = get(a::READINESS_INITIAL_DELAY, "global.proxy.readinessInitialDelaySeconds");
    if !delay.is_empty() && delay != "0" {
        rp.insert("initialDelaySeconds".into(), int_or_str(&delay));
    }
    rp.insert(
        "periodSeconds".into(),
        int_or_str(&get(a::READINESS_PERIOD, "global.proxy.readinessPeriodSeconds")),
    );
    rp.insert("timeoutSeconds".into(), json!(3));
    rp.insert(
        "failureThreshold".into(),
        int_or_str(&get(a::READINESS_FAILURE_THRESHOLD, "global.proxy.readinessFailureThreshold")),
    );
    Value::Object(rp)
}

fn ca_cert_volume(ctx: &PodCtx<'_>) -> Option<Value> {
    if ctx.vs("global.pilotCertProvider") != "istiod" {
        return None;
    }
    let bundle = ctx.vs("global.trustBundleName");
    Some(if ctx.v("pilot.env.ENABLE_CLUSTER_TRUST_BUNDLE_API") == &json!(true) {
        let name = if bundle.is_empty() { "root-cert".to_string() } else { bundle };
        json!({ "name": "istiod-ca-cert", "projected": { "sources": [
            { "clusterTrustBundle": { "name": format!("istio.io:istiod-ca:{name}"), "path": "root-cert.pem" } },
        ] } })
    } else {
        let name = if bundle.is_empty() { "istio-ca-root-cert".to_string() } else { bundle };
        json!({ "name": "istiod-ca-cert", "configMap": { "name": name } })
    })
}

fn common_volumes(ctx: &PodCtx<'_>, v: &mut Vec<Value>, envoy_volume: &str) {
    if let Some(cm) = ctx.ann(a::BOOTSTRAP_OVERRIDE) {
        v.push(json!({ "name": "custom-bootstrap-volume", "configMap": { "name": cm } }));
    }
    v.push(json!({ "emptyDir": { "medium": "Memory" }, "name": envoy_volume }));
    v.push(json!({ "name": "istio-data", "emptyDir": {} }));
    v.push(json!({ "name": "istio-podinfo", "downwardAPI": { "items": [
        { "path": "labels", "fieldRef": { "fieldPath": "metadata.labels" } },
        { "path": "annotations", "fieldRef": { "fieldPath": "metadata.annotations" } },
    ] } }));
    v.push(json!({ "name": "istio-token", "projected": { "sources": [
        { "serviceAccountToken": { "path": "istio-token", "expirationSeconds": 43200, "audience": ctx.vs("global.sds.token.aud") } },
    ] } }));
    v.extend(ca_cert_volume(ctx));
    if truthy(ctx.v("global.mountMtlsCerts")) {
        let sa = ctx.spec.get("serviceAccountName").map(go_str).unwrap_or_default();
        let secret = if sa.is_empty() { "istio.default".to_string() } else { format!("istio.{sa}") };
        v.push(json!({ "name": "istio-certs", "secret": { "optional": true, "secretName": secret } }));
    }
}

fn image_pull_secrets(ctx: &PodCtx<'_>, spec: &mut Map<String, Value>) {
    if let Some(secrets) = ctx.v("global.imagePullSecrets").as_array().filter(|s| !s.is_empty()) {
        spec.insert(
            "imagePullSecrets".into(),
            Value::Array(secrets.iter().map(|s| json!({ "name": go_str(s) })).collect()),
        );
    }
}

fn certs_mount(ctx: &PodCtx<'_>) -> Value {
    if ctx.vs("global.caName") == "GkeWorkloadCertificate" {
        json!({ "name": "gke-workload-certificate", "mountPath": "/var/run/secrets/workload-spiffe-credentials", "readOnly": true })
    } else {
        json!({ "name": "workload-certs", "mountPath": "/var/run/secrets/workload-spiffe-credentials" })
    }
}

fn certs_volume(ctx: &PodCtx<'_>, empty_dir: bool) -> Value {
    if ctx.vs("global.caName") == "GkeWorkloadCertificate" {
        json!({ "name": "gke-workload-certificate", "csi": { "driver": "workloadcertificates.security.cloud.google.com" } })
    } else if empty_dir {
        json!({ "name": "workload-certs", "emptyDir": {} })
    } else {
        json!({ "name": "workload-certs" })
    }
}

/// The `gateway` template.
pub fn gateway(ctx: &PodCtx<'_>) -> Value {
    let apps = ctx.app_containers();
    let mut c = Map::new();
    c.insert("name".into(), json!(PROXY));
    c.insert("image".into(), json!(ctx.image("global.proxy.image")));
    c.insert(
        "ports".into(),
        json!([{ "containerPort": 15090, "protocol": "TCP", "name": "http-envoy-prom" }]),
    );
    c.insert("args".into(), json!(args(ctx, "router")));
    if truthy(ctx.v("global.proxy.lifecycle")) {
        c.insert("lifecycle".into(), ctx.v("global.proxy.lifecycle").clone());
    }
    c.insert(
        "securityContext".into(),
        json!({
            "runAsUser": int_or_str(ctx.proxy_uid.as_deref().unwrap_or("1337")),
            "runAsGroup": int_or_str(ctx.proxy_gid.as_deref().unwrap_or("1337")),
        }),
    );
    let mut env = vec![
        json!({ "name": "PILOT_CERT_PROVIDER", "value": ctx.vs("global.pilotCertProvider") }),
        json!({ "name": "CA_ADDR", "value": ca_addr(ctx) }),
    ];
    identity_env(&mut env);
    env.push(resource_env("ISTIO_CPU_LIMIT", "limits.cpu"));
    env.push(json!({ "name": "PROXY_CONFIG", "value": format!("{}\n", super::proxy_config_json(ctx.cfg, &ctx.proxy_config)) }));
    env.push(json!({ "name": "ISTIO_META_POD_PORTS", "value": pod_ports(&ctx.spec) }));
    env.push(resource_env("GOMEMLIMIT", "limits.memory"));
    env.push(json!({ "name": "ISTIO_META_APP_CONTAINERS", "value": apps.join(",") }));
    env.push(json!({ "name": "ISTIO_META_CLUSTER_ID", "value": cluster_id(ctx) }));
    env.push(field_env("ISTIO_META_NODE_NAME", "spec.nodeName"));
    let mode = go_str(ctx.pc("interceptionMode"));
    env.push(json!({ "name": "ISTIO_META_INTERCEPTION_MODE", "value": if mode.is_empty() { "REDIRECT".to_string() } else { mode } }));
    tail_env(ctx, &mut env, true);
    c.insert("env".into(), Value::Array(env));
    let pull = ctx.vs("global.imagePullPolicy");
    if !pull.is_empty() {
        c.insert("imagePullPolicy".into(), json!(pull));
    }
    c.insert("readinessProbe".into(), readiness(ctx, 15021, false));
    let mut mounts = vec![
        json!({ "name": "workload-socket", "mountPath": "/var/run/secrets/workload-spiffe-uds" }),
        json!({ "name": "credential-socket", "mountPath": "/var/run/secrets/credential-uds" }),
        certs_mount(ctx),
    ];
    if ctx.vs("global.pilotCertProvider") == "istiod" {
        mounts.push(json!({ "mountPath": "/var/run/secrets/istio", "name": "istiod-ca-cert" }));
    }
    agent_mounts(ctx, &mut mounts);
    c.insert("volumeMounts".into(), Value::Array(mounts));

    let mut volumes = vec![
        json!({ "name": "workload-socket" }),
        json!({ "name": "credential-socket", "emptyDir": {} }),
        certs_volume(ctx, true),
    ];
    common_volumes(ctx, &mut volumes, "istio-envoy");

    let mut spec = Map::new();
    let sc = ctx.v("gateways.securityContext");
    spec.insert(
        "securityContext".into(),
        if truthy(sc) {
            sc.clone()
        } else {
            json!({ "sysctls": [{ "name": "net.ipv4.ip_unprivileged_port_start", "value": "0" }] })
        },
    );
    spec.insert("containers".into(), json!([sort_keys(Value::Object(c))]));
    spec.insert("volumes".into(), Value::Array(volumes.into_iter().map(sort_keys).collect()));
    image_pull_secrets(ctx, &mut spec);
    json!({ "metadata": { "labels": canonical_labels(ctx), "annotations": base_annotations(ctx) }, "spec": spec })
}

const GRPC_BOOTSTRAP_SCRIPT: &str = r#"NODE_ID="sidecar~${INSTANCE_IP}~${POD_NAME}.${POD_NAMESPACE}~cluster.local"
SERVER_URI="dns:///istiod.${ISTIO_NAMESPACE}.svc:15010"
echo '
{
  "xds_servers": [
    {
      "server_uri": "'${SERVER_URI}'",
      "channel_creds": [{"type": "insecure"}],
      "server_features" : ["xds_v3"]
    }
  ],
  "node": {
    "id": "'${NODE_ID}'",
    "metadata": {
      "GENERATOR": "grpc"
    }
  }
}' > /var/lib/grpc/data/bootstrap.json"#;

/// The `grpc-simple` template.
pub fn grpc_simple(ctx: &PodCtx<'_>) -> Value {
    let init = json!({
        "name": "grpc-bootstrap-init",
        "image": "busybox:1.28",
        "volumeMounts": [{ "mountPath": "/var/lib/grpc/data/", "name": "grpc-io-proxyless-bootstrap" }],
        "env": [
            field_env("INSTANCE_IP", "status.podIP"),
            field_env("POD_NAME", "metadata.name"),
            field_env("POD_NAMESPACE", "metadata.namespace"),
            { "name": "ISTIO_NAMESPACE", "value": format!("{}\n", ctx.vs("global.istioNamespace")) },
        ],
        "command": ["sh", "-c", GRPC_BOOTSTRAP_SCRIPT],
    });
    let containers: Vec<Value> = super::podspec::containers(&ctx.spec, "containers")
        .iter()
        .map(|c| {
            json!({
                "name": c["name"],
                "env": [
                    { "name": "GRPC_XDS_BOOTSTRAP", "value": "/var/lib/grpc/data/bootstrap.json" },
                    { "name": "GRPC_GO_LOG_VERBOSITY_LEVEL", "value": "99" },
                    { "name": "GRPC_GO_LOG_SEVERITY_LEVEL", "value": "info" },
                ],
                "volumeMounts": [{ "mountPath": "/var/lib/grpc/data/", "name": "grpc-io-proxyless-bootstrap" }],
            })
        })
        .collect();
    json!({
        "metadata": { "annotations": { a::REWRITE_PROBES: "false" } },
        "spec": {
            "initContainers": [init],
            "containers": containers,
            "volumes": [{ "name": "grpc-io-proxyless-bootstrap", "emptyDir": {} }],
        },
    })
}

/// The `grpc-agent` template.
pub fn grpc_agent(ctx: &PodCtx<'_>) -> Value {
    let apps = ctx.app_containers();
    let mut c = Map::new();
    c.insert("name".into(), json!(PROXY));
    c.insert("image".into(), json!(ctx.image("global.proxy.image")));
    c.insert("ports".into(), json!([{ "containerPort": 15020, "protocol": "TCP", "name": "mesh-metrics" }]));
    c.insert("args".into(), json!(args(ctx, "sidecar")));
    c.insert(
        "lifecycle".into(),
        json!({ "postStart": { "exec": { "command": ["pilot-agent", "wait", "--url=http://localhost:15020/healthz/ready"] } } }),
    );
    let mut env = vec![
        json!({ "name": "ISTIO_META_GENERATOR", "value": "grpc" }),
        json!({ "name": "OUTPUT_CERTS", "value": "/var/lib/istio/data" }),
    ];
    if go_str(&ctx.cfg.mesh["inboundTrafficPolicy"]["mode"]).eq_ignore_ascii_case("localhost") {
        env.push(json!({ "name": "REWRITE_PROBE_LEGACY_LOCALHOST_DESTINATION", "value": "true" }));
    }
    env.push(json!({ "name": "PILOT_CERT_PROVIDER", "value": ctx.vs("global.pilotCertProvider") }));
    env.push(json!({ "name": "CA_ADDR", "value": ca_addr(ctx) }));
    identity_env(&mut env);
    env.push(json!({ "name": "PROXY_CONFIG", "value": format!("{}\n", super::proxy_config_json(ctx.cfg, &ctx.proxy_config)) }));
    env.push(json!({ "name": "ISTIO_META_POD_PORTS", "value": pod_ports(&ctx.spec) }));
    env.push(json!({ "name": "ISTIO_META_APP_CONTAINERS", "value": apps.join(",") }));
    env.push(json!({ "name": "ISTIO_META_CLUSTER_ID", "value": cluster_id(ctx) }));
    env.push(field_env("ISTIO_META_NODE_NAME", "spec.nodeName"));
    tail_env(ctx, &mut env, false);
    env.push(json!({ "name": "ISTIO_META_DNS_CAPTURE", "value": "false" }));
    env.push(json!({ "name": "DISABLE_ENVOY", "value": "true" }));
    c.insert("env".into(), Value::Array(env));
    let pull = ctx.vs("global.imagePullPolicy");
    if !pull.is_empty() {
        c.insert("imagePullPolicy".into(), json!(pull));
    }
    let mut mounts = Vec::new();
    if ctx.status_port() != "0" {
        c.insert("readinessProbe".into(), readiness(ctx, 15020, true));
        c.insert("resources".into(), resources(ctx));
        mounts
            .push(json!({ "name": "workload-socket", "mountPath": "/var/run/secrets/workload-spiffe-uds" }));
        mounts.push(certs_mount(ctx));
        if ctx.vs("global.pilotCertProvider") == "istiod" {
            mounts.push(json!({ "mountPath": "/var/run/secrets/istio", "name": "istiod-ca-cert" }));
        }
        mounts.push(json!({ "mountPath": "/var/lib/istio/data", "name": "istio-data" }));
        mounts.push(json!({ "mountPath": "/etc/istio/proxy", "name": "istio-xds" }));
        mounts.push(json!({ "mountPath": "/var/run/secrets/tokens", "name": "istio-token" }));
        if truthy(ctx.v("global.mountMtlsCerts")) {
            mounts.push(json!({ "mountPath": "/etc/certs/", "name": "istio-certs", "readOnly": true }));
        }
        mounts.push(json!({ "name": "istio-podinfo", "mountPath": "/etc/istio/pod" }));
    }
    mounts.extend(user_entries(ctx, a::USER_VOLUME_MOUNT));
    c.insert("volumeMounts".into(), Value::Array(mounts));
    let mut containers = vec![sort_keys(Value::Object(c))];
    for app in &apps {
        containers.push(json!({
            "name": app,
            "env": [
                { "name": "GRPC_XDS_EXPERIMENTAL_SECURITY_SUPPORT", "value": "true" },
                { "name": "GRPC_XDS_BOOTSTRAP", "value": "/etc/istio/proxy/grpc-bootstrap.json" },
            ],
            "volumeMounts": [
                { "mountPath": "/var/lib/istio/data", "name": "istio-data" },
                { "mountPath": "/etc/istio/proxy", "name": "istio-xds" },
                certs_mount(ctx),
            ],
        }));
    }
    let mut volumes = vec![json!({ "name": "workload-socket" }), certs_volume(ctx, false)];
    common_volumes(ctx, &mut volumes, "istio-xds");
    volumes.extend(user_entries(ctx, a::USER_VOLUME));
    let mut ann = base_annotations(ctx);
    ann.insert(a::REWRITE_PROBES.into(), json!("false"));
    let mut spec = Map::new();
    spec.insert("containers".into(), Value::Array(containers));
    spec.insert("volumes".into(), Value::Array(volumes.into_iter().map(sort_keys).collect()));
    image_pull_secrets(ctx, &mut spec);
    json!({ "metadata": { "labels": canonical_labels(ctx), "annotations": ann }, "spec": spec })
}
