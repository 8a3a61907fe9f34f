//! Templates, profiles and other data embedded in the binary at build time.
//!
//! `MESHCTL_MANIFESTS` may name a directory that replaces the embedded `manifests/` and
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

fn override_dir() -> Option<PathBuf> {
    std::env::var_os("MESHCTL_MANIFESTS").map(PathBuf::from)
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
