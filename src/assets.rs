//! Templates, profiles and other data embedded in the binary at build time.
//!
//! `--manifests DIR` (or `MESHCTL_MANIFESTS`) may name a directory that replaces the embedded `manifests/` and
//! `profiles/` trees (same layout), for template work without rebuilding.

use std::borrow::Cow;
use std::path::PathBuf;

use rust_embed::Embed;

#[derive(Embed)]
#[folder = "manifests/"]
struct Manifests;

#[derive(Embed)]
#[folder = "profiles/"]
struct Profiles;

static OVERRIDE: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// Uses `dir` (with `manifests/` and `profiles/` inside) instead of the embedded data.
pub fn set_override_dir(dir: PathBuf) {
    let _ = OVERRIDE.set(dir);
}

fn override_dir() -> Option<PathBuf> {
    OVERRIDE.get().cloned().or_else(|| std::env::var_os("MESHCTL_MANIFESTS").map(PathBuf::from))
}

fn decode(bytes: Cow<'static, [u8]>) -> Cow<'static, str> {
    match bytes {
        Cow::Borrowed(b) => Cow::Borrowed(std::str::from_utf8(b).unwrap_or("")),
        Cow::Owned(b) => Cow::Owned(String::from_utf8_lossy(&b).into_owned()),
    }
}

/// A file under `manifests/`, by relative path.
pub fn manifest(path: &str) -> Option<Cow<'static, str>> {
    if let Some(dir) = override_dir() {
        return std::fs::read_to_string(dir.join("manifests").join(path)).ok().map(Cow::Owned);
    }
    Manifests::get(path).map(|f| decode(f.data))
}

/// Relative paths of the files under `manifests/<prefix>`, sorted.
pub fn manifest_files(prefix: &str) -> Vec<String> {
    let mut out: Vec<String> = if let Some(dir) = override_dir() {
        let root = dir.join("manifests");
        let mut found = Vec::new();
        walk(&root, &root, &mut found);
        found
    } else {
        Manifests::iter().map(|p| p.into_owned()).collect()
    };
    out.retain(|p| p.starts_with(prefix));
    out.sort();
    out
}

fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            walk(root, &p, out);
        } else if let Ok(rel) = p.strip_prefix(root) {
            out.push(rel.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// A profile file (`default.yaml`, `mesh-defaults.yaml`, …).
pub fn profile_file(name: &str) -> Option<Cow<'static, str>> {
    if let Some(dir) = override_dir() {
        return std::fs::read_to_string(dir.join("profiles").join(name)).ok().map(Cow::Owned);
    }
    Profiles::get(name).map(|f| decode(f.data))
}

/// Names of the installable profiles, sorted.
pub fn profile_names() -> Vec<String> {
    let mut names: Vec<String> = Profiles::iter()
        .filter_map(|p| p.strip_suffix(".yaml").map(str::to_string))
        .filter(|n| n != "mesh-defaults")
        .collect();
    names.sort();
    names
}

/// Build-time JSON of the CRD files: `{file: {object}}`.
const CRDS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/crds.json"));
// `(file name, YAML)` of each CRD, rendered at build time.
include!(concat!(env!("OUT_DIR"), "/crd_yaml.rs"));
/// Build-time JSON of the profile files: `{file: document}`.
const PROFILES_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/profiles.json"));

/// The Istio CRDs, with the YAML each renders to when it comes from the binary (pre-rendered
/// at build time: parsing ten thousand lines of schema on every run would dominate start-up).
pub fn crds() -> Vec<(serde_json::Value, Option<&'static str>)> {
    if override_dir().is_some() {
        return manifest_files("base/crds/")
            .iter()
            .filter_map(|p| manifest(p))
            .filter_map(|text| serde_saphyr::from_str(&text).ok())
            .map(|v| (v, None))
            .collect();
    }
    // Parsed once per call, straight into owned values: callers take and change them.
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(CRDS_JSON).unwrap_or_default();
    map.into_iter()
        .map(|(name, mut v)| {
            let yaml = CRD_YAML.iter().find(|(n, _)| *n == name).map(|(_, y)| *y);
            (v["object"].take(), yaml)
        })
        .collect()
}

/// Build-time JSON of each CRD's apiVersion, kind and metadata: `{file: {header}}`.
const CRD_HEADERS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/crd_headers.json"));

/// The Istio CRDs for printing only: each one's apiVersion, kind and metadata, with the YAML
/// it renders to. `None` when the CRDs come from a manifests directory (no pre-rendered YAML).
/// `manifest generate` needs no more; parsing the full schemas would be a third of its run.
pub fn crd_headers() -> Option<Vec<(serde_json::Value, &'static str)>> {
    if override_dir().is_some() {
        return None;
    }
    let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(CRD_HEADERS_JSON).ok()?;
    map.into_iter()
        .map(|(name, v)| Some((v, CRD_YAML.iter().find(|(n, _)| *n == name).map(|(_, y)| *y)?)))
        .collect()
}

/// A profile file as data (`default.yaml`, `mesh-defaults.yaml`, …).
pub fn profile_value(name: &str) -> Option<serde_json::Value> {
    if override_dir().is_some() {
        return profile_file(name).and_then(|t| serde_saphyr::from_str(&t).ok());
    }
    static PARSED: std::sync::OnceLock<serde_json::Map<String, serde_json::Value>> =
        std::sync::OnceLock::new();
    PARSED.get_or_init(|| serde_json::from_str(PROFILES_JSON).unwrap_or_default()).get(name).cloned()
}
