//! A small, fast block-style YAML writer for the documents kube-inject re-serialises.
//! Injected documents are ~10× larger than their input, so emission dominates the run; this
//! writer streams straight into a buffer with conservative quoting (anything that could read
//! back as another type or break the syntax is double-quoted, JSON-style, which is valid YAML).

use serde_json::{Map, Value};

/// Appends `v` as a YAML document (no `---` marker) to `out`.
pub fn write_document(out: &mut String, v: &Value) {
    match v {
        Value::Object(m) if !m.is_empty() => write_map(out, m, 0),
        Value::Array(a) if !a.is_empty() => write_seq(out, a, 0),
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

fn write_map(out: &mut String, m: &Map<String, Value>, level: usize) {
    let mut first = true;
    for (k, v) in m {
        if !first {
            indent(out, level);
        }
        first = false;
        write_string(out, k, level, true);
        out.push(':');
        write_value_after_key(out, v, level);
    }
}

/// After `key:` — a nested block on the next lines, or ` scalar` on the same line.
fn write_value_after_key(out: &mut String, v: &Value, level: usize) {
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            indent(out, level + 2);
            write_map(out, m, level + 2);
        }
        // Sequences in maps are not indented (the kubectl style).
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            indent(out, level);
            write_seq(out, a, level);
        }
        other => {
            out.push(' ');
            write_scalar(out, other, level);
            out.push('\n');
        }
    }
}

fn write_seq(out: &mut String, a: &[Value], level: usize) {
    let mut first = true;
    for v in a {
        if !first {
            indent(out, level);
        }
        first = false;
        out.push('-');
        match v {
            Value::Object(m) if !m.is_empty() => {
                out.push(' ');
                write_map(out, m, level + 2);
            }
            Value::Array(inner) if !inner.is_empty() => {
                out.push(' ');
                write_seq(out, inner, level + 2);
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
    const SPECIAL: &[&str] = &[
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "~", "<<", "=", ".inf", "-.inf",
        "+.inf", ".nan",
    ];
    if b.len() <= 5 && SPECIAL.iter().any(|w| w.eq_ignore_ascii_case(s)) {
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
    fn style_is_block_with_indentless_sequences() {
        let mut s = String::new();
        write_document(&mut s, &json!({ "spec": { "containers": [{ "name": "a", "args": ["x", "z"] }] } }));
        assert_eq!(s, "spec:\n  containers:\n  - name: a\n    args:\n    - x\n    - z\n");
    }
}
