//! Label and field selectors.

use serde_json::Value;

use crate::status::ApiError;

#[derive(Debug, Clone, PartialEq)]
enum Op {
    Eq(String),
    NotEq(String),
    In(Vec<String>),
    NotIn(Vec<String>),
    Exists,
    NotExists,
}

/// A parsed label selector.
#[derive(Debug, Clone, Default)]
pub(crate) struct LabelSelector {
    reqs: Vec<(String, Op)>,
}

fn split_top_level(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '(' => {
                depth += 1;
                cur.push(c);
            }
            ')' => {
                depth -= 1;
                cur.push(c);
            }
            ',' if depth == 0 => out.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    out.push(cur);
    out
}

fn valid_key(k: &str) -> bool {
    !k.is_empty()
        && k.len() <= 317
        && k.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
}

fn valid_value(v: &str) -> bool {
    v.len() <= 63 && v.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

impl LabelSelector {
    pub fn parse(s: &str) -> Result<Self, ApiError> {
        let mut reqs = Vec::new();
        let bad = |r: &str| {
            ApiError::bad_request(format!(
                "unable to parse requirement: found '{r}', expected: valid label selector"
            ))
        };
        if s.trim().is_empty() {
            return Ok(LabelSelector { reqs });
        }
        for raw in split_top_level(s) {
            let r = raw.trim();
            if r.is_empty() {
                return Err(bad(r));
            }
            let (key, op) = if let Some(k) = r.strip_prefix('!') {
                (k.trim().to_string(), Op::NotExists)
            } else if let Some(idx) = r.find(" notin ") {
                (r[..idx].trim().to_string(), Op::NotIn(parse_set(&r[idx + 7..]).ok_or_else(|| bad(r))?))
            } else if let Some(idx) = r.find(" in ") {
                (r[..idx].trim().to_string(), Op::In(parse_set(&r[idx + 4..]).ok_or_else(|| bad(r))?))
            } else if let Some(idx) = r.find("!=") {
                (r[..idx].trim().to_string(), Op::NotEq(r[idx + 2..].trim().to_string()))
            } else if let Some(idx) = r.find("==") {
                (r[..idx].trim().to_string(), Op::Eq(r[idx + 2..].trim().to_string()))
            } else if let Some(idx) = r.find('=') {
                (r[..idx].trim().to_string(), Op::Eq(r[idx + 1..].trim().to_string()))
            } else {
                (r.to_string(), Op::Exists)
            };
            if !valid_key(&key) {
                return Err(bad(r));
            }
            let values_ok = match &op {
                Op::Eq(v) | Op::NotEq(v) => valid_value(v),
                Op::In(vs) | Op::NotIn(vs) => vs.iter().all(|v| valid_value(v)),
                _ => true,
            };
            if !values_ok {
                return Err(bad(r));
            }
            reqs.push((key, op));
        }
        Ok(LabelSelector { reqs })
    }

    pub fn is_empty(&self) -> bool {
        self.reqs.is_empty()
    }

    pub fn matches(&self, obj: &Value) -> bool {
        let labels = obj.pointer("/metadata/labels");
        let get = |k: &str| labels.and_then(|l| l.get(k)).and_then(Value::as_str);
        self.reqs.iter().all(|(k, op)| match op {
            Op::Eq(v) => get(k) == Some(v.as_str()),
            Op::NotEq(v) => get(k) != Some(v.as_str()),
            Op::In(vs) => get(k).is_some_and(|x| vs.iter().any(|v| v == x)),
            Op::NotIn(vs) => get(k).is_none_or(|x| !vs.iter().any(|v| v == x)),
            Op::Exists => get(k).is_some(),
            Op::NotExists => get(k).is_none(),
        })
    }
}

fn parse_set(s: &str) -> Option<Vec<String>> {
    let s = s.trim();
    let inner = s.strip_prefix('(')?.strip_suffix(')')?;
    Some(inner.split(',').map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect())
}

/// A parsed field selector (`=`, `==`, `!=` terms).
#[derive(Debug, Clone, Default)]
pub(crate) struct FieldSelector {
    reqs: Vec<(String, bool, String)>,
}

/// Fields each kind supports in field selectors (besides metadata.name/namespace).
fn kind_fields(kind: &str) -> &'static [&'static str] {
    match kind {
        "Pod" => &[
            "spec.nodeName",
            "spec.restartPolicy",
            "spec.schedulerName",
            "spec.serviceAccountName",
            "spec.hostNetwork",
            "status.phase",
            "status.podIP",
            "status.nominatedNodeName",
        ],
        "Event" => &[
            "involvedObject.kind",
            "involvedObject.namespace",
            "involvedObject.name",
            "involvedObject.uid",
            "involvedObject.apiVersion",
            "involvedObject.resourceVersion",
            "involvedObject.fieldPath",
            "reason",
            "reportingComponent",
            "source",
            "type",
        ],
        "Secret" => &["type"],
        "Namespace" => &["status.phase"],
        "Node" => &["spec.unschedulable"],
        "ReplicaSet" => &["status.replicas"],
        "Job" => &["status.successful"],
        _ => &[],
    }
}

impl FieldSelector {
    pub fn parse(s: &str, kind: &str) -> Result<Self, ApiError> {
        let mut reqs = Vec::new();
        if s.trim().is_empty() {
            return Ok(FieldSelector { reqs });
        }
        for raw in s.split(',') {
            let r = raw.trim();
            let (f, neg, v) = if let Some(i) = r.find("!=") {
                (&r[..i], true, &r[i + 2..])
            } else if let Some(i) = r.find("==") {
                (&r[..i], false, &r[i + 2..])
            } else if let Some(i) = r.find('=') {
                (&r[..i], false, &r[i + 1..])
            } else {
                return Err(ApiError::bad_request(format!(
                    "invalid selector: '{s}'; can't understand '{r}'"
                )));
            };
            let f = f.trim();
            if f != "metadata.name" && f != "metadata.namespace" && !kind_fields(kind).contains(&f) {
                return Err(ApiError::bad_request(format!("field label not supported: {f}")));
            }
            reqs.push((f.to_string(), neg, v.trim().to_string()));
        }
        Ok(FieldSelector { reqs })
    }

    pub fn is_empty(&self) -> bool {
        self.reqs.is_empty()
    }

    pub fn matches(&self, obj: &Value) -> bool {
        self.reqs.iter().all(|(f, neg, want)| {
            let mut cur = Some(obj);
            for part in f.split('.') {
                cur = cur.and_then(|c| c.get(part));
            }
            let actual = match cur {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Bool(b)) => b.to_string(),
                Some(Value::Number(n)) => n.to_string(),
                _ => String::new(),
            };
            (actual == *want) != *neg
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn label_selector_operators() {
        let o = json!({"metadata": {"labels": {"app": "web", "env": "prod"}}});
        for (sel, want) in [
            ("app=web", true),
            ("app==web,env=prod", true),
            ("app!=web", false),
            ("app in (api, web)", true),
            ("env notin (prod)", false),
            ("tier notin (x)", true),
            ("env", true),
            ("!env", false),
            ("!tier", true),
            ("", true),
        ] {
            assert_eq!(LabelSelector::parse(sel).unwrap().matches(&o), want, "{sel}");
        }
        assert!(LabelSelector::parse("app in web").is_err());
        assert!(LabelSelector::parse("a=b c").is_err());
    }

    #[test]
    fn field_selectors_are_per_kind() {
        let pod = json!({"metadata": {"name": "p", "namespace": "n"}, "status": {"phase": "Running"}});
        assert!(FieldSelector::parse("status.phase=Running", "Pod").unwrap().matches(&pod));
        assert!(!FieldSelector::parse("status.phase!=Running", "Pod").unwrap().matches(&pod));
        assert!(FieldSelector::parse("metadata.namespace==n,metadata.name=p", "Pod").unwrap().matches(&pod));
        assert!(FieldSelector::parse("status.phase=Running", "ConfigMap").is_err());
    }
}
