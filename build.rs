//! Pre-parses the static YAML data (the CRDs and the profiles) into JSON at build time, so
//! the binary reads them with a fast JSON parser instead of parsing YAML on every run.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    convert_dir("manifests/base/crds", &Path::new(&out).join("crds.json"), true);
    convert_dir("profiles", &Path::new(&out).join("profiles.json"), false);
    println!("cargo:rerun-if-changed=manifests/base/crds");
    println!("cargo:rerun-if-changed=profiles");
    message_codes("src/analyze/messages.yaml", &Path::new(&out).join("message_codes.rs"));
}

/// Writes `{"file name": <document as JSON>, …}` (and for CRDs, the YAML each one renders to
/// and their headers: apiVersion, kind and metadata).
fn convert_dir(dir: &str, dest: &Path, render_yaml: bool) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    entries.sort();
    let mut map = serde_json::Map::new();
    let mut yaml_consts = String::from("const CRD_YAML: &[(&str, &str)] = &[\n");
    let mut headers = serde_json::Map::new();
    for path in entries {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut value: serde_json::Value =
            serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        if render_yaml {
            sort_keys(&mut value);
            let yaml = serde_saphyr::to_string(&value).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            yaml_consts.push_str(&format!("    ({name:?}, {yaml:?}),\n"));
            let header: serde_json::Map<String, serde_json::Value> = ["apiVersion", "kind", "metadata"]
                .iter()
                .filter_map(|k| Some((k.to_string(), value.get(*k)?.clone())))
                .collect();
            headers.insert(name.clone(), serde_json::Value::Object(header));
            map.insert(name, serde_json::json!({ "object": value }));
        } else {
            map.insert(name, value);
        }
    }
    std::fs::write(dest, serde_json::to_string(&map).expect("JSON")).expect("write OUT_DIR file");
    if render_yaml {
        yaml_consts.push_str("];\n");
        std::fs::write(dest.with_file_name("crd_yaml.rs"), yaml_consts).expect("write OUT_DIR file");
        let headers = serde_json::to_string(&headers).expect("JSON");
        std::fs::write(dest.with_file_name("crd_headers.json"), headers).expect("write OUT_DIR file");
    }
}

fn sort_keys(v: &mut serde_json::Value) {
    match v {
        serde_json::Value::Object(m) => {
            m.sort_keys();
            m.values_mut().for_each(sort_keys);
        }
        serde_json::Value::Array(l) => l.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

/// Writes one typed constant per catalog code that analyzers emit, named as the catalog names
/// it (`ReferencedResourceNotFound`, as upstream's `msg.ReferencedResourceNotFound`), and
/// `ANALYZERS`, all of them. Entries with an `emitter` (precheck's codes, and upstream codes
/// meshctl keeps only so suppressions carry over) get no constant, so an analyzer cannot name
/// them. `Code`'s field is private to `analyze::messages`: a code that is not in the catalog
/// does not compile.
fn message_codes(catalog: &str, dest: &Path) {
    println!("cargo:rerun-if-changed={catalog}");
    let text = std::fs::read_to_string(catalog).unwrap_or_else(|e| panic!("{catalog}: {e}"));
    let doc: serde_json::Value = serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{catalog}: {e}"));
    let field = |m: &serde_json::Value, k: &str| m.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let mut consts = String::new();
    let mut all =
        String::from("/// Every code analyzers emit, in catalog order.\npub const ANALYZERS: &[Code] = &[\n");
    for m in doc["messages"].as_array().unwrap_or_else(|| panic!("{catalog}: no `messages` list")) {
        let (Some(code), Some(name)) = (field(m, "code"), field(m, "name")) else {
            panic!("{catalog}: an entry without code or name: {m}")
        };
        if field(m, "emitter").is_some() {
            continue;
        }
        let level = field(m, "level").unwrap_or_default();
        let template = field(m, "template").unwrap_or_default();
        consts.push_str(&format!(
            "/// `{code}` ({level}): {template}\npub const {name}: Code = Code({code:?});\n"
        ));
        all.push_str(&format!("    {name},\n"));
    }
    all.push_str("];\n");
    std::fs::write(dest, consts + &all).expect("write OUT_DIR file");
}
