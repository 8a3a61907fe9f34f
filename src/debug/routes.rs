//! `proxy-config route`: one row per route of each virtual host.

use serde_json::Value;

use super::dump::istio_config_ref;
use super::dump::{ConfigDump, DumpError, Section, field, list, path, str_at};
use super::listeners::describe_match;
use super::protojson::{Node, unpacked};
use super::sort::go_sort_slice;
use super::tabwriter::Table;

/// `--name` (exact) and `--verbose`.
#[derive(Debug, Clone)]
pub struct RouteFilter {
    pub name: String,
    pub verbose: bool,
}

impl Default for RouteFilter {
    fn default() -> Self {
        RouteFilter { name: String::new(), verbose: true }
    }
}

/// Dynamic route configurations then static ones, in upstream's (numeric-name) order.
pub fn route_configs(dump: &ConfigDump) -> Result<Vec<&Value>, DumpError> {
    let section = dump.section(Section::Routes)?;
    let mut out: Vec<&Value> = list(section, "dynamic_route_configs")
        .iter()
        .chain(list(section, "static_route_configs"))
        .filter_map(|r| field(r, "route_config"))
        .collect();
    if out.is_empty() {
        return Err(DumpError::Empty("routes"));
    }
    // Upstream compares names as numbers and calls any other pair "not less", which in
    // practice keeps non-numeric names in dump order.
    go_sort_slice(&mut out, &|a: &&Value, b: &&Value| match (
        str_at(a, &["name"]).parse::<i64>(),
        str_at(b, &["name"]).parse::<i64>(),
    ) {
        (Ok(x), Ok(y)) => x < y,
        _ => false,
    });
    Ok(out)
}

fn is_passthrough(route: &Value) -> bool {
    path(route, &["route", "cluster"]).and_then(Value::as_str) == Some("PassthroughCluster")
}

/// The DOMAINS cell: one domain as is; otherwise those without a port, short forms preferred,
/// at most two and a count of the rest.
pub fn describe_domains(domains: &[&str]) -> String {
    match domains {
        [] => return String::new(),
        [one] => return one.to_string(),
        _ => {}
    }
    let without_port: Vec<&str> = domains
        .iter()
        .copied()
        .filter(|d| !d.contains(':') || (d.matches(':').count() > 2 && d.ends_with(']')))
        .collect();
    let kept: Vec<&str> = without_port
        .iter()
        .copied()
        .filter(|h| {
            let full = h.strip_suffix(".svc.cluster.local");
            let partial = h.strip_suffix(".svc");
            !(full.is_some_and(|s| without_port.contains(&s))
                || partial.is_some_and(|s| without_port.contains(&s)))
        })
        .collect();
    if kept.len() > 2 {
        return format!("{} + {} more...", kept[..2].join(", "), kept.len() - 2);
    }
    kept.join(", ")
}

pub fn summary(dump: &ConfigDump, filter: &RouteFilter, all: bool) -> Result<String, DumpError> {
    let mut t = Table::new(5);
    if filter.verbose {
        t.row(["NAME", "VHOST NAME", "DOMAINS", "MATCH", "VIRTUAL SERVICE"]);
    } else {
        t.row(["NAME", "VIRTUAL HOSTS"]);
    }
    for rc in route_configs(dump)? {
        let raw_name = str_at(rc, &["name"]);
        if !filter.name.is_empty() && filter.name != raw_name {
            continue;
        }
        let name = if all { format!("route/{raw_name}") } else { raw_name.to_string() };
        let vhosts = list(rc, "virtual_hosts");
        if !filter.verbose {
            t.row([name.clone(), vhosts.len().to_string()]);
            continue;
        }
        for vh in vhosts {
            let domains: Vec<&str> = list(vh, "domains").iter().filter_map(Value::as_str).collect();
            let domains = describe_domains(&domains);
            let vh_name = str_at(vh, &["name"]).to_string();
            let routes = list(vh, "routes");
            for r in routes.iter().filter(|r| !is_passthrough(r)) {
                t.row([
                    name.clone(),
                    vh_name.clone(),
                    domains.clone(),
                    describe_match(field(r, "match")),
                    istio_config_ref(field(r, "metadata")),
                ]);
            }
            if routes.is_empty() {
                t.row([name.clone(), vh_name.clone(), domains.clone(), "/*".into(), "404".into()]);
            }
        }
    }
    Ok(t.finish())
}

pub fn dump_nodes(dump: &ConfigDump, filter: &RouteFilter) -> Result<Vec<Node>, DumpError> {
    Ok(route_configs(dump)?
        .into_iter()
        .filter(|r| filter.name.is_empty() || filter.name == str_at(r, &["name"]))
        .map(|r| unpacked(r, "route_config"))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::describe_domains;

    #[test]
    fn domains() {
        assert_eq!(describe_domains(&[]), "");
        assert_eq!(describe_domains(&["a:80"]), "a:80");
        assert_eq!(
            describe_domains(&[
                "reviews.default.svc.cluster.local",
                "reviews",
                "reviews.default.svc",
                "reviews.default",
                "reviews:9080"
            ]),
            "reviews, reviews.default"
        );
        assert_eq!(describe_domains(&["a", "b", "c", "d"]), "a, b + 2 more...");
        assert_eq!(describe_domains(&["[fd00:10:96::7fc7]", "[fd00:10:96::7fc7]:80"]), "[fd00:10:96::7fc7]");
    }
}
