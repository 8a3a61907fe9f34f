//! `proxy-config bootstrap`: the bootstrap config, or (`-o short`) the versions in it.

use serde_json::Value;

use super::dump::{ConfigDump, DumpError, Section, field, path, u64_at};
use super::protojson::{Node, unpacked};
use super::tabwriter::Table;

/// The BootstrapConfigDump as upstream marshals it (jsonpb).
pub fn dump_node(dump: &ConfigDump) -> Result<Node, DumpError> {
    Ok(unpacked(dump.section(Section::Bootstrap)?, ""))
}

/// `Istio Version`, `Istio Proxy Version`, `Envoy Version` (padding-1 table).
pub fn summary(dump: &ConfigDump) -> Result<String, DumpError> {
    let section = dump.section(Section::Bootstrap)?;
    let empty = Value::Null;
    let node = path(section, &["bootstrap", "node"]).unwrap_or(&empty);
    let meta = field(node, "metadata").unwrap_or(&empty);
    let istio = meta.get("ISTIO_VERSION").and_then(Value::as_str).unwrap_or("");
    let sha = meta.get("ISTIO_PROXY_SHA").and_then(Value::as_str).unwrap_or("");
    let proxy = sha.split_once(':').map(|(_, r)| r).unwrap_or(sha);
    let build = field(node, "user_agent_build_version").unwrap_or(&empty);
    let v = field(build, "version").unwrap_or(&empty);
    let mut envoy = format!(
        "{}.{}.{}",
        u64_at(v, &["major_number"]),
        u64_at(v, &["minor_number"]),
        u64_at(v, &["patch"])
    );
    let bmeta = field(build, "metadata").unwrap_or(&empty);
    let m = |k: &str| bmeta.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    if !m("build.label").is_empty() {
        envoy.push_str(&format!("-{}", m("build.label")));
    }
    for k in ["revision.status", "build.type", "ssl.version"] {
        if !m(k).is_empty() {
            envoy.push_str(&format!("/{}", m(k)));
        }
    }
    let mut t = Table::new(1);
    if !istio.is_empty() {
        t.row(["Istio Version:", istio]);
    }
    if !proxy.is_empty() {
        t.row(["Istio Proxy Version:", proxy]);
    }
    t.row(["Envoy Version:", envoy.as_str()]);
    Ok(t.finish())
}
