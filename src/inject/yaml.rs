//! A small, fast block-style YAML writer for the documents kube-inject re-serialises.
//! Injected documents are ~10× larger than their input, so emission dominates the run; this
//! writer streams straight into a buffer with conservative quoting (anything that could read
//! back as another type or break the syntax is double-quoted, JSON-style, which is valid YAML).
//! Everything else meshctl prints goes through [`crate::output::to_yaml`] (the YAML library's
//! serializer), whose quoting differs: the two are not interchangeable without changing output.
//!
//! Most of what injection adds (the init container, the proxy's fixed fields, the volumes) is
//! the same for every pod with the same settings, so it is written once ([`Prerendered`]) and
//! the pod holds a *splice marker* in its place: a map whose first key is [`SPLICE`], whose
//! value indexes the document's splice table, and whose other entries are written normally.

use std::sync::Arc;

use serde_json::{Map, Value};

/// The first key of a splice marker (a NUL-prefixed key no Kubernetes object carries).
pub const SPLICE: &str = "\u{0}splice";

/// Marker values are table indexes offset by a number drawn once per process, so that even an
/// input map that spells the marker key is not mistaken for one.
static OFFSET: std::sync::LazyLock<u64> = std::sync::LazyLock::new(|| {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(0x6d65_7368);
    (h.finish() >> 2) | (1 << 32)
});

/// How many even indentation levels (2, 4, …) keep a re-indented copy of the entries.
const LEVELS: usize = 12;

/// Map entries, or a run of sequence items, already written as YAML at indentation 0.
#[derive(Debug)]
pub struct Prerendered {
    /// `(key, text)` sorted by key; a run of sequence items is one entry with an empty key.
    entries: Vec<(String, String)>,
    run: bool,
    /// The marker, its index unset: [`SPLICE`] first, then the entries it keeps.
    template: Value,
    /// The texts re-indented for level `2 * (i + 1)`, made on first use.
    leveled: [std::sync::OnceLock<Vec<String>>; LEVELS],
}

impl Prerendered {
    fn new(entries: Vec<(String, String)>, run: bool, kept: Map<String, Value>) -> Arc<Prerendered> {
        let mut template = Map::with_capacity(kept.len() + 1);
        template.insert(SPLICE.into(), Value::from(0));
        template.extend(kept);
        Arc::new(Prerendered { entries, run, template: Value::Object(template), leveled: Default::default() })
    }

    /// Pre-renders the entries of `m` (keys sorted) except those named in `keep`, which the
    /// marker holds itself: code that finds objects by name still sees them.
    pub fn split(m: &Map<String, Value>, keep: &[&str]) -> Arc<Prerendered> {
        let mut kept = Map::new();
        let mut entries = Vec::with_capacity(m.len());
        for (k, v) in m {
            if keep.contains(&k.as_str()) {
                kept.insert(k.clone(), v.clone());
                continue;
            }
            let mut text = String::new();
            write_string(&mut text, k, 0, true);
            text.push(':');
            write_value_after_key(&mut text, v, 0, &[]);
            entries.push((k.clone(), text));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Self::new(entries, false, kept)
    }

    /// Pre-renders a run of sequence items; its marker stands for all of them.
    pub fn run(items: &[Value]) -> Arc<Prerendered> {
        let mut text = String::new();
        write_seq(&mut text, items, 0, &[]);
        Self::new(vec![(String::new(), text)], true, Map::new())
    }

    /// The entries the marker keeps (names, for lookups).
    pub fn kept(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.template.as_object().into_iter().flat_map(|m| m.iter().skip(1))
    }

    /// A marker for these entries, registered in the document's `table`.
    pub fn marker(self: &Arc<Self>, table: &mut Vec<Arc<Prerendered>>) -> Value {
        let mut v = self.template.clone();
        if let Value::Object(m) = &mut v
            && let Some((_, id)) = m.iter_mut().next()
        {
            *id = Value::from(*OFFSET + table.len() as u64);
        }
        table.push(self.clone());
        v
    }

    /// The entries' texts as written at `level`, when a copy for that level is kept.
    fn texts(&self, level: usize) -> Option<&[String]> {
        if level == 0 || level % 2 == 1 {
            return None;
        }
        let slot = self.leveled.get(level / 2 - 1)?;
        let texts = slot.get_or_init(|| {
            self.entries
                .iter()
                .map(|(_, text)| {
                    let mut s = String::with_capacity(text.len() * 2);
                    reindent(&mut s, text, level);
                    s
                })
                .collect()
        });
        Some(texts)
    }

    /// Appends entry `i` as written at `level`.
    fn write_entry(&self, out: &mut String, i: usize, level: usize) {
        match self.texts(level) {
            Some(texts) => out.push_str(&texts[i]),
            None if level == 0 => out.push_str(&self.entries[i].1),
            None => reindent(out, &self.entries[i].1, level),
        }
    }
}

/// The prerendered parts a marker map stands for, if it is one.
fn marked<'t>(m: &Map<String, Value>, table: &'t [Arc<Prerendered>]) -> Option<&'t Prerendered> {
    let (k, id) = m.iter().next()?;
    if k != SPLICE {
        return None;
    }
    let i = id.as_u64()?.checked_sub(*OFFSET)?;
    table.get(usize::try_from(i).ok()?).map(|p| &**p)
}

/// Appends `v` as a YAML document (no `---` marker) to `out`.
pub fn write_document(out: &mut String, v: &Value) {
    write_document_with(out, v, &[]);
}

/// [`write_document`] for a value holding splice markers that index `table`.
pub fn write_document_with(out: &mut String, v: &Value, table: &[Arc<Prerendered>]) {
    match v {
        Value::Object(m) if !m.is_empty() => write_map(out, m, 0, table),
        Value::Array(a) if !a.is_empty() => write_seq(out, a, 0, table),
        other => {
            write_scalar(out, other, 0);
            out.push('\n');
        }
    }
}

fn indent(out: &mut String, n: usize) {
    const SPACES: &str = "                                                                ";
    let mut n = n;
    while n > SPACES.len() {
        out.push_str(SPACES);
        n -= SPACES.len();
    }
    out.push_str(&SPACES[..n]);
}

fn is_collection(v: &Value) -> bool {
    matches!(v, Value::Object(m) if !m.is_empty()) || matches!(v, Value::Array(a) if !a.is_empty())
}

fn write_map(out: &mut String, m: &Map<String, Value>, level: usize, table: &[Arc<Prerendered>]) {
    if let Some(pre) = marked(m, table).filter(|p| !p.run) {
        return write_spliced(out, m, level, pre, table);
    }
    let mut first = true;
    for (k, v) in m {
        if !first {
            indent(out, level);
        }
        first = false;
        write_string(out, k, level, true);
        out.push(':');
        write_value_after_key(out, v, level, table);
    }
}

/// A marker's own entries and its pre-rendered ones, merged in key order.
fn write_spliced(
    out: &mut String,
    m: &Map<String, Value>,
    level: usize,
    pre: &Prerendered,
    table: &[Arc<Prerendered>],
) {
    let mut own: Vec<(&String, &Value)> = m.iter().skip(1).collect();
    own.sort_by(|a, b| a.0.cmp(b.0));
    let mut own = own.into_iter().peekable();
    let mut next = 0;
    let mut first = true;
    loop {
        let from_pre = match (pre.entries.get(next), own.peek()) {
            (Some(p), Some(o)) => p.0.as_str() < o.0.as_str(),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if !first {
            indent(out, level);
        }
        first = false;
        if from_pre {
            pre.write_entry(out, next, level);
            next += 1;
        } else if let Some((k, v)) = own.next() {
            write_string(out, k, level, true);
            out.push(':');
            write_value_after_key(out, v, level, table);
        }
    }
}

/// Appends text written at indentation 0 as if it had been written at `level`: every line
/// but the first (which continues the current one) is shifted right; empty lines stay empty.
fn reindent(out: &mut String, text: &str, level: usize) {
    let mut lines = text.split_inclusive('\n');
    if let Some(first) = lines.next() {
        out.push_str(first);
    }
    for line in lines {
        if line != "\n" {
            indent(out, level);
        }
        out.push_str(line);
    }
}

/// After `key:` — a nested block on the next lines, or ` scalar` on the same line.
fn write_value_after_key(out: &mut String, v: &Value, level: usize, table: &[Arc<Prerendered>]) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            indent(out, level + 2);
            write_map(out, m, level + 2, table);
        }
        // Sequences in maps are not indented (the kubectl style).
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            indent(out, level);
            write_seq(out, a, level, table);
        }
        other => {
            out.push(' ');
            write_scalar(out, other, level);
            out.push('\n');
        }
    }
}

fn write_seq(out: &mut String, a: &[Value], level: usize, table: &[Arc<Prerendered>]) {
    let mut first = true;
    for v in a {
        if !first {
            indent(out, level);
        }
        first = false;
        if let Value::Object(m) = v
            && let Some(pre) = marked(m, table).filter(|p| p.run)
        {
            pre.write_entry(out, 0, level);
            continue;
        }
        out.push('-');
        match v {
            Value::Object(m) if !m.is_empty() => {
                out.push(' ');
                write_map(out, m, level + 2, table);
            }
            Value::Array(inner) if !inner.is_empty() => {
                out.push(' ');
                write_seq(out, inner, level + 2, table);
            }
            other => {
                out.push(' ');
                write_scalar(out, other, level);
                out.push('\n');
            }
        }
    }
}

fn write_scalar(out: &mut String, v: &Value, level: usize) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            use std::fmt::Write;
            let _ = write!(out, "{n}");
        }
        Value::String(s) => write_string(out, s, level, false),
        Value::Object(_) => out.push_str("{}"),
        Value::Array(_) => out.push_str("[]"),
    }
    debug_assert!(!is_collection(v));
}

fn write_string(out: &mut String, s: &str, level: usize, key: bool) {
    if is_plain_safe(s) {
        out.push_str(s);
    } else if !key && literal_ok(s) {
        write_literal(out, s, level);
    } else if s.bytes().all(|c| (0x20..0x7f).contains(&c) && c != b'"' && c != b'\\') {
        // Nothing to escape: the quotes alone, as serde_json would write them.
        out.push('"');
        out.push_str(s);
        out.push('"');
    } else {
        out.push_str(&serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into()));
    }
}

/// A multi-line string that a literal block (`|`) reproduces exactly.
fn literal_ok(s: &str) -> bool {
    s.contains('\n')
        && !s.starts_with([' ', '\n'])
        && s.chars().all(|c| c == '\n' || !c.is_control())
        && !s.lines().any(|l| l.ends_with(' ') || l.chars().all(|c| c == ' ') && !l.is_empty())
}

fn write_literal(out: &mut String, s: &str, level: usize) {
    let trailing = s.len() - s.trim_end_matches('\n').len();
    out.push_str(match trailing {
        0 => "|-",
        1 => "|",
        _ => "|+",
    });
    let body = s.strip_suffix('\n').unwrap_or(s);
    for line in body.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            indent(out, level + 2);
            out.push_str(line);
        }
    }
}

fn is_plain_safe(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    if b[b.len() - 1] == b' ' || b[b.len() - 1] == b':' || first == b' ' {
        return false;
    }
    match first {
        b'?' | b':' | b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|' | b'>' | b'\''
        | b'"' | b'%' | b'@' | b'`' => {
            return false;
        }
        b'-' if b.len() == 1 || b[1] == b' ' => return false,
        _ => {}
    }
    // One pass over the bytes, with a table so that the common bytes (letters, digits, `/`,
    // `-`, `.`) cost one lookup: control characters, `: ` and ` #` end a plain scalar.
    for (i, &c) in b.iter().enumerate() {
        if NEEDS_LOOK[c as usize] {
            if c < 0x20 || c == 0x7f {
                return false;
            }
            if c == b':' && b.get(i + 1) == Some(&b' ') {
                return false;
            }
            if c == b'#' && i > 0 && b[i - 1] == b' ' {
                return false;
            }
        }
    }
    if b.len() <= 5 && is_special_word(b) {
        return false;
    }
    // Anything that might read back as a number (or a YAML 1.1 sexagesimal or base-N int).
    let starts_numeric = first.is_ascii_digit()
        || matches!(first, b'+' | b'-' | b'.') && b.get(1).is_some_and(|c| c.is_ascii_digit() || *c == b'.');
    let numberish = || {
        b.iter().all(|c| {
            c.is_ascii_hexdigit() || matches!(c, b'+' | b'-' | b'.' | b'_' | b':' | b'x' | b'X' | b'o' | b'O')
        })
    };
    !(starts_numeric && numberish())
}

/// Words a YAML reader takes for something other than a string, in any ASCII case.
fn is_special_word(b: &[u8]) -> bool {
    let mut low = [0u8; 5];
    for (d, c) in low.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    matches!(
        &low[..b.len().min(5)],
        b"true"
            | b"false"
            | b"yes"
            | b"no"
            | b"on"
            | b"off"
            | b"y"
            | b"n"
            | b"null"
            | b"~"
            | b"<<"
            | b"="
            | b".inf"
            | b"-.inf"
            | b"+.inf"
            | b".nan"
    )
}

/// Bytes that may end a plain scalar and need a closer look.
static NEEDS_LOOK: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = i < 0x20 || i == 0x7f || i == b':' as usize || i == b'#' as usize;
        i += 1;
    }
    t
};

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn roundtrip(v: &Value) {
        let mut s = String::new();
        write_document(&mut s, v);
        let back: Value = serde_saphyr::from_str(&s).unwrap_or_else(|e| panic!("{e}\n{s}"));
        assert_eq!(&back, v, "\n{s}");
    }

    #[test]
    fn tricky_scalars_read_back_as_written() {
        for s in [
            "",
            "true",
            "No",
            "null",
            "~",
            "1",
            "1.0",
            "0x1F",
            "1e3",
            "12:30",
            "-1",
            "-",
            "- x",
            "a: b",
            "a #b",
            "#x",
            "*",
            "x:",
            "{}",
            "[x]",
            "'q'",
            "\"q\"",
            "15090,15021,15020",
            "--domain",
            "$(POD_NAMESPACE).svc",
            "{}\n",
            "a\nb",
            "a\n\n",
            " lead",
            "tab\there",
            "trail ",
            "100m",
            "1Gi",
            "=",
            "<<",
            "é",
        ] {
            roundtrip(&json!({ "k": s, "list": [s], s: 1 }));
        }
    }

    #[test]
    fn nested_structures_read_back() {
        roundtrip(&json!({
            "a": { "b": [1, 2, { "c": [], "d": {} }], "e": [[1, 2], []] },
            "n": null, "t": true, "f": 1.5, "neg": -3,
            "env": [{ "name": "X", "value": "[\n    {\"a\":1}\n]" }],
        }));
    }

    #[test]
    fn a_map_that_spells_the_marker_key_is_written_as_it_is() {
        let pre = Prerendered::split(&Map::from_iter([("k".to_string(), json!("v"))]), &[]);
        let mut table = Vec::new();
        let marker = pre.marker(&mut table);
        let mut s = String::new();
        write_document_with(&mut s, &json!({ "m": marker }), &table);
        assert_eq!(s, "m:\n  k: v\n");
        // The same key with a plain index, as input could spell it, is not a marker.
        let mut s = String::new();
        write_document_with(&mut s, &json!({ "m": { SPLICE: 0 } }), &table);
        assert_eq!(s, "m:\n  \"\\u0000splice\": 0\n");
    }

    #[test]
    fn style_is_block_with_indentless_sequences() {
        let mut s = String::new();
        write_document(&mut s, &json!({ "spec": { "containers": [{ "name": "a", "args": ["x", "z"] }] } }));
        assert_eq!(s, "spec:\n  containers:\n  - name: a\n    args:\n    - x\n    - z\n");
    }
}
