//! An Envoy `/config_dump` (or a saved copy of one), read as JSON with type URLs.

use serde_json::Value;

use super::protojson::camel;

/// The sections of a config dump, by the type URL of their `configs[]` entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Bootstrap,
    Clusters,
    Listeners,
    Routes,
    Endpoints,
    Secrets,
    Ecds,
}

impl Section {
    pub fn type_url(self) -> &'static str {
        match self {
            Section::Bootstrap => "type.googleapis.com/envoy.admin.v3.BootstrapConfigDump",
            Section::Clusters => "type.googleapis.com/envoy.admin.v3.ClustersConfigDump",
            Section::Listeners => "type.googleapis.com/envoy.admin.v3.ListenersConfigDump",
            Section::Routes => "type.googleapis.com/envoy.admin.v3.RoutesConfigDump",
            Section::Endpoints => "type.googleapis.com/envoy.admin.v3.EndpointsConfigDump",
            Section::Secrets => "type.googleapis.com/envoy.admin.v3.SecretsConfigDump",
            Section::Ecds => "type.googleapis.com/envoy.admin.v3.EcdsConfigDump",
        }
    }
    fn what(self) -> &'static str {
        match self {
            Section::Bootstrap => "bootstrap",
            Section::Clusters => "clusters",
            Section::Listeners => "listeners",
            Section::Routes => "routes",
            Section::Endpoints => "endpoints",
            Section::Secrets => "secrets",
            Section::Ecds => "extension configs (ECDS)",
        }
    }
}

/// Why a dump cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DumpError {
    /// Not JSON at all (an empty file is not JSON either).
    NotJson(String),
    /// The dump lacks the section a view needs.
    MissingSection(Section),
    /// The section is there but holds nothing of the kind asked for.
    Empty(&'static str),
}

impl std::fmt::Display for DumpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DumpError::NotJson(e) => write!(f, "the Envoy config dump is not valid JSON: {e}"),
            DumpError::MissingSection(s) => {
                write!(
                    f,
                    "the config dump has no {} section (no configuration type {})",
                    s.what(),
                    s.type_url()
                )
            }
            DumpError::Empty(what) => write!(f, "no {what} found in the config dump"),
        }
    }
}

impl std::error::Error for DumpError {}

/// A parsed config dump.
#[derive(Debug, Clone)]
pub struct ConfigDump {
    pub raw: Value,
}

impl ConfigDump {
    pub fn parse(bytes: &[u8]) -> Result<Self, DumpError> {
        let raw: Value = serde_json::from_slice(bytes).map_err(|e| DumpError::NotJson(e.to_string()))?;
        if !raw.is_object() {
            return Err(DumpError::NotJson("expected a JSON object with `configs`".into()));
        }
        Ok(ConfigDump { raw })
    }

    /// Builds a dump from the `configs` entries alone (istiod answers with just those).
    pub fn from_configs(configs: Vec<Value>) -> Self {
        ConfigDump { raw: serde_json::json!({ "configs": configs }) }
    }

    fn configs(&self) -> impl Iterator<Item = &Value> {
        field(&self.raw, "configs").and_then(Value::as_array).into_iter().flatten()
    }

    /// The section of that type; the last one wins when a dump repeats it.
    pub fn section(&self, s: Section) -> Result<&Value, DumpError> {
        self.configs()
            .filter(|c| c.get("@type").and_then(Value::as_str) == Some(s.type_url()))
            .last()
            .ok_or(DumpError::MissingSection(s))
    }

    /// Every section of that type, in dump order (ECDS is split over several).
    pub fn sections(&self, s: Section) -> Vec<&Value> {
        self.configs().filter(|c| c.get("@type").and_then(Value::as_str) == Some(s.type_url())).collect()
    }
}

/// A field by its proto name, whether the JSON spells it snake_case or camelCase.
pub fn field<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    let m = v.as_object()?;
    m.get(name).or_else(|| if name.contains('_') { m.get(&camel(name)) } else { None })
}

/// A path of fields.
pub fn path<'a>(v: &'a Value, names: &[&str]) -> Option<&'a Value> {
    names.iter().try_fold(v, |cur, n| field(cur, n))
}

/// A string field, or "".
pub fn str_at<'a>(v: &'a Value, names: &[&str]) -> &'a str {
    path(v, names).and_then(Value::as_str).unwrap_or("")
}

/// A list field, or nothing.
pub fn list<'a>(v: &'a Value, name: &str) -> &'a [Value] {
    field(v, name).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

/// An unsigned number field (Envoy writes 64-bit numbers as strings), or 0.
pub fn u64_at(v: &Value, names: &[&str]) -> u64 {
    match path(v, names) {
        Some(Value::Number(n)) => n.as_u64().unwrap_or(0),
        Some(Value::String(s)) => s.parse().unwrap_or(0),
        _ => 0,
    }
}

/// `<name>.<namespace>` of the Istio object named by `metadata.filter_metadata.istio.config`
/// (`/apis/networking.istio.io/<v>/namespaces/<ns>/<kind>/<name>`); "" when absent,
/// `<unknown>` when it names something else.
pub fn istio_config_ref(metadata: Option<&Value>) -> String {
    let Some(config) = metadata.and_then(|m| path(m, &["filter_metadata", "istio", "config"])) else {
        return String::new();
    };
    let config = config.as_str().unwrap_or("");
    if config.starts_with("/apis/networking.istio.io/") {
        let pieces: Vec<&str> = config.split('/').collect();
        if pieces.len() != 8 {
            return String::new();
        }
        return format!("{}.{}", pieces[7], pieces[5]);
    }
    "<unknown>".into()
}

/// A socket address's text: `ip`, a pipe path, `envoy://<listener>/<id>` or `unknown`.
pub enum AddressText {
    Socket { ip: String, port: u64 },
    Pipe(String),
    Internal { listener: String, endpoint: String },
    Unknown,
}

pub fn address(a: Option<&Value>) -> AddressText {
    let Some(a) = a else { return AddressText::Unknown };
    if let Some(s) = field(a, "socket_address") {
        return AddressText::Socket {
            ip: str_at(s, &["address"]).to_string(),
            port: u64_at(s, &["port_value"]),
        };
    }
    if let Some(p) = field(a, "pipe") {
        return AddressText::Pipe(str_at(p, &["path"]).to_string());
    }
    if let Some(i) = field(a, "envoy_internal_address") {
        return AddressText::Internal {
            listener: str_at(i, &["server_listener_name"]).to_string(),
            endpoint: str_at(i, &["endpoint_id"]).to_string(),
        };
    }
    AddressText::Unknown
}

/// Sort key Istio derives from a cluster name `direction|port|subset|hostname`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct SubsetKey {
    pub hostname: String,
    pub subset: String,
    pub port: i64,
    pub direction: String,
}

/// Splits a cluster name. Names of three parts or fewer are all hostname; more than four
/// parts leave the hostname empty (as Istio's parser does).
pub fn subset_key(name: &str) -> SubsetKey {
    let parts: Vec<&str> = name.split('|').collect();
    if parts.len() <= 3 {
        return SubsetKey {
            hostname: name.to_string(),
            subset: String::new(),
            port: 0,
            direction: String::new(),
        };
    }
    SubsetKey {
        hostname: if parts.len() == 4 { parts[3].to_string() } else { String::new() },
        subset: parts[2].to_string(),
        port: parts[1].parse().unwrap_or(0),
        direction: parts[0].to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn the_last_section_wins_and_a_missing_one_is_named() {
        let d = ConfigDump::parse(
            br#"{"configs":[{"@type":"type.googleapis.com/envoy.admin.v3.RoutesConfigDump","n":1},
                           {"@type":"type.googleapis.com/envoy.admin.v3.RoutesConfigDump","n":2}]}"#,
        )
        .unwrap();
        assert_eq!(d.section(Section::Routes).unwrap()["n"], 2);
        let e = d.section(Section::Clusters).unwrap_err();
        assert!(e.to_string().contains("ClustersConfigDump"), "{e}");
        assert!(matches!(ConfigDump::parse(b""), Err(DumpError::NotJson(_))));
    }

    #[test]
    fn fields_are_found_in_either_spelling() {
        let v = json!({"portValue": 80, "cluster_name": "a"});
        assert_eq!(u64_at(&v, &["port_value"]), 80);
        assert_eq!(str_at(&v, &["cluster_name"]), "a");
    }

    #[test]
    fn istio_config_refs() {
        let m = json!({"filter_metadata": {"istio": {"config": "/apis/networking.istio.io/v1/namespaces/default/virtual-service/httpbin"}}});
        assert_eq!(istio_config_ref(Some(&m)), "httpbin.default");
        let m = json!({"filter_metadata": {"istio": {"config": "/other"}}});
        assert_eq!(istio_config_ref(Some(&m)), "<unknown>");
        assert_eq!(istio_config_ref(None), "");
    }

    #[test]
    fn subset_keys() {
        let k = subset_key("outbound|9080|v1|reviews.default.svc.cluster.local");
        assert_eq!(
            (k.hostname.as_str(), k.subset.as_str(), k.port, k.direction.as_str()),
            ("reviews.default.svc.cluster.local", "v1", 9080, "outbound")
        );
        assert_eq!(subset_key("agent").hostname, "agent");
        assert_eq!(subset_key("a|1|b|c|d").hostname, "");
    }
}
