//! Throughput and added latency of `meshctl dashboard`'s port-forward, against a direct
//! connection to the same local HTTP server. Run: `cargo bench --bench tunnel`.
//! The tunnel runs through the in-process test API server (TLS + WebSocket), as in the tests.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use meshctl_testapi::{Options, TestApiServer};
use serde_json::json;

const BIG: usize = 32 * 1024 * 1024;

fn server() -> SocketAddr {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    let big = vec![b'x'; BIG];
    std::thread::spawn(move || {
        for conn in l.incoming().flatten() {
            let big = big.clone();
            std::thread::spawn(move || {
                let mut conn = conn;
                let _ = conn.set_nodelay(true);
                let mut reader = BufReader::new(conn.try_clone().unwrap());
                loop {
                    let mut first = String::new();
                    if reader.read_line(&mut first).unwrap_or(0) == 0 {
                        return;
                    }
                    let mut line = String::new();
                    while reader.read_line(&mut line).unwrap_or(0) > 2 {
                        line.clear();
                    }
                    let body: &[u8] = if first.contains("/big") { &big } else { b"ok" };
                    let mut resp =
                        format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", body.len()).into_bytes();
                    resp.extend_from_slice(body);
                    if conn.write_all(&resp).is_err() {
                        return;
                    }
                }
            });
        }
    });
    addr
}

fn request(conn: &mut TcpStream, reader: &mut BufReader<TcpStream>, path: &str) -> usize {
    write!(conn, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut len = 0;
    let mut line = String::new();
    loop {
        line.clear();
        reader.read_line(&mut line).unwrap();
        if let Some(v) = line.strip_prefix("Content-Length: ") {
            len = v.trim().parse().unwrap();
        }
        if line == "\r\n" {
            break;
        }
    }
    let mut body = vec![0u8; len];
    reader.read_exact(&mut body).unwrap();
    len
}

fn measure(addr: &str) -> (f64, f64) {
    // Throughput: 3 downloads of 32 MiB, best of three.
    let mut best = f64::MAX;
    for _ in 0..3 {
        let mut c = TcpStream::connect(addr).unwrap();
        let mut r = BufReader::new(c.try_clone().unwrap());
        let t = Instant::now();
        assert_eq!(request(&mut c, &mut r, "/big"), BIG);
        best = best.min(t.elapsed().as_secs_f64());
    }
    let mbps = BIG as f64 / 1e6 / best;
    // Latency: 200 small requests on one connection, median.
    let mut c = TcpStream::connect(addr).unwrap();
    c.set_nodelay(true).unwrap();
    let mut r = BufReader::new(c.try_clone().unwrap());
    let mut times: Vec<f64> = (0..200)
        .map(|_| {
            let t = Instant::now();
            request(&mut c, &mut r, "/small");
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (mbps, times[times.len() / 2])
}

fn main() {
    let bin = std::env::var("MESHCTL").unwrap_or_else(|_| "target/dist/meshctl".into());
    let target = server();
    let srv = TestApiServer::start_blocking(Options::default());
    srv.put_object(json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "istio-system"}}));
    srv.put_object(json!({
        "apiVersion": "v1", "kind": "Pod",
        "metadata": {"name": "kiali-1", "namespace": "istio-system", "labels": {"app": "kiali"}},
        "spec": {"containers": [{"name": "kiali", "image": "kiali"}]},
        "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]}
    }));
    srv.set_pod_port_target("istio-system", "kiali-1", 20001, target);
    let mut child = Command::new(&bin)
        .arg("--kubeconfig")
        .arg(srv.kubeconfig_path())
        .args(["dashboard", "kiali", "--browser=false", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("build the dist binary first: cargo build --profile dist");
    let mut url = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut url).unwrap();
    let port = url.trim().trim_start_matches("http://localhost:").split('/').next().unwrap().to_string();
    std::thread::sleep(Duration::from_millis(200));
    let (d_mbps, d_lat) = measure(&target.to_string());
    let (t_mbps, t_lat) = measure(&format!("127.0.0.1:{port}"));
    println!("direct:  {d_mbps:8.1} MB/s, median request latency {d_lat:8.1} µs");
    println!("tunnel:  {t_mbps:8.1} MB/s, median request latency {t_lat:8.1} µs");
    println!(
        "tunnel/direct throughput {:.3}; added latency per request {:.1} µs",
        t_mbps / d_mbps,
        t_lat - d_lat
    );
    let _ = child.kill();
    let _ = child.wait();
}
