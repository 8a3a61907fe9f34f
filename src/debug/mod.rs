//! The pure core of `proxy-config`, `proxy-status` and `describe`: Envoy config dumps and
//! istiod sync answers in, upstream-identical tables and documents out. No I/O here: the same
//! code serves `--file` and a live pod.

pub mod all;
pub mod bootstrap;
pub mod clusters;
pub mod compare;
pub mod dump;
pub mod ecds;
pub mod eds;
pub mod endpoints;
pub mod goyaml;
pub mod listeners;
pub mod logging;
pub mod podref;
pub mod protojson;
pub mod routes;
pub mod secrets;
pub mod sort;
pub mod syncz;
pub mod tabwriter;

use protojson::{Node, go_indent, to_value};

/// `-o` of the dump views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    Short,
    Json,
    Yaml,
}

/// A list of messages as upstream prints it: `json.MarshalIndent` of compact jsonpb, or that
/// JSON as YAML; with the trailing newline of `Fprintln`.
pub fn print_list(nodes: &[Node], format: OutputFormat) -> String {
    let v = serde_json::Value::Array(nodes.iter().map(to_value).collect());
    print_value(&v, format)
}

/// One document, as [`print_list`] does (encoding/json indent, or YAML).
pub fn print_value(v: &serde_json::Value, format: OutputFormat) -> String {
    match format {
        OutputFormat::Yaml => goyaml::to_yaml(v) + "\n",
        _ => go_indent(v) + "\n",
    }
}

/// One message in legacy jsonpb (4-space indent, Struct quirk), or YAML of that.
pub fn print_jsonpb(node: &Node, format: OutputFormat) -> String {
    match format {
        OutputFormat::Yaml => goyaml::to_yaml(&to_value(node)) + "\n",
        _ => protojson::jsonpb_indent(node) + "\n",
    }
}
