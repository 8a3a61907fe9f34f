//! Multi-document YAML split into documents that remember where they came from.
//!
//! Documents are split on `---` lines before parsing, so each is parsed on its own: memory
//! stays near the input size, the parser's budget applies per document, a broken document
//! does not hide the others, and untouched documents can be written back byte for byte.

use serde_json::Value;

/// One YAML document of a stream, as text, with its position in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawDoc<'a> {
    /// The document's text, without its `---` separator line.
    pub text: &'a str,
    /// 1-based line of the document's first line in the source.
    pub line: usize,
    /// Byte offset of `text` in the source.
    pub offset: usize,
}

impl RawDoc<'_> {
    /// True when the document holds nothing but blank lines, comments and directives
    /// (`%YAML 1.1`, `%TAG …`, which precede a `---`).
    pub fn is_blank(&self) -> bool {
        self.text.lines().all(|l| {
            let t = l.trim();
            t.is_empty() || t.starts_with('#') || l.starts_with('%')
        })
    }
}

/// Splits a YAML stream at its `---` document markers (a `---` at column 0, alone or followed
/// by a space or comment) and `...` end markers. Block scalars cannot hold such a line at
/// column 0, so this split agrees with a YAML parser on every well-formed stream.
pub fn split_documents(src: &str) -> Vec<RawDoc<'_>> {
    let mut docs = Vec::new();
    let mut start = 0usize;
    let mut start_line = 1usize;
    let mut pos = 0usize;
    for (line_no, line) in (1usize..).zip(src.split_inclusive('\n')) {
        let body = line.trim_end_matches(['\n', '\r']);
        if is_marker(body) {
            docs.push(RawDoc { text: &src[start..pos], line: start_line, offset: start });
            start = pos + line.len();
            start_line = line_no + 1;
        }
        pos += line.len();
    }
    docs.push(RawDoc { text: &src[start..], line: start_line, offset: start });
    docs
}

fn is_marker(line: &str) -> bool {
    let rest = if let Some(r) = line.strip_prefix("---") {
        r
    } else if let Some(r) = line.strip_prefix("...") {
        r
    } else {
        return false;
    };
    rest.is_empty() || rest.starts_with(' ') || rest.starts_with('\t') || rest.starts_with('#')
}

/// A parse failure with the 1-based line and column in the whole source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Parses one document into JSON-like data (`None` for an empty document).
pub fn parse_doc(doc: &RawDoc<'_>) -> Result<Option<Value>, ParseError> {
    parse_doc_as(doc, Value::is_null)
}

/// [`parse_doc`] into another document type (`is_null` tells an empty document).
pub fn parse_doc_as<T: serde::de::DeserializeOwned>(
    doc: &RawDoc<'_>,
    is_null: impl Fn(&T) -> bool,
) -> Result<Option<T>, ParseError> {
    if doc.is_blank() {
        return Ok(None);
    }
    match serde_saphyr::from_str::<T>(doc.text) {
        Ok(v) if is_null(&v) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            let (line, column) = error_location(&e).unwrap_or((1, 1));
            Err(ParseError {
                line: doc.line + line.saturating_sub(1),
                column,
                message: parser_words(&first_line(&e.to_string())),
            })
        }
    }
}

/// The parser's message in a user's words: its limits explained, its advice to the programmer
/// (`set DuplicateKeyPolicy in Options`, `use Option<String>`) dropped.
pub fn parser_words(m: &str) -> String {
    if let Some(rest) = m.split("budget breached: ").nth(1) {
        let what = rest.split([' ', '{']).next().unwrap_or("").to_ascii_lowercase();
        let n = rest.chars().filter(char::is_ascii_digit).collect::<String>();
        let limit = if n.is_empty() {
            String::new()
        } else {
            format!(" ({} allowed)", n.parse::<u64>().map(|v| v.saturating_sub(1)).unwrap_or(0))
        };
        return match what.as_str() {
            "nodes" => format!(
                "the document is too large: more YAML nodes than the per-document limit{limit}, counting alias expansions"
            ),
            "depth" => format!("the document nests deeper than the limit{limit}"),
            "aliases" => format!("the document uses more aliases than the limit{limit}"),
            other => format!("the document exceeds the parser's safety limit on {other}{limit}"),
        };
    }
    if m.contains("recursion limit exceeded") {
        return "the document nests deeper than the parser's limit".into();
    }
    if let Some(key) = m.strip_prefix("duplicate mapping key: ") {
        let key = key.split(", set DuplicateKeyPolicy").next().unwrap_or(key);
        return format!("duplicate key `{key}` in a map");
    }
    let m = m.split(", set DuplicateKeyPolicy").next().unwrap_or(m);
    let m = m.split("; use Option<").next().unwrap_or(m);
    let m = m.split(", use Option<").next().unwrap_or(m);
    m.to_string()
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or(s).to_string()
}

fn error_location(e: &serde_saphyr::Error) -> Option<(usize, usize)> {
    let loc = e.location()?;
    Some((loc.line() as usize, loc.column() as usize))
}

/// Parses a whole stream (JSON is YAML too); `List` objects are kept as they are.
pub fn parse_all(src: &str) -> Result<Vec<(usize, Value)>, ParseError> {
    let mut out = Vec::new();
    for doc in split_documents(src) {
        if let Some(v) = parse_doc(&doc)? {
            out.push((doc.line, v));
        }
    }
    Ok(out)
}

/// Sorts map keys at every depth: output byte-stable whatever the order of its source (and
/// Go's serialisation order, for objects injection creates).
pub fn sort_keys(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.sort_keys();
            m.values_mut().for_each(sort_keys);
        }
        Value::Array(l) => l.iter_mut().for_each(sort_keys),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_markers_and_keeps_lines() {
        let src = "a: 1\n---\nb: 2\n--- # c\nc: |\n  ---x\n";
        let docs = split_documents(src);
        assert_eq!(docs.len(), 3);
        assert_eq!(docs[1].text, "b: 2\n");
        assert_eq!(docs[1].line, 3);
        assert_eq!(docs[2].line, 5);
        assert_eq!(&src[docs[2].offset..], "c: |\n  ---x\n");
    }

    #[test]
    fn parse_error_names_the_source_line() {
        let src = "a: 1\n---\nb: [1,\n";
        let err = parse_all(src).unwrap_err();
        assert!(err.line >= 3, "line {}", err.line);
    }

    #[test]
    fn parser_limits_read_as_words() {
        let m = parser_words("budget breached: Nodes { nodes: 250001 }");
        assert!(m.starts_with("the document is too large") && m.contains("250000 allowed"), "{m}");
        let m = parser_words("duplicate mapping key: a, set DuplicateKeyPolicy in Options if acceptable");
        assert_eq!(m, "duplicate key `a` in a map");
    }

    #[test]
    fn yaml_directives_are_accepted() {
        let docs = parse_all("%YAML 1.1\n---\na: 1\n").expect("a directive is valid YAML");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].1["a"], 1);
    }

    #[test]
    fn a_dash_line_inside_a_value_is_not_a_marker() {
        assert_eq!(split_documents("x: ----\ny: 1\n").len(), 1);
    }
}
