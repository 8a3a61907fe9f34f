//! Replays, on stable, what the fuzz targets (`fuzz/`, run with `cargo +nightly fuzz`) found:
//! their corpus and every crash input that was fixed (`fuzz/regressions/<target>/`).

use std::path::Path;

type Target = fn(&str);

const TARGETS: &[(&str, Target)] = &[
    ("yaml_split_parse", meshctl::fuzzing::yaml_split_parse),
    ("inject_one", meshctl::fuzzing::inject_one),
    ("analyze_one", meshctl::fuzzing::analyze_one),
    ("set_path", meshctl::fuzzing::set_path),
    ("iop_decode", meshctl::fuzzing::iop_decode),
];

fn replay(kind: &str) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join(kind);
    let mut count = 0;
    let mut failed = Vec::new();
    for (name, target) in TARGETS {
        let Ok(entries) = std::fs::read_dir(root.join(name)) else { continue };
        let mut files: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
        files.sort();
        for f in files {
            let bytes = std::fs::read(&f).expect("read a fuzz input");
            // The targets skip input that is not UTF-8, as the fuzz harnesses do.
            let Ok(text) = String::from_utf8(bytes) else { continue };
            count += 1;
            if std::panic::catch_unwind(|| target(&text)).is_err() {
                failed.push(f.display().to_string());
            }
        }
    }
    assert!(failed.is_empty(), "fuzz inputs that still fail:\n{}", failed.join("\n"));
    count
}

/// The corpus (seeded from the test data and profiles) and any fixed crash inputs run
/// without a panic; every target has inputs.
#[test]
fn the_fuzz_corpus_and_fixed_crashes_replay_cleanly() {
    let corpus = replay("corpus");
    replay("regressions");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    for (name, _) in TARGETS {
        let n = std::fs::read_dir(dir.join(name)).map(|d| d.count()).unwrap_or(0);
        assert!(n > 0, "no corpus for fuzz target `{name}`");
    }
    assert!(corpus >= TARGETS.len(), "{corpus} corpus inputs");
}
