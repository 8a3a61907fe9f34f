//! YAML as upstream prints it: `sigs.k8s.io/yaml.JSONToYAML`, i.e. go-yaml v2 marshalling a
//! decoded JSON document. Map keys come out in go-yaml's "natural" order, sequences sit at
//! their parent key's column, and a string is quoted only when go-yaml would read it back as
//! something else (`"1.20"`, `"2022-12-08T11:03:53.361Z"`) or when plain style cannot hold it.

use std::cmp::Ordering;

use serde_json::Value;

/// The YAML text of `v`, ending in a newline (as go-yaml's does).
pub fn to_yaml(v: &Value) -> String {
    let mut out = String::new();
    match v {
        Value::Object(m) if !m.is_empty() => write_map(&mut out, v, 0),
        Value::Array(a) if !a.is_empty() => write_seq(&mut out, a, 0),
        other => {
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
    out
}

fn sorted_entries(v: &Value) -> Vec<(&String, &Value)> {
    let Value::Object(m) = v else { return Vec::new() };
    let mut entries: Vec<_> = m.iter().collect();
    entries.sort_by(|a, b| natural_cmp(a.0, b.0));
    entries
}

fn write_map(out: &mut String, v: &Value, indent: usize) {
    for (i, (k, val)) in sorted_entries(v).into_iter().enumerate() {
        if i > 0 {
            out.extend(std::iter::repeat_n(' ', indent));
        }
        out.push_str(&scalar_str(k));
        out.push(':');
        write_child(out, val, indent, true);
    }
}

fn write_seq(out: &mut String, items: &[Value], indent: usize) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend(std::iter::repeat_n(' ', indent));
        }
        out.push_str("- ");
        match item {
            Value::Object(m) if !m.is_empty() => write_map(out, item, indent + 2),
            Value::Array(a) if !a.is_empty() => write_seq(out, a, indent + 2),
            other => {
                out.push_str(&inline(other));
                out.push('\n');
            }
        }
    }
}

/// Writes the value of a mapping entry whose key (and colon) is already out.
fn write_child(out: &mut String, val: &Value, indent: usize, _in_map: bool) {
    match val {
        Value::Object(m) if !m.is_empty() => {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent + 2));
            write_map(out, val, indent + 2);
        }
        Value::Array(a) if !a.is_empty() => {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent));
            write_seq(out, a, indent);
        }
        other => {
            out.push(' ');
            out.push_str(&inline(other));
            out.push('\n');
        }
    }
}

fn inline(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(n),
        Value::String(s) => scalar_str(s),
        Value::Array(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
    }
}

/// go-yaml prints integers as they are and floats with Go's shortest `%g`-like format.
fn number(n: &serde_json::Number) -> String {
    if n.is_i64() || n.is_u64() {
        return n.to_string();
    }
    let f = n.as_f64().unwrap_or(0.0);
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e21 {
        return format!("{}", f as i128);
    }
    let s = format!("{f:e}");
    // Go writes exponents as e+XX; keep plain decimals when Rust's Display is shorter.
    let plain = format!("{f}");
    if plain.len() <= s.len() || (f.abs() >= 1e-4 && f.abs() < 1e21) { plain } else { go_exponent(&s) }
}

fn go_exponent(s: &str) -> String {
    match s.split_once('e') {
        Some((m, e)) if e.starts_with('-') => format!("{m}e-{:02}", &e[1..].parse::<u32>().unwrap_or(0)),
        Some((m, e)) => format!("{m}e+{:02}", e.parse::<u32>().unwrap_or(0)),
        None => s.to_string(),
    }
}

/// A string scalar in the style go-yaml v2 picks for it.
fn scalar_str(s: &str) -> String {
    if resolves_to_non_string(s) {
        return double_quoted(s);
    }
    if s.contains('\n') {
        return literal(s);
    }
    if plain_allowed(s) {
        return s.to_string();
    }
    if s.chars().all(|c| c == ' ' || !c.is_control()) {
        return format!("'{}'", s.replace('\'', "''"));
    }
    double_quoted(s)
}

fn literal(s: &str) -> String {
    // Multi-line strings are rare in these dumps; a double-quoted scalar reads back the same.
    double_quoted(s)
}

fn double_quoted(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What go-yaml's resolver would turn into null, a bool, a number or a timestamp.
fn resolves_to_non_string(s: &str) -> bool {
    const SPECIAL: &[&str] = &[
        "", "~", "null", "Null", "NULL", "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true",
        "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", ".nan", ".NaN",
        ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ];
    if SPECIAL.contains(&s) {
        return true;
    }
    let first = s.as_bytes()[0];
    if !(first.is_ascii_digit() || matches!(first, b'+' | b'-' | b'.')) {
        return false;
    }
    is_int(s) || is_float(s) || is_timestamp(s)
}

fn is_int(s: &str) -> bool {
    let t = s.replace('_', "");
    let t = t.strip_prefix(['+', '-']).unwrap_or(&t);
    if let Some(h) = t.strip_prefix("0x") {
        return !h.is_empty() && h.chars().all(|c| c.is_ascii_hexdigit());
    }
    if let Some(b) = t.strip_prefix("0b") {
        return !b.is_empty() && b.chars().all(|c| c == '0' || c == '1');
    }
    !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())
}

fn is_float(s: &str) -> bool {
    let t = s.replace('_', "");
    let t = t.strip_prefix(['+', '-']).unwrap_or(&t);
    let (mant, exp) = match t.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e)),
        None => (t, None),
    };
    if let Some(e) = exp {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        if e.is_empty() || !e.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
    }
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = |p: &str| p.chars().all(|c| c.is_ascii_digit());
    (!int.is_empty() || !frac.is_empty())
        && digits(int)
        && digits(frac)
        && !(int.is_empty() && frac.is_empty())
}

/// go-yaml v2 reads `2006-1-2`, `2006-1-2T15:4:5.999999999Z07:00` and `2006-1-2 15:4:5…` as times.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let num = |i: &mut usize, min: usize, max: usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() && *i - start < max {
            *i += 1;
        }
        *i - start >= min
    };
    if !num(&mut i, 4, 4) || i >= b.len() || b[i] != b'-' {
        return false;
    }
    i += 1;
    if !num(&mut i, 1, 2) || i >= b.len() || b[i] != b'-' {
        return false;
    }
    i += 1;
    if !num(&mut i, 1, 2) {
        return false;
    }
    if i == b.len() {
        return true;
    }
    if !matches!(b[i], b'T' | b't' | b' ') {
        return false;
    }
    let sep = b[i];
    i += 1;
    for k in 0..3 {
        if !num(&mut i, 1, 2) {
            return false;
        }
        if k < 2 {
            if i >= b.len() || b[i] != b':' {
                return false;
            }
            i += 1;
        }
    }
    if i < b.len() && b[i] == b'.' {
        i += 1;
        if !num(&mut i, 1, 9) {
            return false;
        }
    }
    if i == b.len() {
        return sep == b' ';
    }
    let rest = &s[i..];
    if rest == "Z" {
        return sep != b' ';
    }
    let tz = rest.strip_prefix(['+', '-']);
    match tz {
        Some(tz) if sep != b' ' => {
            let t = tz.as_bytes();
            t.len() == 5 && t[2] == b':' && t[..2].iter().chain(&t[3..]).all(u8::is_ascii_digit)
        }
        _ => false,
    }
}

/// Whether the emitter may write `s` without quotes.
fn plain_allowed(s: &str) -> bool {
    if s.is_empty() || s.starts_with(' ') || s.ends_with(' ') {
        return false;
    }
    let first = s.chars().next().unwrap_or(' ');
    if matches!(
        first,
        '-' | '?'
            | ':'
            | ','
            | '['
            | ']'
            | '{'
            | '}'
            | '#'
            | '&'
            | '*'
            | '!'
            | '|'
            | '>'
            | '\''
            | '"'
            | '%'
            | '@'
            | '`'
    ) {
        // A lone indicator followed by a space (or alone) cannot start a plain scalar; `-x` and
        // `?x`/`:x` can, as go-yaml allows.
        let second = s.chars().nth(1);
        let can_follow = matches!(first, '-' | '?' | ':') && second.is_some_and(|c| c != ' ');
        if !can_follow {
            return false;
        }
    }
    if s.starts_with("---") || s.starts_with("...") {
        return false;
    }
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let prev = if i > 0 { Some(chars[i - 1]) } else { None };
        if c == ':' && (next.is_none() || next == Some(' ')) {
            return false;
        }
        if c == '#' && prev == Some(' ') {
            return false;
        }
        if c.is_control() || c == '\u{feff}' {
            return false;
        }
        if !c.is_ascii() && !printable(c) {
            return false;
        }
    }
    true
}

fn printable(c: char) -> bool {
    !matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}') && !c.is_control()
}

/// go-yaml v2's key order: runs of digits compare as numbers, letters after other characters.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let ar: Vec<char> = a.chars().collect();
    let br: Vec<char> = b.chars().collect();
    let mut i = 0;
    while i < ar.len() && i < br.len() {
        if ar[i] == br[i] {
            i += 1;
            continue;
        }
        let al = ar[i].is_alphabetic();
        let bl = br[i].is_alphabetic();
        if al && bl {
            return ar[i].cmp(&br[i]);
        }
        if al || bl {
            return if bl { Ordering::Less } else { Ordering::Greater };
        }
        let (mut an, mut bn) = (0i64, 0i64);
        if ar[i] == '0' || br[i] == '0' {
            let mut j = i;
            while j > 0 && ar[j - 1].is_ascii_digit() {
                j -= 1;
                if ar[j] != '0' {
                    an = 1;
                    bn = 1;
                    break;
                }
            }
        }
        let mut ai = i;
        while ai < ar.len() && ar[ai].is_ascii_digit() {
            an = an.wrapping_mul(10).wrapping_add(ar[ai] as i64 - '0' as i64);
            ai += 1;
        }
        let mut bi = i;
        while bi < br.len() && br[bi].is_ascii_digit() {
            bn = bn.wrapping_mul(10).wrapping_add(br[bi] as i64 - '0' as i64);
            bi += 1;
        }
        if an != bn {
            return an.cmp(&bn);
        }
        if ai != bi {
            return ai.cmp(&bi);
        }
        return ar[i].cmp(&br[i]);
    }
    ar.len().cmp(&br.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn quotes_what_would_read_back_as_another_type() {
        let v = json!({"b": "1.20", "a": "2022-12-08T11:03:53.361Z", "c": "2022-12-08T09:07:09Z/10",
                       "@type": "x", "d": "{\"k\":1}", "e": "", "f": true, "g": 140});
        assert_eq!(
            to_yaml(&v),
            "'@type': x\na: \"2022-12-08T11:03:53.361Z\"\nb: \"1.20\"\nc: 2022-12-08T09:07:09Z/10\nd: '{\"k\":1}'\ne: \"\"\nf: true\ng: 140\n"
        );
    }

    #[test]
    fn sequences_sit_at_the_parent_column() {
        let v = json!({"k": [{"x": 1, "y": [1, 2]}, "s"], "m": {}});
        assert_eq!(to_yaml(&v), "k:\n- x: 1\n  \"y\":\n  - 1\n  - 2\n- s\nm: {}\n");
    }

    #[test]
    fn natural_order_puts_numbers_by_value() {
        let mut keys = vec!["a10", "a9", "B", "a", "_x"];
        keys.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(keys, vec!["_x", "B", "a", "a9", "a10"]);
    }
}
