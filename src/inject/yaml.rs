//! A small, fast block-style YAML writer for the documents kube-inject re-serialises.
//! Injected documents are ~10× larger than their input, so emission dominates the run; this
//! writer streams straight into a buffer with conservative quoting (anything that could read
//! back as another type or break the syntax is double-quoted, JSON-style, which is valid YAML).
//! Everything else meshctl prints goes through [`crate::output::to_yaml`] (the YAML library's
//! serializer), whose quoting differs: the two are not interchangeable without changing output.
//!
//! Most of what injection adds (the init container, the proxy's fixed fields and env, the
//! volumes) is the same for every pod with the same settings, so it is written once
//! ([`Prerendered`]). The document's data holds an ordinary stand-in in each such part's place
//! (its `name`, and what later steps edit: the proxy's `env`); a table kept beside the data
//! ([`Splices`]) tells the writer which items those are: by the map that holds their list (a
//! pod spec, by its place in the document), the list's key and the item's name. The writer
//! merges a stand-in's own entries with the pre-rendered ones, in key order.

use std::sync::{Arc, OnceLock};

use serde_json::{Map, Value};

/// A step from a document's root to one of its maps: a key, or an index in a sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// The items of one map's sequences that are written ahead, by the sequence's key; each
/// stands for the item that has its name.
pub type Named = Vec<(&'static str, Vec<Arc<Prerendered>>)>;

/// One document's splice table: the maps, by place, whose named sequence items are written
/// from pre-rendered text.
#[derive(Debug, Default)]
pub struct Splices {
    /// Sorted by place, so that the places under one path are next to each other.
    maps: Vec<(Vec<Step<'static>>, Arc<Named>)>,
}

impl Splices {
    /// Registers `named` for the map at `at`.
    pub fn add(&mut self, at: Vec<Step<'static>>, named: Arc<Named>) {
        let i = self.maps.partition_point(|(p, _)| *p < at);
        self.maps.insert(i, (at, named));
    }

    /// The places registered, in order.
    pub fn places(&self) -> impl Iterator<Item = &[Step<'static>]> {
        self.maps.iter().map(|(p, _)| p.as_slice())
    }

    fn cursor(&self) -> Option<Cursor<'_>> {
        (!self.maps.is_empty()).then_some(Cursor { maps: &self.maps, depth: 0 })
    }
}

/// The writer's place in the table: the entries whose place starts with the path written so
/// far (`depth` steps). Outside every such path the writer carries none.
#[derive(Clone, Copy)]
struct Cursor<'t> {
    maps: &'t [(Vec<Step<'static>>, Arc<Named>)],
    depth: usize,
}

impl<'t> Cursor<'t> {
    /// The named items of the map at this place, when the table has it (sorted first).
    fn here(self) -> Option<&'t Named> {
        self.maps.first().filter(|(p, _)| p.len() == self.depth).map(|(_, n)| &**n)
    }

    /// The entries one `step` further.
    fn child(self, step: Step<'_>) -> Option<Cursor<'t>> {
        let under = |e: &(Vec<Step<'static>>, Arc<Named>)| e.0.get(self.depth) == Some(&step);
        let start = self.maps.iter().position(under)?;
        let len = self.maps[start..].iter().take_while(|e| under(e)).count();
        Some(Cursor { maps: &self.maps[start..start + len], depth: self.depth + 1 })
    }
}

/// The items of the sequence under `key` that `named` writes ahead.
fn ahead<'n>(named: &'n Named, key: &str) -> Option<&'n [Arc<Prerendered>]> {
    named.iter().find(|(k, _)| *k == key).map(|(_, items)| items.as_slice())
}

/// How many even indentation levels (2, 4, …) keep a re-indented copy of the entries.
const LEVELS: usize = 12;

/// Map entries, or a run of sequence items, already written as YAML at indentation 0.
#[derive(Debug)]
pub struct Prerendered {
    /// The name of the item it stands for (of a run: its first item's).
    name: String,
    /// `(key, text)` sorted by key; a run of sequence items is one entry with an empty key.
    entries: Vec<(String, String)>,
    run: bool,
    /// What the data holds in its place: the entries not pre-rendered (a run's: its name).
    stand_in: Value,
    /// Items of the stand-in's own sequences that are written ahead too (the proxy's env runs).
    named: Named,
    /// The texts re-indented for level `2 * (i + 1)`, made on first use.
    leveled: [OnceLock<Vec<String>>; LEVELS],
}

impl Prerendered {
    fn new(
        entries: Vec<(String, String)>,
        run: bool,
        stand_in: Map<String, Value>,
        named: Named,
    ) -> Arc<Self> {
        let name = stand_in.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
        let stand_in = Value::Object(stand_in);
        Arc::new(Prerendered { name, entries, run, stand_in, named, leveled: Default::default() })
    }

    /// Pre-renders the entries of `m` (keys sorted) except those named in `keep`, which its
    /// stand-in holds (`name` among them: code that finds objects by name still sees them);
    /// `named` lists items of the kept sequences that are pre-rendered in turn.
    pub fn split(m: &Map<String, Value>, keep: &[&str], named: Named) -> Arc<Prerendered> {
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
            write_value_after_key(&mut text, v, 0, None);
            entries.push((k.clone(), text));
        }
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Self::new(entries, false, kept, named)
    }

    /// Pre-renders a run of sequence items; its stand-in is one item with the first's name.
    pub fn run(items: &[Value]) -> Arc<Prerendered> {
        let mut text = String::new();
        write_seq(&mut text, items, 0, None);
        let mut stand_in = Map::with_capacity(1);
        stand_in.insert("name".into(), items.first().map_or(Value::Null, |i| i["name"].clone()));
        Self::new(vec![(String::new(), text)], true, stand_in, Named::new())
    }

    /// The name of the item it stands for.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the data holds in its place.
    pub fn stand_in(&self) -> Value {
        self.stand_in.clone()
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

/// Appends `v` as a YAML document (no `---` marker) to `out`.
pub fn write_document(out: &mut String, v: &Value) {
    write_document_with(out, v, &Splices::default());
}

/// [`write_document`] for a value whose stand-ins `splices` places.
pub fn write_document_with(out: &mut String, v: &Value, splices: &Splices) {
    let at = splices.cursor();
    match v {
        Value::Object(m) if !m.is_empty() => write_map(out, m, 0, at),
        Value::Array(a) if !a.is_empty() => write_seq(out, a, 0, at),
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

fn write_map(out: &mut String, m: &Map<String, Value>, level: usize, at: Option<Cursor<'_>>) {
    let named = at.and_then(Cursor::here);
    let mut first = true;
    for (k, v) in m {
        if !first {
            indent(out, level);
        }
        first = false;
        let items = named.and_then(|n| ahead(n, k));
        write_pair(out, k, v, level, items, at.and_then(|c| c.child(Step::Key(k))));
    }
}

/// `key: value`; the value's sequence items named in `items` are written from their text.
fn write_pair(
    out: &mut String,
    k: &str,
    v: &Value,
    level: usize,
    items: Option<&[Arc<Prerendered>]>,
    at: Option<Cursor<'_>>,
) {
    write_string(out, k, level, true);
    out.push(':');
    match (items, v) {
        (Some(items), Value::Array(a)) if !a.is_empty() => {
            out.push('\n');
            indent(out, level);
            write_seq_named(out, a, level, items);
        }
        _ => write_value_after_key(out, v, level, at),
    }
}

/// A stand-in's own entries and its pre-rendered ones, merged in key order.
fn write_spliced(out: &mut String, m: &Map<String, Value>, level: usize, pre: &Prerendered) {
    let mut own: Vec<(&String, &Value)> = m.iter().collect();
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
            write_pair(out, k, v, level, ahead(&pre.named, k), None);
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
fn write_value_after_key(out: &mut String, v: &Value, level: usize, at: Option<Cursor<'_>>) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            indent(out, level + 2);
            write_map(out, m, level + 2, at);
        }
        // Sequences in maps are not indented (the kubectl style).
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            indent(out, level);
            write_seq(out, a, level, at);
        }
        other => {
            out.push(' ');
            write_scalar(out, other, level);
            out.push('\n');
        }
    }
}

fn write_seq(out: &mut String, a: &[Value], level: usize, at: Option<Cursor<'_>>) {
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            indent(out, level);
        }
        write_item(out, v, level, at.and_then(|c| c.child(Step::Index(i))));
    }
}

/// A sequence whose items named in `items` are written from their text: a run's in place
/// of its stand-in, a map's merged with the stand-in's own entries.
fn write_seq_named(out: &mut String, a: &[Value], level: usize, items: &[Arc<Prerendered>]) {
    for (i, v) in a.iter().enumerate() {
        if i > 0 {
            indent(out, level);
        }
        let Value::Object(m) = v else {
            write_item(out, v, level, None);
            continue;
        };
        let name = m.get("name").and_then(Value::as_str);
        match name.and_then(|n| items.iter().find(|p| p.name == n)) {
            Some(pre) if pre.run => pre.write_entry(out, 0, level),
            Some(pre) => {
                out.push_str("- ");
                write_spliced(out, m, level + 2, pre);
            }
            None => write_item(out, v, level, None),
        }
    }
}

/// `- item` at `level`.
fn write_item(out: &mut String, v: &Value, level: usize, at: Option<Cursor<'_>>) {
    out.push('-');
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push(' ');
            write_map(out, m, level + 2, at);
        }
        Value::Array(inner) if !inner.is_empty() => {
            out.push(' ');
            write_seq(out, inner, level + 2, at);
        }
        other => {
            out.push(' ');
            write_scalar(out, other, level);
            out.push('\n');
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

    /// A List of two pods, each with a proxy (whose env holds a pre-rendered run) and a volume
    /// written ahead: stand-ins and the table give the text of the full values, at the places
    /// the table names only (the same name elsewhere is written from its data).
    #[test]
    fn stand_ins_and_the_table_read_as_the_full_values() {
        let obj = |v: Value| v.as_object().cloned().unwrap_or_default();
        let run = [
            json!({ "name": "R1", "value": "1" }),
            json!({ "name": "R2", "valueFrom": { "fieldRef": { "fieldPath": "x" } } }),
        ];
        let volume = json!({ "emptyDir": { "medium": "Memory" }, "name": "data" });
        let proxy = |image: &str, env: Value| json!({ "args": ["a", "b\nc"], "env": env, "image": image, "name": "proxy", "resources": { "limits": { "cpu": "1" } } });
        let workload = json!({ "name": "W", "value": "w" });
        let full_env = json!([workload, run[0], run[1]]);
        let pod = |proxy: Value, volume: Value| json!({ "kind": "Pod", "spec": { "containers": [{ "name": "app", "image": "a" }, proxy], "volumes": [volume] } });
        let doc = |pods: Vec<Value>| json!({ "items": pods, "kind": "List", "other": { "containers": [{ "name": "proxy", "image": "mine" }] } });
        let full = doc(vec![
            pod(proxy("p0", full_env.clone()), volume.clone()),
            pod(proxy("p1", full_env), volume.clone()),
        ]);

        let run = Prerendered::run(&run);
        let volume = Prerendered::split(&obj(volume), &["name"], Named::new());
        let mut splices = Splices::default();
        let mut pods = Vec::new();
        for i in [1, 0] {
            let image = format!("p{i}");
            let p = Prerendered::split(
                &obj(proxy(&image, Value::Null)),
                &["name", "env"],
                vec![("env", vec![run.clone()])],
            );
            let mut stand_in = p.stand_in();
            stand_in["env"] = json!([workload, run.stand_in()]);
            pods.insert(0, pod(stand_in, volume.stand_in()));
            let named = vec![("containers", vec![p]), ("volumes", vec![volume.clone()])];
            splices.add(vec![Step::Key("items"), Step::Index(i), Step::Key("spec")], Arc::new(named));
        }
        let (mut want, mut got) = (String::new(), String::new());
        write_document(&mut want, &full);
        write_document_with(&mut got, &doc(pods), &splices);
        assert_eq!(got, want);
        assert!(want.contains("  - name: R1\n") && want.contains("image: mine\n"), "{want}");
    }

    #[test]
    fn style_is_block_with_indentless_sequences() {
        let mut s = String::new();
        write_document(&mut s, &json!({ "spec": { "containers": [{ "name": "a", "args": ["x", "z"] }] } }));
        assert_eq!(s, "spec:\n  containers:\n  - name: a\n    args:\n    - x\n    - z\n");
    }
}
