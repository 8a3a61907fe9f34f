//! YAML documents decoded into the tree straight from the parser's events, for the documents
//! that use nothing but maps, lists and untagged scalars — nearly every Kubernetes manifest.
//!
//! Why: going through serde (`serde_saphyr::from_str::<Value>`) costs about 2.5× what the
//! parser itself costs (the deserializer's event replay, budget and redaction scopes, and a
//! visitor call per node); on 100,000 resources that was most of `analyze`'s time. The events
//! are the same ones serde-saphyr reads (the same parser, with the options it sets), so the
//! tree can be built from them directly.
//!
//! The one rule: the result is the tree serde-saphyr would give, or nothing. [`decode`]
//! returns `None` — and the caller parses the document through serde-saphyr as before — on
//! anything whose meaning serde-saphyr decides beyond the events: a parse error (its message is
//! serde-saphyr's), tags, anchors and aliases, merge keys, duplicate keys, keys that are not
//! plain strings, and documents near the deserializer's budget. Plain scalars
//! are typed as serde-saphyr types them: the common shapes here (words, small integers), any
//! other by asking serde-saphyr itself, once per distinct text (see [`plain_scalar`]).
//! `decodes_as_serde_saphyr_does` (below) checks this on every YAML file under
//! `tests/testdata` and on crafted scalars of every kind.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use granit_parser::{Event, Parser, ScalarStyle};

use super::tree::{Number, Value, intern, intern_array, intern_map};

/// Limits well inside serde-saphyr's default budget (depth 64, 250,000 nodes, 1,000,000
/// events, 64 MiB of scalar and of comment text): a document past one of them is left to
/// serde-saphyr, which enforces the budget and words the error.
const MAX_DEPTH: usize = 48;
const MAX_EVENTS: usize = 200_000;
const MAX_TEXT_BYTES: usize = 32 << 20;

/// How many distinct plain scalars serde-saphyr's typing is remembered for, per thread.
const PLAIN_CACHE_LIMIT: usize = 65_536;

/// The parser's options as serde-saphyr sets them for its default budget, so both accept
/// and refuse the same texts.
fn parser_options() -> granit_parser::Options {
    let mut options = granit_parser::Options::default();
    options.simple_key_max_lookahead = 1024;
    options.flow_nesting_limit = 255;
    options.block_nesting_limit = options.block_nesting_limit.max(65);
    options.emit_comments = true;
    options.max_buffered_comment_events = 32;
    options
}

/// An open map or list.
enum Frame {
    Map { entries: Vec<(Arc<str>, Value)>, key: Option<Arc<str>>, seen: Option<HashSet<usize>> },
    List(Vec<Value>),
}

/// Maps past this many keys find repeated keys through a set rather than a scan.
const SCAN_KEYS: usize = 16;

/// A decoded document.
#[derive(Debug)]
pub struct Decoded {
    pub value: Value,
    /// Where each map of the top-level `items` list is in the text (a `List`'s objects): from
    /// the start of its first line to its end, so that a message about one of them points at
    /// its own lines rather than at the list's first.
    pub items: Vec<std::ops::Range<usize>>,
}

/// The document's tree, or `None` when serde-saphyr must decide (see the module comment).
/// `text` is one document, without its `---` line.
pub fn decode(text: &str) -> Option<Decoded> {
    let mut parser = Parser::new_from_str_with_options(text, parser_options());
    let mut stack: Vec<Frame> = Vec::new();
    let mut root: Option<Value> = None;
    let mut items = Vec::new();
    let mut item_start = 0usize;
    let (mut events, mut text_bytes) = (0usize, 0usize);
    while let Some(next) = parser.next_event() {
        let (event, span) = next.ok()?;
        events += 1;
        if events > MAX_EVENTS {
            return None;
        }
        let value = match event {
            Event::StreamStart | Event::DocumentEnd => continue,
            Event::StreamEnd => break,
            Event::DocumentStart(_, version) => {
                if version.is_some() || root.is_some() {
                    return None;
                }
                continue;
            }
            Event::Comment(comment, _) => {
                text_bytes += comment.len();
                if text_bytes > MAX_TEXT_BYTES {
                    return None;
                }
                continue;
            }
            Event::Scalar(scalar, style, anchor, tag) => {
                if anchor != 0 || tag.is_some() {
                    return None;
                }
                text_bytes += scalar.len();
                if text_bytes > MAX_TEXT_BYTES {
                    return None;
                }
                if let Some(Frame::Map { key: key @ None, .. }) = stack.last_mut() {
                    *key = Some(map_key(&scalar, style)?);
                    continue;
                }
                match style {
                    ScalarStyle::Plain => plain_scalar(&scalar)?,
                    _ => Value::String(intern(&scalar)),
                }
            }
            Event::MappingStart(_, anchor, ref tag) | Event::SequenceStart(_, anchor, ref tag) => {
                let is_map = matches!(event, Event::MappingStart(..));
                // A map or list as a key has no string form.
                if anchor != 0 || tag.is_some() || matches!(stack.last(), Some(Frame::Map { key: None, .. }))
                {
                    return None;
                }
                if stack.len() >= MAX_DEPTH {
                    return None;
                }
                if is_map && in_top_items(&stack) {
                    let at = span.start.byte_offset()?;
                    item_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
                }
                stack.push(if is_map {
                    Frame::Map { entries: Vec::new(), key: None, seen: None }
                } else {
                    Frame::List(Vec::new())
                });
                continue;
            }
            Event::MappingEnd => match stack.pop() {
                Some(Frame::Map { entries, key: None, .. }) => {
                    if in_top_items(&stack) {
                        items.push(item_start..span.end.byte_offset()?.max(item_start));
                    }
                    intern_map(entries)
                }
                _ => return None,
            },
            Event::SequenceEnd => match stack.pop() {
                Some(Frame::List(items)) => intern_array(items),
                _ => return None,
            },
            // Aliases, and whatever a later parser version adds.
            _ => return None,
        };
        match stack.last_mut() {
            None => {
                if root.is_some() {
                    return None;
                }
                root = Some(value);
            }
            Some(Frame::List(items)) => items.push(value),
            Some(Frame::Map { entries, key, seen }) => {
                let key = key.take()?;
                if repeated(entries, seen, &key) {
                    return None;
                }
                entries.push((key, value));
            }
        }
    }
    if !stack.is_empty() {
        return None;
    }
    Some(Decoded { value: root?, items })
}

/// Whether the open frames are the top-level map's `items` list.
fn in_top_items(stack: &[Frame]) -> bool {
    matches!(stack, [Frame::Map { key: Some(k), .. }, Frame::List(_)] if &**k == "items")
}

/// A map's key as serde-saphyr reads it into a string: its text, unless it is a plain null
/// (`~`, `null`, an empty key: serde-saphyr refuses it) or a merge key (`<<`, which it merges).
fn map_key(text: &str, style: ScalarStyle) -> Option<Arc<str>> {
    if style == ScalarStyle::Plain && (is_nullish(text) || text == "<<") {
        return None;
    }
    Some(intern(text))
}

/// Whether `key` is already in the map (serde-saphyr refuses repeated keys). Keys are interned,
/// so they compare by address.
fn repeated(entries: &[(Arc<str>, Value)], seen: &mut Option<HashSet<usize>>, key: &Arc<str>) -> bool {
    let addr = Arc::as_ptr(key) as *const u8 as usize;
    if let Some(seen) = seen {
        return !seen.insert(addr);
    }
    if entries.iter().any(|(k, _)| Arc::ptr_eq(k, key)) {
        return true;
    }
    if entries.len() >= SCAN_KEYS {
        let mut set: HashSet<usize> =
            entries.iter().map(|(k, _)| Arc::as_ptr(k) as *const u8 as usize).collect();
        set.insert(addr);
        *seen = Some(set);
    }
    false
}

fn is_nullish(text: &str) -> bool {
    matches!(text, "" | "~" | "null" | "Null" | "NULL")
}

/// The value of one of YAML 1.1's boolean words, which serde-saphyr reads by default (any case).
fn bool_word(text: &str) -> Option<bool> {
    let is = |words: [&str; 4]| words.iter().any(|w| text.eq_ignore_ascii_case(w));
    if is(["true", "yes", "y", "on"]) {
        Some(true)
    } else if is(["false", "no", "n", "off"]) {
        Some(false)
    } else {
        None
    }
}

thread_local! {
    /// serde-saphyr's reading of the plain scalars that are neither words nor small integers.
    static PLAIN: RefCell<HashMap<Box<str>, Value>> = RefCell::new(HashMap::new());
}

/// A plain scalar's value as serde-saphyr gives it to an untyped visitor (null, bool, integer,
/// float or string, in that order of trial).
///
/// The common shapes are decided here, as serde-saphyr decides them: text starting with a
/// letter is a string unless it is a null or boolean word (no integer or float it accepts
/// starts with a letter: `inf` and `nan` without their dot stay strings); digits without a
/// leading zero that fit in 64 bits are an unsigned integer; a digit followed somewhere by a
/// character no number has is a string. Anything else (`1.5`, `-3`, `0x1F`, `.inf`, a uid
/// of hex digits and dashes, …) is asked of serde-saphyr once per thread and text; `None` when
/// it refuses the value (a non-finite float), so the document gets serde-saphyr's error.
fn plain_scalar(text: &str) -> Option<Value> {
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_alphabetic() => {
            if is_nullish(text) {
                return Some(Value::Null);
            }
            if let Some(b) = bool_word(text) {
                return Some(Value::Bool(b));
            }
            return Some(Value::String(intern(text)));
        }
        Some(b'1'..=b'9') if bytes.len() <= 19 && bytes.iter().all(u8::is_ascii_digit) => {
            return text.parse::<u64>().ok().map(|n| Value::Number(Number::from(n)));
        }
        Some(b'0') if bytes.len() == 1 => return Some(Value::Number(Number::from(0u64))),
        // A digit first, then what no integer or float spelling has (`100m`, `128Mi`, `10s`,
        // `2024-01-02T03:04:05Z`, `10.0.0.0/8`, `8080:80`, `1.20.3`, a uid): a string.
        Some(b'0'..=b'9') if !number_shaped(bytes) => return Some(Value::String(intern(text))),
        _ => {}
    }
    if is_nullish(text) {
        return Some(Value::Null);
    }
    if let Some(v) = PLAIN.with(|c| c.borrow().get(text).cloned()) {
        return Some(v);
    }
    let v = ask_serde_saphyr(text)?;
    PLAIN.with(|c| {
        let mut cache = c.borrow_mut();
        if cache.len() >= PLAIN_CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(text.into(), v.clone());
    });
    Some(v)
}

/// Whether a text that starts with a digit could still be an integer or float spelling: made
/// of digits, the point, `_`, the exponent and the radix prefixes' letters with the hex digits
/// only, with at most one point, and a sign only right after an exponent's `e`.
fn number_shaped(bytes: &[u8]) -> bool {
    let mut points = 0;
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'.' => points += 1,
            b'+' | b'-' if i > 0 && matches!(bytes[i - 1], b'e' | b'E') => {}
            b'_' | b'x' | b'X' | b'o' | b'O' => {}
            b if b.is_ascii_hexdigit() => {}
            _ => return false,
        }
    }
    points <= 1
}

/// serde-saphyr's value for the plain scalar `text`, read as the value of a one-key map, after
/// checking that the parser reads that map's value back as the same plain scalar (a text such
/// as `---` or `- x` would not be).
fn ask_serde_saphyr(text: &str) -> Option<Value> {
    if text.contains('\n') {
        return None;
    }
    let doc = format!("k: {text}\n");
    let mut parser = Parser::new_from_str_with_options(&doc, parser_options());
    let mut scalars = 0;
    while let Some(next) = parser.next_event() {
        match next.ok()?.0 {
            Event::StreamStart
            | Event::StreamEnd
            | Event::DocumentStart(false, None)
            | Event::DocumentEnd
            | Event::MappingStart(_, 0, None)
            | Event::MappingEnd => {}
            Event::Scalar(s, ScalarStyle::Plain, 0, None) => {
                let expected = if scalars == 0 { "k" } else { text };
                if s != expected || scalars > 1 {
                    return None;
                }
                scalars += 1;
            }
            _ => return None,
        }
    }
    if scalars != 2 {
        return None;
    }
    let v: Value = serde_saphyr::from_str(&doc).ok()?;
    v.get("k").cloned()
}

/// Forgets this thread's remembered plain scalars (called with [`super::tree::forget_interned`]
/// when a parsing thread ends).
pub fn forget_plain_scalars() {
    PLAIN.with(|c| *c.borrow_mut() = HashMap::new());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resource::split_documents;

    /// The fast path's tree, or serde-saphyr's, for one document.
    fn both(doc: &str) -> (Option<Value>, Result<Value, String>) {
        (decode(doc).map(|d| d.value), serde_saphyr::from_str::<Value>(doc).map_err(|e| e.to_string()))
    }

    fn check(doc: &str) -> bool {
        match both(doc) {
            (None, _) => false,
            (Some(ours), Ok(theirs)) => {
                assert_eq!(ours, theirs, "{doc:?}");
                assert_eq!(ours.to_string(), theirs.to_string(), "key order, {doc:?}");
                true
            }
            (Some(ours), Err(e)) => panic!("{doc:?}: decoded {ours} where serde-saphyr refuses it: {e}"),
        }
    }

    fn yaml_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                yaml_files(&path, out);
            } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml" || e == "json") {
                out.push(path);
            }
        }
    }

    #[test]
    fn decodes_as_serde_saphyr_does() {
        let mut files = Vec::new();
        yaml_files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/testdata"), &mut files);
        assert!(files.len() > 100, "the fixtures were found");
        let (mut decoded, mut left) = (0, 0);
        for file in &files {
            let Ok(text) = std::fs::read_to_string(file) else { continue };
            for doc in split_documents(&text) {
                if doc.is_blank() {
                    continue;
                }
                if check(doc.text) { decoded += 1 } else { left += 1 }
            }
        }
        // Nearly every manifest takes the fast path (the rest are the fixtures of odd YAML).
        eprintln!("{decoded} documents decoded, {left} left to serde-saphyr");
        assert!(decoded > 10 * left, "{decoded} decoded, {left} left to serde-saphyr");
    }

    #[test]
    fn types_plain_scalars_as_serde_saphyr_does() {
        let mut texts: Vec<String> = [
            "y",
            "Y",
            "yes",
            "No",
            "ON",
            "off",
            "true",
            "False",
            "null",
            "Null",
            "NULL",
            "~",
            "nan",
            "NaN",
            "inf",
            "Infinity",
            "e5",
            "E",
            "x1",
            "0",
            "00",
            "01",
            "0x1F",
            "0X1F",
            "0o17",
            "0O17",
            "0b101",
            "017",
            "1_000",
            "1e3",
            "1E400",
            "-1E400",
            "+5",
            "-0",
            "-5",
            "-05",
            "1.",
            ".5",
            "1.5",
            "-1.5",
            "+.5",
            ".inf",
            "-.inf",
            ".Inf",
            ".NAN",
            "-.nan",
            "+.nan",
            "1.20.3",
            "100m",
            "128Mi",
            "0.5",
            "10.0.0.1",
            "10.0.0.0/8",
            "18446744073709551615",
            "18446744073709551616",
            "9999999999999999999",
            "-9223372036854775808",
            "-9223372036854775809",
            "1:2",
            "12:30:00",
            "2001-12-14",
            "/ready",
            "*.example.com",
            "v1",
            "a b",
            "-",
            "--",
            "---x",
            "=",
            "@x",
            "%x",
            "0.0",
            "-0.0",
            "+0",
            "1__0",
            "0x",
            "0xG",
            "1e",
            "1e+",
            ".",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every text of up to two characters from the characters numbers, words, times and
        // quantities are made of, and of three when it starts as a number may.
        let alphabet: Vec<char> = "0159.+-_exXoObBinaINfyYgGmMsTZ:/".chars().collect();
        for a in &alphabet {
            texts.push(a.to_string());
            for b in &alphabet {
                texts.push(format!("{a}{b}"));
                if !a.is_ascii_digit() && !"+-.".contains(*a) {
                    continue;
                }
                for c in &alphabet {
                    texts.push(format!("{a}{b}{c}"));
                }
            }
        }
        let mut decided = 0;
        for text in &texts {
            for doc in [format!("k: {text}\n"), format!("- {text}\n"), format!("{{k: {text}}}\n")] {
                if check(&doc) {
                    decided += 1;
                }
            }
        }
        assert!(decided > texts.len(), "most texts are decided: {decided} of {}", 3 * texts.len());
    }

    #[test]
    fn leaves_to_serde_saphyr_what_it_decides_beyond_the_events() {
        for doc in [
            "a: 1\na: 2\n",
            "a: &x {b: 1}\nc: *x\n",
            "<<: {a: 1}\nb: 2\n",
            "a: !!str 5\n",
            "~: 1\n",
            "? [a]\n: 1\n",
            "a: .inf\n",
            "a: [1\n",
            "a: 'x\n",
            "%YAML 1.2\n---\na: 1\n",
        ] {
            assert!(decode(doc).is_none(), "{doc:?}");
        }
        let deep = format!("{}1{}", "[".repeat(60), "]".repeat(60));
        assert!(decode(&deep).is_none(), "deep nesting is left to the budget");
        let keys: String = (0..40).map(|i| format!("k{}: {i}\n", i % 39)).collect();
        assert!(decode(&keys).is_none(), "a key repeated far down a long map");
    }

    #[test]
    fn finds_where_each_item_of_a_list_is() {
        let doc = "apiVersion: v1\nkind: List\nitems:\n- kind: A\n  metadata: {name: a}\n# between\n-   kind: B\n    spec:\n      x: [1]\nother: [{k: v}]\n";
        let d = decode(doc).unwrap();
        let texts: Vec<&str> = d.items.iter().map(|r| &doc[r.clone()]).collect();
        assert_eq!(texts.len(), 2, "{texts:?}");
        assert!(texts[0].starts_with("- kind: A\n") && texts[0].contains("name: a"), "{texts:?}");
        assert!(texts[1].starts_with("-   kind: B\n") && texts[1].contains("x: [1]"), "{texts:?}");
        assert!(!texts[1].contains("other"), "{texts:?}");
        assert!(decode("items: {a: 1}\n").unwrap().items.is_empty());
        assert!(decode("a: {items: [{b: 1}]}\n").unwrap().items.is_empty(), "only the top-level items");
    }

    #[test]
    fn decodes_what_manifests_hold() {
        for doc in [
            "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web # the name\n  labels: {app: web, 'x': \"y\"}\nspec:\n  containers:\n  - name: web\n    image: nginx:1.25\n    ports: [{containerPort: 80}]\n    args: [\"--port\", '8080', yes]\n",
            "a: |\n  line one\n  line two\nb: >-\n  folded\n  text\nc:\nd: ''\n\"80\": http\n",
            "{\"kind\": \"List\", \"items\": [{\"a\": 1.5, \"b\": null, \"c\": true}]}",
            "a: plain text\n  continued here\n",
            "- 1\n- -2\n- 3.0\n- 1e3\n- 0x10\n",
            "true: 1\n80: 2\n1.5: 3\ny: 4\n\"\": 5\n'~': 6\n",
            "a:\n- \n- ~\n-\n  - {b: , c: [d, ]}\n",
            "a: \"tab\\there \\u00e9\"\nb: 'it''s'\n",
            "\"<<\": {a: 1}\nb: 2\n",
            "'~': 1\n\"null\": 2\n'': 3\n",
            // serde-saphyr interpolates `${…}` only when given properties, which meshctl never is.
            "a: ${HOME}\nb: \"${X}\"\nc: |\n  {\"expr\": \"${__rate_interval}\"}\n",
        ] {
            assert!(check(doc), "{doc:?} takes the fast path");
        }
        let keys: String = (0..40).map(|i| format!("k{i}: {i}\n")).collect();
        assert!(check(&keys));
    }
}
