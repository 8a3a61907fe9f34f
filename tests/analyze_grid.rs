//! The analyzer grid: every message code meshctl can emit has, under
//! `testdata/analyze/grid/<CODE>/`, a `bad.yaml` that must produce it and a near-identical
//! `good.yaml` that must not (meshctl's own fixtures). An optional `args` file adds flags, one
//! per line, `{dir}` standing for the fixture's directory. A `remote.yaml` holds a remote
//! cluster's objects for multi-cluster codes: the command line has no multi-cluster input, so
//! those cases build the snapshot through the library.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::meshctl;

fn grid() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata/analyze/grid")
}

/// The codes analyzers emit: the catalog's typed constants for them, generated at build time
/// (`analyze::messages::codes`). They are the only way an analyzer names a code, so a code the
/// catalog lacks does not compile, and one the catalog has but no analyzer emits has no
/// fixture that gives it (the grid test below fails).
fn codes_meshctl_emits() -> BTreeSet<String> {
    meshctl::analyze::messages::codes::ANALYZERS.iter().map(|c| c.as_str().to_string()).collect()
}

/// The codes all analyzers give for `file` as the primary cluster and `remote.yaml` as a
/// remote one.
fn codes_with_remote(dir: &Path, file: &str) -> Result<Vec<String>, String> {
    use meshctl::analyze::{Context, SnapshotBuilder, registry};
    let read = |f: &str| std::fs::read_to_string(dir.join(f)).map_err(|e| e.to_string());
    let mut builder = SnapshotBuilder::new();
    let errors = builder.add_text(file, read(file)?.into());
    let remote: Vec<Value> = meshctl::resource::parse_all(&read("remote.yaml")?)
        .map_err(|e| format!("{e:?}"))?
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    builder.add_cluster_objects(remote, "remote");
    if !errors.is_empty() {
        return Err(format!("{errors:?}"));
    }
    let snapshot = builder.build("default");
    let mesh = meshctl::analyze::tree::Value::from(meshctl::values::mesh_defaults());
    let ctx = Context {
        snapshot: &snapshot,
        mesh: &mesh,
        mesh_networks: None,
        istio_namespace: "istio-system",
        schema: None,
    };
    let all: Vec<&dyn meshctl::analyze::Analyzer> = registry::all().iter().map(|a| a.as_ref()).collect();
    Ok(meshctl::analyze::run(&ctx, &all).into_iter().map(|m| m.code.to_string()).collect())
}

fn codes_for(dir: &Path, file: &str) -> Result<Vec<String>, String> {
    if dir.join("remote.yaml").exists() {
        return codes_with_remote(dir, file);
    }
    let mut cmd = meshctl();
    cmd.args(["analyze", "--use-kube=false", "-A", "-o", "json"]);
    if let Ok(args) = std::fs::read_to_string(dir.join("args")) {
        for a in args.lines().filter(|l| !l.trim().is_empty()) {
            cmd.arg(a.trim().replace("{dir}", &dir.to_string_lossy()));
        }
    }
    let out = cmd.arg(dir.join(file)).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| format!("{e}: {}", String::from_utf8_lossy(&out.stderr)))?;
    Ok(v.as_array().unwrap().iter().map(|m| m["code"].as_str().unwrap().to_string()).collect())
}

/// Lines of `a` not in `b`, as a multiset.
fn lines_only_in(a: &str, b: &str) -> usize {
    let mut rest: Vec<&str> = b.lines().collect();
    let mut n = 0;
    for l in a.lines() {
        match rest.iter().position(|r| *r == l) {
            Some(i) => {
                rest.remove(i);
            }
            None => n += 1,
        }
    }
    n
}

#[test]
fn every_code_has_a_fixture_that_gives_it_and_a_near_identical_one_that_does_not() {
    let codes = codes_meshctl_emits();
    assert!(codes.len() > 50, "{codes:?}");
    let mut failures = Vec::new();
    let mut given = BTreeSet::new();
    for code in &codes {
        let dir = grid().join(code);
        let (Ok(bad), Ok(good)) =
            (std::fs::read_to_string(dir.join("bad.yaml")), std::fs::read_to_string(dir.join("good.yaml")))
        else {
            failures.push(format!("{code}: no grid/{code}/bad.yaml and good.yaml"));
            continue;
        };
        let changed = lines_only_in(&bad, &good).max(lines_only_in(&good, &bad));
        if changed > 4 {
            failures.push(format!("{code}: good.yaml differs from bad.yaml in {changed} lines (at most 4)"));
        }
        match codes_for(&dir, "bad.yaml") {
            Ok(c) if c.contains(code) => given.extend(c),
            Ok(c) => failures.push(format!("{code}: bad.yaml gives {c:?}")),
            Err(e) => failures.push(format!("{code}: bad.yaml: {e}")),
        }
        match codes_for(&dir, "good.yaml") {
            Ok(c) if !c.contains(code) => given.extend(c),
            Ok(c) => failures.push(format!("{code}: good.yaml gives {c:?}")),
            Err(e) => failures.push(format!("{code}: good.yaml: {e}")),
        }
    }
    for code in given.difference(&codes) {
        failures
            .push(format!("{code}: given by `meshctl analyze` but not one of the catalog's analyzer codes"));
    }
    assert!(failures.is_empty(), "{} of {} codes:\n{}", failures.len(), codes.len(), failures.join("\n"));
}

#[test]
fn the_grid_has_no_fixture_for_a_code_meshctl_cannot_emit() {
    let codes = codes_meshctl_emits();
    for e in std::fs::read_dir(grid()).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        assert!(codes.contains(&name), "grid/{name} is for a code no analyzer emits");
    }
}
