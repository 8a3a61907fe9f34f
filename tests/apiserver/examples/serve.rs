//! Long-running test API server for scripts (e.g. `benches/install.sh`).
//!
//! Starts a server, prints its kubeconfig path on stdout (one line), and runs until stdin
//! closes. Run with `cargo run -p meshctl-testapi --example serve`.

use std::io::{BufRead, Write};

fn main() {
    let srv = meshctl_testapi::TestApiServer::start_blocking(meshctl_testapi::Options::default());
    {
        let mut out = std::io::stdout().lock();
        writeln!(out, "{}", srv.kubeconfig_path().display()).expect("write stdout");
        out.flush().expect("flush stdout");
    }
    // Block until stdin reaches EOF (the parent closed its end or exited).
    let stdin = std::io::stdin();
    let mut line = String::new();
    while stdin.lock().read_line(&mut line).map(|n| n > 0).unwrap_or(false) {
        line.clear();
    }
    drop(srv);
}
