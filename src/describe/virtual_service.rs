//! The VirtualService block: which of its routes send traffic to the Service (and the pod's
//! subsets), with their weights and match conditions.

use serde_json::Value;

use super::{Names, extend_fqdn, prototext, s};

/// What the VirtualService block needs to know about the destination side.
pub struct Target<'a> {
    /// `<svc>.<ns>.svc.cluster.local`.
    pub host: String,
    pub matching_subsets: &'a [String],
    pub other_subsets: &'a [String],
    /// The DestinationRule, if the proxy named one (for the "UNKNOWN subset" warning).
    pub dr: Option<&'a Value>,
}

impl Target<'_> {
    pub fn for_service(svc: &Value) -> String {
        extend_fqdn(&format!("{}.{}", s(&svc["metadata"]["name"]), s(&svc["metadata"]["namespace"])))
    }
}

/// A short host name is in the VirtualService's namespace; names with a dot, `*` and IP
/// addresses are taken as they are.
fn resolve(host: &str, namespace: &str) -> String {
    if host.is_empty() {
        return String::new();
    }
    if host == "*" || host.contains('.') || host.parse::<std::net::IpAddr>().is_ok() || namespace.is_empty() {
        return extend_fqdn(host);
    }
    extend_fqdn(&format!("{host}.{namespace}"))
}

/// Whether the HTTP route reaches the target, and the facts to print about it.
fn http_route(names: &Names, vs_ns: &str, route: &Value, t: &Target<'_>) -> (bool, Vec<String>) {
    let mut facts = Vec::new();
    let mut mismatch = Vec::new();
    let mut matched = false;
    for dest in route["route"].as_array().into_iter().flatten() {
        let host = s(&dest["destination"]["host"]);
        let subset = s(&dest["destination"]["subset"]);
        let weight = dest["weight"].as_i64().unwrap_or(0);
        if resolve(host, vs_ns) == t.host {
            if !subset.is_empty() {
                if t.other_subsets.iter().any(|x| x == subset) {
                    mismatch.push(format!(
                        "Route to non-matching subset {subset} for ({})",
                        render_matches(&route["match"])
                    ));
                    continue;
                }
                if !t.matching_subsets.iter().any(|x| x == subset) {
                    mismatch.push(match t.dr {
                        None => format!(
                            "Warning: Route to subset {subset} but NO DESTINATION RULE defining subsets!"
                        ),
                        Some(dr) => {
                            format!(
                                "Warning: Route to UNKNOWN subset {subset}; check DestinationRule {}",
                                names.of(dr)
                            )
                        }
                    });
                    continue;
                }
            }
            matched = true;
            if weight > 0 {
                let mut fact = format!("Route to host \"{host}\"");
                if !subset.is_empty() {
                    fact.push_str(&format!(" subset \"{subset}\""));
                }
                fact.push_str(&format!(" with weight {weight}%"));
                facts.push(fact);
            }
        } else if subset.is_empty() {
            facts.push(format!("Route to host \"{host}\" with weight {weight}%"));
        } else {
            facts.push(format!("Route to {host} with invalid config"));
        }
    }
    if matched {
        let mut conditions = Vec::new();
        if route["fault"].is_object() {
            conditions.push(format!("Fault injection {}", prototext::message(&route["fault"])));
        }
        conditions.extend(route["match"].as_array().into_iter().flatten().map(render_match));
        if !conditions.is_empty() {
            facts.push(conditions.join(", "));
        }
    } else {
        facts.extend(mismatch);
    }
    (matched, facts)
}

/// Whether the TCP route reaches the Service (subsets are not checked), and its matches.
fn tcp_route(vs_ns: &str, route: &Value, t: &Target<'_>) -> (bool, Vec<String>) {
    let matched = route["route"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|d| resolve(s(&d["destination"]["host"]), vs_ns) == t.host);
    let facts = if matched {
        route["match"].as_array().into_iter().flatten().map(prototext::message).collect()
    } else {
        Vec::new()
    };
    (matched, facts)
}

fn render_string_match(m: &Value) -> String {
    if let Some(x) = m["exact"].as_str() {
        return x.to_string();
    }
    if let Some(x) = m["prefix"].as_str() {
        return format!("{x}*");
    }
    prototext::message(m)
}

fn render_matches(matches: &Value) -> String {
    match matches.as_array() {
        Some(ms) if !ms.is_empty() => ms.iter().map(render_match).collect::<Vec<_>>().join(", "),
        _ => "everything".into(),
    }
}

/// `Match: /prefix* uncased when headers are k=v; …` (headers sorted: upstream's order is Go's
/// random map order).
fn render_match(m: &Value) -> String {
    let mut out = String::from("Match: ");
    if m["uri"].is_object() {
        out.push_str(&render_string_match(&m["uri"]));
        if m["ignoreUriCase"].as_bool() == Some(true) {
            out.push_str(" uncased");
        }
    }
    if let Some(headers) = m["headers"].as_object().filter(|h| !h.is_empty()) {
        let mut conds: Vec<String> =
            headers.iter().map(|(k, v)| format!("{k}={}", render_string_match(v))).collect();
        conds.sort();
        out.push_str(&format!(" when headers are {}", conds.join("; ")));
    }
    out.trim().to_string()
}

/// The block, indented by `indent` spaces.
pub fn render(names: &Names, indent: usize, vs: &Value, t: &Target<'_>) -> String {
    let l1 = " ".repeat(indent + 3);
    let l2 = " ".repeat(indent + 6);
    let mut out = format!("{}VirtualService: {}\n", " ".repeat(indent), names.of(vs));
    let vs_ns = s(&vs["metadata"]["namespace"]);
    let spec = &vs["spec"];
    let count = |k: &str| spec[k].as_array().map_or(0, Vec::len);
    let (http, tls, tcp) = (count("http"), count("tls"), count("tcp"));
    let mut matches = 0;
    let mut facts = 0;
    let mut mismatch = Vec::new();
    let routes = spec["http"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| http_route(names, vs_ns, r, t))
        .chain(spec["tcp"].as_array().into_iter().flatten().map(|r| tcp_route(vs_ns, r, t)));
    for (matched, new) in routes {
        if matched {
            matches += 1;
            for f in new {
                out.push_str(&format!("{l1}{f}\n"));
                facts += 1;
            }
        } else {
            mismatch.extend(new);
        }
    }
    if matches == 0 {
        if http > 0 {
            out.push_str(&format!(
                "{l1}WARNING: No destinations match pod subsets (checked {http} HTTP routes)\n"
            ));
        }
        if tcp > 0 {
            out.push_str(&format!(
                "{l1}WARNING: No destinations match pod subsets (checked {tcp} TCP routes)\n"
            ));
        }
        for m in mismatch {
            out.push_str(&format!("{l2}{m}\n"));
        }
        return out;
    }
    let possible = http + tls + tcp;
    if matches < possible {
        // Earlier routes may capture the traffic a later matching one names.
        out.push_str(&format!(
            "{l1}{} additional destination(s) that will not reach this pod\n",
            possible - matches
        ));
        if facts == 0 {
            for m in mismatch {
                out.push_str(&format!("{l2}{m}\n"));
            }
        }
        return out;
    }
    if facts == 0 {
        if http > 0 {
            out.push_str(&format!("{l1}{http} HTTP route(s)\n"));
        }
        if tcp > 0 {
            out.push_str(&format!("{l1}{tcp} TCP route(s)\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn names() -> Names {
        Names { namespace: "bookinfo".into() }
    }

    fn reviews_vs(routes: Value) -> Value {
        json!({"metadata": {"name": "reviews", "namespace": "bookinfo"}, "spec": {"hosts": ["reviews"], "http": routes}})
    }

    #[test]
    fn a_weighted_split_names_the_pods_subset_and_its_weight() {
        let vs = reviews_vs(json!([{"route": [
            {"destination": {"host": "reviews", "subset": "v1"}, "weight": 50},
            {"destination": {"host": "reviews", "subset": "v3"}, "weight": 50}]}]));
        let m = vec!["v1".to_string()];
        let o = vec!["v2".to_string(), "v3".to_string()];
        let t = Target {
            host: "reviews.bookinfo.svc.cluster.local".into(),
            matching_subsets: &m,
            other_subsets: &o,
            dr: None,
        };
        assert_eq!(
            render(&names(), 0, &vs, &t),
            "VirtualService: reviews\n   Route to host \"reviews\" subset \"v1\" with weight 50%\n"
        );
    }

    #[test]
    fn routes_to_other_subsets_only_are_a_warning() {
        // `Match:  when` has two spaces: upstream joins an absent URI and the headers that way.
        let vs = reviews_vs(json!([
            {"match": [{"headers": {"end-user": {"exact": "jason"}}}], "route": [{"destination": {"host": "reviews", "subset": "v2"}}]},
            {"route": [{"destination": {"host": "reviews", "subset": "v9"}}]}]));
        let m = vec!["v1".to_string()];
        let o = vec!["v2".to_string()];
        let dr = json!({"metadata": {"name": "reviews", "namespace": "bookinfo"}});
        let t = Target {
            host: "reviews.bookinfo.svc.cluster.local".into(),
            matching_subsets: &m,
            other_subsets: &o,
            dr: Some(&dr),
        };
        assert_eq!(
            render(&names(), 0, &vs, &t),
            "VirtualService: reviews\n   WARNING: No destinations match pod subsets (checked 2 HTTP routes)\n      Route to non-matching subset v2 for (Match:  when headers are end-user=jason)\n      Warning: Route to UNKNOWN subset v9; check DestinationRule reviews\n"
        );
    }

    #[test]
    fn a_catch_all_route_after_a_match_is_counted() {
        let vs = reviews_vs(json!([
            {"match": [{"uri": {"prefix": "/api"}, "ignoreUriCase": true}], "route": [{"destination": {"host": "reviews"}, "weight": 100}]},
            {"route": [{"destination": {"host": "ratings"}}]}]));
        let t = Target {
            host: "reviews.bookinfo.svc.cluster.local".into(),
            matching_subsets: &[],
            other_subsets: &[],
            dr: None,
        };
        assert_eq!(
            render(&names(), 3, &vs, &t),
            "   VirtualService: reviews\n      Route to host \"reviews\" with weight 100%\n      Match: /api* uncased\n      1 additional destination(s) that will not reach this pod\n"
        );
    }
}
