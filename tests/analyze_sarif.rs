//! `analyze -o sarif`: the log is SARIF 2.1.0, checked against the structure the standard
//! defines (`testdata/analyze/sarif/sarif-2.1.0-structure.json`, meshctl's own statement of it),
//! and says what code scanning needs: a rule per code with its help URL, and a result per
//! message with its level, file and line.

use serde_json::Value;

use crate::support::{meshctl, testdata};

/// Checks `v` against a JSON Schema using the keywords the structure file uses; returns the
/// JSON pointer and reason of every violation.
fn violations(schema: &Value, root: &Value, v: &Value, at: &str, out: &mut Vec<String>) {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.strip_prefix("#/definitions/").expect("local refs only");
        let def = &root["definitions"][name];
        assert!(def.is_object(), "the structure defines {name}");
        return violations(def, root, v, at, out);
    }
    let ty = |t: &str| match t {
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "boolean" => v.is_boolean(),
        _ => panic!("type {t}"),
    };
    if let Some(t) = schema["type"].as_str()
        && !ty(t)
    {
        out.push(format!("{at}: not a {t}: {v}"));
        return;
    }
    if let Some(allowed) = schema["enum"].as_array()
        && !allowed.contains(v)
    {
        out.push(format!("{at}: {v} is not one of {allowed:?}"));
    }
    if let (Some(min), Some(n)) = (schema["minimum"].as_f64(), v.as_f64())
        && n < min
    {
        out.push(format!("{at}: {n} is below {min}"));
    }
    if let (Some(format), Some(s)) = (schema["format"].as_str(), v.as_str()) {
        let no_bad_chars = !s.is_empty()
            && !s.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\"{}|\\^`".contains(c));
        let ok = match format {
            "uri" => {
                no_bad_chars
                    && s.split_once(':').is_some_and(|(scheme, _)| {
                        !scheme.is_empty()
                            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
                    })
            }
            "uri-reference" => no_bad_chars,
            _ => panic!("format {format}"),
        };
        if !ok {
            out.push(format!("{at}: {s:?} is not a {format}"));
        }
    }
    if let Some(items) = v.as_array() {
        if let Some(min) = schema["minItems"].as_u64()
            && (items.len() as u64) < min
        {
            out.push(format!("{at}: fewer than {min} items"));
        }
        if schema.get("items").is_some() {
            for (i, item) in items.iter().enumerate() {
                violations(&schema["items"], root, item, &format!("{at}/{i}"), out);
            }
        }
    }
    if let Some(map) = v.as_object() {
        for r in schema["required"].as_array().into_iter().flatten() {
            if !map.contains_key(r.as_str().unwrap()) {
                out.push(format!("{at}: `{}` is required", r.as_str().unwrap()));
            }
        }
        if let Some(any) = schema["anyOf"].as_array()
            && !any.iter().any(|alt| {
                alt["required"].as_array().unwrap().iter().all(|r| map.contains_key(r.as_str().unwrap()))
            })
        {
            out.push(format!("{at}: none of {any:?} holds"));
        }
        for (k, child) in map {
            match schema["properties"].get(k) {
                Some(p) => violations(p, root, child, &format!("{at}/{k}"), out),
                None if schema["additionalProperties"] == false => {
                    out.push(format!("{at}: `{k}` is not a property SARIF defines here"))
                }
                None => {}
            }
        }
    }
}

fn structure() -> Value {
    let text = std::fs::read_to_string(testdata("analyze/sarif/sarif-2.1.0-structure.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn check(log: &Value) -> Vec<String> {
    let schema = structure();
    let mut out = Vec::new();
    violations(&schema, &schema, log, "", &mut out);
    out
}

fn sarif(args: &[&str]) -> (i32, Value) {
    let out = meshctl().args(["analyze", "--use-kube=false", "-o", "sarif"]).args(args).output().unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap_or(-1), v)
}

#[test]
fn the_structure_check_rejects_what_sarif_forbids() {
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
    for want in ["/version", "/level", "/startLine", "`message` is required", "`colour`", "/helpUri"] {
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
