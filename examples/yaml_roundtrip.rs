//! The identity baseline for `benches/inject.sh`: split a YAML stream into documents, parse
//! each with the same library and settings meshctl uses, and write it back out. Anything
//! `kube-inject` costs beyond this is the cost of injection itself.
//!
//! Usage: `yaml_roundtrip FILE > out.yaml`

use std::io::Write;

// The same allocator as the meshctl binary, so the comparison stays like for like.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: yaml_roundtrip FILE");
        return std::process::ExitCode::from(64);
    };
    let src = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot read `{path}`: {e}");
            return std::process::ExitCode::FAILURE;
        }
    };
    let mut out = String::with_capacity(src.len() + src.len() / 2);
    for doc in meshctl::resource::split_documents(&src) {
        match meshctl::resource::parse_doc(&doc) {
            Ok(Some(v)) => out.push_str(&meshctl::output::to_yaml(&v)),
            Ok(None) => continue,
            Err(e) => {
                eprintln!("{path}:{}:{}: {}", e.line, e.column, e.message);
                return std::process::ExitCode::FAILURE;
            }
        }
        out.push_str("---\n");
    }
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(out.as_bytes()).and_then(|_| stdout.flush()).is_err() {
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}
