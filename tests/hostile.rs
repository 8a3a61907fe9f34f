//! The hostile-input corpus: inputs an attacker or a careless user would give. Each case
//! asserts the exit code, the first line of the message, that no input file changed, and a
//! generous bound on time and peak memory (measured here, to catch unboundedness, not speed).
//! Big inputs are generated, never committed.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const DEPLOYMENT: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: app\n        image: nginx\n";

fn pod(annotations: &str, spec: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: {{{annotations}}}\nspec:\n{spec}"
    )
}

const APP: &str = "  containers:\n  - name: app\n    image: x\n";

/// One hostile input and what meshctl must do with it.
struct Case {
    name: &'static str,
    args: Vec<String>,
    files: Vec<(&'static str, Vec<u8>)>,
    env: Vec<(&'static str, String)>,
    stdin: Option<Vec<u8>>,
    code: i32,
    /// Words the first line of stderr must contain (empty: stderr may be anything).
    first_line: &'static str,
    /// Words stdout must contain, and must not.
    stdout_has: &'static str,
    stdout_lacks: &'static str,
    max_secs: u64,
    max_mib: u64,
}

fn case(name: &'static str, args: &[&str], code: i32, first_line: &'static str) -> Case {
    Case {
        name,
        args: args.iter().map(|s| s.to_string()).collect(),
        files: Vec::new(),
        env: Vec::new(),
        stdin: None,
        code,
        first_line,
        stdout_has: "",
        stdout_lacks: "",
        max_secs: 30,
        max_mib: 512,
    }
}

impl Case {
    fn file(mut self, name: &'static str, text: impl Into<Vec<u8>>) -> Self {
        self.files.push((name, text.into()));
        self
    }
    fn env(mut self, k: &'static str, v: impl Into<String>) -> Self {
        self.env.push((k, v.into()));
        self
    }
    fn stdin(mut self, text: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(text.into());
        self
    }
    fn max_secs(mut self, secs: u64) -> Self {
        self.max_secs = secs;
        self
    }
    fn stdout(mut self, has: &'static str, lacks: &'static str) -> Self {
        self.stdout_has = has;
        self.stdout_lacks = lacks;
        self
    }
}

/// What a run did, measured from outside.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
    secs: f64,
    peak_mib: u64,
}

/// Runs meshctl in `dir` with a clean environment, killing it after `limit`; the peak
/// resident memory is sampled from `/proc` while it runs.
fn run_meshctl(
    dir: &Path,
    args: &[String],
    env: &[(&str, String)],
    stdin: Option<&[u8]>,
    limit: Duration,
) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_meshctl"));
    cmd.current_dir(dir)
        .args(args)
        .env_remove("KUBECONFIG")
        .env("HOME", dir.join("home"))
        .env("NO_COLOR", "1")
        .env("COLUMNS", "40")
        .env_remove("MESHCTL_MAX_INPUT_SIZE")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let started = Instant::now();
    let mut child = cmd.spawn().expect("start meshctl");
    let pid = child.id();
    if let Some(input) = stdin {
        let mut w = child.stdin.take().expect("stdin");
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = w.write_all(&input);
        });
    }
    let read = |r: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut s = Vec::new();
            if let Some(mut r) = r {
                let _ = r.read_to_end(&mut s);
            }
            String::from_utf8_lossy(&s).into_owned()
        })
    };
    let out = read(child.stdout.take().map(|x| Box::new(x) as Box<dyn Read + Send>));
    let err = read(child.stderr.take().map(|x| Box::new(x) as Box<dyn Read + Send>));
    let mut peak_kib = 0u64;
    let status = loop {
        if let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/status"))
            && let Some(v) = s.lines().find_map(|l| l.strip_prefix("VmHWM:"))
        {
            peak_kib = peak_kib.max(v.trim().trim_end_matches("kB").trim().parse().unwrap_or(0));
        }
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        secs: started.elapsed().as_secs_f64(),
        peak_mib: peak_kib / 1024,
    }
}

/// The first line of the message, without miette's `x`/`Error:` prefix.
fn first_line(stderr: &str) -> String {
    let l = stderr.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    l.trim_start_matches(['x', '×']).trim_start_matches("Error:").trim().to_string()
}

/// Every file under `dir` with its bytes, mode and inode (what "unchanged" means).
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, (Vec<u8>, u32, u64)> {
    let mut out = BTreeMap::new();
    for e in std::fs::read_dir(dir).expect("read dir").flatten() {
        let p = e.path();
        let Ok(m) = std::fs::symlink_metadata(&p) else { continue };
        if m.is_file() {
            out.insert(p.clone(), (std::fs::read(&p).unwrap_or_default(), m.mode(), m.ino()));
        }
    }
    out
}

fn check(c: Case) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    for (name, text) in &c.files {
        std::fs::write(dir.path().join(name), text).map_err(|e| e.to_string())?;
    }
    let before = snapshot(dir.path());
    let limit = Duration::from_secs(c.max_secs);
    let r = run_meshctl(dir.path(), &c.args, &c.env, c.stdin.as_deref(), limit + Duration::from_secs(5));
    let after = snapshot(dir.path());
    let mut why = Vec::new();
    if r.code != c.code {
        why.push(format!("exit {} (want {})", r.code, c.code));
    }
    if !first_line(&r.stderr).contains(c.first_line) {
        why.push(format!("first line `{}` lacks `{}`", first_line(&r.stderr), c.first_line));
    }
    if !r.stdout.contains(c.stdout_has) || (!c.stdout_lacks.is_empty() && r.stdout.contains(c.stdout_lacks)) {
        why.push(format!("stdout has `{}`/lacks `{}` wrong", c.stdout_has, c.stdout_lacks));
    }
    if before != after {
        why.push("an input file changed (or a temporary file was left)".into());
    }
    if r.secs > c.max_secs as f64 {
        why.push(format!("took {:.1}s (bound {}s)", r.secs, c.max_secs));
    }
    if r.peak_mib > c.max_mib {
        why.push(format!("peak memory {} MiB (bound {} MiB)", r.peak_mib, c.max_mib));
    }
    if r.stderr.contains("panicked") || r.stderr.contains("RUST_BACKTRACE") {
        why.push("it panicked".into());
    }
    if why.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}: {}\n--- stderr:\n{}",
            c.name,
            why.join("; "),
            r.stderr.chars().take(800).collect::<String>()
        ))
    }
}

fn check_all(cases: Vec<Case>) {
    let total = cases.len();
    let failures: Vec<String> = cases.into_iter().filter_map(|c| check(c).err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {total} hostile cases failed:\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

fn inject(args: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = ["kube-inject", "--offline"].iter().map(|s| s.to_string()).collect();
    v.extend(args.iter().map(|s| s.to_string()));
    v
}

fn inject_case(name: &'static str, args: &[&str], code: i32, first: &'static str) -> Case {
    let mut c = case(name, &[], code, first);
    c.args = inject(args);
    c
}

/// kube-inject as a user with a kubeconfig runs it: reading the cluster's settings.
fn cluster_case(name: &'static str, args: &[&str], code: i32, first: &'static str) -> Case {
    let mut c = case(name, &[], code, first);
    c.args = std::iter::once("kube-inject").chain(args.iter().copied()).map(String::from).collect();
    c
}

fn alias_bomb() -> String {
    let mut s =
        String::from("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (i, prev) in ('b'..='j').zip('a'..='i') {
        s.push_str(&format!(
            "{i}: &{i} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"
        ));
    }
    s
}

#[test]
fn wrong_types_and_bad_values_are_refused_and_nothing_is_written() {
    let typed = |field: &str, yaml: &str| pod("", &format!("{APP}  {field}: {yaml}\n"));
    check_all(vec![
        inject_case(
            "containers as a map, -o onto the input",
            &["-f", "in.yaml", "-o", "in.yaml"],
            1,
            "in.yaml:11: `spec.template.spec.containers` must be a list, found a map",
        )
        .file(
            "in.yaml",
            DEPLOYMENT.replace(
                "      - name: app\n        image: nginx\n",
                "        name: app\n        image: nginx\n",
            ),
        ),
        inject_case(
            "initContainers as a map",
            &["-f", "in.yaml"],
            1,
            "`spec.initContainers` must be a list, found a map",
        )
        .file("in.yaml", typed("initContainers", "{name: x}")),
        inject_case(
            "volumes as a map",
            &["-f", "in.yaml", "-o", "in.yaml"],
            1,
            "`spec.volumes` must be a list, found a map",
        )
        .file("in.yaml", typed("volumes", "{name: x}")),
        inject_case(
            "template labels as a list",
            &["-f", "in.yaml"],
            1,
            "`spec.template.metadata.labels` must be a map, found a list",
        )
        .file("in.yaml", DEPLOYMENT.replace("      labels:\n        app: web\n", "      labels: [app]\n")),
        inject_case(
            "annotations as a list",
            &["-f", "in.yaml"],
            1,
            "`metadata.annotations` must be a map, found a list",
        )
        .file(
            "in.yaml",
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations: [a]\nspec:\n  containers: []\n",
        ),
        inject_case(
            "env as a map",
            &["-f", "in.yaml"],
            1,
            "`spec.containers[0].env` must be a list, found a map",
        )
        .file("in.yaml", pod("", "  containers:\n  - name: app\n    env: {A: b}\n")),
        inject_case("malformed YAML", &["-f", "in.yaml", "-o", "in.yaml"], 1, "in.yaml:3:")
            .file("in.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: [\n"),
        inject_case(
            "invalid UTF-8",
            &["-f", "in.yaml"],
            1,
            "is not UTF-8 text: invalid byte 0xff at byte offset 21 (line 2, column 7)",
        )
        .file("in.yaml", b"apiVersion: v1\nkind: \xffPod\n".to_vec()),
        inject_case(
            "proxyMemory negative",
            &["-f", "in.yaml"],
            1,
            "invalid annotation `sidecar.istio.io/proxyMemory`",
        )
        .file("in.yaml", pod("sidecar.istio.io/proxyMemory: '-5Gi'", APP)),
        inject_case(
            "terminationDrainDuration abc",
            &["-f", "in.yaml"],
            1,
            "invalid annotation `proxy.istio.io/config`",
        )
        .file("in.yaml", pod("proxy.istio.io/config: 'terminationDrainDuration: abc'", APP)),
        inject_case("concurrency -1", &["-f", "in.yaml"], 1, "invalid annotation `proxy.istio.io/config`")
            .file("in.yaml", pod("proxy.istio.io/config: '{concurrency: -1}'", APP)),
        inject_case(
            "inject: maybe",
            &["-f", "in.yaml"],
            0,
            "warning: pod \"p\" skipped: `sidecar.istio.io/inject: \"maybe\"`",
        )
        .file("in.yaml", pod("sidecar.istio.io/inject: maybe", APP))
        .stdout("name: app", "istio-proxy"),
        inject_case(
            "values file: global is a string",
            &["-f", "in.yaml", "--valuesFile", "v.yaml"],
            1,
            "v.yaml: `global` must be a map, found a string",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("v.yaml", "global: x\n"),
        inject_case(
            "values file: a list",
            &["-f", "in.yaml", "--valuesFile", "v.yaml"],
            1,
            "v.yaml: the values must be a map, found a list",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("v.yaml", "[1]\n"),
        inject_case(
            "values file: empty hub",
            &["-f", "in.yaml", "--valuesFile", "v.yaml"],
            1,
            "no `values.global.hub`",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("v.yaml", "global: {hub: ''}\n"),
        inject_case(
            "operator file: values a string",
            &["-f", "in.yaml", "--operatorFileName", "iop.yaml"],
            64,
            "iop.yaml: `spec.values` takes a map, not `str`",
        )
        .file("in.yaml", DEPLOYMENT)
        .file(
            "iop.yaml",
            "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values: str\n",
        ),
        inject_case(
            "operator file: global a string",
            &["-f", "in.yaml", "--operatorFileName", "iop.yaml"],
            64,
            "iop.yaml: `spec.values.global` takes a map, not `x`",
        )
        .file("in.yaml", DEPLOYMENT)
        .file(
            "iop.yaml",
            "apiVersion: install.istio.io/v1alpha1\nkind: IstioOperator\nspec:\n  values:\n    global: x\n",
        ),
        inject_case(
            "inject config: templates a string",
            &["-f", "in.yaml", "--injectConfigFile", "c.yaml"],
            1,
            "c.yaml: `templates` must be a map of template names to text, found a string",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("c.yaml", "templates: x\n"),
        inject_case(
            "mesh config: defaultConfig a number",
            &["-f", "in.yaml", "--meshConfigFile", "m.yaml"],
            1,
            "m.yaml: `defaultConfig` must be a map, found a number",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("m.yaml", "defaultConfig: 3\n"),
        inject_case("input is a directory", &["-f", "."], 1, "cannot read `.`: it is a directory"),
        inject_case(
            "output is a directory",
            &["-f", "in.yaml", "-o", "."],
            1,
            "cannot write `.`: it is a directory",
        )
        .file("in.yaml", DEPLOYMENT),
        inject_case(
            "missing input",
            &["-f", "nope.yaml"],
            1,
            "cannot read `nope.yaml`: No such file or directory",
        ),
        case(
            "readiness timeout beyond any Duration",
            &["install", "--dry-run", "--readiness-timeout", "99999999999999999999s"],
            64,
            "is too long",
        ),
        case(
            "kubeclient timeout overflowing",
            &["--kubeclient-timeout", "9999999999h", "version", "--remote=false"],
            64,
            "is too long",
        ),
    ]);
}

#[test]
fn big_deep_and_endless_inputs_stay_bounded() {
    let deep =
        format!("apiVersion: v1\nkind: ConfigMap\ndata: {}1{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let many: String = (0..20_000)
        .map(|i| format!("apiVersion: v1\nkind: Service\nmetadata:\n  name: s{i}\n---\n"))
        .collect();
    check_all(vec![
        inject_case(
            "endless stdin (/dev/zero-like)",
            &["-f", "/dev/zero"],
            1,
            "`/dev/zero` is larger than the input size limit of 8 MiB",
        )
        .env("MESHCTL_MAX_INPUT_SIZE", "8Mi"),
        inject_case(
            "the limit is configurable and named",
            &["-f", "-"],
            1,
            "`<stdin>` is larger than the input size limit of 1 KiB",
        )
        .env("MESHCTL_MAX_INPUT_SIZE", "1Ki")
        .stdin(DEPLOYMENT.repeat(40)),
        inject_case(
            "a bad limit is a usage error",
            &["-f", "-"],
            64,
            "MESHCTL_MAX_INPUT_SIZE=`lots` is not a size",
        )
        .env("MESHCTL_MAX_INPUT_SIZE", "lots")
        .stdin(DEPLOYMENT),
        inject_case("alias bomb", &["-f", "in.yaml"], 1, "in.yaml:").file(
            "in.yaml",
            format!(
                "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  labels:\n{}",
                alias_bomb().lines().map(|l| format!("    {l}\n")).collect::<String>()
            ),
        ),
        inject_case("10,000-deep nesting", &["-f", "in.yaml"], 1, "in.yaml:").file("in.yaml", deep),
        inject_case("20,000 documents", &["-q", "-f", "in.yaml"], 0, "")
            .file("in.yaml", many)
            .stdout("name: s19999", "")
            // Seconds on an idle laptop; the bound is for a loaded 2-core CI machine.
            .max_secs(120),
        inject_case("%YAML directive", &["-q", "-f", "-"], 0, "")
            .stdin(format!("%YAML 1.1\n---\n{DEPLOYMENT}"))
            .stdout("istio-proxy", ""),
    ]);
}

#[test]
fn kube_inject_reports_and_namespaces_truthfully() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str], stdin: &str| {
        let mut a = inject(args);
        a.push("-f".into());
        a.push("-".into());
        run_meshctl(dir.path(), &a, &[], Some(stdin.as_bytes()), Duration::from_secs(60))
    };
    let once = run(&[], DEPLOYMENT);
    assert_eq!(once.code, 0, "{}", once.stderr);
    assert_eq!(once.stderr.trim(), "deployment \"web\" injected");
    let again = run(&[], &once.stdout);
    assert_eq!(again.stderr.trim(), "deployment \"web\" was already injected; its sidecar was replaced");
    let quiet = run(&["-q"], DEPLOYMENT);
    assert_eq!(quiet.stderr, "", "-q reports only skipped workloads");
    let ns = run(&["-n", "bookinfo"], DEPLOYMENT);
    assert!(
        ns.stdout.contains("kubernetes://apis/apps/v1/namespaces/bookinfo/deployments/web"),
        "{}",
        ns.stdout
    );
    // Switching between native and classic sidecars keeps exactly one proxy.
    for (first, second) in [("true", "false"), ("false", "true")] {
        let a = run(&[&format!("--native-sidecars={first}")], DEPLOYMENT);
        let b = run(&[&format!("--native-sidecars={second}")], &a.stdout);
        assert_eq!(b.code, 0, "{}", b.stderr);
        assert_eq!(b.stdout.matches("name: istio-proxy").count(), 1, "{first}→{second}:\n{}", b.stdout);
    }
}

/// Runs meshctl with stdout's reader already gone, as in `meshctl … | head -0`.
fn closed_stdout(args: &[&str], stdin: Option<&str>) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_meshctl"));
    cmd.args(args)
        .env_remove("KUBECONFIG")
        .env("HOME", dir.path())
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take());
    if let (Some(input), Some(mut w)) = (stdin, child.stdin.take()) {
        let _ = w.write_all(input.as_bytes());
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_closed_stdout_is_a_clean_exit() {
    let big = DEPLOYMENT.to_string()
        + "---\n"
        + &(0..2000)
            .map(|i| format!("apiVersion: v1\nkind: Service\nmetadata:\n  name: s{i}\n---\n"))
            .collect::<String>();
    for (args, stdin) in [
        (vec!["version", "--remote=false"], None),
        (vec!["version"], None),
        (vec!["profile", "list"], None),
        (vec!["profile", "dump"], None),
        (vec!["profile", "diff", "default", "demo"], None),
        (vec!["manifest", "generate"], None),
        (vec!["kube-inject", "--offline", "-q", "-f", "-"], Some(big.as_str())),
    ] {
        let (code, err) = closed_stdout(&args, stdin);
        let want = if args.starts_with(&["profile", "diff"]) { 1 } else { 0 };
        assert_eq!(code, want, "{args:?}: {err}");
        assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{args:?}: {err}");
    }
}

#[test]
fn output_files_keep_their_kind_mode_owner_and_links() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let input = d.join("in.yaml");
    std::fs::write(&input, DEPLOYMENT).unwrap();
    let go = |out: &Path| {
        let args = inject(&["-q", "-f", input.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        run_meshctl(d, &args, &[], None, Duration::from_secs(60))
    };
    // A 0600 file keeps its mode.
    let secret = d.join("secret.yaml");
    std::fs::write(&secret, "old").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(go(&secret).code, 0);
    assert_eq!(std::fs::metadata(&secret).unwrap().mode() & 0o777, 0o600);
    assert!(std::fs::read_to_string(&secret).unwrap().contains("istio-proxy"));
    // A symlink is followed; the link stays a link.
    let link = d.join("link.yaml");
    std::os::unix::fs::symlink("target.yaml", &link).unwrap();
    assert_eq!(go(&link).code, 0);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
    assert!(std::fs::read_to_string(d.join("target.yaml")).unwrap().contains("istio-proxy"));
    // A hard link is not split.
    let a = d.join("a.yaml");
    let b = d.join("b.yaml");
    std::fs::write(&a, "old").unwrap();
    std::fs::hard_link(&a, &b).unwrap();
    assert_eq!(go(&a).code, 0);
    assert_eq!(std::fs::metadata(&a).unwrap().ino(), std::fs::metadata(&b).unwrap().ino());
    assert!(std::fs::read_to_string(&b).unwrap().contains("istio-proxy"));
    // A FIFO's reader gets the output.
    let fifo = d.join("fifo");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap_or_default())
    };
    assert_eq!(go(&fifo).code, 0);
    assert!(reader.join().unwrap().contains("istio-proxy"));
    assert!(!std::fs::metadata(&fifo).unwrap().is_file());
    // /dev/null stays a device (this matters when run as root).
    assert_eq!(go(Path::new("/dev/null")).code, 0);
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(d)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains(".meshctl-")), "{names:?}");
    // manifest generate -o shares the writer.
    let m = d.join("m.yaml");
    std::fs::write(&m, "old").unwrap();
    std::fs::set_permissions(&m, std::fs::Permissions::from_mode(0o640)).unwrap();
    let r = run_meshctl(
        d,
        &["manifest".into(), "generate".into(), "-o".into(), m.display().to_string()],
        &[],
        None,
        Duration::from_secs(60),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(std::fs::metadata(&m).unwrap().mode() & 0o777, 0o640);
}

/// A kubeconfig pointing at `server`, with `user` as its user section.
fn kubeconfig(server: &str, user: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: k\n  cluster:\n    server: {server}\ncontexts:\n- name: c\n  context:\n    cluster: k\n    user: u\nusers:\n- name: u\n  user:\n{user}"
    )
}

/// A TCP server that accepts connections and answers each with `reply`, slowly or never.
fn bad_server(reply: fn(std::net::TcpStream)) -> String {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = l.local_addr().unwrap();
    std::thread::spawn(move || {
        for s in l.incoming().flatten() {
            std::thread::spawn(move || reply(s));
        }
    });
    format!("http://{addr}")
}

fn silent(s: std::net::TcpStream) {
    std::thread::sleep(Duration::from_secs(120));
    drop(s);
}

fn trickle(mut s: std::net::TcpStream) {
    let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n");
    for _ in 0..120 {
        std::thread::sleep(Duration::from_secs(3));
        if s.write_all(b" ").is_err() {
            return;
        }
    }
}

fn endless(mut s: std::net::TcpStream) {
    let mut buf = [0u8; 1024];
    let _ = s.read(&mut buf);
    let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\n\r\n");
    let chunk = [b'a'; 65536];
    while s.write_all(&chunk).is_ok() {}
}

/// Reads a request's head and answers `/version` as an API server does; true for other paths.
fn version_then(s: &mut std::net::TcpStream) -> bool {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") && s.read(&mut byte).map(|n| n == 1).unwrap_or(false) {
        head.push(byte[0]);
    }
    if !head.starts_with(b"GET /version ") {
        return true;
    }
    let body = r#"{"major":"1","minor":"36","gitVersion":"v1.36.2"}"#;
    let _ = write!(
        s,
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    false
}

/// An API server whose every answer but `/version` is an endless list.
fn endless_list(mut s: std::net::TcpStream) {
    if version_then(&mut s) {
        let _ = s.write_all(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{\"kind\":\"PodList\",\"items\":[",
        );
        let item = br#"{"metadata":{"name":"p","namespace":"default"}},"#.repeat(1000);
        while s.write_all(&item).is_ok() {}
    }
}

/// An API server whose every answer but `/version` comes a byte at a time, each in time for the
/// per-read limit, never finishing.
fn slow_list(mut s: std::net::TcpStream) {
    if version_then(&mut s) {
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n");
        for _ in 0..600 {
            std::thread::sleep(Duration::from_millis(200));
            if s.write_all(b" ").is_err() {
                return;
            }
        }
    }
}

#[test]
fn endless_and_never_ending_api_answers_are_cut_off() {
    let endless = bad_server(endless_list);
    let slow = bad_server(slow_list);
    let token = "    token: t\n";
    check_all(vec![
        case(
            "an endless list",
            &["analyze", "-n", "default"],
            1,
            "cannot get namespace default: the answer is larger than the input size limit of 4 MiB",
        )
        .file("kc", kubeconfig(&endless, token))
        .env("KUBECONFIG", "kc")
        .env("MESHCTL_MAX_INPUT_SIZE", "4Mi")
        .max_secs(10),
        case(
            "an answer trickling in forever",
            &["--kubeclient-timeout", "2s", "analyze", "-n", "default"],
            1,
            "cannot get namespace default: the answer did not arrive in full within 2s",
        )
        .file("kc", kubeconfig(&slow, token))
        .env("KUBECONFIG", "kc")
        // Once, not retried: 2 s and start-up on a loaded machine.
        .max_secs(10),
    ]);
}

#[test]
fn stalls_trickles_endless_bodies_and_hung_plugins_end_in_time() {
    let silent_srv = bad_server(silent);
    let trickle_srv = bad_server(trickle);
    let endless_srv = bad_server(endless);
    let token = "    token: t\n";
    let hung_plugin = "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: sleep\n      args: ['600']\n";
    let failing_plugin = "    exec:\n      apiVersion: client.authentication.k8s.io/v1\n      command: sh\n      args: ['-c', 'echo token expired >&2; exit 3']\n";
    let t = "--kubeclient-timeout";
    check_all(vec![
        cluster_case(
            "server never answers",
            &[t, "2s", "-f", "in.yaml"],
            1,
            "cannot read the cluster's injection settings",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("kc", kubeconfig(&silent_srv, token))
        .env("KUBECONFIG", "kc")
        .max_secs(15),
        cluster_case(
            "server trickles",
            &[t, "2s", "-f", "in.yaml"],
            1,
            "cannot read the cluster's injection settings",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("kc", kubeconfig(&trickle_srv, token))
        .env("KUBECONFIG", "kc")
        .max_secs(15),
        cluster_case(
            "credential plugin never exits",
            &[t, "2s", "-f", "in.yaml"],
            1,
            "did not finish within 2s",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("kc", kubeconfig("https://127.0.0.1:1", hung_plugin))
        .env("KUBECONFIG", "kc")
        .max_secs(15),
        cluster_case(
            "credential plugin fails",
            &["-f", "in.yaml"],
            1,
            "the credential plugin `sh` of user `u` exited with status 3: token expired",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("kc", kubeconfig("https://127.0.0.1:1", failing_plugin))
        .env("KUBECONFIG", "kc"),
        case("version with a hung plugin", &[t, "2s", "version"], 0, "control plane version: unavailable")
            .file("kc", kubeconfig("https://127.0.0.1:1", hung_plugin))
            .env("KUBECONFIG", "kc")
            .max_secs(15),
        cluster_case(
            "broken kubeconfig",
            &["-f", "in.yaml"],
            1,
            "cannot read the cluster's injection settings: no usable kubeconfig",
        )
        .file("in.yaml", DEPLOYMENT)
        .file("kc", "{{{ not yaml")
        .env("KUBECONFIG", "kc"),
        case("broken kubeconfig, --offline", &["kube-inject", "--offline", "-q", "-f", "in.yaml"], 0, "")
            .file("in.yaml", DEPLOYMENT)
            .file("kc", "{{{ not yaml")
            .env("KUBECONFIG", "kc")
            .stdout("istio-proxy", ""),
        inject_case(
            "endless URL body",
            &["-f", &format!("{endless_srv}/app.yaml")],
            1,
            "is larger than the input size limit of 4 MiB",
        )
        .env("MESHCTL_MAX_INPUT_SIZE", "4Mi"),
        inject_case("URL refused", &["-f", "http://127.0.0.1:1/app.yaml"], 1, "connection refused"),
    ]);
}

/// Ctrl-C while `-o` is being written: the destination keeps its old content and no
/// temporary file is left, whatever moment the signal lands.
#[test]
fn an_interrupted_output_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.yaml");
    let big: String =
        (0..6000).map(|i| DEPLOYMENT.replace("name: web", &format!("name: web{i}")) + "---\n").collect();
    std::fs::write(&input, big).unwrap();
    let out = dir.path().join("out.yaml");
    std::fs::write(&out, "keep\n").unwrap();
    for delay_ms in [150u64, 400, 900] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_meshctl"))
            .args(["kube-inject", "--offline", "-q", "-f"])
            .arg(&input)
            .arg("-o")
            .arg(&out)
            .env("HOME", dir.path())
            .env_remove("KUBECONFIG")
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
        let status = child.wait().unwrap();
        let text = std::fs::read_to_string(&out).unwrap();
        match status.code() {
            // Interrupted: the old content stays.
            Some(130) => assert_eq!(text, "keep\n", "after {delay_ms} ms"),
            // Finished first: the whole new content.
            Some(0) => assert!(text.contains("name: web5999"), "after {delay_ms} ms"),
            other => panic!("exit {other:?} after {delay_ms} ms"),
        }
        let temps: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains(".meshctl-"))
            .collect();
        assert!(temps.is_empty(), "temporary files left after {delay_ms} ms: {temps:?}");
        std::fs::write(&out, "keep\n").unwrap();
    }
}
