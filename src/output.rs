//! Writers for data (stdout) and for people (stderr).

use std::io::{IsTerminal, Write};

use serde_json::Value;

pub mod file;

/// Output formats for machine-readable data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Yaml,
    Json,
}

/// Serialises one value as YAML (keys kept in their order).
pub fn to_yaml(v: &Value) -> String {
    serde_saphyr::to_string(v).unwrap_or_default()
}

/// Serialises one value as pretty JSON.
pub fn to_json(v: &Value) -> String {
    serde_json::to_string_pretty(v).unwrap_or_default()
}

/// Writes bytes to stdout; a closed pipe becomes [`crate::error::BrokenPipe`].
pub fn write_stdout(bytes: &[u8]) -> Result<(), miette::Report> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|_| out.flush()).map_err(crate::error::stdout_error)
}

/// Writes text to stdout; a closed pipe is a clean exit (see [`crate::error::BrokenPipe`]).
pub fn print(text: impl AsRef<str>) -> Result<(), miette::Report> {
    write_stdout(text.as_ref().as_bytes())
}

/// Writes one line of a changing command's report (install, uninstall, tag) to stdout. A
/// closed or failing stdout ends the report, never the work: stopping halfway through an
/// uninstall because `| head -1` stopped reading would leave the cluster half changed
/// without a word. What is left of the report is dropped; errors still go to stderr.
pub fn report_line(line: impl AsRef<str>) {
    use std::sync::atomic::{AtomicBool, Ordering};
    static CLOSED: AtomicBool = AtomicBool::new(false);
    if CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    let written =
        out.write_all(line.as_ref().as_bytes()).and_then(|_| out.write_all(b"\n")).and_then(|_| out.flush());
    if written.is_err() {
        CLOSED.store(true, Ordering::Relaxed);
    }
}

/// Writes `v` to stdout in `format`, ending with a newline.
pub fn print_value(v: &Value, format: Format) -> Result<(), miette::Report> {
    let mut s = match format {
        Format::Yaml => to_yaml(v),
        Format::Json => to_json(v),
    };
    if !s.ends_with('\n') {
        s.push('\n');
    }
    write_stdout(s.as_bytes())
}

/// True when colour may be used on stderr.
pub fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}
