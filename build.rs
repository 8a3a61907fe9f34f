//! Pre-parses the static YAML data (the CRDs and the profiles) into JSON at build time, so
//! the binary reads them with a fast JSON parser instead of parsing YAML on every run.

use std::path::Path;

fn main() {
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    convert_dir("manifests/base/crds", &Path::new(&out).join("crds.json"), true);
    convert_dir("profiles", &Path::new(&out).join("profiles.json"), false);
    println!("cargo:rerun-if-changed=manifests/base/crds");
    println!("cargo:rerun-if-changed=profiles");
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
