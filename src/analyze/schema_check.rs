//! IST0106 (schema validation) behind a function the command supplies, so the analyzers do
//! not depend on where the CRD schemas come from.
//!
//! A [`Validator`] takes one object and returns `None` when it has no schema for the object's
//! kind, or the list of problems (empty when valid).

use serde_json::Value;

/// Validates one object against its kind's schema.
pub type Validator<'a> = dyn Fn(&Value) -> Option<Vec<String>> + Sync + 'a;
