//! The parse-only baseline for `benches/analyze.sh`: read the same files and directories
//! `meshctl analyze` reads, through the same input layer (directory walk, document split, YAML
//! parse, resource collection), and stop there. Anything `analyze` costs beyond this is the
//! cost of indexing and analysis.
//!
//! Usage: `analyze_parse_only FILE|DIR...`

use meshctl::analyze::SnapshotBuilder;
use meshctl::analyze::input::read_paths;

fn main() -> std::process::ExitCode {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: analyze_parse_only FILE|DIR...");
        return std::process::ExitCode::from(64);
    }
    // Not dropped, as `meshctl analyze` does not drop its snapshot: the process exits instead.
    let mut builder = std::mem::ManuallyDrop::new(SnapshotBuilder::new());
    let report = read_paths(&mut builder, &paths, true);
    println!(
        "{} files read, {} documents failed, {} files skipped",
        report.files.len(),
        report.errors.len(),
        report.skipped.len()
    );
    std::process::ExitCode::SUCCESS
}
