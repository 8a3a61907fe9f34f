//! `analyze -o sarif`: the log is SARIF 2.1.0, validated against the standard's own JSON schema,
//! and says what code scanning needs: a rule per code with its help URL, and a result per
//! message with its level, file and line.

use serde_json::Value;

use crate::support::{meshctl, testdata};

/// The SARIF 2.1.0 JSON schema as OASIS publishes it (`sarif-schema-2.1.0.json`, the
/// `$id` inside names its home), checked by a maintained JSON Schema validator.
fn validator() -> jsonschema::Validator {
    let text = std::fs::read_to_string(testdata("analyze/sarif/sarif-schema-2.1.0.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        schema["$id"],
        "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json"
    );
    // The published schema's `language` patterns (on `run` and `toolComponent`) end in a stray
    // `]?`, which the meta-schema check of `format: regex` refuses. meshctl sets no `language`, so
    // those two patterns are dropped (checked to be the known text first) and the rest of the
    // schema is used as published.
    let mut schema = schema;
    for owner in ["run", "toolComponent"] {
        let language = &mut schema["definitions"][owner]["properties"]["language"];
        assert_eq!(language["pattern"], "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$");
        language.as_object_mut().unwrap().remove("pattern");
    }
    jsonschema::options().should_validate_formats(true).build(&schema).unwrap()
}

/// Every violation of the schema, as "JSON pointer: reason".
fn check(log: &Value) -> Vec<String> {
    validator().iter_errors(log).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

fn sarif(args: &[&str]) -> (i32, Value) {
    let out = meshctl().args(["analyze", "--use-kube=false", "-o", "sarif"]).args(args).output().unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), v)
}

#[test]
fn the_schema_check_rejects_what_sarif_forbids() {
    let (_, good) = sarif(&["-A", "tests/testdata/analyze/broken"]);
    assert_eq!(check(&good), Vec::<String>::new());
    let mut bad = good.clone();
    bad["version"] = "2.0.0".into();
    bad["runs"][0]["results"][0]["level"] = "fatal".into();
    bad["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    bad["runs"][0]["results"][0].as_object_mut().unwrap().remove("message");
    bad["runs"][0]["tool"]["driver"]["rules"][0]["colour"] = "red".into();
    bad["runs"][0]["tool"]["driver"]["rules"][1]["helpUri"] = "not a uri".into();
    let found = check(&bad);
    for want in ["/version", "/level", "/startLine", "\"message\" is a required", "'colour'", "/helpUri"] {
        assert!(found.iter().any(|f| f.contains(want)), "{want} in {found:?}");
    }
}

#[test]
fn sarif_output_is_a_valid_sarif_2_1_0_log_with_rules_files_and_lines() {
    let (code, log) = sarif(&["-A", "tests/testdata/analyze/broken"]);
    assert_eq!(code, 0, "machine-readable output exits 0");
    assert_eq!(check(&log), Vec::<String>::new());
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), meshctl::analyze::messages::catalog().types.len(), "a rule per code");
    for r in rules {
        let id = r["id"].as_str().unwrap().to_ascii_lowercase();
        assert!(r["helpUri"].as_str().unwrap().ends_with(&format!("/analysis/{id}/")), "{r}");
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 3, "one result per message");
    for res in results {
        let rule = &rules[res["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], res["ruleId"], "ruleIndex points at the result's rule");
    }
    let checkout = results
        .iter()
        .find(|r| {
            r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "VirtualService shop/checkout"
        })
        .expect("the checkout route's message");
    assert_eq!(checkout["level"], "error");
    assert_eq!(checkout["ruleId"], "IST0101");
    let physical = &checkout["locations"][0]["physicalLocation"];
    assert_eq!(physical["artifactLocation"]["uri"], "tests/testdata/analyze/broken/routes.yaml");
    assert_eq!(physical["region"]["startLine"], 14);
    // JSON files have no line: the file alone.
    let gateway = results
        .iter()
        .find(|r| r["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "Gateway shop/public")
        .expect("the gateway's message");
    let physical = &gateway["locations"][0]["physicalLocation"];
    assert_eq!(physical["artifactLocation"]["uri"], "tests/testdata/analyze/broken/gateway.json");
    assert!(physical.get("region").is_none());
}

#[test]
fn sarif_levels_follow_the_messages_and_an_empty_run_is_valid() {
    let (_, log) = sarif(&["-A", "tests/testdata/analyze/info-only.yaml"]);
    assert_eq!(check(&log), Vec::<String>::new());
    assert_eq!(log["runs"][0]["results"][0]["level"], "note", "Info is a SARIF note");
    let (code, log) = sarif(&["-A", "tests/testdata/analyze/bookstore"]);
    assert_eq!(code, 0);
    assert_eq!(check(&log), Vec::<String>::new());
    assert_eq!(log["runs"][0]["results"], Value::Array(vec![]));
}
