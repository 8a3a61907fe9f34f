//! IST0130/IST0131: VirtualService rules and matches that earlier ones already cover.

use crate::analyze::messages::codes;
use crate::analyze::tree::{Map, Value};

use crate::analyze::Message;
use crate::analyze::snapshot::Resource;
use crate::analyze::util::{arr, s};

/// A match without its `name`, for comparison.
fn key(m: &Value) -> Value {
    let mut m = m.as_object().cloned().unwrap_or_default();
    m.remove("name");
    Value::Object(m)
}

/// True when `earlier` (an HTTP match) matches every request `later` matches: both are URI
/// prefixes with `earlier`'s a prefix of `later`'s, and `earlier`'s other conditions all
/// appear in `later`.
fn covers(earlier: &Value, later: &Value) -> bool {
    let (Some(a), Some(b)) = (earlier.as_object(), later.as_object()) else {
        return false;
    };
    let (Some(pa), Some(pb)) =
        (a.get("uri").and_then(|u| u["prefix"].as_str()), b.get("uri").and_then(|u| u["prefix"].as_str()))
    else {
        return false;
    };
    if !pb.starts_with(pa) {
        return false;
    }
    let rest = |m: &Map| -> Vec<(std::sync::Arc<str>, Value)> {
        m.iter()
            .filter(|(k, _)| &***k != "uri" && &***k != "name")
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect()
    };
    let rb = rest(b);
    rest(a).iter().all(|kv| rb.contains(kv))
}

fn rule_label(rule: &Value, i: usize) -> String {
    match s(&rule["name"]) {
        "" => format!("#{i}"),
        n => format!("{n:?}"),
    }
}

/// Checks the `http`, `tcp` and `tls` rule lists of a VirtualService.
pub fn unreachable_rules(vs: &Resource, out: &mut Vec<Message>) {
    for section in ["http", "tcp", "tls"] {
        let rules = arr(&vs.spec()[section]);
        let mut seen: Vec<(usize, Value)> = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            let matches = arr(&rule["match"]);
            let label = rule_label(rule, i);
            if matches.is_empty() {
                if i + 1 < rules.len() {
                    out.push(Message::new(
                        codes::VirtualServiceUnreachableRule,
                        vs,
                        &format!("spec.{section}.{i}"),
                        vec![label, "only the last rule can have no matches".into()],
                    ));
                }
                continue;
            }
            let mut duplicates = 0usize;
            for (j, m) in matches.iter().enumerate() {
                let k = key(m);
                let path = format!("spec.{section}.{i}.match.{j}");
                if let Some((prev, _)) = seen.iter().find(|(r, v)| *r < i && *v == k) {
                    duplicates += 1;
                    out.push(Message::new(
                        codes::VirtualServiceIneffectiveMatch,
                        vs,
                        &path,
                        vec![label.clone(), format!("{j}"), rule_label(&rules[*prev], *prev)],
                    ));
                } else if section == "http"
                    && let Some((prev, _)) = seen.iter().find(|(_, v)| covers(v, &k))
                {
                    {
                        out.push(Message::new(
                            codes::VirtualServiceIneffectiveMatch,
                            vs,
                            &path,
                            vec![label.clone(), format!("{j}"), rule_label(&rules[*prev], *prev)],
                        ));
                    }
                }
                seen.push((i, k));
            }
            if duplicates == matches.len() {
                out.push(Message::new(
                    codes::VirtualServiceUnreachableRule,
                    vs,
                    &format!("spec.{section}.{i}"),
                    vec![label, "all of its matches are used by earlier rules".into()],
                ));
            }
        }
    }
}
