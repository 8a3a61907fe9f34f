//! Rendering messages: log lines for people, JSON/YAML objects for programs.

use serde_json::{Map, Value};

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
