//! `proxy-config log --level`: parsing the level argument the way upstream accepts it.

/// Levels Envoy understands (`warn` is taken as `warning`).
pub const LEVELS: &[&str] = &["trace", "debug", "info", "warning", "error", "critical", "off"];

/// What to send to Envoy's `/logging`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LevelChange {
    /// `level=<l>` for every logger, sent first.
    pub global: Option<String>,
    /// `<logger>=<l>`, in the order given.
    pub loggers: Vec<(String, String)>,
}

fn level(s: &str) -> Result<String, String> {
    let l = if s == "warn" { "warning" } else { s };
    if LEVELS.contains(&l) {
        Ok(l.to_string())
    } else {
        Err(format!("unrecognized logging level `{s}` (use one of {})", LEVELS.join(", ")))
    }
}

/// Parses `--level`: comma-separated entries, each a level (for all loggers) or
/// `logger:level`/`logger=level` (an `ns::` prefix on the logger is ignored). A bare level
/// replaces whatever came before it. `known` is Envoy's logger list, used to reject typos.
pub fn parse_level(arg: &str, known: &str) -> Result<LevelChange, String> {
    let mut change = LevelChange::default();
    for entry in arg.split(',').filter(|e| !e.is_empty()) {
        let entry = entry.rfind("::").map(|i| &entry[i + 2..]).unwrap_or(entry);
        match entry.split_once([':', '=']) {
            Some((logger, lvl)) => {
                if logger.is_empty() || !known.contains(logger) {
                    return Err(format!("unrecognized logger name `{logger}`"));
                }
                let lvl = level(lvl)?;
                change.loggers.retain(|(l, _)| l != logger);
                change.loggers.push((logger.to_string(), lvl));
            }
            None => change = LevelChange { global: Some(level(entry)?), loggers: Vec::new() },
        }
    }
    Ok(change)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KNOWN: &str = "active loggers:\n  admin: warning\n  http: info\n  rbac: warning\n";

    #[test]
    fn levels_and_loggers() {
        let c = parse_level("debug,http:trace,envoy::rbac=warn", KNOWN).unwrap();
        assert_eq!(c.global.as_deref(), Some("debug"));
        assert_eq!(c.loggers, vec![("http".into(), "trace".into()), ("rbac".into(), "warning".into())]);
        let c = parse_level("http:trace,info", KNOWN).unwrap();
        assert_eq!(c, LevelChange { global: Some("info".into()), loggers: vec![] });
        assert!(parse_level("none", KNOWN).unwrap_err().contains("unrecognized logging level"));
        assert!(parse_level("nope:info", KNOWN).unwrap_err().contains("unrecognized logger name"));
    }
}
