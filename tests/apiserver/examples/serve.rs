//! Long-running test API server for scripts (e.g. `benches/install.sh`).
//!
//! Starts a server, prints its kubeconfig path on stdout (one line), and runs until stdin
//! closes. Run with `cargo run -p meshctl-testapi --example serve`.

fn main() {
    let srv = meshctl_testapi::TestApiServer::start_blocking(meshctl_testapi::Options::default());
    srv.serve_until_stdin_closes();
}
