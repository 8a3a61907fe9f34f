//! Rendering messages: log lines for people, JSON/YAML objects for programs.

use serde_json::{Map, Value, json};

use super::messages::{Level, Message};
use crate::version::ISTIO_VERSION;

/// `https://istio.io/v<major.minor>/docs/reference/config/analysis/<code>/`.
pub fn documentation_url(code: &str) -> String {
    let minor: Vec<&str> = ISTIO_VERSION.split('.').take(2).collect();
    format!(
        "https://istio.io/v{}/docs/reference/config/analysis/{}/",
        minor.join("."),
        code.to_ascii_lowercase()
    )
}

/// The analysis reference page for the Istio release meshctl follows.
pub fn analysis_docs_url() -> String {
    let minor: Vec<&str> = ISTIO_VERSION.split('.').take(2).collect();
    format!("https://istio.io/v{}/docs/reference/config/analysis", minor.join("."))
}

/// `Level [CODE] (Kind ns/name file:line) text`, the level coloured when `color`.
pub fn log_line(m: &Message, color: bool) -> String {
    let level = m.level();
    let (start, end) = match (color, level) {
        (true, Level::Error) => ("\x1b[1;31m", "\x1b[0m"),
        (true, Level::Warning) => ("\x1b[33m", "\x1b[0m"),
        _ => ("", ""),
    };
    let origin = match &m.origin {
        Some(o) => match &o.reference {
            Some(r) => format!(" ({} {})", o.friendly(), r),
            None => format!(" ({})", o.friendly()),
        },
        None => String::new(),
    };
    format!("{start}{}{end} [{}]{origin} {}", level.as_str(), m.code, m.text())
}

/// The machine-readable form of one message (keys sorted, as istioctl emits them).
pub fn to_value(m: &Message) -> Value {
    let mut o = Map::new();
    o.insert("code".into(), m.code.into());
    o.insert("documentationUrl".into(), documentation_url(m.code).into());
    o.insert("level".into(), m.level().as_str().into());
    o.insert("message".into(), m.text().into());
    if let Some(origin) = &m.origin {
        o.insert("origin".into(), origin.friendly().into());
        if let Some(r) = &origin.reference {
            o.insert("reference".into(), r.clone().into());
        }
    }
    Value::Object(o)
}

/// All messages as one JSON/YAML list.
pub fn to_list(msgs: &[Message]) -> Value {
    Value::Array(msgs.iter().map(to_value).collect())
}

/// The SARIF level of a message level.
fn sarif_level(level: Level) -> &'static str {
    match level {
        Level::Error => "error",
        Level::Warning => "warning",
        Level::Info => "note",
    }
}

/// Splits a `<file>:<line>` reference; JSON files are referenced without a line.
fn split_reference(reference: &str) -> (&str, Option<u64>) {
    match reference.rsplit_once(':') {
        Some((file, line)) if !line.is_empty() && line.bytes().all(|b| b.is_ascii_digit()) => {
            (file, line.parse().ok())
        }
        _ => (reference, None),
    }
}

/// A file path as a URI reference: relative paths stay relative (to the directory meshctl ran
/// in), absolute ones become `file://` URIs; bytes outside the unreserved set are
/// percent-encoded.
fn path_uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len() + 8);
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The messages as a SARIF 2.1.0 log: one rule per catalog code (with its documentation URL,
/// in catalog order so rule indexes are stable), one result per message with its level, text,
/// resource and, when the message came from a file, the file and line.
pub fn to_sarif(msgs: &[Message]) -> Value {
    let catalog = super::messages::catalog();
    let rules: Vec<Value> = catalog
        .types
        .iter()
        .map(|t| {
            json!({
                "id": t.code,
                "name": t.name,
                "shortDescription": {"text": t.name},
                "helpUri": documentation_url(&t.code),
                "defaultConfiguration": {"level": sarif_level(t.level)},
            })
        })
        .collect();
    let results: Vec<Value> = msgs
        .iter()
        .map(|m| {
            let mut r = json!({
                "ruleId": m.code,
                "level": sarif_level(m.level()),
                "message": {"text": m.text()},
            });
            if let Some(i) = catalog.types.iter().position(|t| t.code == m.code) {
                r["ruleIndex"] = json!(i);
            }
            if let Some(o) = &m.origin {
                let mut location = json!({
                    "logicalLocations": [{"fullyQualifiedName": o.friendly(), "kind": "resource"}],
                });
                if let Some((file, line)) = o.reference.as_deref().map(split_reference)
                    && file != "-"
                {
                    let mut physical = json!({"artifactLocation": {"uri": path_uri(file)}});
                    if let Some(line) = line.filter(|&l| l > 0) {
                        physical["region"] = json!({"startLine": line});
                    }
                    location["physicalLocation"] = physical;
                }
                r["locations"] = json!([location]);
            }
            r
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "meshctl",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": analysis_docs_url(),
                "rules": rules,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_split_into_file_and_line() {
        assert_eq!(split_reference("a/b.yaml:14"), ("a/b.yaml", Some(14)));
        assert_eq!(split_reference("a/b.json"), ("a/b.json", None));
        assert_eq!(path_uri("dir with space/x.yaml"), "dir%20with%20space/x.yaml");
        assert_eq!(path_uri("/abs/x.yaml"), "file:///abs/x.yaml");
    }
}
