//! IST0106 (schema validation) behind a function the command supplies, so the analyzers do
//! not depend on where the CRD schemas come from.
//!
//! A [`Validator`] takes one object and returns `None` when it has no schema for the object's
//! kind, or the list of problems (empty when valid), each with the field it is about.

use serde_json::Value;

use crate::schema::{CrdSchemas, SchemaError};

/// One schema violation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field, as kube-apiserver writes it (`spec.http[0].match[0].uri`, `labels[app]`);
    /// empty for the object itself.
    pub path: String,
    /// What is wrong with it.
    pub message: String,
}

impl Problem {
    /// The field path in the dotted form that locates a field in a YAML document
    /// (`spec.http.0.match.0.uri`).
    pub fn dotted_path(&self) -> String {
        self.path.replace('[', ".").replace(']', "")
    }

    /// The text of the IST0106 message: the field, then the problem.
    pub fn text(&self) -> String {
        if self.path.is_empty() { self.message.clone() } else { format!("{}: {}", self.path, self.message) }
    }
}

impl From<SchemaError> for Problem {
    fn from(e: SchemaError) -> Self {
        Problem { path: e.path, message: e.message }
    }
}

/// Validates one object against its kind's schema.
pub type Validator<'a> = dyn Fn(&Value) -> Option<Vec<Problem>> + Sync + 'a;

/// A validator over a set of CRD schemas: every violation of the structural schema, its
/// `oneOf` groups and its CEL rules, one problem per field. The notice that CEL rules were
/// skipped (after type or enum errors, as an API server does) is not a violation and is left out.
pub fn from_crds<'a>(schemas: &'a CrdSchemas<'a>) -> impl Fn(&Value) -> Option<Vec<Problem>> + Sync + 'a {
    move |obj: &Value| {
        schemas.validate_object(obj).map(|errors| {
            one_per_field(errors.into_iter().filter(SchemaError::is_violation).map(Problem::from))
        })
    }
}

/// Joins the problems found at the same field into one, in the order they were found. Istio's
/// CRDs guard some fields with two rules that say the same thing (a Gateway's `tls` refuses
/// `credentialNames` beside `tlsCertificates` twice, in two wordings): an API server lists
/// both causes, and analyze reports the one mistake once, with both texts.
fn one_per_field(problems: impl Iterator<Item = Problem>) -> Vec<Problem> {
    let mut out: Vec<Problem> = Vec::new();
    for p in problems {
        match out.iter_mut().find(|q| q.path == p.path) {
            Some(q) if !q.message.split("; ").any(|m| m == p.message) => {
                q.message.push_str("; ");
                q.message.push_str(&p.message);
            }
            Some(_) => {}
            None => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(path: &str, message: &str) -> Problem {
        Problem { path: path.into(), message: message.into() }
    }

    #[test]
    fn problems_at_one_field_become_one() {
        let found = one_per_field(
            [
                problem("spec.tls", "only one of a or b"),
                problem("spec.port", "out of range"),
                problem("spec.tls", "only one of b or a"),
                problem("spec.tls", "only one of a or b"),
            ]
            .into_iter(),
        );
        assert_eq!(
            found,
            [
                problem("spec.tls", "only one of a or b; only one of b or a"),
                problem("spec.port", "out of range")
            ]
        );
    }
}
