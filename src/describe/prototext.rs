//! Istio API messages in protobuf text form, as upstream prints a fault injection or a TCP
//! match (Go's `String()` of the message): `delay:{percentage:{value:100} fixed_delay:{seconds:7}}`.
//!
//! Go deliberately varies the spaces of that form from build to build; this writes the compact
//! form with single spaces.

use serde_json::Value;

use crate::debug::protojson::snake;

/// The fields of a message given as Kubernetes JSON (camelCase).
pub fn message(v: &Value) -> String {
    let Some(m) = v.as_object() else { return String::new() };
    let mut parts = Vec::new();
    for (k, val) in m {
        let name = snake(k);
        match val {
            Value::Array(items) => parts.extend(items.iter().map(|i| field(&name, i))),
            Value::Null => {}
            _ => parts.push(field(&name, val)),
        }
    }
    parts.join(" ")
}

fn field(name: &str, v: &Value) -> String {
    match v {
        Value::Object(_) => format!("{name}:{{{}}}", message(v)),
        Value::String(text) => match duration(name, text) {
            Some(d) => format!("{name}:{{{d}}}"),
            None => format!("{name}:{}", serde_json::to_string(text).unwrap_or_default()),
        },
        other => format!("{name}:{other}"),
    }
}

/// `google.protobuf.Duration` fields arrive as `"7s"` / `"0.5s"`; in text form they are
/// messages of seconds and nanos.
fn duration(name: &str, text: &str) -> Option<String> {
    if !(name.ends_with("delay") || name.ends_with("timeout") || name.ends_with("interval")) {
        return None;
    }
    let num = text.strip_suffix('s')?;
    let (secs, frac) = num.split_once('.').unwrap_or((num, ""));
    let seconds: i64 = if secs.is_empty() { 0 } else { secs.parse().ok()? };
    let nanos: i64 = if frac.is_empty() { 0 } else { format!("{frac:0<9}").get(..9)?.parse().ok()? };
    Some(match (seconds, nanos) {
        (0, 0) => String::new(),
        (s, 0) => format!("seconds:{s}"),
        (0, n) => format!("nanos:{n}"),
        (s, n) => format!("seconds:{s} nanos:{n}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn faults_and_matches_in_text_form() {
        let fault = json!({"delay": {"percentage": {"value": 100}, "fixedDelay": "7s"}});
        assert_eq!(message(&fault), "delay:{percentage:{value:100} fixed_delay:{seconds:7}}");
        let abort = json!({"abort": {"httpStatus": 503, "percentage": {"value": 0.5}}});
        assert_eq!(message(&abort), "abort:{http_status:503 percentage:{value:0.5}}");
        let tcp = json!({"port": 27017, "gateways": ["a", "b"]});
        assert_eq!(message(&tcp), "port:27017 gateways:\"a\" gateways:\"b\"");
    }
}
