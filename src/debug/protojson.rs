//! Envoy's JSON (snake_case, as `/config_dump` emits it, or camelCase) re-spelled the way
//! upstream's Go protobuf marshallers print it.
//!
//! Upstream decodes dumps into Go protobuf types and marshals them again, so field names
//! become lowerCamelCase, map entries come out sorted by key, and `google.protobuf.Struct`
//! contents keep their keys verbatim. We keep the dump's field order (Envoy writes fields in
//! declaration order for nearly every message) instead of carrying Envoy's descriptors.
//!
//! Two printers: [`jsonpb_indent`] is the legacy `jsonpb` with a 4-space indent, whose
//! `Struct` values come out one level too deep; [`to_value`] gives the plain JSON that
//! `json.MarshalIndent` of compact jsonpb yields (print it with [`go_indent`]).

use serde_json::{Map, Value};

/// A protobuf value as the Go marshallers see it.
#[derive(Debug, Clone)]
pub enum Node {
    /// A message: fields in order, names already in lowerCamelCase.
    Msg(Vec<(String, Node)>),
    /// A map field: entries sorted by key.
    Map(Vec<(String, Node)>),
    List(Vec<Node>),
    /// `google.protobuf.Struct`: entries sorted by key, values are Struct values.
    Struct(Vec<(String, Node)>),
    /// `google.protobuf.ListValue` inside a Struct.
    ListValue(Vec<Node>),
    Scalar(Value),
}

/// Map fields (`map<string, …>`) in Envoy's API whose keys must not be re-spelled.
const MAP_FIELDS: &[&str] = &[
    "filter_metadata",
    "typed_filter_metadata",
    "typed_per_filter_config",
    "typed_extension_protocol_options",
    "extension_protocol_options",
    "per_filter_config",
    "key_values",
    "fields",
];

/// Fields that hold a `google.protobuf.Struct`, by name.
const STRUCT_FIELDS: &[&str] = &["static_layer", "json_format", "struct_value"];

/// snake_case → lowerCamelCase as protoc derives JSON names.
pub fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// lowerCamelCase → snake_case (for recognising fields whatever spelling the dump used).
pub fn snake(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 4);
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('_');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Reads a message given as dump JSON. `parent` is the field the message sits in, which
/// decides the few fields whose type depends on where they are (`metadata`).
pub fn message(v: &Value, parent: &str) -> Node {
    let Value::Object(m) = v else { return Node::Scalar(v.clone()) };
    let type_url = m.get("@type").and_then(Value::as_str).unwrap_or("");
    let holds_struct_value =
        type_url.ends_with("google.protobuf.Struct") || type_url.ends_with("TypedStruct");
    let mut fields = Vec::with_capacity(m.len());
    for (k, val) in m {
        if k == "@type" {
            fields.push((k.clone(), Node::Scalar(val.clone())));
            continue;
        }
        if val.is_null() {
            continue;
        }
        let field = snake(k);
        let node = if STRUCT_FIELDS.contains(&field.as_str())
            || (field == "metadata" && matches!(parent, "node" | "user_agent_build_version"))
            || (field == "value" && holds_struct_value && val.is_object())
        {
            struct_node(val)
        } else if MAP_FIELDS.contains(&field.as_str()) {
            map_node(val, &field)
        } else {
            field_value(val, &field)
        };
        if is_empty_repeated(&node) {
            continue;
        }
        fields.push((camel(k), node));
    }
    Node::Msg(fields)
}

fn is_empty_repeated(n: &Node) -> bool {
    matches!(n, Node::List(l) if l.is_empty()) || matches!(n, Node::Map(m) if m.is_empty())
}

fn field_value(v: &Value, field: &str) -> Node {
    match v {
        Value::Object(_) => message(v, field),
        Value::Array(items) => Node::List(items.iter().map(|i| field_value(i, field)).collect()),
        other => Node::Scalar(other.clone()),
    }
}

fn map_node(v: &Value, field: &str) -> Node {
    let Value::Object(m) = v else { return field_value(v, field) };
    let mut entries: Vec<(String, Node)> = m
        .iter()
        .map(|(k, val)| {
            let node = match (field, val) {
                ("filter_metadata", _) => struct_node(val),
                ("fields", _) => struct_value(val),
                (_, Value::Object(_)) => message(val, field),
                _ => Node::Scalar(val.clone()),
            };
            (k.clone(), node)
        })
        .collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Node::Map(entries)
}

fn struct_node(v: &Value) -> Node {
    let Value::Object(m) = v else { return struct_value(v) };
    let mut entries: Vec<(String, Node)> = m.iter().map(|(k, val)| (k.clone(), struct_value(val))).collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    Node::Struct(entries)
}

fn struct_value(v: &Value) -> Node {
    match v {
        Value::Object(_) => struct_node(v),
        Value::Array(items) => Node::ListValue(items.iter().map(struct_value).collect()),
        Value::Number(n) => Node::Scalar(Value::Number(n.clone())),
        other => Node::Scalar(other.clone()),
    }
}

/// The plain JSON value (what compact jsonpb re-indented by encoding/json shows).
pub fn to_value(n: &Node) -> Value {
    match n {
        Node::Msg(f) | Node::Map(f) | Node::Struct(f) => {
            Value::Object(f.iter().map(|(k, v)| (k.clone(), to_value(v))).collect::<Map<_, _>>())
        }
        Node::List(l) | Node::ListValue(l) => Value::Array(l.iter().map(to_value).collect()),
        Node::Scalar(v) => v.clone(),
    }
}

/// A message without its `@type` (an `Any` unpacked into the message it holds).
pub fn unpacked(v: &Value, parent: &str) -> Node {
    match message(v, parent) {
        Node::Msg(f) => Node::Msg(f.into_iter().filter(|(k, _)| k != "@type").collect()),
        other => other,
    }
}

const INDENT: &str = "    ";

/// Legacy `jsonpb.Marshaler{Indent: "    "}` output of a message (no trailing newline).
pub fn jsonpb_indent(n: &Node) -> String {
    let mut out = String::new();
    write_message(&mut out, n, "");
    out
}

fn write_message(out: &mut String, n: &Node, indent: &str) {
    match n {
        Node::Msg(fields) => {
            out.push_str("{\n");
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                out.push_str(indent);
                out.push_str(INDENT);
                go_string(out, k);
                out.push_str(": ");
                write_field_value(out, v, indent);
            }
            out.push('\n');
            out.push_str(indent);
            out.push('}');
        }
        // A Struct message marshals as its `fields` map, from its own indent.
        Node::Struct(entries) => write_map(out, entries, indent, true),
        Node::ListValue(items) => write_list(out, items, indent, true),
        Node::Scalar(v) => go_json(out, v),
        Node::Map(entries) => write_map(out, entries, indent, false),
        Node::List(items) => write_list(out, items, indent, false),
    }
}

/// A field's value, `indent` being the indent of the message that holds the field.
fn write_field_value(out: &mut String, v: &Node, indent: &str) {
    match v {
        Node::List(items) => write_list(out, items, indent, false),
        Node::Map(entries) => write_map(out, entries, indent, false),
        other => write_singular(out, other, indent),
    }
}

fn write_singular(out: &mut String, v: &Node, indent: &str) {
    match v {
        Node::Scalar(s) => go_json(out, s),
        // Struct values are `google.protobuf.Value` messages: one level deeper again.
        message => write_message(out, message, &format!("{indent}{INDENT}")),
    }
}

fn write_list(out: &mut String, items: &[Node], indent: &str, wrapped: bool) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('\n');
        out.push_str(indent);
        out.push_str(INDENT);
        out.push_str(INDENT);
        write_element(out, item, &format!("{indent}{INDENT}"), wrapped);
    }
    out.push('\n');
    out.push_str(indent);
    out.push_str(INDENT);
    out.push(']');
}

fn write_map(out: &mut String, entries: &[(String, Node)], indent: &str, wrapped: bool) {
    out.push('{');
    for (i, (k, v)) in entries.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push('\n');
        out.push_str(indent);
        out.push_str(INDENT);
        out.push_str(INDENT);
        go_string(out, k);
        out.push_str(": ");
        write_element(out, v, &format!("{indent}{INDENT}"), wrapped);
    }
    out.push('\n');
    out.push_str(indent);
    out.push_str(INDENT);
    out.push('}');
}

/// An element of a list or map. Inside a Struct or ListValue (`wrapped`) every element is a
/// `google.protobuf.Value` message, which adds a level before a nested Struct or ListValue.
fn write_element(out: &mut String, v: &Node, indent: &str, wrapped: bool) {
    match v {
        Node::Struct(_) | Node::ListValue(_) if wrapped => {
            write_message(out, v, &format!("{indent}{INDENT}{INDENT}"))
        }
        other => write_singular(out, other, indent),
    }
}

/// `json.MarshalIndent(v, "", "    ")`: plain indentation, `<`, `>` and `&` escaped.
pub fn go_indent(v: &Value) -> String {
    let mut out = String::new();
    go_indent_into(&mut out, v, 0);
    out
}

fn go_indent_into(out: &mut String, v: &Value, depth: usize) {
    let pad = |out: &mut String, d: usize| {
        for _ in 0..d {
            out.push_str(INDENT);
        }
    };
    match v {
        Value::Object(m) if !m.is_empty() => {
            out.push_str("{\n");
            for (i, (k, val)) in m.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, depth + 1);
                go_string(out, k);
                out.push_str(": ");
                go_indent_into(out, val, depth + 1);
            }
            out.push('\n');
            pad(out, depth);
            out.push('}');
        }
        Value::Array(a) if !a.is_empty() => {
            out.push_str("[\n");
            for (i, val) in a.iter().enumerate() {
                if i > 0 {
                    out.push_str(",\n");
                }
                pad(out, depth + 1);
                go_indent_into(out, val, depth + 1);
            }
            out.push('\n');
            pad(out, depth);
            out.push(']');
        }
        other => go_json(out, other),
    }
}

fn go_json(out: &mut String, v: &Value) {
    match v {
        Value::String(s) => go_string(out, s),
        Value::Object(m) if m.is_empty() => out.push_str("{}"),
        Value::Array(a) if a.is_empty() => out.push_str("[]"),
        other => out.push_str(&other.to_string()),
    }
}

/// A JSON string as Go's encoding/json writes it (HTML-safe escapes included).
pub fn go_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '<' | '>' | '&' | '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn struct_values_come_out_one_level_too_deep() {
        let v = json!({"node": {"id": "a", "metadata": {"B": "2", "A": "1"}}, "empty": {}});
        let got = jsonpb_indent(&message(&v, ""));
        let want = "{\n    \"node\": {\n        \"id\": \"a\",\n        \"metadata\": {\n                \"A\": \"1\",\n                \"B\": \"2\"\n            }\n    },\n    \"empty\": {\n\n    }\n}";
        assert_eq!(got, want);
    }

    #[test]
    fn field_names_become_camel_case_but_map_keys_stay() {
        let v = json!({"cluster_name": "x", "metadata": {"filter_metadata": {"istio": {"some_key": 1}}},
                       "key_values": {"A_B": "1"}});
        let got = to_value(&message(&v, ""));
        assert_eq!(
            got,
            json!({"clusterName": "x", "metadata": {"filterMetadata": {"istio": {"some_key": 1}}}, "keyValues": {"A_B": "1"}})
        );
    }

    #[test]
    fn go_indent_escapes_html() {
        assert_eq!(
            go_indent(&json!({"a": ["<b>"], "c": {}})),
            "{\n    \"a\": [\n        \"\\u003cb\\u003e\"\n    ],\n    \"c\": {}\n}"
        );
    }
}
