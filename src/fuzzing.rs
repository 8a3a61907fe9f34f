//! Entry points for the fuzz targets (`fuzz/`, nightly) and for replaying their corpus and
//! the crashes they found on stable (`tests/fuzz_replay.rs`). Each takes arbitrary text and
//! must return without panicking; the properties checked here hold for every input.

use std::sync::LazyLock;

use crate::inject::{self, InjectConfig};
use crate::resource;
use crate::values::{self, Inputs};

/// Splitting tiles the input (every byte in exactly one document or separator line, in
/// order), and parsing each document returns a value or an error located in the input.
pub fn yaml_split_parse(text: &str) {
    let docs = resource::split_documents(text);
    let mut end = 0usize;
    for d in &docs {
        assert!(d.offset >= end, "documents overlap");
        assert_eq!(&text[d.offset..d.offset + d.text.len()], d.text, "a document is not where it says");
        end = d.offset + d.text.len();
        if let Err(e) = resource::parse_doc(d) {
            assert!(e.line >= d.line, "an error is located before its document");
        }
    }
    assert_eq!(end, text.len(), "the last document ends the input");
}

static CONFIG: LazyLock<Option<InjectConfig>> = LazyLock::new(|| {
    let s = values::resolve(&Inputs::default()).ok()?;
    Some(InjectConfig::new(s.values().clone(), s.effective_mesh(), true, String::new()))
});

/// Injection returns an output or an error; an output parses again as YAML.
pub fn inject_one(text: &str) {
    let Some(cfg) = CONFIG.as_ref() else { return };
    if let Ok(out) = inject::inject_stream(text, "fuzz.yaml", cfg) {
        assert!(resource::parse_all(&out.output).is_ok(), "the injected output is not YAML:\n{}", out.output);
    }
}

/// Every analyzer over one stream returns messages.
pub fn analyze_one(text: &str) {
    use crate::analyze::{Analyzer, Context, SnapshotBuilder, registry};
    let mut builder = SnapshotBuilder::new();
    let _ = builder.add_text("fuzz.yaml", text.into());
    let snapshot = builder.build("default");
    let mesh = crate::analyze::tree::Value::from(values::mesh_defaults());
    let ctx = Context {
        snapshot: &snapshot,
        mesh: &mesh,
        mesh_networks: None,
        istio_namespace: "istio-system",
        schema: None,
    };
    let all: Vec<&dyn Analyzer> = registry::all().iter().map(|a| a.as_ref()).collect();
    let _ = crate::analyze::run(&ctx, &all);
}

/// One `--set path=value`: resolved settings or an error.
pub fn set_path(text: &str) {
    let _ = values::resolve(&Inputs { sets: vec![text.to_string()], ..Default::default() });
}

/// An IstioOperator file: decoded and resolved, or an error.
pub fn iop_decode(text: &str) {
    let file = values::Source { name: "fuzz.yaml".into(), text: text.into() };
    let _ = values::resolve(&Inputs { files: vec![file], ..Default::default() });
}
