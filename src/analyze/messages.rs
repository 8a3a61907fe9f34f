//! The message catalog (data in `messages.yaml`) and the messages analyzers produce.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

use super::snapshot::Resource;

/// How serious a message is. Ordered from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub enum Level {
    Info,
    Warning,
    Error,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Info => "Info",
            Level::Warning => "Warning",
            Level::Error => "Error",
        }
    }
    /// Parses a level name, case-insensitively.
    pub fn parse(s: &str) -> Option<Level> {
        match s.to_ascii_lowercase().as_str() {
            "info" => Some(Level::Info),
            "warning" | "warn" => Some(Level::Warning),
            "error" => Some(Level::Error),
            _ => None,
        }
    }
}

/// One catalog entry.
#[derive(Debug, Clone, Deserialize)]
pub struct MessageType {
    pub code: String,
    pub name: String,
    pub level: Level,
    pub template: String,
    #[serde(default)]
    pub args: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct CatalogFile {
    messages: Vec<MessageType>,
}

/// The catalog, embedded at build time.
pub struct Catalog {
    pub types: Vec<MessageType>,
    by_code: HashMap<String, usize>,
}

const CATALOG_YAML: &str = include_str!("messages.yaml");

/// The catalog, parsed once.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| {
        let types =
            serde_saphyr::from_str::<CatalogFile>(CATALOG_YAML).map(|f| f.messages).unwrap_or_default();
        let by_code = types.iter().enumerate().map(|(i, t)| (t.code.clone(), i)).collect();
        Catalog { types, by_code }
    })
}

impl Catalog {
    pub fn get(&self, code: &str) -> Option<&MessageType> {
        self.by_code.get(code).map(|&i| &self.types[i])
    }
}

/// The resource a message is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    pub kind: String,
    pub namespace: String,
    pub name: String,
    /// `<file>:<line>` when known.
    pub reference: Option<String>,
}

impl Origin {
    /// `Kind ns/name`, or `Kind name` without a namespace.
    pub fn friendly(&self) -> String {
        if self.namespace.is_empty() {
            format!("{} {}", self.kind, self.name)
        } else {
            format!("{} {}/{}", self.kind, self.namespace, self.name)
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Message {
    pub code: &'static str,
    pub args: Vec<String>,
    pub origin: Option<Origin>,
}

impl Message {
    /// A message about `res`, pointing at the field at `path` (dot-separated; "" for the
    /// document).
    /// A pod that stands in for a workload's pods names the workload and its template.
    pub fn new(code: &'static str, res: &Resource, path: &str, args: Vec<String>) -> Message {
        if let Some(w) = &res.stands_in_for {
            return Message {
                code,
                args,
                origin: Some(Origin {
                    kind: w.kind.clone(),
                    namespace: res.namespace.clone(),
                    name: w.name.clone(),
                    reference: w.source.reference(&format!("{}{path}", w.template_path)),
                }),
            };
        }
        Message {
            code,
            args,
            origin: Some(Origin {
                kind: res.kind.clone(),
                namespace: res.namespace.clone(),
                name: res.name.clone(),
                reference: res.reference(path),
            }),
        }
    }

    pub fn level(&self) -> Level {
        catalog().get(self.code).map(|t| t.level).unwrap_or(Level::Error)
    }

    /// The rendered text.
    pub fn text(&self) -> String {
        match catalog().get(self.code) {
            Some(t) => render(&t.template, &self.args),
            None => format!("unknown message {}: {}", self.code, self.args.join(", ")),
        }
    }
}

/// Fills a template: `{}` next argument, `{N}` argument N, `:q` quotes.
pub fn render(template: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut next = 0usize;
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let Some(end) = after.find('}') else {
            out.push_str(&rest[start..]);
            return out;
        };
        let spec = &after[..end];
        let (index, quote) = match spec.split_once(':') {
            Some((i, f)) => (i, f == "q"),
            None => (spec, false),
        };
        let i = if index.is_empty() {
            next += 1;
            next - 1
        } else {
            index.parse().unwrap_or(usize::MAX)
        };
        let arg = args.get(i).map(String::as_str).unwrap_or("");
        if quote {
            out.push_str(&quoted(arg));
        } else {
            out.push_str(arg);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

/// A double-quoted string with backslash escapes, like Go's `%q`.
pub fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A Go-style list rendering: `[a b c]`.
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    let parts: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    format!("[{}]", parts.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalog_loads_with_unique_codes() {
        let c = catalog();
        assert_eq!(c.types.len(), 68);
        assert_eq!(c.by_code.len(), 68);
        for t in &c.types {
            let holes = t.template.matches('{').count();
            assert!(holes >= t.args.len().min(1) || t.args.is_empty(), "{}", t.code);
        }
    }

    #[test]
    fn renders_templates() {
        assert_eq!(render("a {} b {:q} {0}", &["x".into(), "y".into()]), "a x b \"y\" x");
    }
}
