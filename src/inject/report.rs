//! The per-object report written to stderr.

use std::fmt;

/// What happened to one object of the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Injected,
    /// It carried a previous injection, which was replaced.
    Reinjected,
    PassedThrough,
    /// Left without a sidecar, with the reason.
    Skipped(String),
}

/// One report line: `deployment "web" injected`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLine {
    /// Lower-case kind, e.g. `deployment`; empty for a document with no kind.
    pub kind: String,
    /// `name` or `namespace/name`.
    pub name: String,
    pub action: Action,
}

impl fmt::Display for ReportLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = if self.kind.is_empty() { "document".to_string() } else { self.kind.clone() };
        match &self.action {
            Action::Injected => write!(f, "{what} \"{}\" injected", self.name),
            Action::Reinjected => {
                write!(f, "{what} \"{}\" was already injected; its sidecar was replaced", self.name)
            }
            Action::PassedThrough => write!(f, "{what} \"{}\" passed through", self.name),
            Action::Skipped(why) => write!(f, "{what} \"{}\" skipped: {why}", self.name),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_read_well() {
        let l = ReportLine { kind: "deployment".into(), name: "web".into(), action: Action::Injected };
        assert_eq!(l.to_string(), "deployment \"web\" injected");
        let l = ReportLine { kind: "service".into(), name: "x".into(), action: Action::PassedThrough };
        assert_eq!(l.to_string(), "service \"x\" passed through");
    }
}
