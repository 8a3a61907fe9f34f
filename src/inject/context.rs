//! What every template reads about one pod ([`PodCtx`]): the settings, the pod's labels,
//! annotations and spec with any previous injection stripped, its proxy config, and the
//! derived choices (interception mode, status port, images) the templates share.

use serde_json::{Map, Value};

use super::InjectConfig;
use super::annotations as a;
use super::gosem::{go_str, truthy};
use super::names::PROXY;
use super::podspec::containers;

/// What the template needs to know about one pod.
pub struct PodCtx<'a> {
    pub cfg: &'a InjectConfig,
    pub kind: String,
    pub api_version: String,
    /// The owning workload's name and namespace (the Deployment's, or the Pod's own).
    pub workload_name: String,
    pub namespace: String,
    pub labels: Map<String, Value>,
    pub annotations: Map<String, Value>,
    /// The pod spec with any previous injection removed (borrowed when there was none).
    pub spec: std::borrow::Cow<'a, Map<String, Value>>,
    /// The mesh's default proxy config with `proxy.istio.io/config` applied.
    pub proxy_config: Value,
    pub native: bool,
    pub proxy_uid: Option<String>,
    pub proxy_gid: Option<String>,
}

impl PodCtx<'_> {
    pub fn ann(&self, key: &str) -> Option<String> {
        self.annotations.get(key).map(go_str)
    }
    /// The annotation if present, else the default (upstream's `annotation` template function).
    pub fn ann_or(&self, key: &str, default: &Value) -> String {
        self.ann(key).unwrap_or_else(|| go_str(default))
    }
    pub(super) fn label(&self, key: &str) -> Option<String> {
        self.labels.get(key).map(go_str).filter(|s| !s.is_empty())
    }
    pub fn v(&self, path: &str) -> &Value {
        self.cfg.value(path)
    }
    pub fn vs(&self, path: &str) -> String {
        go_str(self.v(path))
    }
    pub(super) fn pc(&self, key: &str) -> &Value {
        &self.proxy_config[key]
    }
    pub(super) fn metadata(&self, key: &str) -> String {
        go_str(&self.proxy_config["proxyMetadata"][key])
    }
    pub fn interception_mode(&self) -> String {
        let d = match self.pc("interceptionMode") {
            Value::Null => Value::String("REDIRECT".into()),
            v => v.clone(),
        };
        self.ann_or(a::INTERCEPTION_MODE, &d)
    }
    pub fn tproxy(&self) -> bool {
        self.interception_mode() == "TPROXY"
    }
    pub(super) fn cap_net_bind(&self) -> bool {
        self.ann_or(a::CAP_NET_BIND_SERVICE, self.v("global.proxy.capNetBindService")) == "true"
    }
    pub fn cni(&self) -> bool {
        truthy(self.v("pilot.cni.enabled"))
    }
    pub fn status_port(&self) -> String {
        self.ann_or(a::STATUS_PORT, self.v("global.proxy.statusPort"))
    }
    pub fn hold(&self) -> bool {
        (truthy(self.pc("holdApplicationUntilProxyStarts"))
            || truthy(self.v("global.proxy.holdApplicationUntilProxyStarts")))
            && !self.native
    }
    /// Names of the containers that are not the proxy, in order.
    pub fn app_containers(&self) -> Vec<String> {
        containers(&self.spec, "containers")
            .iter()
            .filter_map(|c| c["name"].as_str())
            .filter(|n| *n != PROXY)
            .map(str::to_string)
            .collect()
    }
    pub(super) fn image(&self, values_key: &str) -> String {
        let configured = self.ann_or(a::PROXY_IMAGE, self.v(values_key));
        if configured.contains('/') {
            return configured;
        }
        let image = self.vs(values_key);
        let image = if image.is_empty() { "proxyv2".to_string() } else { image };
        let hub = self.vs("global.hub");
        let tag = self.vs("global.tag");
        let variant = self.ann(a::PROXY_IMAGE_TYPE).unwrap_or_else(|| self.vs("global.variant"));
        image_url(&hub, &image, &tag, &variant)
    }
}

/// `<hub>/<image>:<tag>[-<variant>]`, the variant omitted for `default` or empty.
pub fn image_url(hub: &str, image: &str, tag: &str, variant: &str) -> String {
    if image.contains('/') {
        return image.to_string();
    }
    let tag = if variant.is_empty() || variant == "default" || tag.ends_with(&format!("-{variant}")) {
        tag.to_string()
    } else {
        format!("{tag}-{variant}")
    };
    format!("{hub}/{image}:{tag}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_urls() {
        assert_eq!(image_url("h", "proxyv2", "1.0", ""), "h/proxyv2:1.0");
        assert_eq!(image_url("h", "proxyv2", "1.0", "distroless"), "h/proxyv2:1.0-distroless");
        assert_eq!(image_url("h", "docker.io/x:y", "1.0", ""), "docker.io/x:y");
    }
}
