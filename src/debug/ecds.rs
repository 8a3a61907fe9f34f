//! `proxy-config ecds`: filters delivered through the extension config discovery service.

use serde_json::Value;

use super::dump::{ConfigDump, DumpError, Section, field, list, str_at};
use super::protojson::{Node, message};
use super::tabwriter::Table;

fn filters(dump: &ConfigDump) -> Result<Vec<&Value>, DumpError> {
    let sections = dump.sections(Section::Ecds);
    if sections.is_empty() {
        return Err(DumpError::MissingSection(Section::Ecds));
    }
    Ok(sections.into_iter().flat_map(|s| list(s, "ecds_filters")).collect())
}

pub fn summary(dump: &ConfigDump) -> Result<String, DumpError> {
    let mut rows: Vec<(String, String)> = filters(dump)?
        .into_iter()
        .filter_map(|f| field(f, "ecds_filter"))
        .map(|f| {
            let url =
                field(f, "typed_config").and_then(|c| c.get("@type")).and_then(Value::as_str).unwrap_or("");
            (url.trim_start_matches("type.googleapis.com/").to_string(), str_at(f, &["name"]).to_string())
        })
        .collect();
    rows.sort();
    let mut t = Table::new(5);
    t.row(["ECDS NAME", "TYPE"]);
    for (kind, name) in rows {
        t.row([name, kind]);
    }
    Ok(t.finish())
}

/// All ECDS sections merged into one EcdsConfigDump, in dump order.
pub fn dump_node(dump: &ConfigDump) -> Result<Node, DumpError> {
    let merged: Vec<Value> = filters(dump)?.into_iter().cloned().collect();
    Ok(message(&serde_json::json!({ "ecds_filters": merged }), ""))
}
