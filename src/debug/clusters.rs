//! `proxy-config cluster`: the clusters of a config dump, filtered, as a table or JSON/YAML.

use serde_json::Value;

use super::dump::{ConfigDump, DumpError, Section, field, istio_config_ref, list, str_at, subset_key};
use super::protojson::{Node, unpacked};
use super::tabwriter::Table;

/// `--fqdn`, `--port`, `--subset`, `--direction`: substring tests on the cluster name.
#[derive(Debug, Clone, Default)]
pub struct ClusterFilter {
    pub fqdn: String,
    pub port: u32,
    pub subset: String,
    pub direction: String,
}

impl ClusterFilter {
    pub fn matches(&self, name: &str) -> bool {
        (self.fqdn.is_empty() || name.contains(&self.fqdn))
            && (self.port == 0 || name.contains(&format!("|{}|", self.port)))
            && (self.subset.is_empty() || name.contains(&self.subset))
            && (self.direction.is_empty() || name.contains(&self.direction))
    }
}

/// Active dynamic clusters then static ones (warming clusters are not in effect yet), sorted.
pub fn clusters(dump: &ConfigDump) -> Result<Vec<&Value>, DumpError> {
    let section = dump.section(Section::Clusters)?;
    let mut out: Vec<&Value> = list(section, "dynamic_active_clusters")
        .iter()
        .chain(list(section, "static_clusters"))
        .filter_map(|c| field(c, "cluster"))
        .collect();
    if out.is_empty() {
        return Err(DumpError::Empty("clusters"));
    }
    out.sort_by_cached_key(|c| subset_key(str_at(c, &["name"])));
    Ok(out)
}

/// The summary table; `prefix` names each row (`cluster/`) as `proxy-config all` does.
pub fn summary(dump: &ConfigDump, filter: &ClusterFilter, all: bool) -> Result<String, DumpError> {
    let mut t = Table::new(5);
    let header = ["SERVICE FQDN", "PORT", "SUBSET", "DIRECTION", "TYPE", "DESTINATION RULE"];
    if all {
        t.row(std::iter::once("NAME").chain(header));
    } else {
        t.row(header);
    }
    for c in clusters(dump)? {
        let name = str_at(c, &["name"]);
        if !filter.matches(name) {
            continue;
        }
        let shown = if all { format!("cluster/{name}") } else { name.to_string() };
        let kind = if field(c, "cluster_type").is_some() {
            "STATIC"
        } else {
            non_empty(str_at(c, &["type"]), "STATIC")
        };
        let dr = istio_config_ref(field(c, "metadata"));
        let mut row: Vec<String> = Vec::with_capacity(7);
        if all {
            row.push(shown.clone());
        }
        if name.split('|').count() > 3 {
            let k = subset_key(name);
            row.extend([k.hostname, k.port.to_string(), non_empty(&k.subset, "-").to_string(), k.direction]);
        } else {
            row.extend([shown, "-".into(), "-".into(), "-".into()]);
        }
        row.extend([kind.to_string(), dr]);
        t.row(row);
    }
    Ok(t.finish())
}

/// The filtered clusters as upstream's JSON array (`-o json`); YAML is derived from it.
pub fn dump_nodes(dump: &ConfigDump, filter: &ClusterFilter) -> Result<Vec<Node>, DumpError> {
    Ok(clusters(dump)?
        .into_iter()
        .filter(|c| filter.matches(str_at(c, &["name"])))
        .map(|c| unpacked(c, "cluster"))
        .collect())
}

fn non_empty<'a>(s: &'a str, default: &'a str) -> &'a str {
    if s.is_empty() { default } else { s }
}
