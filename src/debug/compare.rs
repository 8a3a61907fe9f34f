//! `proxy-status <pod>`: istiod's config for one proxy against the proxy's own config dump.

use serde_json::{Value, json};

use super::dump::{ConfigDump, Section, field, list, path, str_at};
use super::protojson::{jsonpb_indent, message};

const CONTEXT: usize = 7;

fn strip_times(entry: &Value) -> Value {
    let mut e = entry.clone();
    if let Value::Object(m) = &mut e {
        for k in ["version_info", "versionInfo", "last_updated", "lastUpdated"] {
            m.remove(k);
        }
    }
    e
}

/// Active dynamic clusters, by name, without versions and times.
fn clusters(d: &ConfigDump) -> Value {
    let mut cs: Vec<Value> = d
        .section(Section::Clusters)
        .map(|s| list(s, "dynamic_active_clusters").iter().map(strip_times).collect())
        .unwrap_or_default();
    cs.sort_by(|a, b| str_at(a, &["cluster", "name"]).cmp(str_at(b, &["cluster", "name"])));
    json!({ "dynamic_active_clusters": cs })
}

/// Active dynamic listeners (draining and warming states dropped), by name.
fn listeners(d: &ConfigDump) -> Value {
    let mut ls: Vec<Value> = d
        .section(Section::Listeners)
        .map(|s| {
            list(s, "dynamic_listeners")
                .iter()
                .filter_map(|l| path(l, &["active_state"]).map(|a| (str_at(l, &["name"]).to_string(), a)))
                .map(|(name, a)| json!({ "name": name, "active_state": strip_times(a) }))
                .collect()
        })
        .unwrap_or_default();
    ls.sort_by(|a, b| str_at(a, &["name"]).cmp(str_at(b, &["name"])));
    json!({ "dynamic_listeners": ls })
}

/// Dynamic route configurations by name, their virtual hosts by name.
fn routes(d: &ConfigDump) -> Value {
    let mut rs: Vec<Value> = d
        .section(Section::Routes)
        .map(|s| list(s, "dynamic_route_configs").iter().map(strip_times).collect())
        .unwrap_or_default();
    for r in &mut rs {
        let rc = if r.get("route_config").is_some() { "route_config" } else { "routeConfig" };
        if let Some(Value::Object(cfg)) = r.get_mut(rc) {
            let vk = if cfg.contains_key("virtual_hosts") { "virtual_hosts" } else { "virtualHosts" };
            if let Some(Value::Array(vhs)) = cfg.get_mut(vk) {
                vhs.sort_by(|a, b| str_at(a, &["name"]).cmp(str_at(b, &["name"])));
            }
        }
    }
    rs.sort_by(|a, b| str_at(a, &["route_config", "name"]).cmp(str_at(b, &["route_config", "name"])));
    json!({ "dynamic_route_configs": rs })
}

fn section_diff(out: &mut String, what: &str, istiod: &Value, envoy: &Value, suffix: &str) {
    let a = jsonpb_indent(&message(istiod, ""));
    let b = jsonpb_indent(&message(envoy, ""));
    if a == b {
        out.push_str(&format!("{what} Match{suffix}\n"));
        return;
    }
    out.push_str(&format!("{what} Don't Match\n"));
    let al: Vec<String> = a.lines().map(|l| format!("{l}\n")).collect();
    let bl: Vec<String> = b.lines().map(|l| format!("{l}\n")).collect();
    let ar: Vec<&str> = al.iter().map(String::as_str).collect();
    let br: Vec<&str> = bl.iter().map(String::as_str).collect();
    for line in
        difflib::unified_diff(&ar, &br, &format!("Istiod {what}"), &format!("Envoy {what}"), "", "", CONTEXT)
    {
        out.push_str(&line);
        if !line.ends_with('\n') {
            out.push('\n');
        }
    }
    out.push('\n');
}

/// The latest `last_updated` of Envoy's dynamic route configurations (RFC 3339), if any.
pub fn rds_last_loaded(envoy: &ConfigDump) -> Option<String> {
    let s = envoy.section(Section::Routes).ok()?;
    list(s, "dynamic_route_configs")
        .iter()
        .filter_map(|r| field(r, "last_updated").and_then(Value::as_str))
        .max()
        .map(str::to_string)
}

/// The three comparisons, as text. `loaded_at` renders Envoy's RDS time for the Routes line.
pub fn diff(istiod: &ConfigDump, envoy: &ConfigDump, loaded_at: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    section_diff(&mut out, "Clusters", &clusters(istiod), &clusters(envoy), "");
    section_diff(&mut out, "Listeners", &listeners(istiod), &listeners(envoy), "");
    let suffix = rds_last_loaded(envoy)
        .map(|t| format!(" (RDS last loaded at {})", loaded_at(&t)))
        .unwrap_or_default();
    section_diff(&mut out, "Routes", &routes(istiod), &routes(envoy), &suffix);
    out
}
